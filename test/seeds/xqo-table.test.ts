/**
 * The XQO reader on the 8 real lists of public service centres (seed map §4.6).
 */
import { describe, expect, it } from "vitest";
import { regionOfText } from "../../seeds/extract/tables/flat/region-of-text.js";
import { actLines, flatAppendices, partLines, partTexts, readFlatList } from "./helpers/flat.js";

/** Rows 1–15 oblast centres (two in East Kazakhstan), 16–22 Almaty districts, 23–27 Astana districts. */
const REGION_ORDER = [
  "akmola",
  "aktobe",
  "almaty-oblast",
  "atyrau",
  "east-kazakhstan",
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
  ...Array(7).fill("almaty-city"),
  ...Array(5).fill("astana"),
];

describe("readXqoTable: counts and order of the 8 lists", () => {
  const lists = flatAppendices("XQO");

  it("inventories 8 XQO lists", () => {
    expect(lists.map((appendix) => appendix.id)).toEqual([
      "s2-a2",
      "s3-a2",
      "s4-a2",
      "s5-a2",
      "s6-a2",
      "s12-a2",
      "s13-a2",
      "s16-a2",
    ]);
  });

  it.each(lists.map((appendix) => appendix.id))("%s has 27 numbered rows in the fixed order", (id) => {
    const { rows } = readFlatList(id);
    expect(rows.map((row) => row.regionId)).toEqual(REGION_ORDER);
    expect(rows.map((row) => row.printedNumber)).toEqual(REGION_ORDER.map((_, i) => String(i + 1)));
  });

  it.each(lists.map((appendix) => appendix.id))(
    "%s fills name, address, phones and the heads' phone of every row",
    (id) => {
      for (const row of readFlatList(id).rows) {
        const label = `${id} #${row.position}`;
        expect(row.listKind).toBe("XQO");
        expect(partTexts(row.name).join(" "), label).toMatch(/(орталығы|ХҚО)$/);
        expect(row.address.length, label).toBeGreaterThan(0);
        expect(row.phones.length, label).toBeGreaterThan(0);
        // The heads' phone: one number, then the marker.
        expect(partTexts(row.receptionPhones).join(" "), label).toMatch(
          /^[\d-]+\s?[\d-]*\s+(қабылдау\s+бөлмесі|приемная)$/i,
        );
        expect(row.unassigned).toEqual([]);
      }
    },
  );

  it("reads the lists without anomalies except the false «10» of S12.a2", () => {
    const anomalies = flatAppendices("XQO").flatMap((appendix) => readFlatList(appendix.id).anomalies);
    expect(anomalies.map((anomaly) => [anomaly.appendixId, anomaly.kind, anomaly.lines.start])).toEqual([
      ["s12-a2", "false-number", 51453],
    ]);
  });
});

