/**
 * The DEPT reader (district/city authorities, seed map §4.2) on the 17 real
 * lists of the act: rows per region, then each kind of damage on the lines
 * that carry it.
 */
import { describe, expect, it } from "vitest";
import { EXPECTED_DEPT_ROWS } from "../../seeds/extract/assemble/expected.js";
import { REGIONS } from "../../seeds/extract/regions.js";
import { segmentAct } from "../../seeds/extract/segment.js";
import { readSource } from "../../seeds/extract/source.js";
import { readAkimTable } from "../../seeds/extract/tables/akim.js";
import { readDeptTable } from "../../seeds/extract/tables/dept.js";
import { findRegionBlocks, regionOfHeading } from "../../seeds/extract/tables/regional/blocks.js";
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

const DEPT_IDS = Object.keys(EXPECTED_DEPT_ROWS);
const OBLASTS = REGIONS.filter((region) => region.kind === "OBLAST").map((region) => region.id);

// How long the reading takes is the extract bench's to say (npm run bench -- extract): a timed test failed on a busy machine.
describe("readDeptTable: the whole act", () => {
  it("segments the act and reads all 17 DEPT and 6 AKIM lists, each with rows", () => {
    const lines = readSource();
    const { appendices } = segmentAct(lines);
    const dept = appendices
      .filter((appendix) => appendix.kind === "DEPT")
      .map((appendix) => readDeptTable(lines, appendix));
    const akim = appendices
      .filter((appendix) => appendix.kind === "AKIM")
      .map((appendix) => readAkimTable(lines, appendix));
    expect([dept.length, akim.length]).toEqual([17, 6]);
    for (const table of [...dept, ...akim]) expect(table.rows.length).toBeGreaterThan(0);
  });
});

describe("readDeptTable: rows of the 17 lists", () => {
  it("reads the lists the segmentation marks DEPT", () => {
    expect(
      actSegmentation()
        .appendices.filter((a) => a.kind === "DEPT")
        .map((a) => a.id),
    ).toEqual(DEPT_IDS);
  });

  it.each(DEPT_IDS)("%s has the rows per region of the seed map table", (id) => {
    expect(rowsPerRegion(regionalList(id).rows)).toEqual(EXPECTED_DEPT_ROWS[id]);
  });

  it("reads 3,504 rows in all", () => {
    expect(DEPT_IDS.reduce((sum, id) => sum + regionalList(id).rows.length, 0)).toBe(3504);
  });

  it.each(DEPT_IDS)("%s prints its 16 regions in the fixed order, the two cities last", (id) => {
    const cities = ["s1-a1", "s3-a1", "s17-a1", "s18-a1"].includes(id)
      ? ["almaty-city", "astana"]
      : ["astana", "almaty-city"];
    expect(printedRegionOrder(regionalList(id).rows)).toEqual([...OBLASTS, ...cities]);
  });

  it.each(DEPT_IDS)("%s numbers rows from 1 in each region and leaves no text unassigned", (id) => {
    const { rows } = regionalList(id);
    for (const region of REGIONS) {
      const positions = rows.filter((row) => row.regionId === region.id).map((row) => row.position);
      expect(positions).toEqual(positions.map((_, i) => i + 1));
    }
    for (const row of rows) {
      expect(row).toMatchObject({
        appendixId: id,
        listKind: "DEPT",
        serviceNumber: appendixById(id).serviceNumber,
        unassigned: [],
      });
      expect(row.name.length, `${id} ${row.lines.start}`).toBeGreaterThan(0);
      expect(row.address.length, `${id} ${row.lines.start}`).toBeGreaterThan(0);
      expect(row.schedule.length, `${id} ${row.lines.start}`).toBeGreaterThan(0);
    }
  });

  it("gives every row a phone but Еңбекшіқазақ in S18.a1, which the act prints without one (81439–81447)", () => {
    const withoutPhone = DEPT_IDS.flatMap((id) => regionalList(id).rows.filter((row) => row.phones.length === 0));
    expect(withoutPhone.map((row) => `${row.appendixId}@${row.lines.start}`)).toEqual(["s18-a1@81439"]);
    expect(actLines(81446, 81449)).toEqual(["Есік қаласы, Алматы көшесі, 112 ", "sobesesik@mail.ru", "", "5"]);
  });

  it("keeps each region's heading and column header, through `1 2 3 4 5`, as boilerplate", () => {
    const { boilerplate } = regionalList("s1-a1");
    expect(boilerplate.filter((part) => part.text.trim() === "1 2 3 4 5")).toHaveLength(16);
    expect(boilerplate[0]).toEqual({ line: 233, text: "Уәкілетті органдардың мекенжайлары мен байланыс деректері" });
    expect(boilerplate.map((part) => part.line)).toContain(239);
  });
});

