/**
 * The APP reader on the 10 real lists of akim apparatus (seed map §4.5).
 */
import { describe, expect, it } from "vitest";
import { actLines, flatAppendices, partLines, partTexts, readFlatList } from "./helpers/flat.js";

const REGION_ORDER = [
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
  "almaty-city",
  "astana",
];

describe("readAppTable: counts and order of the 10 lists", () => {
  const lists = flatAppendices("APP");

  it("inventories 10 APP lists", () => {
    expect(lists.map((appendix) => appendix.id)).toEqual([
      "s1-a5",
      "s2-a6",
      "s3-a5",
      "s4-a5",
      "s5-a5",
      "s6-a6",
      "s12-a5",
      "s13-a5",
      "s16-a6",
      "s18-a4",
    ]);
  });

  it.each(lists.map((appendix) => appendix.id))("%s has 16 numbered rows, 15 Алматы қ. and 16 Астана", (id) => {
    const { rows } = readFlatList(id);
    expect(rows.map((row) => row.regionId)).toEqual(REGION_ORDER);
    expect(rows.map((row) => row.printedNumber)).toEqual(REGION_ORDER.map((_, i) => String(i + 1)));
  });

  it.each(lists.map((appendix) => appendix.id))(
    "%s fills the four cells of every row and leaves nothing unassigned",
    (id) => {
      for (const row of readFlatList(id).rows) {
        expect(row.listKind).toBe("APP");
        expect(row.name.length, `${id} #${row.position} name`).toBeGreaterThan(0);
        expect(row.unit?.length, `${id} #${row.position} unit`).toBeGreaterThan(0);
        expect(row.phones.length, `${id} #${row.position} phones`).toBeGreaterThan(0);
        expect(row.address.length, `${id} #${row.position} address`).toBeGreaterThan(0);
        expect(row.unassigned).toEqual([]);
        expect(row.schedule).toEqual([]);
        // Every name is an apparatus, and no unit part is.
        expect(partTexts(row.name).join(" ")).toMatch(/аппарат/);
        expect(partTexts(row.unit).join(" ")).not.toMatch(/аппарат/);
      }
    },
  );

  it("reads the lists without anomalies except the three rows printed out of column order", () => {
    const anomalies = flatAppendices("APP").flatMap((appendix) => readFlatList(appendix.id).anomalies);
    expect(anomalies.map((anomaly) => [anomaly.appendixId, anomaly.kind, anomaly.lines.start])).toEqual([
      ["s5-a5", "out-of-order", 23545],
      ["s6-a6", "out-of-order", 30490],
      ["s12-a5", "out-of-order", 52103],
    ]);
  });
});

