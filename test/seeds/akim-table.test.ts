/**
 * The AKIM reader (district/city akimats, seed map §4.3) on the 6 real lists
 * of the act: rows per region, then each kind of damage on the lines that
 * carry it.
 */
import { describe, expect, it } from "vitest";
import { EXPECTED_AKIM_ROWS } from "../../seeds/extract/assemble/expected.js";
import { REGIONS } from "../../seeds/extract/regions.js";
import { readSource } from "../../seeds/extract/source.js";
import { readAkimTable } from "../../seeds/extract/tables/akim.js";
import { actLines, partLines } from "./helpers/flat.js";
import {
  actSegmentation,
  anomalyMarks,
  appendixById,
  printedRegionOrder,
  regionalList,
  rowAt,
  rowsPerRegion,
  wholeLines,
} from "./helpers/regional.js";

const AKIM_IDS = Object.keys(EXPECTED_AKIM_ROWS);

describe("readAkimTable: rows of the 6 lists", () => {
  it("reads the lists the segmentation marks AKIM, and refuses any other", () => {
    expect(
      actSegmentation()
        .appendices.filter((a) => a.kind === "AKIM")
        .map((a) => a.id),
    ).toEqual(AKIM_IDS);
    expect(() => readAkimTable(readSource(), appendixById("s2-a1"))).toThrow(/not AKIM/);
  });

  it.each(AKIM_IDS)("%s has the rows per region of the seed map table", (id) => {
    expect(rowsPerRegion(regionalList(id).rows)).toEqual(EXPECTED_AKIM_ROWS[id]);
  });

  it("reads 1,276 rows in all", () => {
    expect(AKIM_IDS.reduce((sum, id) => sum + regionalList(id).rows.length, 0)).toBe(1276);
  });

  it.each(AKIM_IDS)("%s prints the 14 oblasts, then Астана, then Алматы", (id) => {
    expect(printedRegionOrder(regionalList(id).rows)).toEqual(REGIONS.map((region) => region.id));
  });

  it.each(AKIM_IDS)(
    "%s gives every row a name, an address, a phone and a schedule, and leaves no text unassigned",
    (id) => {
      for (const row of regionalList(id).rows) {
        expect(row).toMatchObject({ appendixId: id, listKind: "AKIM", unassigned: [] });
        for (const cell of [row.name, row.address, row.phones, row.schedule])
          expect(cell.length, `${id} ${row.lines.start}`).toBeGreaterThan(0);
      }
    },
  );

  it("reads Қызылорда's 13 rows, settlement akimats included, and Астана's 4 with their nested quotes (S2.a5)", () => {
    const { rows } = regionalList("s2-a5");
    expect(rows.filter((row) => row.regionId === "kyzylorda")).toHaveLength(13);
    const saryarka = rowAt("s2-a5", 10602);
    expect(saryarka).toMatchObject({ regionId: "astana", position: 2, printedNumber: "2" });
    expect(saryarka.name).toEqual(wholeLines(10602, 10605));
    expect(saryarka.address).toEqual(wholeLines(10607, 10608));
  });
});

