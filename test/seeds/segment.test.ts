/**
 * Segmentation of the act (seed map §2 and §4.1): the 17 standard bodies and
 * their 78 appendices, found from the text's structure, on the real act.
 */
import { describe, expect, it } from "vitest";
import type { SourceLine } from "../../seeds/extract/model.js";
import { classifyAppendix, segmentAct } from "../../seeds/extract/segment.js";
import { readSource } from "../../seeds/extract/source.js";
import { actLines } from "./helpers/flat.js";
import { actSegmentation, appendixById } from "./helpers/regional.js";

/** [service, approval, title, body end, end] — seed map §2 (the body runs from the title to the line before the first caption). */
const STANDARDS: [number, [number, number] | null, [number, number], number, number][] = [
  [1, null, [84, 85], 227, 3986],
  [2, [3988, 3992], [3994, 3996], 4226, 10953],
  [3, [10955, 10959], [10961, 10961], 11135, 15159],
  [4, [15161, 15165], [15167, 15168], 15399, 19375],
  [5, [19377, 19384], [19386, 19388], 19661, 23644],
  [6, [23646, 23650], [23652, 23653], 23959, 30533],
  [7, [30535, 30539], [30541, 30542], 30736, 36787],
  [8, [36789, 36793], [36795, 36798], 36966, 40458],
  [9, [40459, 40459], [40461, 40462], 40631, 44151],
  [10, [44153, 44157], [44161, 44162], 44322, 47901],
  [12, null, [47902, 47905], 48139, 52244],
  [13, [52246, 52250], [52252, 52254], 52487, 56503],
  [14, [56505, 56509], [56513, 56515], 56641, 62759],
  [15, [62763, 62767], [62769, 62771], 62935, 66464],
  [16, [66466, 66470], [66472, 66473], 66670, 73316],
  [17, [73318, 73322], [73324, 73325], 73487, 80627],
  [18, [80629, 80633], [80635, 80636], 80801, 84764],
];

