import { describe, expect, it } from "vitest";
import {
  buildLexicon,
  fixLookalikes,
  institutionName,
  joinCellLines,
  normaliseText,
  removeStraySpaces,
  repairLetterSpacing,
  splitGluedWords,
  tidyPunctuationSpacing,
} from "../../seeds/extract/clean/text.js";
import { readSource } from "../../seeds/extract/source.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon } = actAttested();

const act = readSource();

/** The text of line `no` of the act, as `sed -n <no>p` prints it. */
function line(no: number): string {
  const found = act[no - 1];
  if (!found) throw new Error(`no line ${no}`);
  return found.text;
}

function lines(start: number, end: number): string[] {
  return act.slice(start - 1, end).map((l) => l.text);
}

describe("repairLetterSpacing (seed map §5.1)", () => {
  it("glues letters separated by one space and keeps two-space word gaps as one space (18)", () => {
    expect(repairLetterSpacing(line(18))).toBe("Үкiметi ҚАУЛЫ ЕТЕДI:");
  });

  it("repairs the approval block (3988–3991)", () => {
    expect(lines(3988, 3991).map((l) => repairLetterSpacing(l).trim())).toEqual([
      "Қазақстан Республикасы",
      "Үкіметінің",
      "2011 жылғы 7 сәуірдегі",
      "№ 394 қаулысымен",
    ]);
  });

  it("glues a spaced word that follows punctuation (25 `;с т а н д а р т ы`)", () => {
    expect(repairLetterSpacing(line(25))).toBe(";стандарты");
  });

  it("glues spaced letters inside names, e-mails and web sites (77869, 77962, 84376, 3757)", () => {
    expect(repairLetterSpacing(line(77869)).trim()).toBe("«Ырғыз");
    expect(repairLetterSpacing(line(77962)).trim()).toBe("hromtau.akto.kz");
    expect(repairLetterSpacing(line(84376))).toBe("akmout@");
    expect(repairLetterSpacing(line(3757))).toBe("deptrud@");
  });

  it("glues spaced digits of phone numbers and houses (725, 76951, 77966, 81122, 5433, 8864)", () => {
    expect(repairLetterSpacing(line(725))).toBe("87132");
    expect(repairLetterSpacing(line(76951))).toBe("34177");
    expect(repairLetterSpacing(line(77966))).toBe("-41");
    expect(repairLetterSpacing(line(81122))).toBe("76");
    expect(repairLetterSpacing(line(5433))).toBe("көшесі, 123");
    expect(repairLetterSpacing(line(8864)).trim()).toBe("хан көшесі, 102");
  });

  it("glues a spaced run inside otherwise normal text (75501 `13 ә л е у м е т т і к`)", () => {
    expect(repairLetterSpacing(line(75501)).trim()).toBe("13 әлеуметтік");
  });

  it("keeps the column-number lines (77215 `1 2 3 4 5`)", () => {
    expect(repairLetterSpacing(line(77215))).toBe("1 2 3 4 5");
    const columnLines = act.filter((l) => /^\s*1 2 3 4( 5)?\s*$/.test(l.text));
    expect(columnLines.length).toBe(403 + 17);
    for (const columns of columnLines) expect(repairLetterSpacing(columns.text).trim()).toBe(columns.text.trim());
  });

  it("leaves one-letter tokens of ordinary text alone (1288 «2 А», 4512 «9 а», 7391 «№ 1», 15379 «1 2 5-»)", () => {
    expect(repairLetterSpacing(line(1288))).toBe(line(1288).trimEnd() + (line(1288).endsWith(" ") ? " " : ""));
    expect(repairLetterSpacing(line(4512))).toContain("көшесі, 9 а Sobes_kokshe@");
    expect(repairLetterSpacing(line(7391))).toContain("№ 1 орталығы");
    expect(repairLetterSpacing(line(15379))).toContain(", , 1 2 5-");
  });

  it("leaves stray-spaced words to removeStraySpaces (4229 `т іркеу`)", () => {
    expect(repairLetterSpacing(line(4229))).toBe("шеккен азаматтарды т іркеу және есепке ");
  });
});

