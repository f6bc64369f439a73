/**
 * The BASQ reader on the 17 real lists of the act (seed map §4.4): row
 * counts, region order, and every kind of damage the lists carry, each
 * checked on the lines that carry it.
 */
import { describe, expect, it } from "vitest";
import { segmentAct } from "../../seeds/extract/segment.js";
import { readSource } from "../../seeds/extract/source.js";
import { readAppTable } from "../../seeds/extract/tables/app.js";
import { readBasqTable } from "../../seeds/extract/tables/basq.js";
import { assignRoles } from "../../seeds/extract/tables/flat/contact-roles.js";
import { parseRowNumber } from "../../seeds/extract/tables/flat/row-numbers.js";
import { classifyToken, tokenizeLine } from "../../seeds/extract/tables/flat/tokens.js";
import { readXqoTable } from "../../seeds/extract/tables/xqo.js";
import { actLines, flatAppendices, partLines, partTexts, readFlatList } from "./helpers/flat.js";
import { seedMapAppendices } from "./helpers/standards.js";

const V1 = ["s1-a4", "s3-a3", "s18-a3"];
const OBLASTS = [
  "akmola",
  "aktobe",
  "almaty-oblast",
  "atyrau",
  "east-kazakhstan",
  "zhambyl",
  "west-kazakhstan",
  "karaganda",
  "kostanay",
  "kyzylorda",
  "mangystau",
  "pavlodar",
  "north-kazakhstan",
  "south-kazakhstan",
];