/** [id, kind, caption start, caption end, body start, body end] — seed map §4.1. */
const APPENDICES: [string, string, number, number, number, number][] = [
  ["s1-a1", "DEPT", 228, 231, 232, 3497],
  ["s1-a2", "FORM", 3499, 3502, 3503, 3509],
  ["s1-a3", "QUAL", 3510, 3513, 3514, 3560],
  ["s1-a4", "BASQ", 3562, 3565, 3566, 3759],
  ["s1-a5", "APP", 3761, 3764, 3765, 3986],
  ["s2-a1", "DEPT", 4227, 4231, 4232, 7321],
  ["s2-a2", "XQO", 7323, 7327, 7328, 7606],
  ["s2-a3", "QUAL", 7608, 7612, 7613, 7665],
  ["s2-a4", "BASQ", 7667, 7671, 7672, 7935],
  ["s2-a5", "AKIM", 7937, 7941, 7942, 10731],
  ["s2-a6", "APP", 10733, 10737, 10738, 10953],
  ["s3-a1", "DEPT", 11136, 11138, 11139, 14398],
  ["s3-a2", "XQO", 14400, 14402, 14403, 14673],
  ["s3-a3", "BASQ", 14675, 14677, 14678, 14875],
  ["s3-a4", "QUAL", 14877, 14879, 14880, 14932],
  ["s3-a5", "APP", 14934, 14936, 14937, 15159],
  ["s4-a1", "DEPT", 15400, 15403, 15404, 18558],
  ["s4-a2", "XQO", 18560, 18563, 18564, 18849],
  ["s4-a3", "QUAL", 18851, 18854, 18855, 18899],
  ["s4-a4", "BASQ", 18901, 18907, 18908, 19165],
  ["s4-a5", "APP", 19167, 19170, 19171, 19375],
  ["s5-a1", "DEPT", 19662, 19666, 19667, 22823],
  ["s5-a2", "XQO", 22825, 22829, 22830, 23105],
  ["s5-a3", "QUAL", 23107, 23111, 23112, 23164],
  ["s5-a4", "BASQ", 23166, 23170, 23171, 23429],
  ["s5-a5", "APP", 23431, 23435, 23436, 23644],
  ["s6-a1", "DEPT", 23963, 23966, 23967, 27044],
  ["s6-a2", "XQO", 27046, 27049, 27050, 27329],
  ["s6-a3", "QUAL", 27331, 27334, 27335, 27381],
  ["s6-a4", "BASQ", 27383, 27386, 27387, 27651],
  ["s6-a5", "AKIM", 27653, 27656, 27657, 30319],
  ["s6-a6", "APP", 30323, 30326, 30327, 30533],
  ["s7-a1", "DEPT", 30740, 30742, 30743, 33823],
  ["s7-a2", "QUAL", 33825, 33827, 33828, 33879],
  ["s7-a3", "BASQ", 33881, 33883, 33884, 34145],
  ["s7-a4", "AKIM", 34147, 34149, 34150, 36787],
  ["s8-a1", "DEPT", 36967, 36973, 36974, 40132],
  ["s8-a2", "QUAL", 40134, 40140, 40141, 40187],
  ["s8-a3", "BASQ", 40189, 40195, 40196, 40458],
  ["s9-a1", "DEPT", 40632, 40635, 40636, 43817],
  ["s9-a2", "QUAL", 43819, 43822, 43823, 43875],
  ["s9-a3", "BASQ", 43877, 43880, 43881, 44151],
  ["s10-a1", "DEPT", 44323, 44330, 44331, 47592],
  ["s10-a2", "QUAL", 47594, 47597, 47598, 47649],
  ["s10-a3", "BASQ", 47651, 47654, 47655, 47901],
  ["s12-a1", "DEPT", 48140, 48146, 48147, 51344],
  ["s12-a2", "XQO", 51346, 51352, 51353, 51645],
  ["s12-a3", "QUAL", 51647, 51653, 51654, 51706],
  ["s12-a4", "BASQ", 51708, 51714, 51715, 51987],
  ["s12-a5", "APP", 51989, 51995, 51996, 52244],
  ["s13-a1", "DEPT", 52488, 52493, 52494, 55675],
  ["s13-a2", "XQO", 55677, 55682, 55683, 55927],
  ["s13-a3", "QUAL", 55929, 55934, 55935, 55985],
  ["s13-a4", "BASQ", 55987, 55995, 55996, 56249],
  ["s13-a5", "APP", 56251, 56256, 56257, 56503],
  ["s14-a1", "DEPT", 56642, 56646, 56647, 59796],
  ["s14-a2", "QUAL", 59798, 59802, 59803, 59856],
  ["s14-a3", "BASQ", 59858, 59862, 59863, 60120],
  ["s14-a4", "AKIM", 60122, 60127, 60128, 62759],
  ["s15-a1", "DEPT", 62936, 62940, 62941, 66157],
  ["s15-a2", "QUAL", 66159, 66163, 66164, 66216],
  ["s15-a3", "BASQ", 66218, 66222, 66223, 66464],
  ["s16-a1", "DEPT", 66671, 66675, 66676, 69790],
  ["s16-a2", "XQO", 69794, 69798, 69799, 70107],
  ["s16-a3", "QUAL", 70109, 70113, 70114, 70165],
  ["s16-a4", "BASQ", 70167, 70171, 70172, 70439],
  ["s16-a5", "AKIM", 70441, 70444, 70445, 73060],
  ["s16-a6", "APP", 73062, 73069, 73070, 73316],
  ["s17-a1", "DEPT", 73488, 73493, 73494, 77080],
  ["s17-a2", "FORM", 77082, 77087, 77088, 77113],
  ["s17-a3", "FORM", 77114, 77119, 77120, 77135],
  ["s17-a4", "QUAL", 77136, 77141, 77142, 77191],
  ["s17-a5", "BASQ", 77193, 77198, 77199, 77513],
  ["s17-a6", "AKIM", 77515, 77520, 77521, 80627],
  ["s18-a1", "DEPT", 80802, 80806, 80807, 84267],
  ["s18-a2", "QUAL", 84269, 84273, 84274, 84345],
  ["s18-a3", "BASQ", 84347, 84351, 84352, 84555],
  ["s18-a4", "APP", 84557, 84561, 84562, 84764],
];