describe("fixLookalikes (seed map §5.12)", () => {
  it("turns Latin i inside Kazakh words into і (38, 84, 36830)", () => {
    expect(fixLookalikes(line(38))).not.toMatch(/[iI]/);
    expect(fixLookalikes(line(38))).toContain("Мемлекеттік атаулы әлеуметтік");
    expect(fixLookalikes(line(84))).toContain("тіркеу");
    expect(fixLookalikes(line(36830))).toContain("жүріп-тұруы");
  });

  it("turns lone spaced Latin i/I into і/І when its neighbours are Kazakh (18)", () => {
    expect(fixLookalikes(line(18))).toBe("Ү к і м е т і  Қ А У Л Ы  Е Т Е Д І :");
  });

  it("turns Latin C/c into С/с in Kazakh words (1924 `Cағат`, 56507 `c ә у і р`)", () => {
    expect(fixLookalikes(line(1924))).toContain("Сағат");
    expect(fixLookalikes(line(56507))).toContain("с ә у і р");
  });

  it("turns Cyrillic letters inside e-mails and «Еmail» into Latin (4405, 8163, 3655, 7705)", () => {
    expect(fixLookalikes(line(4405))).toContain("online.kz");
    expect(fixLookalikes(line(8163))).toContain("Akimat_kokshetau@mail.ru");
    expect(fixLookalikes(line(3655))).toContain("oblsobes@mail.kz");
    expect(fixLookalikes(line(7705))).toContain("Email");
  });

  it("leaves Latin words, e-mails and web sites Latin (1262 `abai_c@`, 51290 `a.altynbek@`)", () => {
    expect(fixLookalikes(line(1262))).toBe(line(1262));
    expect(fixLookalikes(line(51290))).toContain("a.altynbek@");
  });

  it("leaves two glued words of different scripts for the contact parser (50491 `ғимаратaktau_gotsp`)", () => {
    expect(fixLookalikes(line(50491))).toContain("ғимаратaktau_gotsp@mail.kz");
  });

  it("repairs 286 Latin-i tokens on 177 lines inside Kazakh words, as the seed map counts, plus the spaced ones", () => {
    let mixedTokens = 0;
    let spacedTokens = 0;
    const mixedLines = new Set<number>();
    for (const { no, text } of act) {
      const before = text.split(/(\s+)/);
      const after = fixLookalikes(text).split(/(\s+)/);
      before.forEach((token, index) => {
        const fixed = [...after[index]!];
        const repaired = [...token].some((char, k) => (char === "i" || char === "I") && /[іІ]/.test(fixed[k]!));
        if (!repaired) return;
        if (/[\u0400-\u04FF]/.test(token)) {
          mixedTokens += 1;
          mixedLines.add(no);
        } else spacedTokens += 1;
      });
    }
    expect(mixedTokens).toBe(286);
    expect(mixedLines.size).toBe(177);
    expect(spacedTokens).toBe(15);
  });
});

