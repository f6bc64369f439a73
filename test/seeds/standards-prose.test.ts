import { describe, expect, it } from "vitest";
import { readSource, sliceLines } from "../../seeds/extract/source.js";
import { fixLookalikes, repairLetterSpacing } from "../../seeds/extract/clean/text.js";
import { proseOf, removeStrayISpaces } from "../../seeds/extract/standards/prose.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon } = actAttested();

const act = readSource();
const prose = (start: number, end: number): string => proseOf(sliceLines(act, start, end), lexicon);
const line = (no: number): string => act[no - 1]?.text ?? "";

describe("displaced hyperlink text", () => {
  it("puts a link moved to the end of its line back at the double space (99)", () => {
    expect(line(99)).toContain("Заңының  сәйкес 15-бабына");
    expect(prose(98, 100)).toBe(
      "3. Мемлекеттік қызмет «Халықты жұмыспен қамту туралы» Қазақстан Республикасының 2001 жылғы 23 қаңтардағы Заңының 15-бабына сәйкес көрсетіледі.",
    );
  });

  it("joins a link glued after a full stop and its number left on the line before (184–185)", () => {
    expect(prose(184, 185)).toBe(
      "18. Тұтынушыларға мемлекеттік қызмет көрсету нәтижелері осы стандартқа 3-қосымшаға сәйкес сапа және тиімділік көрсеткіштерімен өлшенеді.",
    );
  });

  it("moves a link to the start of a line that begins with a single space (91–93)", () => {
    expect(prose(89, 96)).toContain(
      "стандартына (бұдан әрі – стандарт) 1-қосымшада көрсетілген, тұтынушының тұрғылықты жері бойынша Астана және Алматы",
    );
  });

  it("splits a link glued after a colon (23710) and after a semicolon with a space-comma gap (30621)", () => {
    expect(prose(23706, 23710)).toContain(
      "осы стандарттың 11-тармағында айқындалған қажетті құжаттарды тіркеген күннен бастап:",
    );
    expect(prose(30620, 30621)).toBe(
      "1) жеке басын куәландыратын құжаттың деректемелері көрсетілген белгіленген үлгідегі өтініш, әлеуметтік жеке кодтың нөмірі;",
    );
  });

  it("splits a link glued at a lower→upper case change (80699 «сағатЗаңында»)", () => {
    expect(prose(80697, 80700)).toContain(
      "2001 жылғы 13 желтоқсандағы Заңында белгіленген мереке күндерін қоспағанда, сағат 13.00-ден",
    );
  });

  it("restores «1 және 2-қосымшаларда» from a letter-spaced line (11108–11109)", () => {
    expect(prose(11105, 11109)).toMatch(/осы стандартқа 1 және 2-қосымшаларда көрсетілген\.$/u);
  });

  it("puts a list of link numbers back in front of its commas (23928–23930, 15379–15381)", () => {
    expect(prose(23925, 23930)).toMatch(/осы стандартқа 1, 4, 5-қосымшаларда көрсетілген\.$/u);
    expect(prose(15379, 15381)).toMatch(/осы стандартқа 1, 2, 5-қосымшаларда көрсетілген\.$/u);
  });

  it("fills a list's separators with the numbers moved to the line's end, the last with its link word (4198, 4213, 10981)", () => {
    expect(line(4198)).toBe("стандартқа ,   көрсетілген.1 4-қосымшаларда");
    expect(prose(4195, 4198)).toMatch(/телефон нөмірлері осы стандартқа 1, 4-қосымшаларда көрсетілген\.$/u);
    expect(line(4213)).toContain("осы стандартқа , ,  1 2 6-қосымшаларда");
    expect(prose(4207, 4214)).toMatch(
      /орталықтың телефоны мен мекенжайы осы стандартқа 1, 2, 6-қосымшаларда көрсетілген\.$/u,
    );
    // «және» is a separator too: «стандартқа  және 1 3-» / «қосымшаларда …».
    expect(line(10981)).toContain("осы стандартқа  және 1 3-");
    expect(prose(10980, 10986)).toContain(
      "тізбесі осы стандартқа 1 және 3-қосымшаларда көрсетілген уәкілетті органдардың",
    );
  });

  it("splits an act's name glued to a number's hyphen (47925 «1-Заңының», 52278 «1-қаулысының»)", () => {
    expect(line(47925)).toContain("желтоқсандағы  11-бабы 1-Заңының");
    expect(prose(47924, 47926)).toContain("2008 жылғы 29 желтоқсандағы Заңының 11-бабы 1-тармағының 3) тармақшасы");
    expect(prose(52278, 52279)).toContain("№ 330 қаулысының 1-тармағы,");
  });

  it("puts a glued link into the gap right after an item number (23775, 23806)", () => {
    expect(line(23775)).toContain("5)  үлгідегі");
    expect(prose(23775, 23775)).toBe("5) белгіленген үлгідегі отбасы мүшелерінің табыстары туралы мәліметтер;");
    expect(prose(23806, 23806)).toBe("5) белгіленген үлгідегі отбасы құрамы туралы мәліметтер;");
  });

  it("reads a gap of two leading spaces (40620) and a space before «;» in a letter-spaced line (44228)", () => {
    expect(prose(40619, 40620)).toMatch(/заңнамада белгіленген тәртіппен сотқа жүгінуге құқығы бар\.$/u);
    expect(prose(44226, 44228)).toMatch(/көрсете отырып белгіленген үлгідегі өтініш;$/u);
  });

  it("closes a letter-spaced hyphen after a number (80768 «1 -қосымшада»)", () => {
    expect(prose(80767, 80768)).toMatch(/осы стандартқа 1-қосымшада көрсетілген\.$/u);
  });

  it("puts back the link to the building requirements, glued after a full stop (4085) or to a word (23757)", () => {
    expect(prose(4083, 4085)).toMatch(/өртке қарсы қауіпсіздік талаптарына сай келеді, үй-жай режимі – еркін\.$/u);
    expect(prose(23755, 23758)).toMatch(/өртке қарсы қауіпсіздік талаптарына сәйкес келеді, үй-жай режимі – еркін\.$/u);
  });

  it("fills several marked places in order with the links moved to the end of one line (recital 13–17)", () => {
    expect(line(14)).toContain("Заңының ,  және «Ақпараттандыру9-1 15-2-баптарына");
    expect(prose(14, 14)).toBe("2000 жылғы 27 қарашадағы Заңының 9-1, 15-2-баптарына және «Ақпараттандыру");
    // A single leading space is the first place: «бабының» opens the line, «29-бабына» takes the double space.
    expect(line(17)).toMatch(/^ 2\), 3\) тармақшаларына, {2}сәйкес .* бабының 29-бабына\s*$/u);
    expect(prose(15, 17)).toBe(
      "туралы» Қазақстан Республикасының 2007 жылғы 11 қаңтардағы Заңының 6-бабының 2), 3) тармақшаларына, 29-бабына сәйкес Қазақстан Республикасының",
    );
  });

  it("puts back a link of plain words: the clause after the line's last comma fills its one gap between two words (30580)", () => {
    expect(line(30580)).toMatch(/^табысы {2}аспайтын .* азаматтарына, кедейлік шегінен\s*$/u);
    expect(prose(30579, 30581)).toMatch(
      /^6\. Мемлекеттік қызмет жеке тұлғаларға: жан басына шаққандағы орташа табысы кедейлік шегінен аспайтын Қазақстан Республикасының азаматтарына, оралмандарға, босқындарға,/u,
    );
  });

  it("fills two places with subparagraph-number links, the last number with its link word (23786)", () => {
    expect(line(23786)).toContain("осы тармақтың ,  көрсетілген 6) 7) тармақшаларында");
    expect(prose(23786, 23786)).toBe("куәлікті, сондай-ақ осы тармақтың 6), 7) тармақшаларында көрсетілген");
  });

  it("leaves a double space after a paragraph number alone (127)", () => {
    expect(line(127)).toContain("8.  Мемлекеттік");
    expect(prose(127, 127)).toBe("8. Мемлекеттік қызмет тегін көрсетіледі.");
  });
});