describe("segmentAct: standards", () => {
  const { standards } = actSegmentation();

  it("finds the 17 standard bodies and numbers them by the preamble, skipping the repealed item 11", () => {
    expect(standards.map((standard) => standard.serviceNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18]);
  });

  it("gives each standard the approval block, title, body and last line of the seed map", () => {
    expect(
      standards.map((s) => [
        s.serviceNumber,
        s.approval ? [s.approval.start, s.approval.end] : null,
        [s.title.start, s.title.end],
        s.body.end,
        s.end,
      ]),
    ).toEqual(STANDARDS);
    for (const standard of standards) expect(standard.body.start).toBe(standard.title.start);
  });

  it("has no approval block for S1 (after the preamble) and S12 (lost after the garbled end of S10.a3, 47893–47901)", () => {
    expect(actLines(83, 84)).toEqual(["өткен соң қолданысқа енгiзiледi.", " «Жұмыссыз азаматтарды тiркеу және есепке қою» мемлекеттік қызмет "]);
    expect(actLines(47901, 47902)).toEqual([" mail.ru", " «Мемлекеттiк бюджет қаражаты есебiнен қызмет көрсететiн мемлекеттiк "]);
    expect(standards[0]!.approval).toBeNull();
    expect(standards[10]!.approval).toBeNull();
  });

  it("keeps S9's stray «бекітілген» (40459) as its approval and ends the truncated S8.a3 just above it", () => {
    expect(actLines(40458, 40459)).toEqual(["Алматы қаласының жұмыспен ", " бекітілген        "]);
    expect(standards[8]!.approval).toEqual({ start: 40459, end: 40459 });
    expect(standards[7]!.end).toBe(40458);
  });

  it("reads an approval block cut by a page break (S5, 19377–19384) and the truncated «с ә у і р д е» (30537)", () => {
    expect(actLines(19379, 19381)).toEqual(["", "", ""]);
    expect(standards[4]!.approval).toEqual({ start: 19377, end: 19384 });
    expect(actLines(30537, 30537)[0]!.trim()).toBe("2 0 1 1  ж ы л ғ ы  7  с ә у і р д е");
    expect(standards[6]!.approval).toEqual({ start: 30535, end: 30539 });
  });

  it("ends S3's title on the line that carries the section number «стандарты 1» (10961)", () => {
    expect(actLines(10961, 10962)).toEqual(["«Жұмыссыз азаматтарға анықтама беру» мемлекеттік қызмет стандарты 1", ". Жалпы ережелер"]);
    expect(standards[2]!.title).toEqual({ start: 10961, end: 10961 });
  });

  it("finds the structure by text: the same act shifted down by ten lines shifts every range by ten", () => {
    const shifted: SourceLine[] = [
      ...Array.from({ length: 10 }, (_, i) => ({ no: i + 1, text: "" })),
      ...readSource().map((line) => ({ no: line.no + 10, text: line.text })),
    ];
    const moved = segmentAct(shifted);
    expect(moved.standards.map((s) => s.title.start)).toEqual(standards.map((s) => s.title.start + 10));
    expect(moved.appendices.map((a) => a.body.end)).toEqual(actSegmentation().appendices.map((a) => a.body.end + 10));
  });
});