describe("region headings", () => {
  it("maps oblast and city headings to regions, never confusing Алматы oblast and city", () => {
    expect(regionOfHeading("Алматы облысының аудандық, қалалық жұмыспен қамту және әлеуметтік")?.id).toBe(
      "almaty-oblast",
    );
    expect(regionOfHeading("Алматы қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі")?.id).toBe(
      "almaty-city",
    );
    expect(regionOfHeading("Алматы қаласының уәкілетті органдары")?.id).toBe("almaty-city");
    expect(regionOfHeading("Астана қаласының қалалық және аудандық әкімдіктері")?.id).toBe("astana");
    expect(regionOfHeading("Солтүстiк Қазақстан облысының уәкілетті органдары")?.id).toBe("north-kazakhstan");
    expect(regionOfHeading("Алматы қаласы, Қонаев көшесі, 122")).toBeNull();
  });

  it("takes as heading only a paragraph a column header follows: Astana's row of S2.a1 reads like a heading but is a row", () => {
    const blocks = findRegionBlocks(readSource(), appendixById("s2-a1").body);
    expect(blocks).toHaveLength(16);
    const astana = blocks.find((block) => block.regionId === "astana")!;
    const row = rowAt("s2-a1", astana.rows.start + 2);
    expect(row.regionId).toBe("astana");
    expect(row.name.map((part) => part.text.trim()).join(" ")).toMatch(/^Астана қаласының жұмыспен/);
    expect(blocks.find((block) => block.regionId === "almaty-city")!.heading.start).toBeGreaterThan(row.lines.end);
  });

  it("closes each block's header with its `1 2 3 4 5` line, even when the header prints the address column first (19677–19695)", () => {
    const akmola = findRegionBlocks(readSource(), appendixById("s5-a1").body)[0]!;
    expect(akmola.heading).toEqual({ start: 19674, end: 19675 });
    expect(akmola.header).toEqual({ start: 19676, end: 19695 });
    expect(rowAt("s5-a1", 19697).name[0]).toEqual({ line: 19698, text: "Ақкөл ауданының жұмыспен " });
  });
});