describe("removeStraySpaces (seed map §5.1, §5.5)", () => {
  it("joins words cut before «і» (4229, 4230, 15235, 11004, 77088)", () => {
    expect(removeStraySpaces(line(4229), lexicon)).toContain("азаматтарды тіркеу");
    expect(removeStraySpaces(line(4230), lexicon)).toContain("мемлекеттік");
    expect(removeStraySpaces(line(15235), lexicon)).toContain("Уәкілетті  органның жұмыс кестесі :");
    expect(removeStraySpaces(line(11004), lexicon)).toContain("мерзіміне  кірмейді");
    expect(removeStraySpaces(line(77088), lexicon)).toContain("Уәкілетті");
  });

  it("joins a genitive ending cut off its word (9783 «Қазалы ауданы ның», seed map §5.14), and only a genitive ending", () => {
    expect(line(9783)).toBe("«Қазалы ауданы ның ");
    expect(removeStraySpaces(line(9783), lexicon)).toBe("«Қазалы ауданының ");
    expect(removeStraySpaces("Қазалы ауданы мен", lexicon)).toBe("Қазалы ауданы мен");
  });

  it("joins a word cut in three (36967 `б iр iншi`)", () => {
    expect(removeStraySpaces(fixLookalikes(line(36967)), lexicon)).toContain("бірінші");
  });

  it("keeps real words that start with «і» (4170 «күні ішінде», 4036 «жұмыс iстеген»)", () => {
    expect(removeStraySpaces(line(4170), lexicon)).toBe(line(4170));
    expect(removeStraySpaces(fixLookalikes(line(4036)), lexicon)).toContain("жұмыс істеген");
  });

  it("removes hyphenation left inside a word (77222 `бағдар-ламалар`, 77327 `облысы-ның`)", () => {
    expect(removeStraySpaces(line(77222), lexicon)).toBe("бағдарламалар басқармасы");
    expect(removeStraySpaces(line(77327), lexicon)).toBe("Жамбыл облысының ");
  });

  it("keeps real hyphens (19386 `сурдо-тифлотехникалық`, 47903 `медициналық-әлеуметтiк`, 272 `8-71638`)", () => {
    expect(removeStraySpaces(line(19386), lexicon)).toContain("сурдо-тифлотехникалық");
    expect(removeStraySpaces(fixLookalikes(line(47903)), lexicon)).toContain("медициналық-әлеуметтік");
    expect(removeStraySpaces(line(272), lexicon)).toBe(line(272));
  });

  it("accepts a lexicon of the caller's own", () => {
    const lexicon = buildLexicon(["тіркеу тіркеу"]);
    expect(removeStraySpaces("т іркеу", lexicon)).toBe("тіркеу");
    expect(removeStraySpaces("т іркеу", new Map())).toBe("т іркеу");
  });
});

describe("splitGluedWords (seed map §5.6)", () => {
  it("puts back a space lost between two words (23757, 43826–43827, 39391)", () => {
    expect(splitGluedWords(line(23757), lexicon)).toContain("еркін талаптарына");
    expect(splitGluedWords(line(43826), lexicon)).toBe("Сапа және тиімділік көрсеткіштері");
    expect(splitGluedWords(line(43827), lexicon)).toBe("Көрсеткіштің нормативтік");
    expect(splitGluedWords(line(39391), lexicon)).toBe("Ақсу қаласының жұмыспен ");
  });

  it("puts back both spaces of a name that lost two (S17.a6 Алматы, 80569 «Алматыауданыныңәкімдігі»)", () => {
    expect(line(80569).trim()).toBe("Алматыауданыныңәкімдігі");
    expect(splitGluedWords(line(80569), lexicon).trim()).toBe("Алматы ауданының әкімдігі");
  });

  it("puts back a space lost before a number (10965 `көрсетілген1-қосымшада`)", () => {
    expect(splitGluedWords(line(10965), lexicon)).toContain("көрсетілген 1-қосымшада");
  });

  it("leaves suffixed words and compounds whole («құжаттармен», «қаланың», «сурдо-тифлотехникалық»)", () => {
    const words = ["құжаттармен", "қаланың", "хабарламамен", "селоның", "мемлекеттік", "сурдо-тифлотехникалық"];
    for (const word of words) expect(splitGluedWords(word, lexicon)).toBe(word);
  });
});

describe("tidyPunctuationSpacing", () => {
  it("removes spaces before punctuation and adds them after a comma (77088, 38727)", () => {
    expect(tidyPunctuationSpacing(normaliseText(line(77088), lexicon))).toBe("Уәкілетті органға (кент, ауыл (село),");
    expect(tidyPunctuationSpacing(line(38727))).toBe("Шет ауданы, Ақсу-Аюлы ауылы, ");
    expect(tidyPunctuationSpacing(line(60566))).toBe("әкімдігі» ММ");
  });
});