describe("readXqoTable: cells", () => {
  it("does not take the phone tail «10 қабылдау» for row 10 (S12.a2 51452–51453)", () => {
    expect(actLines(51452, 51456)).toEqual([
      "41-63-10 42-09-",
      "10 қабылдау ",
      "бөлмесі",
      "",
      "10 Қостанай облысының орталығы",
    ]);
    const { rows } = readFlatList("s12-a2");
    expect(rows[8]!.phones).toEqual([
      { line: 51450, text: "8-7212 41-63-03" },
      { line: 51452, text: "41-63-10" },
    ]);
    expect(rows[8]!.receptionPhones).toEqual([
      { line: 51452, text: "42-09-" },
      { line: 51453, text: "10 қабылдау" },
      { line: 51454, text: "бөлмесі" },
    ]);
    expect(rows[9]!.lines.start).toBe(51456);
  });

  it("reads «приемная» as the reception marker (S12.a2 row 23, 51604)", () => {
    const row = readFlatList("s12-a2").rows[22]!;
    expect(row.phones).toEqual([{ line: 51603, text: "8-7172 61-84-03" }]);
    expect(row.receptionPhones).toEqual([
      { line: 51603, text: "61-84-04" },
      { line: 51604, text: "приемная" },
    ]);
  });

  it("splits a line with the end of the name, the address and the phone (S12.a2 51442)", () => {
    expect(actLines(51442, 51442)).toEqual(["орталығы Орал қаласы, Жамбыл көшесі, 81 8-7112 28-13-12"]);
    const row = readFlatList("s12-a2").rows[7]!;
    expect(row.name).toEqual([
      { line: 51441, text: "Батыс Қазақстан облысының" },
      { line: 51442, text: "орталығы" },
    ]);
    expect(row.address).toEqual([{ line: 51442, text: "Орал қаласы, Жамбыл көшесі, 81" }]);
    expect(row.phones).toEqual([{ line: 51442, text: "8-7112 28-13-12" }]);
    expect(partTexts(row.receptionPhones)).toEqual(["23-68-81", "қабылдау", "бөлмесі"]);
  });

  it("keeps operating-hall phones broken over lines apart from the heads' phone (S2.a2 7384–7388)", () => {
    const row = readFlatList("s2-a2").rows[3]!;
    expect(row.phones).toEqual([
      { line: 7384, text: "8-7122 28-31-14 28" },
      { line: 7385, text: "-40-06" },
    ]);
    expect(partTexts(row.receptionPhones)).toEqual(["28-40-14 қабылдау", "бөлмесі"]);
    // «2-23 б» is a house, not a phone.
    expect(partTexts(row.address)).toEqual(["Атырау қаласы, Авангардская", "көшесі, 2-23 б"]);
  });

  it("reads the S3.a2 variant: «ХҚО» names, address on the name's line, no area codes (14427, 14467–14468)", () => {
    const { rows } = readFlatList("s3-a2");
    expect(rows[1]!.name).toEqual([{ line: 14427, text: "Ақтөбе облысының ХҚО" }]);
    expect(rows[1]!.address[0]).toEqual({ line: 14427, text: "Ақтөбе қаласы, Тургенев" });
    expect(rows[5]!.address).toEqual([
      { line: 14467, text: "Семей қаласы, 408 квартал," },
      { line: 14468, text: "21" },
    ]);
    expect(rows[5]!.phones).toEqual([{ line: 14468, text: "33-57-97" }]);
    // Қарағанды's extra number 42-09-10 is the heads' phone here (14496).
    expect(rows[8]!.phones).toEqual([{ line: 14496, text: "41-63-03 41-63-10" }]);
    expect(partTexts(rows[8]!.receptionPhones)).toEqual(["42-09-10", "қабылдау бөлмесі"]);
  });

  it("reads the S16.a2 names «… халыққа қызмет көрсету орталығы» over two lines (69861–69862)", () => {
    const row = readFlatList("s16-a2").rows[4]!;
    expect(partTexts(row.name)).toEqual(["Шығыс Қазақстан облысының № 1", "халыққа қызмет көрсету орталығы"]);
    expect(partLines(row.phones)).toEqual([69867, 69868]);
  });
});

describe("regionOfText", () => {
  it("tells Almaty city from Almaty oblast and Astana districts from Almaty by the earliest region word", () => {
    expect(regionOfText("Алматы облысының орталығы", "")).toBe("almaty-oblast");
    expect(regionOfText("Алматы қаласы Алмалы ауданының орталығы", "")).toBe("almaty-city");
    expect(regionOfText("Астана қаласы Алматы ауданының № 1 орталығы", "")).toBe("astana");
  });

  it("falls back to the town of the address", () => {
    expect(regionOfText("", "Семей қаласы, 408-орам, 21")).toBe("east-kazakhstan");
    expect(regionOfText("", "Көкшетау қаласы, Әуезов көшесі,")).toBe("akmola");
    expect(regionOfText("", "Талдықорған қаласы, Тәуелсіздік")).toBe("almaty-oblast");
    expect(regionOfText("", "Петропавловск қаласы,")).toBe("north-kazakhstan");
  });
});