describe("readBasqTable: counts and order of the 17 lists", () => {
  const lists = flatAppendices("BASQ");

  it("inventories 17 BASQ lists", () => {
    expect(lists).toHaveLength(17);
  });

  it.each(lists.map((appendix) => appendix.id))("%s has the rows the seed map counts, in region order", (id) => {
    const { rows } = readFlatList(id);
    const regions = rows.map((row) => row.regionId);
    if (id === "s10-a3") {
      // ОҚО lost, Astana left as a fragment of its address, Almaty unnumbered (47858–47901).
      expect(regions).toEqual([...OBLASTS.slice(0, 13), "astana", "almaty-city"]);
      return;
    }
    expect(rows).toHaveLength(16);
    expect(regions).toEqual([...OBLASTS, ...(V1.includes(id) ? ["almaty-city", "astana"] : ["astana", "almaty-city"])]);
    expect(rows.map((row) => row.position)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it.each(lists.map((appendix) => appendix.id))(
    "%s leaves no text unassigned and keeps the header as boilerplate",
    (id) => {
      const result = readFlatList(id);
      expect(result.rows.flatMap((row) => row.unassigned)).toEqual([]);
      expect(result.boilerplate.length).toBeGreaterThan(0);
      expect(result.boilerplate.at(-1)!.text.trim()).toBe("1 2 3 4 5");
      for (const row of result.rows) {
        expect(row.listKind).toBe("BASQ");
        expect(row.appendixId).toBe(id);
      }
    },
  );

  it("reads the clean lists without anomalies", () => {
    for (const id of ["s3-a3", "s5-a4", "s9-a3", "s12-a4", "s17-a5", "s18-a3"]) {
      expect(readFlatList(id).anomalies, id).toEqual([]);
    }
  });
});

describe("readBasqTable: cells", () => {
  it("splits a V1 line that holds the end of the address, the phone and the e-mail (3587)", () => {
    expect(actLines(3587, 3587)).toEqual(["Пушкин көшесі, 23 76-35-59 akmout@mail.online.kz"]);
    const row = readFlatList("s1-a4").rows[0]!;
    expect(row.name).toEqual([
      { line: 3582, text: "Ақмола облысының жұмыспен" },
      { line: 3583, text: "қамтуды үйлестіру және әлеуметтік" },
      { line: 3584, text: "бағдарламалар басқармасы" },
    ]);
    expect(row.address).toEqual([
      { line: 3586, text: "Көкшетау қаласы," },
      { line: 3587, text: "Пушкин көшесі, 23" },
      { line: 3587, text: "akmout@mail.online.kz" },
    ]);
    expect(row.phones).toEqual([{ line: 3587, text: "76-35-59" }]);
    expect(row.schedule).toEqual([]);
  });

  it("keeps phones broken mid-number together (3740–3741 «61-65-» / «88 61-52-02»)", () => {
    const almaty = readFlatList("s1-a4").rows[14]!;
    expect(partTexts(almaty.phones)).toEqual(["51-94-94 61-65-", "88 61-52-02"]);
    expect(partLines(almaty.address)).toEqual([3737, 3738, 3743, 3744]);
  });

  it("keeps e-mails broken over lines and letter-spaced in the address cell (3700–3702, 3757–3759)", () => {
    const { rows } = readFlatList("s1-a4");
    expect(partTexts(rows[11]!.address)).toEqual([
      "Павлодар қаласы,",
      "Ленин көшесі, 59",
      "kence.dsz@pav",
      "odar.gov.kz, pavlodar@",
      "enbek.kz",
    ]);
    expect(partTexts(rows[15]!.address).slice(2)).toEqual(["d e p t r u d @", "astanatelecom.kz, depzan", "@mail.ru"]);
  });

  it("splits V2 «Тел: … Факс: … Еmail: …» cells: phones stay phones, e-mails go to the address (7704–7706)", () => {
    const row = readFlatList("s2-a4").rows[0]!;
    expect(row.phones).toEqual([
      { line: 7704, text: "Тел: 8-7162-763-690 Факс: 8-" },
      { line: 7705, text: "7162-763-687" },
    ]);
    expect(partTexts(row.address)).toEqual([
      "Көкшетау қаласы,",
      "Пушкин көшесі, 23",
      "Еmail: akmout@",
      "mail.online.kz",
    ]);
  });

  it("reads an address that a house number ends on its own line as address, not as a row number (7916–7917)", () => {
    expect(actLines(7916, 7917)).toEqual(["Иманбаева көшесі, ", "16"]);
    const result = readFlatList("s2-a4");
    const astana = result.rows[14]!;
    expect(partTexts(astana.address).slice(0, 3)).toEqual(["Астана қаласы,", "Иманбаева көшесі,", "16"]);
    expect(result.rows[15]!.lines.start).toBe(7923);
    expect(result.anomalies).toContainEqual(
      expect.objectContaining({ kind: "false-number", lines: { start: 7917, end: 7917 } }),
    );
  });
});

describe("readBasqTable: glued cells (seed map §5.6)", () => {
  it("splits a phone glued to the next label (S14.a3 59948 «32-22-28,Факс:», 60004 «43-20-82телетайп:»)", () => {
    expect(actLines(59948, 59949)).toEqual(["Тел: 8-7122- 32-22-28,Факс: 8-7122-", "32-48-13 Email: atyrau@enbek.kz"]);
    const { rows } = readFlatList("s14-a3");
    expect(rows[3]!.phones).toEqual([
      { line: 59948, text: "Тел: 8-7122- 32-22-28,Факс: 8-7122-" },
      { line: 59949, text: "32-48-13" },
    ]);
    expect(rows[3]!.address.at(-1)).toEqual({ line: 59949, text: "Email: atyrau@enbek.kz" });
    expect(partLines(rows[7]!.phones)).toEqual([60004, 60005]);
    expect(partTexts(rows[7]!.address).slice(-2)).toEqual(["Email:karagandatrud", "@mail.ru"]);
  });

  it("splits a phone glued to «Еmail» (S14.a3 59990 «51-25-83Еmail»)", () => {
    const row = readFlatList("s14-a3").rows[6]!;
    expect(row.phones).toEqual([{ line: 59990, text: "Тел: 8-7262- 51-25-83" }]);
    expect(partTexts(row.address).slice(-2)).toEqual(["Еmail zko@", "enbek.kz, oblsobes@mail.kz"]);
  });

  it("splits a phone tail glued to an e-mail (S15.a3 66344–66345 «-85zko@enbek.kz,»)", () => {
    expect(actLines(66344, 66345)).toEqual(["8-71125 1-25-830-05", "-85zko@enbek.kz, "]);
    const row = readFlatList("s15-a3").rows[6]!;
    expect(row.phones).toEqual([
      { line: 66344, text: "8-71125 1-25-830-05" },
      { line: 66345, text: "-85" },
    ]);
    expect(row.address.slice(-2)).toEqual([
      { line: 66345, text: "zko@enbek.kz," },
      { line: 66346, text: "oblsobes@mail.kz" },
    ]);
  });

  it("splits a phone tail glued to an e-mail whose «@» went to the next line (S12.a4 51985–51987 «1» / «-52-02depart_zan» / «@mail.ru»)", () => {
    expect(actLines(51985, 51987)).toEqual(["8-72726 1-67-78 1", "-52-02depart_zan", "@mail.ru"]);
    const row = readFlatList("s12-a4").rows[15]!;
    expect(row.phones).toEqual([
      { line: 51985, text: "8-72726 1-67-78 1" },
      { line: 51986, text: "-52-02" },
    ]);
    expect(partTexts(row.address)).toEqual(["Алматы қаласы, Қонаев", "көшесі, 122", "depart_zan", "@mail.ru"]);
  });

  it("gives the next row the start of its name printed after this row's e-mail, with the schedule between (S12.a4 51940–51950)", () => {
    expect(actLines(51938, 51941)).toEqual(["@sko.kz", "", "Оңтүстік Қазақстан ", "облысының жұмыспен "]);
    expect(actLines(51950, 51950)).toEqual(["14 қамтуды үйлестіру және "]);
    const { rows } = readFlatList("s12-a4");
    expect(partTexts(rows[12]!.address)).toEqual([
      "Петропавл қаласы, Абай",
      "көшесі, 64",
      "obl-dep@",
      "mail.online.kz, zsp",
      "@sko.kz",
    ]);
    expect(rows[12]!.lines.end).toBe(51938);
    expect(partTexts(rows[13]!.name)).toEqual([
      "Оңтүстік Қазақстан",
      "облысының жұмыспен",
      "қамтуды үйлестіру және",
      "әлеуметтік бағдарламалар",
      "басқармасы",
    ]);
    expect(rows[13]!.lines.start).toBe(51940);
    expect(rows[13]!.regionId).toBe("south-kazakhstan");
  });
});

describe("readBasqTable: schedules", () => {
  it("gives the V2 schedule printed once after row 1 (7708–7713) to every row", () => {
    const { rows } = readFlatList("s2-a4");
    expect(partLines(rows[0]!.schedule)).toEqual([7708, 7709, 7710, 7711, 7712, 7713]);
    expect(rows[0]!.scheduleFrom).toBeUndefined();
    for (const row of rows.slice(1)) {
      expect(row.schedule).toEqual(rows[0]!.schedule);
      expect(row.scheduleFrom).toEqual({ start: 7708, end: 7713 });
    }
  });

  it("gives each V3 row the schedule printed last on its page (S4.a4: 18942, 19003, 19092)", () => {
    const { rows } = readFlatList("s4-a4");
    const firstLines = rows.map((row) => row.schedule[0]!.line);
    expect(firstLines).toEqual([...Array(4).fill(18942), ...Array(6).fill(19003), ...Array(6).fill(19092)]);
    expect(rows.filter((row) => row.scheduleFrom === undefined).map((row) => row.position)).toEqual([1, 5, 11]);
  });

  it("joins a schedule split around a row (S17.a5 77232–77240 and 77274–77276)", () => {
    const { rows } = readFlatList("s17-a5");
    expect(actLines(77274, 77274)).toEqual(["сайын сағат 9-00 бастап 18-"]);
    expect(partLines(rows[0]!.schedule)).toEqual([
      77232, 77233, 77234, 77235, 77236, 77237, 77239, 77240, 77274, 77275, 77276,
    ]);
    expect(rows[2]!.schedule).toEqual(rows[0]!.schedule);
    // Row 3's own cells around the piece of schedule stay its own (77269–77279).
    expect(partTexts(rows[2]!.address).at(-2)).toBe("Email: al-obltrud@");
  });

  it("has no schedule in V1 lists", () => {
    for (const id of V1) expect(readFlatList(id).rows.every((row) => row.schedule.length === 0)).toBe(true);
  });
});

describe("readBasqTable: damage", () => {
  it("takes the row number printed inside the name after a page break (S1.a4 3619–3625)", () => {
    expect(actLines(3624, 3624)).toEqual(["5 әлеуметтік бағдарламалар "]);
    const result = readFlatList("s1-a4");
    const row = result.rows[4]!;
    expect(row.printedNumber).toBe("5");
    expect(row.lines.start).toBe(3619);
    expect(partTexts(row.name)).toEqual([
      "Шығыс Қазақстан облысының",
      "жұмыспен қамтуды үйлестіру және",
      "әлеуметтік бағдарламалар",
      "басқармасы",
    ]);
    expect(result.anomalies).toEqual([
      expect.objectContaining({ kind: "out-of-order", lines: { start: 3624, end: 3624 } }),
    ]);
  });

  it("finds every row number printed in the second half of a name (3624, 19057, 47872, 70415)", () => {
    const found = flatAppendices("BASQ").flatMap((appendix) =>
      readFlatList(appendix.id)
        .anomalies.filter((anomaly) => anomaly.message.includes("inside the name"))
        .map((anomaly) => [appendix.id, anomaly.lines.start]),
    );
    expect(found).toEqual([
      ["s1-a4", 3624],
      ["s4-a4", 19057],
      ["s10-a3", 47872],
      ["s16-a4", 70415],
    ]);
    expect(actLines(19057, 19057)).toEqual(["9 үйлестіру және әлеуметтік "]);
    const kostanay = readFlatList("s4-a4").rows[8]!;
    expect(kostanay).toMatchObject({ printedNumber: "9", regionId: "kostanay", lines: { start: 19052, end: 19064 } });
    expect(partLines(kostanay.name)).toEqual([19052, 19053, 19057, 19058]);
  });

  it("continues a phone label whose colon moved to the next line (S16.a4 70422–70423)", () => {
    expect(actLines(70422, 70423)).toEqual(["Тел: 8-7172-21-04-92Тел/факс", ": 8-7172- 21-28-39 Email:"]);
    const astana = readFlatList("s16-a4").rows[14]!;
    expect(astana.phones).toEqual([
      { line: 70422, text: "Тел: 8-7172-21-04-92Тел/факс" },
      { line: 70423, text: ": 8-7172- 21-28-39" },
    ]);
    expect(partTexts(astana.address).slice(-2)).toEqual(["Email:", "astana@enbek.kz"]);
  });

  it("keeps the truncated last row of S8.a3 as a row marked truncated (40456–40458)", () => {
    const result = readFlatList("s8-a3");
    const last = result.rows[15]!;
    expect(last.printedNumber).toBe("16");
    expect(last.name).toEqual([{ line: 40458, text: "Алматы қаласының жұмыспен" }]);
    expect(last.address).toEqual([]);
    expect(result.anomalies).toEqual([
      expect.objectContaining({ kind: "truncated", lines: { start: 40456, end: 40458 } }),
    ]);
  });

  it("recovers the damaged end of S10.a3 (47858–47901)", () => {
    const result = readFlatList("s10-a3");
    const [pavlodar, north, astana, almaty] = result.rows.slice(11);
    // Row 12: name started at 47858, its number printed at 47872 in the name's second half, phones in between.
    expect(pavlodar!.printedNumber).toBe("12");
    expect(pavlodar!.lines).toEqual({ start: 47858, end: 47880 });
    expect(partLines(pavlodar!.name)).toEqual([47858, 47859, 47872, 47873]);
    expect(partTexts(pavlodar!.phones)).toEqual(["8-71823 2-59-63", "2-56-76"]);
    expect(partLines(pavlodar!.schedule)).toEqual([47866, 47867, 47868, 47869, 47870]);
    // Row 13: one phone, no e-mail.
    expect(north!.printedNumber).toBe("13");
    expect(north!.phones).toEqual([{ line: 47892, text: "8-71524 6-56-48" }]);
    // Astana survives as « Астана қаласы,» only, Almaty as an unnumbered fragment.
    expect(astana).toMatchObject({
      printedNumber: null,
      name: [],
      phones: [],
      address: [{ line: 47893, text: " Астана қаласы," }],
    });
    expect(almaty).toMatchObject({ printedNumber: null, lines: { start: 47894, end: 47901 } });
    expect(partTexts(almaty!.phones)).toEqual(["1-52-02"]);
    expect(result.anomalies.map((anomaly) => [anomaly.kind, anomaly.lines.start])).toEqual([
      ["out-of-order", 47872],
      ["out-of-order", 47858],
      ["missing-number", 47893],
      ["lost-text", 47893],
      ["missing-number", 47894],
      // Row 13's e-mail, the start of Almaty's e-mail («mail.ru», 47901), and all of ОҚО.
      ["lost-text", 47882],
      ["lost-text", 47894],
      ["lost-text", 47882],
    ]);
    expect(result.anomalies[5]!.message).toContain("no e-mail");
    expect(result.anomalies[6]!.message).toContain("without its name");
    expect(result.anomalies.at(-1)!.message).toContain("Оңтүстік Қазақстан");
  });

  it("reads the unnumbered rows 14 and 16 of S15.a3 (66432, 66455)", () => {
    expect(actLines(66431, 66432)).toEqual(["sko.kz", " Оңтүстік Қазақстан облысының "]);
    const result = readFlatList("s15-a3");
    expect(result.rows.map((row) => row.printedNumber)).toEqual([
      ..."1 2 3 4 5 6 7 8 9 10 11 12 13".split(" "),
      null,
      "15",
      null,
    ]);
    expect(result.rows[13]!.lines).toEqual({ start: 66432, end: 66442 });
    expect(result.rows[15]!.lines).toEqual({ start: 66455, end: 66464 });
    expect(result.anomalies.map((anomaly) => anomaly.kind)).toEqual(["missing-number", "missing-number"]);
  });

  it("skips as boilerplate exactly the heading and column header above row 1 (216 lines over 17 lists)", () => {
    let total = 0;
    for (const appendix of flatAppendices("BASQ")) {
      const result = readFlatList(appendix.id);
      const above = actLines(appendix.body.start, result.rows[0]!.lines.start - 1)
        .map((text, i) => ({ line: appendix.body.start + i, text }))
        .filter((line) => line.text.trim() !== "");
      expect(result.boilerplate, appendix.id).toEqual(above);
      total += result.boilerplate.length;
    }
    expect(total).toBe(216);
  });
});

describe("flat-list building blocks, on words copied from the act", () => {
  it("classifies tokens by shape", () => {
    expect(classifyToken("8-7162")).toBe("phone"); // 7354
    expect(classifyToken("378-09-10")).toBe("phone"); // 14563
    expect(classifyToken("8-7162-763-690")).toBe("phone"); // 7704
    expect(classifyToken("2-23")).toBe("phoneFragment"); // 7382, a house
    expect(classifyToken("-40-06")).toBe("phoneFragment"); // 7385
    expect(classifyToken("akmout@")).toBe("email"); // 7705
    expect(classifyToken("оblsobes@mail.kz")).toBe("email"); // 3655, Cyrillic о
    expect(classifyToken("odar.gov.kz,")).toBe("email"); // 3701
    expect(classifyToken("Еmail:")).toBe("emailLabel"); // 7705, Cyrillic Е
    expect(classifyToken("телетайп:")).toBe("phoneLabel"); // 7814
    expect(classifyToken("қабылдау")).toBe("reception"); // 7355
    expect(classifyToken("приемная")).toBe("reception"); // 51604
    expect(classifyToken("31а")).toBe("text"); // 3615
  });

  it("reads row numbers with and without text after them", () => {
    expect(parseRowNumber("16")).toEqual({ number: 16, printed: "16", restStart: null });
    expect(parseRowNumber("5 әлеуметтік бағдарламалар ")).toEqual({ number: 5, printed: "5", restStart: 2 });
    expect(parseRowNumber("Шымкент қаласы,")).toBeNull();
    expect(parseRowNumber("42-09-")).toBeNull();
  });

  it("keeps a house number before a phone as text, and continues a broken phone on the next line", () => {
    const roles = assignRoles(
      tokenizeLine({ no: 7604, text: "Астана қаласы, Сауран көшесі, 7 8-7172 50-13-69" }),
      null,
    );
    expect(roles).toEqual(["text", "text", "text", "text", "text", "phones", "phones"]);
    expect(assignRoles(tokenizeLine({ no: 3741, text: "88 61-52-02" }), "phones")).toEqual(["phones", "phones"]);
    expect(assignRoles(tokenizeLine({ no: 7917, text: "16" }), "text")).toEqual(["text"]);
  });
});

describe("agreement with the seed map", () => {
  it("finds the same 35 flat lists as the seed map, and the readers give the same rows on its appendices", () => {
    const segmented = segmentAct(readSource()).appendices.filter((appendix) =>
      ["BASQ", "APP", "XQO"].includes(appendix.kind),
    );
    const inventoried = seedMapAppendices.filter((appendix) => ["BASQ", "APP", "XQO"].includes(appendix.kind));
    expect(segmented.map((appendix) => [appendix.id, appendix.kind, appendix.body]).sort()).toEqual(
      inventoried.map((appendix) => [appendix.id, appendix.kind, appendix.body]).sort(),
    );
    const readers = { BASQ: readBasqTable, APP: readAppTable, XQO: readXqoTable } as const;
    for (const appendix of inventoried) {
      const fromSeedMap = readers[appendix.kind as keyof typeof readers](readSource(), appendix);
      const fromSegmentation = readFlatList(appendix.id);
      expect(fromSegmentation.rows, appendix.id).toEqual(fromSeedMap.rows);
      expect(fromSegmentation.anomalies, appendix.id).toEqual(fromSeedMap.anomalies);
    }
  });
});

describe("readBasqTable: a phone's last group behind a spaced hyphen", () => {
  it("keeps «- 4 2» and «- 3 9» in the phone cell (S17.a5, 77367–77368 and 77495–77496)", () => {
    expect(actLines(77367, 77368)).toEqual(["телетайп: 8-7212- 27-12", "- 4 2"]);
    expect(actLines(77495, 77496)).toEqual(["Тел/факс: 8-7172- 21-28", "- 3 9"]);
    const { rows } = readFlatList("s17-a5");
    expect(partLines(rows[7]!.phones)).toEqual([77366, 77367, 77368]);
    expect(partLines(rows[7]!.address)).not.toContain(77368);
    expect(partLines(rows[14]!.phones)).toEqual([77494, 77495, 77496]);
    expect(partLines(rows[14]!.address)).not.toContain(77496);
  });
});