describe("joinCellLines (seed map §5.5)", () => {
  it("glues a word cut at a line end without a hyphen (7303–7304 `Ма` / `қатаев`)", () => {
    expect(joinCellLines(lines(7303, 7304), lexicon)).toContain("Мақатаев көшесі, 142");
  });

  it("glues `Тө` / `ле би` (7309–7310)", () => {
    expect(joinCellLines(lines(7309, 7310), lexicon)).toContain("Төле би көшесі, 12");
  });

  it("joins a number's hyphen that opens the next line to the number before it: a time cut «9» / «-00» (277–278), «18» / «-00» (6614–6615)", () => {
    expect(joinCellLines(lines(277, 278), lexicon)).toBe("аптасына бес күн Сағат 9-00 бастап 18-00 дейін,");
    expect(joinCellLines(lines(6614, 6615), lexicon)).toBe("сағат 9-00 бастап 18-00 дейін, түскі");
    expect(joinCellLines(["Сағат 9", "-00 бастап"], lexicon)).toBe("Сағат 9-00 бастап");
    // A hyphen before a word is a dash, not a number's: «көшесі, 5» / «- үй» keeps its space.
    expect(joinCellLines(["көшесі, 5", "- үй"], lexicon)).toBe("көшесі, 5 - үй");
  });

  it("puts a bracket that fell to the next line back (47903–47904)", () => {
    expect(joinCellLines(lines(47903, 47904), lexicon)).toContain("(ұйымдарда) әлеуметтiк");
  });

  it("joins ordinary lines with a space across a page break (432–438)", () => {
    expect(joinCellLines(lines(432, 438), lexicon)).toBe(
      "Қорғалжын ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
    );
  });

  it("keeps a compound's hyphen at a line end when the glued word is unknown", () => {
    expect(joinCellLines(["Қызылорда-", "жезқазған"], new Map())).toBe("Қызылорда-жезқазған");
  });
});

describe("normaliseText", () => {
  it("repairs the spaced caption of S1.a1 across three lines (228–230)", () => {
    expect(normaliseText(lines(228, 230).join("\n"), lexicon)).toBe(
      "«Жұмыссыз азаматтарды тіркеу және есепке қою» мемлекеттік қызмет стандартына",
    );
  });

  it("repairs look-alikes, spacing and punctuation in one call (18, 15235, 11004, 36967, 30601)", () => {
    expect(normaliseText(line(18), lexicon)).toBe("Үкіметі ҚАУЛЫ ЕТЕДІ:");
    expect(normaliseText(line(15235), lexicon)).toBe("9. Уәкілетті органның жұмыс кестесі:");
    expect(normaliseText(line(11004), lexicon)).toBe("қызметті көрсету мерзіміне кірмейді):");
    expect(normaliseText(line(36967), lexicon)).toBe("«Жүріп-тұруы қиын бірінші топтағы");
    expect(normaliseText(line(30601), lexicon)).toBe("үзіліспен сағат 9.00-ден 18.00-ге дейін.");
  });

  it("returns an empty string for blank input", () => {
    expect(normaliseText("   \n ", lexicon)).toBe("");
  });
});

describe("institutionName: the clean name of an akimat printed «…» ММ (ММ = мемлекеттік мекеме)", () => {
  it("drops «ММ» and the quotes around the name (8246–8247 Қарғалы)", () => {
    expect(lines(8246, 8247)).toEqual(["«Қарғалы ауданының ", "әкімдігі» ММ"]);
    expect(institutionName(joinCellLines(lines(8246, 8247), lexicon))).toBe("Қарғалы ауданының әкімдігі");
  });

  it("keeps the quotes inside the name (30208–30210 Астана «Алматы» ауданы)", () => {
    expect(lines(30208, 30210)).toEqual(["«Астана қаласы «Алматы» ", "ауданы әкімінің аппараты» ", "ММ"]);
    expect(institutionName(joinCellLines(lines(30208, 30210), lexicon))).toBe(
      "Астана қаласы «Алматы» ауданы әкімінің аппараты",
    );
  });

  it("drops a closing quote the dump left without its opening one (78921–78922 Тасқала «…әкімдігі» ММ»)", () => {
    expect(line(78922)).toBe("әкімдігі» ММ» Тасқала ауылы, Абай көшесі, 23");
    expect(institutionName("«Тасқала ауданының әкімдігі» ММ»")).toBe("Тасқала ауданының әкімдігі");
  });

  it("leaves a name without the legal form or the outer quotes as it is", () => {
    expect(institutionName("Ақмола облысы әкімінің аппараты")).toBe("Ақмола облысы әкімінің аппараты");
    expect(institutionName("ММ бөлімі")).toBe("ММ бөлімі");
  });
});
