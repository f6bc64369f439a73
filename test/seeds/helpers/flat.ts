/**
 * The flat provider lists of the act (BASQ, APP, XQO) as the seed map §4.1
 * inventories them, and a reader call for each, so the tests of the three
 * readers share one table of body ranges instead of segmenting the act.
 */
import type { AppendixKind, AppendixRecord, SourceLine } from "../../../seeds/extract/model.js";
import { readSource, sliceLines } from "../../../seeds/extract/source.js";
import { readAppTable } from "../../../seeds/extract/tables/app.js";
import { readBasqTable } from "../../../seeds/extract/tables/basq.js";
import type { FlatTableResult } from "../../../seeds/extract/tables/flat.js";
import { readXqoTable } from "../../../seeds/extract/tables/xqo.js";

type FlatKind = Extract<AppendixKind, "BASQ" | "APP" | "XQO">;

/** [appendix id, caption start, caption end, body start, body end, kind] — seed map §4.1. */
const INVENTORY: [string, number, number, number, number, FlatKind][] = [
  ["s1-a4", 3562, 3565, 3566, 3759, "BASQ"],
  ["s1-a5", 3761, 3764, 3765, 3986, "APP"],
  ["s2-a2", 7323, 7327, 7328, 7606, "XQO"],
  ["s2-a4", 7667, 7671, 7672, 7935, "BASQ"],
  ["s2-a6", 10733, 10737, 10738, 10953, "APP"],
  ["s3-a2", 14400, 14402, 14403, 14673, "XQO"],
  ["s3-a3", 14675, 14677, 14678, 14875, "BASQ"],
  ["s3-a5", 14934, 14936, 14937, 15159, "APP"],
  ["s4-a2", 18560, 18563, 18564, 18849, "XQO"],
  ["s4-a4", 18901, 18907, 18908, 19165, "BASQ"],
  ["s4-a5", 19167, 19170, 19171, 19375, "APP"],
  ["s5-a2", 22825, 22829, 22830, 23105, "XQO"],
  ["s5-a4", 23166, 23170, 23171, 23429, "BASQ"],
  ["s5-a5", 23431, 23435, 23436, 23644, "APP"],
  ["s6-a2", 27046, 27049, 27050, 27329, "XQO"],
  ["s6-a4", 27383, 27386, 27387, 27651, "BASQ"],
  ["s6-a6", 30323, 30326, 30327, 30533, "APP"],
  ["s7-a3", 33881, 33883, 33884, 34145, "BASQ"],
  ["s8-a3", 40189, 40195, 40196, 40458, "BASQ"],
  ["s9-a3", 43877, 43880, 43881, 44151, "BASQ"],
  ["s10-a3", 47651, 47654, 47655, 47901, "BASQ"],
  ["s12-a2", 51346, 51352, 51353, 51645, "XQO"],
  ["s12-a4", 51708, 51714, 51715, 51987, "BASQ"],
  ["s12-a5", 51989, 51995, 51996, 52244, "APP"],
  ["s13-a2", 55677, 55682, 55683, 55927, "XQO"],
  ["s13-a4", 55987, 55995, 55996, 56249, "BASQ"],
  ["s13-a5", 56251, 56256, 56257, 56503, "APP"],
  ["s14-a3", 59858, 59862, 59863, 60120, "BASQ"],
  ["s15-a3", 66218, 66222, 66223, 66464, "BASQ"],
  ["s16-a2", 69794, 69798, 69799, 70107, "XQO"],
  ["s16-a4", 70167, 70171, 70172, 70439, "BASQ"],
  ["s16-a6", 73062, 73069, 73070, 73316, "APP"],
  ["s17-a5", 77193, 77198, 77199, 77513, "BASQ"],
  ["s18-a3", 84347, 84351, 84352, 84555, "BASQ"],
  ["s18-a4", 84557, 84561, 84562, 84764, "APP"],
];

export function flatAppendices(kind: FlatKind): AppendixRecord[] {
  return INVENTORY.filter((entry) => entry[5] === kind).map(([id, captionStart, captionEnd, bodyStart, bodyEnd]) => {
    const [, service = "0", number = "0"] = /^s(\d+)-a(\d+)$/.exec(id) ?? [];
    return {
      id,
      serviceNumber: Number(service),
      number: Number(number),
      kind,
      heading: "",
      caption: { start: captionStart, end: captionEnd },
      body: { start: bodyStart, end: bodyEnd },
    };
  });
}

export function flatAppendix(id: string): AppendixRecord {
  const found = INVENTORY.find((entry) => entry[0] === id);
  if (!found) throw new Error(`${id} is not a flat list`);
  const appendix = flatAppendices(found[5]).find((record) => record.id === id);
  return appendix!;
}

const READERS: Record<FlatKind, (lines: SourceLine[], appendix: AppendixRecord) => FlatTableResult> = {
  BASQ: readBasqTable,
  APP: readAppTable,
  XQO: readXqoTable,
};

export function readFlatList(id: string): FlatTableResult {
  const appendix = flatAppendix(id);
  return READERS[appendix.kind as FlatKind](readSource(), appendix);
}

/** The text of lines `start`..`end` of the act, as printed. */
export function actLines(start: number, end: number): string[] {
  return sliceLines(readSource(), start, end).map((line) => line.text);
}

/** Line numbers of a cell's parts. */
export function partLines(parts: { line: number }[] | undefined): number[] {
  return (parts ?? []).map((part) => part.line);
}

/** The trimmed texts of a cell's parts. */
export function partTexts(parts: { text: string }[] | undefined): string[] {
  return (parts ?? []).map((part) => part.text.trim());
}
