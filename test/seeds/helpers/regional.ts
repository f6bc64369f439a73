/**
 * The act segmented once, and the DEPT and AKIM lists read once per test
 * file, with lookups by appendix id and by source line.
 */
import type { AppendixRecord, RawRow } from "../../../seeds/extract/model.js";
import { REGIONS } from "../../../seeds/extract/regions.js";
import { segmentAct, type Segmentation } from "../../../seeds/extract/segment.js";
import { readSource } from "../../../seeds/extract/source.js";
import { readAkimTable } from "../../../seeds/extract/tables/akim.js";
import { readDeptTable } from "../../../seeds/extract/tables/dept.js";
import type { RegionalTableResult } from "../../../seeds/extract/tables/regional.js";

let segmentation: Segmentation | undefined;

export function actSegmentation(): Segmentation {
  segmentation ??= segmentAct(readSource());
  return segmentation;
}

export function appendixById(id: string): AppendixRecord {
  const appendix = actSegmentation().appendices.find((record) => record.id === id);
  if (!appendix) throw new Error(`no appendix ${id}`);
  return appendix;
}

const results = new Map<string, RegionalTableResult>();

/** The DEPT or AKIM list `id` as its reader returns it. */
export function regionalList(id: string): RegionalTableResult {
  let result = results.get(id);
  if (!result) {
    const appendix = appendixById(id);
    result = appendix.kind === "AKIM" ? readAkimTable(readSource(), appendix) : readDeptTable(readSource(), appendix);
    results.set(id, result);
  }
  return result;
}

/** The row of list `id` whose lines hold `line`. */
export function rowAt(id: string, line: number): RawRow {
  const row = regionalList(id).rows.find((candidate) => candidate.lines.start <= line && line <= candidate.lines.end);
  if (!row) throw new Error(`no row of ${id} holds line ${line}`);
  return row;
}

/** Rows per region, in the order of `REGIONS` (the seed map's column order). */
export function rowsPerRegion(rows: RawRow[]): number[] {
  return REGIONS.map((region) => rows.filter((row) => row.regionId === region.id).length);
}

/** Regions in the order their blocks are printed. */
export function printedRegionOrder(rows: RawRow[]): string[] {
  return [...new Set(rows.map((row) => row.regionId ?? "?"))];
}

/** The anomalies of list `id` as `kind@line` strings, in the order reported. */
export function anomalyMarks(id: string, kinds?: string[]): string[] {
  return regionalList(id)
    .anomalies.filter((anomaly) => !kinds || kinds.includes(anomaly.kind))
    .map((anomaly) => `${anomaly.kind}@${anomaly.lines.start}`);
}

/** The non-blank lines `start`..`end` of the act as whole-line cell parts. */
export function wholeLines(start: number, end: number): { line: number; text: string }[] {
  return readSource()
    .slice(start - 1, end)
    .filter((line) => line.text.trim() !== "")
    .map((line) => ({ line: line.no, text: line.text }));
}