describe("readDeptTable: cells", () => {
  it("reads S1.a1 Ақмола row 1 (Ақкөл): name, address with e-mail, phone, and the region's schedule printed in it (262–280)", () => {
    expect(rowAt("s1-a1", 262)).toEqual({
      appendixId: "s1-a1",
      serviceNumber: 1,
      listKind: "DEPT",
      regionId: "akmola",
      position: 1,
      printedNumber: "1",
      lines: { start: 262, end: 280 },
      name: wholeLines(263, 266),
      address: wholeLines(268, 270),
      phones: wholeLines(272, 273),
      schedule: wholeLines(275, 280),
      unassigned: [],
    });
  });

  it("applies a region's schedule, printed once in row 1, to every row of the block (S1.a1 Ақмола, 275–280)", () => {
    const akmola = regionalList("s1-a1").rows.filter((row) => row.regionId === "akmola");
    expect(akmola).toHaveLength(19);
    for (const row of akmola.slice(1)) {
      expect(row.schedule).toEqual(wholeLines(275, 280));
      expect(row.scheduleFrom).toEqual({ start: 275, end: 280 });
    }
  });

  it("splits a line holding a row number, a name and a phone (S2.a1 Алматы қ. row 1, 7262), and finds the address after the page break", () => {
    expect(actLines(7262, 7262)).toEqual(["1 Алатау ауданының бөлімі 8-7272 99-87-"]);
    const row = rowAt("s2-a1", 7262);
    expect(row.printedNumber).toBe("1");
    expect(row.name).toEqual([{ line: 7262, text: "Алатау ауданының бөлімі" }]);
    expect(row.phones).toEqual([
      { line: 7262, text: "8-7272 99-87-" },
      { line: 7263, text: "79" },
    ]);
    expect(row.address).toEqual(wholeLines(7273, 7275));
    // The schedule is printed around the address: 7265–7269, then 7277–7279.
    expect(partLines(row.schedule)).toEqual([7265, 7266, 7267, 7268, 7269, 7277, 7278, 7279]);
  });

  it("splits a line holding a row number, a name and the start of the address (S1.a1 Алматы қ. row 5, 3433)", () => {
    expect(actLines(3433, 3433)).toEqual(["5 Жетісу ауданы бөлімі Алматы қаласы, Жетісу ауданы, "]);
    const row = rowAt("s1-a1", 3433);
    expect(row.name).toEqual([{ line: 3433, text: "Жетісу ауданы бөлімі" }]);
    expect(row.address).toEqual([{ line: 3433, text: "Алматы қаласы, Жетісу ауданы," }, ...wholeLines(3434, 3435)]);
  });

  it("splits a phone tail and the start of the schedule on one line (S2.a1 ОҚО row 1, 7011)", () => {
    expect(actLines(7010, 7011)).toEqual(["8-72548 2-16-", "35 2-11-86 Демалыс және "]);
    const row = rowAt("s2-a1", 7011);
    expect(row.phones).toEqual([
      { line: 7010, text: "8-72548 2-16-" },
      { line: 7011, text: "35 2-11-86" },
    ]);
    expect(row.schedule[0]).toEqual({ line: 7011, text: "Демалыс және" });
    expect(partLines(row.schedule)).toEqual([7011, 7013, 7014, 7015, 7016, 7017, 7018, 7019]);
  });

  it("splits the end of a name running into the address without a closing word (S18.a1 СҚО row 7, 83757)", () => {
    expect(actLines(83757, 83757)).toEqual(["жұмыспен қамту және Бескөл ауылы, Гагарин көшесі, 6 "]);
    const row = rowAt("s18-a1", 83757);
    expect(row.name).toEqual([
      { line: 83756, text: "Қызылжар ауданының " },
      { line: 83757, text: "жұмыспен қамту және" },
      ...wholeLines(83763, 83764),
    ]);
    expect(row.address).toEqual([
      { line: 83757, text: "Бескөл ауылы, Гагарин көшесі, 6" },
      ...wholeLines(83759, 83759),
    ]);
  });

  it("keeps in the address a place and street cut off the name's line when the street word is on the next paragraph (S17.a1 Приозерск 75352, Ұзынкөл 75824)", () => {
    expect(actLines(75351, 75354)).toEqual([
      "Приозерск қаласының ",
      "жұмыспен қамту және Приозерск қаласы, Балқаш ",
      "",
      "көшесі, 5-үй soc-prio@mail.kz",
    ]);
    const prio = rowAt("s17-a1", 75352);
    expect(prio.name.slice(0, 2)).toEqual([
      { line: 75351, text: "Приозерск қаласының " },
      { line: 75352, text: "жұмыспен қамту және" },
    ]);
    expect(prio.address.slice(0, 2)).toEqual([
      { line: 75352, text: "Приозерск қаласы, Балқаш" },
      { line: 75354, text: "көшесі, 5-үй soc-prio@mail.kz" },
    ]);
    expect(actLines(75824, 75824)).toEqual(["жұмыспен қамту және Ұзынкөл ауылы, Абылайхан "]);
    const uzyn = rowAt("s17-a1", 75824);
    expect(uzyn.address[0]).toEqual({ line: 75824, text: "Ұзынкөл ауылы, Абылайхан" });
    expect(uzyn.name.map((part) => part.line)).not.toContain(75826);
  });

  it("reads a row printed as number, address, phone and then the name (S18.a1 Қарағанды row 16, 82771–82782)", () => {
    const row = rowAt("s18-a1", 82771);
    expect(row.printedNumber).toBe("16");
    expect(row.address).toEqual(wholeLines(82772, 82773));
    expect(row.phones).toEqual(wholeLines(82775, 82776));
    expect(row.name).toEqual(wholeLines(82780, 82782));
    expect(row.schedule).toEqual(wholeLines(82784, 82793));
    expect(rowAt("s18-a1", 82795).printedNumber).toBe("17");
  });

  it("keeps a schedule spliced into a name out of the name (S17.a1 Ақтөбе row 6, 73926–73937)", () => {
    const row = rowAt("s17-a1", 73926);
    expect(row.name).toEqual([...wholeLines(73928, 73929), ...wholeLines(73936, 73937)]);
    // The region's schedule broke at a page end (73869 «…түскі») and goes on in this row (73933–73934).
    expect(partLines(row.schedule)).toEqual([73862, 73863, 73864, 73865, 73866, 73867, 73868, 73869, 73933, 73934]);
    expect(row.scheduleFrom).toEqual({ start: 73862, end: 73934 });
  });
});