describe("letter-spacing, stray spaces and look-alikes", () => {
  it("repairs letter-spaced words (149, 18)", () => {
    expect(repairLetterSpacing(line(149).trim())).toBe("оралмандар – оралман куәлігі;");
    expect(fixLookalikes(repairLetterSpacing(line(18).trim()))).toBe("Үкіметі ҚАУЛЫ ЕТЕДІ:");
  });

  it("maps Latin «i» to Kazakh «і» inside Cyrillic words only (38, 36830)", () => {
    expect(line(38)).toContain("Мемлекеттiк");
    expect(prose(38, 38)).toContain("«Мемлекеттік атаулы әлеуметтік көмек тағайындау»");
    expect(prose(36830, 36830)).toContain("жүріп-тұруы қиын бірінші топтағы мүгедектерге жеке көмекшінің");
    expect(fixLookalikes("http:/www.enbek.gov.kz")).toBe("http:/www.enbek.gov.kz");
  });

  it("joins stray spaces before «і» but keeps real words that begin with it (56546, 30601, 147)", () => {
    expect(prose(56544, 56546)).toMatch(/– он бес күнтізбелік күн ішінде;$/u);
    expect(prose(30599, 30601)).toContain("түскі үзіліспен сағат 9.00-ден 18.00-ге дейін.");
    expect(removeStrayISpaces("азаматтығы жоқ адамның ішкі істер органдарында")).toBe(
      "азаматтығы жоқ адамның ішкі істер органдарында",
    );
  });

  it("keeps a Roman «I» beside «II» Latin (30662)", () => {
    expect(prose(30660, 30663)).toContain("сондай-ақ I және II топтардағы мүгедектерді");
  });

  it("keeps real words after a space («жұмыс iстеген», 4036) and joins a fragment no Kazakh word ends with («куәліг ін», 80727)", () => {
    expect(prose(4035, 4037)).toContain("тұрған, жұмыс істеген немесе әскери қызмет");
    expect(line(80727)).toContain("куәліг ін");
    expect(prose(80727, 80727)).toBe("Оралмандар оралман куәлігін ұсынады.");
  });
});