describe("readAkimTable: row numbers", () => {
  it("does not take the street «4 мамыр» for row 4 (S2.a5 Қостанай, 9506/9512)", () => {
    expect(actLines(9505, 9506)).toEqual(["Әулиекөл ауданы, Әулиекөл ауылы, ", "4  мамыр көшесі ,  44 "]);
    const auliekol = rowAt("s2-a5", 9506);
    expect(auliekol.printedNumber).toBe("3");
    expect(auliekol.address).toEqual(wholeLines(9505, 9507));
    expect(rowAt("s2-a5", 9512)).toMatchObject({ printedNumber: "4", position: 4 });
    expect(anomalyMarks("s2-a5")).toEqual(["false-number@9506"]);
  });

  it("does not take house numbers «8» for row 8 (S17.a6 БҚО 78913, Маңғыстау 79807)", () => {
    expect(rowAt("s17-a6", 78913)).toMatchObject({ regionId: "west-kazakhstan", printedNumber: "7" });
    expect(rowAt("s17-a6", 78913).address).toEqual(wholeLines(78912, 78913));
    const karakiya = rowAt("s17-a6", 79807);
    expect(karakiya).toMatchObject({ regionId: "mangystau", position: 7, printedNumber: "7" });
    expect(karakiya.address).toEqual(wholeLines(79806, 79807));
    expect(regionalList("s17-a6").rows.filter((row) => row.regionId === "mangystau")).toHaveLength(7);
  });

  it("reads the row number glued to the schedule «…заңымен12» (S17.a6 Ақтөбе, 77973)", () => {
    expect(actLines(77973, 77973)).toEqual(["мерекелері туралы» заңымен12"]);
    const shalkar = rowAt("s17-a6", 77983);
    expect(shalkar).toMatchObject({
      regionId: "aktobe",
      position: 12,
      printedNumber: "12",
      lines: { start: 77973, end: 77993 },
    });
    expect(shalkar.name).toEqual(wholeLines(77983, 77985));
    // The schedule goes on after the page break (77977–77981), around the glued number.
    expect(shalkar.schedule).toEqual([
      ...wholeLines(77969, 77972),
      { line: 77973, text: "мерекелері туралы» заңымен" },
      ...wholeLines(77977, 77981),
    ]);
    expect(anomalyMarks("s17-a6", ["glued-number"])).toEqual(["glued-number@77973"]);
  });

  it("reads row 10 printed as «0» (S17.a6 Алматы облысы, 78146) and goes on with 11", () => {
    expect(actLines(78146, 78146)).toEqual(["0 «Кербұлақ ауданы"]);
    const kerbulak = rowAt("s17-a6", 78146);
    expect(kerbulak).toMatchObject({ regionId: "almaty-oblast", position: 10, printedNumber: "0" });
    expect(kerbulak.name[0]).toEqual({ line: 78146, text: "«Кербұлақ ауданы" });
    expect(rowAt("s17-a6", 78156)).toMatchObject({ position: 11, printedNumber: "11" });
    expect(anomalyMarks("s17-a6", ["truncated"])).toEqual(["truncated@77830", "truncated@78146"]);
  });

  it("reports the lost rows of Қарағанды in S17.a6: 1–9, then 12, 12, 14–18 (79133, 79146, 79169)", () => {
    const karaganda = regionalList("s17-a6").rows.filter((row) => row.regionId === "karaganda");
    expect(karaganda.map((row) => row.printedNumber)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "12",
      "12",
      "14",
      "15",
      "16",
      "17",
      "18",
    ]);
    expect(anomalyMarks("s17-a6", ["lost-text", "duplicate-number", "skipped-number"])).toEqual([
      "lost-text@79133",
      "duplicate-number@79146",
      "skipped-number@79169",
    ]);
  });
});

describe("readAkimTable: cells", () => {
  it("splits a name and an address printed on one line (S17.a6 Тасқала, 78922)", () => {
    expect(actLines(78922, 78922)).toEqual(["әкімдігі» ММ» Тасқала ауылы, Абай көшесі, 23"]);
    const row = rowAt("s17-a6", 78922);
    expect(row.name).toEqual([
      { line: 78921, text: "«Тасқала ауданының " },
      { line: 78922, text: "әкімдігі» ММ»" },
    ]);
    expect(row.address).toEqual([{ line: 78922, text: "Тасқала ауылы, Абай көшесі, 23" }]);
    expect(row.phones).toEqual(wholeLines(78924, 78926));
  });

  it("splits an address and a phone printed on one line (S2.a5 Рудный, 9727)", () => {
    expect(actLines(9727, 9727)).toEqual(["Рудный қаласы, 95 rydny.kz 8-71431 4-55"]);
    const row = rowAt("s2-a5", 9727);
    expect(row.address).toEqual([{ line: 9727, text: "Рудный қаласы, 95 rydny.kz" }]);
    expect(row.phones).toEqual([{ line: 9727, text: "8-71431 4-55" }, ...wholeLines(9728, 9728)]);
  });
});