describe("segmentAct: appendices", () => {
  const { appendices } = actSegmentation();

  it("finds the 78 appendices with the caption and body ranges and kinds of the seed map", () => {
    expect(appendices.map((a) => [a.id, a.kind, a.caption.start, a.caption.end, a.body.start, a.body.end])).toEqual(APPENDICES);
  });

  it("counts 5, 6, 5, 5, 5, 6, 4, 3, 3, 3, 5, 5, 4, 3, 6, 6, 4 appendices per standard, numbered from 1", () => {
    const perStandard = new Map<number, number[]>();
    for (const appendix of appendices) perStandard.set(appendix.serviceNumber, [...(perStandard.get(appendix.serviceNumber) ?? []), appendix.number]);
    expect([...perStandard.values()].map((numbers) => numbers.length)).toEqual([5, 6, 5, 5, 5, 6, 4, 3, 3, 3, 5, 5, 4, 3, 6, 6, 4]);
    for (const numbers of perStandard.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it("counts 17 DEPT, 6 AKIM, 17 BASQ, 10 APP, 8 XQO, 17 QUAL and 3 FORM", () => {
    const counts: Record<string, number> = {};
    for (const appendix of appendices) counts[appendix.kind] = (counts[appendix.kind] ?? 0) + 1;
    expect(counts).toEqual({ DEPT: 17, AKIM: 6, BASQ: 17, APP: 10, XQO: 8, QUAL: 17, FORM: 3 });
  });

  it("reads letter-spaced captions (S1.a1, 228–231)", () => {
    expect(actLines(228, 228)[0]).toBe("« Ж ұ м ы с с ы з  а з а м а т т а р д ы  т і р к е у  ");
    expect(appendixById("s1-a1").caption).toEqual({ start: 228, end: 231 });
  });

  it("reads S3's «стандартына N-қосымша» one-liner and S5's «стандарты N-қосымша»", () => {
    expect(actLines(11138, 11138)).toEqual(["стандартына 1-қосымша"]);
    expect(appendixById("s3-a1").caption).toEqual({ start: 11136, end: 11138 });
    expect(actLines(19666, 19666)[0]!.trim()).toBe("стандарты 1-қосымша");
    expect(appendixById("s5-a1").caption).toEqual({ start: 19662, end: 19666 });
  });

  it("reads captions cut by a page break (S4.a4 18901–18907, S10.a1 44323–44330)", () => {
    expect(appendixById("s4-a4").caption).toEqual({ start: 18901, end: 18907 });
    expect(appendixById("s10-a1").caption).toEqual({ start: 44323, end: 44330 });
  });

  it("ends the last appendices of S8 and S10 where their text breaks off", () => {
    expect(appendixById("s8-a3").body.end).toBe(40458);
    expect(appendixById("s10-a3").body.end).toBe(47901);
  });

  it("takes the body's first paragraph as the heading, letter-spacing repaired, up to the noun closing it", () => {
    expect(appendixById("s1-a4").heading).toBe(
      "Облыстық, Астана және Алматы қалаларының жұмыспен қамту және әлеуметтік бағдарламалар басқармаларының мекенжайлары мен байланыс деректері",
    );
    // The truncated note follows the heading without a blank line (11140–11141).
    expect(appendixById("s3-a1").heading).toBe("Уәкілетті органдардың мекенжайлары мен байланыс деректері");
    // The first region heading follows without a blank line (60129–60130).
    expect(appendixById("s14-a4").heading).toBe("Аудандардың, облыстық маңызы бар қалалар әкімдіктерінің тізбесі");
    expect(appendixById("s17-a1").heading).toBe("Уәкілетті органдардың тізілімі");
    expect(appendixById("s17-a3").heading).toBe("АНЫҚТАМА");
    expect(appendixById("s18-a2").heading).toBe("Кесте. Сапа және қолжетімділік көрсеткіштерінің мәндері");
  });

  it("decides the kind from the heading and the content, not from the position", () => {
    // S17.a2 opens «Уәкілетті органға …» but is a form with blanks to fill in.
    expect(appendixById("s17-a2").kind).toBe("FORM");
    // S18.a4 «…әкімдіктерінің тізімі» has no region sub-headings: the apparatus list.
    expect(appendixById("s18-a4").kind).toBe("APP");
    expect(classifyAppendix("Аудандардың, облыстық маңызы бар қалалар әкімдіктерінің тізбесі", 16, false)).toBe("AKIM");
    expect(classifyAppendix("Уәкілетті органдардың тізбесі", 16, false)).toBe("DEPT");
    expect(classifyAppendix("Облыстардың және Астана мен Алматы қалаларының уәкілетті органдарының тізбесі", 0, false)).toBe("BASQ");
    expect(classifyAppendix("Халыққа Қызмет көрсету орталықтарының тізбесі", 0, false)).toBe("XQO");
    expect(classifyAppendix("Кесте. Сапа мен тиімділік көрсеткіштерінің мәні", 0, false)).toBe("QUAL");
    expect(classifyAppendix("АНЫҚТАМА", 0, false)).toBe("FORM");
  });

  it("places every appendix inside its standard, in order, without overlaps", () => {
    const { standards } = actSegmentation();
    let previousEnd = 0;
    for (const appendix of appendices) {
      const standard = standards.find((s) => s.serviceNumber === appendix.serviceNumber)!;
      expect(appendix.caption.start).toBeGreaterThan(Math.max(previousEnd, standard.body.end));
      expect(appendix.body.end).toBeLessThanOrEqual(standard.end);
      previousEnd = appendix.body.end;
    }
  });
});