describe("readDeptTable: row numbers", () => {
  it("does not take a phone tail for the next row (4933–4936)", () => {
    expect(actLines(4933, 4936)).toEqual(["8-72774 2-17-", "17", "", "17"]);
    const talgar = rowAt("s2-a1", 4933);
    expect(talgar.printedNumber).toBe("16");
    expect(talgar.phones).toEqual(wholeLines(4933, 4934));
    expect(rowAt("s2-a1", 4936)).toMatchObject({ printedNumber: "17", lines: { start: 4936, end: 4946 } });
    expect(anomalyMarks("s2-a1", ["false-number"])).toContain("false-number@4934");
  });

  it("does not take a house number before an e-mail for the next row (6661)", () => {
    expect(actLines(6660, 6661)).toEqual(["Железинка ауылы, Квитков көшесі,", "7 Gelez_oszn@mail.ru"]);
    const row = rowAt("s2-a1", 6661);
    expect(row.printedNumber).toBe("6");
    expect(row.address).toEqual(wholeLines(6660, 6661));
    expect(rowAt("s2-a1", 6666).printedNumber).toBe("7");
    expect(anomalyMarks("s2-a1", ["false-number"])).toContain("false-number@6661");
  });

  it("gives a number printed on the second half of a name to the row the name began (Кербұлақ, S4.a1 16027–16035)", () => {
    expect(actLines(16027, 16033)).toEqual([
      "Кербұлақ ауданының ",
      "жұмыспен қамту және ",
      "",
      "",
      "",
      "10 әлеуметтік бағдарламалар ",
      "бөлімі",
    ]);
    const row = rowAt("s4-a1", 16032);
    expect(row).toMatchObject({
      regionId: "almaty-oblast",
      position: 10,
      printedNumber: "10",
      lines: { start: 16027, end: 16039 },
    });
    expect(row.name).toEqual([
      ...wholeLines(16027, 16028),
      { line: 16032, text: "әлеуметтік бағдарламалар" },
      ...wholeLines(16033, 16033),
    ]);
    expect(row.address).toEqual(wholeLines(16035, 16036));
    expect(row.phones).toEqual(wholeLines(16038, 16039));
    expect(rowAt("s4-a1", 16020).printedNumber).toBe("9");
    expect(anomalyMarks("s4-a1", ["out-of-order"])).toContain("out-of-order@16032");
  });

  it("does so with a schedule printed between the two halves (S3.a1 Жамбыл, 11773–11786)", () => {
    const row = rowAt("s3-a1", 11785);
    expect(row.printedNumber).toBe("10");
    expect(row.name).toEqual([
      ...wholeLines(11773, 11774),
      { line: 11785, text: "әлеуметтік бағдарламалар" },
      ...wholeLines(11786, 11786),
    ]);
    expect(partLines(row.schedule)).toEqual([11778, 11779, 11780, 11781, 11782, 11783]);
  });

  it("does so with the address printed before the number (S1.a1 Жылыой, 1071–1090)", () => {
    const row = rowAt("s1-a1", 1086);
    expect(row.printedNumber).toBe("2");
    expect(partLines(row.name)).toEqual([1071, 1072, 1086, 1087]);
    expect(partLines(row.address)).toEqual([1074, 1075, 1089, 1090]);
  });

  it("reads the other numbers printed inside names the seed map names (1430–1435, 83225)", () => {
    expect(rowAt("s1-a1", 1435)).toMatchObject({ printedNumber: "19", lines: { start: 1430, end: 1442 } });
    const baikonyr = rowAt("s18-a1", 83225);
    expect(baikonyr.printedNumber).toBe("5");
    expect(baikonyr.name.map((part) => part.text.trim()).join(" ")).toBe(
      "Жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің Қармақшы ауданындағы Байқоңыр филиалы",
    );
  });

  it("reads «N.» numbers and reports Хромтау printed twice as «12.» (S18.a1 Ақтөбе, 81313 and 81326)", () => {
    const aktobe = regionalList("s18-a1").rows.filter((row) => row.regionId === "aktobe");
    expect(aktobe.map((row) => row.printedNumber)).toEqual([
      "1.",
      "2.",
      "3.",
      "4.",
      "5.",
      "6.",
      "7.",
      "8.",
      "9.",
      "10.",
      "11.",
      "12.",
      "12.",
      "13.",
    ]);
    expect(anomalyMarks("s18-a1", ["duplicate-number", "duplicate-row"])).toEqual([
      "duplicate-number@81326",
      "duplicate-row@81313",
      "duplicate-row@81462",
      "duplicate-row@81538",
    ]);
  });

  it("keeps unnumbered rows and reports them (S17.a1 Құрманғазы 74497 and Шет 75537; Астана in S13.a1 and S15.a1)", () => {
    expect(rowAt("s17-a1", 74497)).toMatchObject({
      regionId: "atyrau",
      position: 6,
      printedNumber: null,
      lines: { start: 74497, end: 74519 },
    });
    expect(rowAt("s17-a1", 74521).printedNumber).toBe("7");
    expect(rowAt("s17-a1", 75537)).toMatchObject({ regionId: "karaganda", position: 16, printedNumber: null });
    expect(anomalyMarks("s17-a1", ["missing-number"])).toEqual(["missing-number@74497", "missing-number@75537"]);
    expect(rowAt("s13-a1", 55616)).toMatchObject({ regionId: "astana", position: 1, printedNumber: null });
    expect(rowAt("s15-a1", 66022)).toMatchObject({ regionId: "astana", position: 1, printedNumber: null });
  });

  it("reports Қызылорда's «10» with no 9 as a skipped number and keeps 9 rows (S8.a1 39197, S14.a1 58866)", () => {
    for (const [id, line] of [
      ["s8-a1", 39197],
      ["s14-a1", 58866],
    ] as const) {
      const kyzylorda = regionalList(id).rows.filter((row) => row.regionId === "kyzylorda");
      expect(kyzylorda.map((row) => row.printedNumber)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "10"]);
      expect(anomalyMarks(id, ["skipped-number"])).toEqual([`skipped-number@${line}`]);
    }
  });

  it("reports the duplicated Жамбыл and Кербұлақ rows of Алматы облысы (S1.a1: 823/876, 889/984)", () => {
    const duplicates = regionalList("s1-a1").anomalies.filter((anomaly) => anomaly.kind === "duplicate-row");
    expect(duplicates.map((anomaly) => anomaly.lines)).toEqual([
      { start: 823, end: 887 },
      { start: 889, end: 995 },
    ]);
    expect(rowAt("s1-a1", 876).printedNumber).toBe("10");
    expect(rowAt("s1-a1", 984).printedNumber).toBe("18");
  });
});