describe("readAkimTable: schedules", () => {
  it("reads a schedule printed between a row number and its name, and applies it to the whole block (S2.a5 Қызылорда, 9761–9772)", () => {
    expect(actLines(9761, 9765)).toEqual(["2", "", "", "", "Демалыс және мереке "]);
    const aral = rowAt("s2-a5", 9761);
    expect(aral).toMatchObject({ printedNumber: "2", lines: { start: 9761, end: 9780 } });
    expect(aral.name).toEqual(wholeLines(9772, 9773));
    expect(aral.schedule).toEqual(wholeLines(9765, 9770));
    expect(aral.scheduleFrom).toBeUndefined();
    const kyzylorda = regionalList("s2-a5").rows.filter((row) => row.regionId === "kyzylorda");
    for (const row of kyzylorda) expect(partLines(row.schedule)).toEqual([9765, 9766, 9767, 9768, 9769, 9770]);
    expect(kyzylorda[0]!.scheduleFrom).toEqual({ start: 9765, end: 9770 });
  });

  it("applies a schedule printed after row 4 to the rows above it too (S2.a5 Ақмола, 8010–8015)", () => {
    const akmola = regionalList("s2-a5").rows.filter((row) => row.regionId === "akmola");
    for (const row of akmola) expect(row.schedule).toEqual(wholeLines(8010, 8015));
    expect(akmola[3]!.scheduleFrom).toBeUndefined();
    expect(akmola[0]!.scheduleFrom).toEqual({ start: 8010, end: 8015 });
  });

  it("gives the Қостанай akimats the schedule printed at or above their row (S2.a5, 9474–9728)", () => {
    const kostanay = regionalList("s2-a5").rows.filter((row) => row.regionId === "kostanay");
    const starts = kostanay.map((row) => row.schedule[0]!.line);
    expect(starts).toEqual([
      9483,
      9483,
      9483,
      9483,
      9483,
      9483,
      9483, // Алтынсарин … Қамысты: 9-00–18-00, 13-00–14-00
      9564, // Қарабалық: 8-30–18-00, 12-45–14-15
      9582,
      9582,
      9582, // Қарасу … Наурызым: split around Қостанай ауданы (9582–9584, 9598–9600)
      9623, // Меңдіқара: 8-30–18-30
      9639, // Сарыкөл: 8-30–18-00, 12-30–14-00
      9653,
      9653,
      9653, // Таран … Федоров: glued to Таран's phone «-44 Демалыс …»
      9692, // Арқалық: 9-00–20-00 without a break, Saturday to 14-00
      9708,
      9708,
      9708, // Қостанай қ. … Рудный
    ]);
    expect(partLines(kostanay[8]!.schedule)).toEqual([9582, 9583, 9584, 9598, 9599, 9600]);
    expect(kostanay[13]!.schedule[0]).toEqual({ line: 9653, text: "Демалыс және мереке" });
    expect(kostanay[13]!.phones).toEqual([
      { line: 9652, text: "8-71436 3-61" },
      { line: 9653, text: "-44" },
    ]);
  });
});

describe("readAkimTable: schedules cut short", () => {
  it("joins a block schedule split by a page break whose rest opens with a capital (S17.a6 СҚО, 80030–80033 and 80061–80068)", () => {
    expect(actLines(80030, 80033)).toEqual([
      "Демалыс және Қазақстан ",
      "Республикасының 2001 ",
      "жылғы 13 желтоқсандағы «",
      "Қ а з а қ с т а н  ",
    ]);
    expect(actLines(80059, 80062)).toEqual(["", "", "Республикасының ", "мерекелері туралы» "]);
    const sko = regionalList("s17-a6").rows.filter((row) => row.regionId === "north-kazakhstan");
    const whole = [...wholeLines(80030, 80033), ...wholeLines(80061, 80062), ...wholeLines(80064, 80068)];
    for (const row of sko.slice(0, 3)) expect(row.schedule).toEqual(whole);
    expect(sko[0]!.scheduleFrom).toEqual({ start: 80030, end: 80068 });
  });

  it("gives a row whose schedule is cut after «Демалыс және» the whole one printed next, and reports the cut (S17.a6 Ақтөбе, 77830, 77844)", () => {
    expect(actLines(77828, 77833)).toEqual(["3-23-00", "", "Демалыс және", "", "2", "«Әйтеке би "]);
    const aktobe = regionalList("s17-a6").rows.filter((row) => row.regionId === "aktobe");
    expect(aktobe[0]!.schedule).toEqual(aktobe[1]!.schedule);
    expect(aktobe[0]!.schedule[0]).toEqual({ line: 77844, text: "Демалыс және Қазақстан " });
    expect(aktobe[0]!.scheduleFrom).toEqual({ start: 77844, end: 77853 });
    const cut = regionalList("s17-a6").anomalies.find((anomaly) => anomaly.lines.start === 77830);
    expect(cut).toMatchObject({ kind: "truncated", lines: { start: 77830, end: 77830 } });
  });

  it("joins the 2012 wording cut before «Қазақстан Республикасының мерекелері» in the DEPT lists too (S17.a1 Қарағанды, 75317–75320 and 75358–75363)", () => {
    const karaganda = regionalList("s17-a1").rows.filter((row) => row.regionId === "karaganda");
    expect(partLines(karaganda[0]!.schedule)).toEqual([
      75317, 75318, 75319, 75320, 75358, 75359, 75360, 75361, 75362, 75363,
    ]);
  });
});

describe("readAkimTable: anomalies", () => {
  it("reports exactly these anomalies per list", () => {
    expect(Object.fromEntries(AKIM_IDS.map((id) => [id, anomalyMarks(id)]))).toEqual({
      "s2-a5": ["false-number@9506"],
      "s6-a5": [],
      "s7-a4": [],
      "s14-a4": [],
      "s16-a5": [],
      "s17-a6": [
        "glued-number@77973",
        "truncated@77830",
        "truncated@78146",
        "false-number@78913",
        "lost-text@79133",
        "duplicate-number@79146",
        "skipped-number@79169",
        "false-number@79306",
        "false-number@79807",
      ],
    });
  });
});