describe("readAppTable: cells", () => {
  it("skips the interleaved header of S1.a5 (3769–3789) and starts at row 1 (3793)", () => {
    const result = readFlatList("s1-a5");
    expect(partLines(result.boilerplate)).toEqual([
      3766, 3767, 3769, 3770, 3772, 3773, 3777, 3778, 3780, 3781, 3783, 3784, 3786, 3787, 3789, 3791,
    ]);
    expect(result.rows[0]!.lines.start).toBe(3793);
  });

  it("splits a line that holds the phone and the start of the address (3799)", () => {
    expect(actLines(3799, 3799)).toEqual(["26-74-26 Көкшетау қаласы, Абай "]);
    const row = readFlatList("s1-a5").rows[0]!;
    expect(row.name).toEqual([
      { line: 3793, text: "Ақмола облысы" },
      { line: 3794, text: "әкімінің аппараты" },
    ]);
    expect(row.unit).toEqual([
      { line: 3796, text: "Мемлекеттік қызметтер" },
      { line: 3797, text: "көрсетуді талдау бөлімі" },
    ]);
    expect(row.phones).toEqual([{ line: 3799, text: "26-74-26" }]);
    expect(row.address).toEqual([
      { line: 3799, text: "Көкшетау қаласы, Абай" },
      { line: 3800, text: "көшесі, 83" },
    ]);
  });

  it("splits name, unit and phone printed on one line (Павлодар, 3928)", () => {
    expect(actLines(3928, 3928)).toEqual(["әкімінің аппараты Әкімшілік-қаржылық бөлім 32-40-42"]);
    const row = readFlatList("s1-a5").rows[11]!;
    expect(row.name).toEqual([
      { line: 3927, text: "Павлодар облысы" },
      { line: 3928, text: "әкімінің аппараты" },
    ]);
    expect(row.unit).toEqual([{ line: 3928, text: "Әкімшілік-қаржылық бөлім" }]);
    expect(row.phones).toEqual([{ line: 3928, text: "32-40-42" }]);
  });

  it("keeps a phone broken over lines in one cell (S12.a5 52117–52118 «8-711250-88-» / «49»)", () => {
    const row = readFlatList("s12-a5").rows[6]!;
    expect(row.phones).toEqual([
      { line: 52117, text: "8-711250-88-" },
      { line: 52118, text: "49" },
    ]);
  });

  it("tells the unit from the name when the unit is printed around the name (S12.a5 row 7, 52103–52115)", () => {
    expect(actLines(52103, 52106)).toEqual(["7", "", "Экономикалық талдау, ішкі ", "бақылау және мемлекеттік "]);
    const result = readFlatList("s12-a5");
    const row = result.rows[6]!;
    expect(row.printedNumber).toBe("7");
    expect(row.regionId).toBe("west-kazakhstan");
    expect(partLines(row.name)).toEqual([52110, 52111, 52112]);
    expect(partLines(row.unit)).toEqual([52105, 52106, 52114, 52115]);
    expect(partTexts(row.address)).toEqual(["Орал қаласы,", "Достық-Дружба даңғылы", ", 179"]);
    expect(result.anomalies).toEqual([
      expect.objectContaining({ kind: "out-of-order", lines: { start: 52103, end: 52122 } }),
    ]);
  });

  it("reads a unit printed after the phone as the unit (S5.a5 row 8, 23545–23559)", () => {
    const row = readFlatList("s5-a5").rows[7]!;
    expect(row.phones).toEqual([{ line: 23549, text: "8-72124 2-10-90" }]);
    expect(partLines(row.unit)).toEqual([23553, 23554, 23555]);
    expect(partTexts(row.address)).toEqual(["Карағанды қаласы,", "Бейбітшілік гүлзары,", "39"]);
  });

  it("gives the next row the start of its address printed before its number (S6.a6 30484–30503)", () => {
    // Павлодар's address ends at 30488; «Петропавл қаласы, Қазақстан» (30490–30491) opens Солтүстік
    // Қазақстан's, which goes on after a page break and row 13's name: «Конституциясы көшесі, 58».
    expect(actLines(30487, 30491)).toEqual([
      "Әкімшілік-қаржылық бөлім 8-7182 32-40-42 Павлодар қаласы, ",
      "Ак.Сәтпаев көшесі, 49",
      "",
      "Петропавл қаласы, ",
      "Қ а з а қ с т а н  ",
    ]);
    expect(actLines(30502, 30503)).toEqual(["8-7152 46-72-65 Конституциясы көшесі,", "58"]);
    const { rows, anomalies } = readFlatList("s6-a6");
    expect(partTexts(rows[11]!.address)).toEqual(["Павлодар қаласы,", "Ак.Сәтпаев көшесі, 49"]);
    expect(rows[11]!.lines).toEqual({ start: 30484, end: 30488 });
    expect(partTexts(rows[12]!.address)).toEqual([
      "Петропавл қаласы,",
      "Қ а з а қ с т а н",
      "Конституциясы көшесі,",
      "58",
    ]);
    expect(rows[12]!.lines).toEqual({ start: 30490, end: 30503 });
    expect(rows[12]!.regionId).toBe("north-kazakhstan");
    expect(anomalies).toEqual([expect.objectContaining({ kind: "out-of-order", lines: { start: 30490, end: 30503 } })]);
  });

  it("keeps a letter-spaced word inside the address (3945 «Қ а з а қ с т а н»)", () => {
    const row = readFlatList("s1-a5").rows[12]!;
    expect(partLines(row.address)).toEqual([3944, 3945, 3946, 3947]);
    expect(row.phones).toEqual([{ line: 3942, text: "46-72-65" }]);
  });
});
