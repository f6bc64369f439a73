/**
 * The flat provider lists of the act (BASQ, APP, XQO) as `segmentAct` finds
 * them, and a reader call for each, so the tests of the three readers share
 * one segmentation. (Whether `segmentAct` finds the seed map's ranges is the
 * business of `segment.test.ts`.)
 */
import type { AppendixKind, AppendixRecord, SourceLine } from "../../../seeds/extract/model.js";
import { segmentAct } from "../../../seeds/extract/segment.js";
import { readSource, sliceLines } from "../../../seeds/extract/source.js";
import { readAppTable } from "../../../seeds/extract/tables/app.js";
import { readBasqTable } from "../../../seeds/extract/tables/basq.js";
import type { FlatTableResult } from "../../../seeds/extract/tables/flat.js";
import { readXqoTable } from "../../../seeds/extract/tables/xqo.js";

type FlatKind = Extract<AppendixKind, "BASQ" | "APP" | "XQO">;

let segmented: AppendixRecord[] | undefined;

function actAppendices(): AppendixRecord[] {
  segmented ??= segmentAct(readSource()).appendices;
  return segmented;
}

export function flatAppendices(kind: FlatKind): AppendixRecord[] {
  return actAppendices().filter((appendix) => appendix.kind === kind);
}

export function flatAppendix(id: string): AppendixRecord {
  const appendix = actAppendices().find((record) => record.id === id);
  if (!appendix || !["BASQ", "APP", "XQO"].includes(appendix.kind)) throw new Error(`${id} is not a flat list`);
  return appendix;
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