describe("readDeptTable: schedules", () => {
  it("joins a schedule split around rows 2–4 and applies it to all 7 rows of Алматы қ. (S1.a1, 3397–3399 and 3429–3431)", () => {
    expect(actLines(3399, 3401)).toEqual(["аптасына бес күн Сағат 9", "", "2 Алмалы ауданы бөлімі"]);
    expect(actLines(3429, 3429)).toEqual(["-00 бастап 18-00 дейін, "]);
    const almaty = regionalList("s1-a1").rows.filter((row) => row.regionId === "almaty-city");
    expect(almaty.map((row) => row.name[0]!.text.trim())).toEqual([
      "Алатау ауданы бөлімі",
      "Алмалы ауданы бөлімі",
      "Әуезов ауданы бөлімі",
      "Бостандық ауданы",
      "Жетісу ауданы бөлімі",
      "Медеу ауданы бөлімі",
      "Түрксіб ауданы бөлімі",
    ]);
    for (const row of almaty) {
      expect(row.schedule).toEqual([...wholeLines(3397, 3399), ...wholeLines(3429, 3431)]);
      expect(row.scheduleFrom).toEqual({ start: 3397, end: 3431 });
    }
  });
});

describe("readDeptTable: anomalies", () => {
  it("reports exactly these anomalies per list", () => {
    expect(Object.fromEntries(DEPT_IDS.map((id) => [id, anomalyMarks(id)]))).toEqual({
      "s1-a1": [
        "duplicate-row@823",
        "duplicate-row@889",
        "out-of-order@1086",
        "out-of-order@1435",
        "out-of-order@2268",
        "out-of-order@3108",
      ],
      "s2-a1": [
        "out-of-order@4540",
        "false-number@4934",
        "duplicate-row@4798",
        "out-of-order@5237",
        "false-number@5824",
        "out-of-order@6109",
        "false-number@6661",
      ],
      "s3-a1": [
        "out-of-order@11785",
        "duplicate-row@11720",
        "duplicate-row@11794",
        "out-of-order@12957",
        "out-of-order@13128",
      ],
      "s4-a1": [
        "out-of-order@15684",
        "out-of-order@15854",
        "out-of-order@16032",
        "false-number@16997",
        "out-of-order@17914",
      ],
      "s5-a1": ["false-number@21266", "out-of-order@21941"],
      "s6-a1": [
        "false-number@24663",
        "duplicate-row@24529",
        "out-of-order@24952",
        "false-number@25545",
        "out-of-order@25807",
        "out-of-order@26307",
        "false-number@26381",
      ],
      "s7-a1": [
        "out-of-order@30870",
        "false-number@31441",
        "duplicate-row@31308",
        "out-of-order@31730",
        "false-number@32323",
        "out-of-order@32585",
        "out-of-order@33085",
        "false-number@33159",
      ],
      "s8-a1": ["skipped-number@39197", "out-of-order@39363"],
      "s9-a1": ["out-of-order@42023", "out-of-order@42725"],
      "s10-a1": ["out-of-order@44968", "out-of-order@45623", "out-of-order@45789", "out-of-order@46117"],
      "s12-a1": ["out-of-order@49109", "out-of-order@50178", "false-number@50685", "out-of-order@51069"],
      "s13-a1": ["out-of-order@54738", "missing-number@55616"],
      "s14-a1": ["duplicate-row@57222", "false-number@58727", "skipped-number@58866"],
      "s15-a1": ["out-of-order@63073", "missing-number@66022"],
      "s16-a1": [
        "out-of-order@66776",
        "false-number@67409",
        "duplicate-row@67253",
        "out-of-order@68271",
        "out-of-order@68431",
        "false-number@68803",
      ],
      "s17-a1": [
        "out-of-order@73767",
        "duplicate-row@74156",
        "duplicate-row@74233",
        "missing-number@74497",
        "out-of-order@74907",
        "out-of-order@75501",
        "missing-number@75537",
        "out-of-order@76129",
        "lost-text@76256",
      ],
      "s18-a1": [
        "out-of-order@81034",
        "duplicate-number@81326",
        "duplicate-row@81313",
        "duplicate-row@81462",
        "duplicate-row@81538",
        "false-number@81830",
        "false-number@83130",
        "out-of-order@83225",
        "out-of-order@83616",
        "out-of-order@83940",
      ],
    });
  });

  it("reports the Павлодар schedule of S17.a1 whose beginning is lost after the page break (76253–76257)", () => {
    expect(actLines(76253, 76257)).toEqual(["", "", "", "түскі үзіліс сағат 13-00 ", "бастап 14-00 дейін"]);
    const lost = regionalList("s17-a1").anomalies.filter((anomaly) => anomaly.kind === "lost-text");
    expect(lost).toEqual([expect.objectContaining({ lines: { start: 76256, end: 76257 } })]);
    expect(lost[0]!.message).toMatch(/starts mid-sentence/);
  });
});
