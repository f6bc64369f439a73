/**
 * Segmentation of the act as the seed map (§2 and §4.1) records it, for the
 * standards tests to run on before `segmentAct` exists, and to check
 * `segmentAct` against once it does.
 */
import type { AppendixKind, AppendixRecord } from "../../../seeds/extract/model.js";
import type { StandardSpan } from "../../../seeds/extract/segment.js";

/** [service, approval start, approval end, title start, title end, last line]. */
const SPANS: [number, number | null, number | null, number, number, number][] = [
  [1, null, null, 84, 85, 3986],
  [2, 3988, 3992, 3994, 3996, 10953],
  [3, 10955, 10959, 10961, 10961, 15159],
  [4, 15161, 15165, 15167, 15168, 19375],
  [5, 19377, 19384, 19386, 19388, 23644],
  [6, 23646, 23650, 23652, 23653, 30533],
  [7, 30535, 30539, 30541, 30542, 36787],
  [8, 36789, 36793, 36795, 36798, 40458],
  [9, 40459, 40459, 40461, 40462, 44151],
  [10, 44153, 44157, 44161, 44162, 47901],
  [12, null, null, 47902, 47905, 52244],
  [13, 52246, 52250, 52252, 52254, 56503],
  [14, 56505, 56509, 56513, 56515, 62759],
  [15, 62763, 62767, 62769, 62771, 66464],
  [16, 66466, 66470, 66472, 66473, 73316],
  [17, 73318, 73322, 73324, 73325, 80627],
  [18, 80629, 80633, 80635, 80636, 84764],
];

/** [id, kind, caption start, caption end, body start, body end]. */
const APPENDICES: [string, AppendixKind, number, number, number, number][] = [
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

export const seedMapAppendices: AppendixRecord[] = APPENDICES.map(
  ([id, kind, captionStart, captionEnd, bodyStart, bodyEnd]) => {
    const match = /^s(\d+)-a(\d+)$/.exec(id);
    return {
      id,
      serviceNumber: Number(match?.[1]),
      number: Number(match?.[2]),
      kind,
      heading: "",
      caption: { start: captionStart, end: captionEnd },
      body: { start: bodyStart, end: bodyEnd },
    };
  },
);

export const seedMapSpans: StandardSpan[] = SPANS.map(
  ([serviceNumber, approvalStart, approvalEnd, titleStart, titleEnd, end]) => {
    const firstCaption = Math.min(
      ...seedMapAppendices.filter((a) => a.serviceNumber === serviceNumber).map((a) => a.caption.start),
    );
    return {
      serviceNumber,
      approval: approvalStart !== null && approvalEnd !== null ? { start: approvalStart, end: approvalEnd } : null,
      title: { start: titleStart, end: titleEnd },
      // As `segmentAct` gives it: the title's first line to the line before the first caption.
      body: { start: titleStart, end: firstCaption - 1 },
      end,
    };
  },
);

export function spanOf(serviceNumber: number): StandardSpan {
  const span = seedMapSpans.find((s) => s.serviceNumber === serviceNumber);
  if (!span) throw new Error(`no standard ${serviceNumber}`);
  return span;
}

export function appendixOf(id: string): AppendixRecord {
  const appendix = seedMapAppendices.find((a) => a.id === id);
  if (!appendix) throw new Error(`no appendix ${id}`);
  return appendix;
}
