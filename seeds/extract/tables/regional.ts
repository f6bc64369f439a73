import type { AppendixRecord, CellPart, RawRow, SourceLine, TableAnomaly, TableResult } from "../model.js";
import { LineView } from "../segment.js";
import { findRegionBlocks } from "./regional/blocks.js";
import { readBlock, type Report } from "./regional/rows.js";

/**
 * The shared reader of the two lists printed with region sub-headings: the
 * district/city authorities (DEPT) and the district/city akimats (AKIM).
 *
 * A list is 16 region blocks. Each block is a heading, a repeated column
 * header closed by a `1 2 3 4 5` line, then rows of five columns (number,
 * name, address with e-mails, phones, schedule) dumped cell by cell, with a
 * blank line between cells and three at page breaks. A block is read in
 * three passes:
 *
 * 1. `regional/cut.ts`: lines are cut into pieces, one per cell a line
 *    holds (a line can carry a row number, a name and an address or a phone
 *    at once);
 * 2. `regional/cell-words.ts`, `regional/smooth.ts`: pieces are typed (name
 *    / address / phone / schedule) by their own words, then smoothed per
 *    paragraph (a run of non-blank lines), inside which cells only move
 *    forward;
 * 3. `regional/rows.ts`: rows are assembled: a row opens at a printed number
 *    that continues the running sequence, or at a name that starts after a
 *    complete row (unnumbered rows); a number printed inside the second half
 *    of a name goes to the row the name began. Schedules are merged cells: a
 *    printed schedule applies to its own row and the following ones up to
 *    the next printed schedule, and the rows above the first one take the
 *    first one.
 */

export type RegionalListKind = "DEPT" | "AKIM";

export interface RegionalTableResult extends TableResult {
  /** Non-empty lines outside the rows: the list heading, and each region's heading and column header. */
  boilerplate: CellPart[];
}

/** Reads a DEPT or AKIM list: its 16 region blocks, each with rows numbered from 1. */
export function readRegionalTable(
  lines: SourceLine[],
  appendix: AppendixRecord,
  listKind: RegionalListKind,
): RegionalTableResult {
  const view = new LineView(lines);
  const rows: RawRow[] = [];
  const anomalies: TableAnomaly[] = [];
  const boilerplate: CellPart[] = [];
  const report: Report = (kind, at, message) => anomalies.push({ appendixId: appendix.id, kind, lines: at, message });
  let from = appendix.body.start;
  for (const block of findRegionBlocks(lines, appendix.body)) {
    for (let no = from; no < block.rows.start; no++)
      if (!view.blank(no)) boilerplate.push({ line: no, text: view.text(no) });
    for (const row of readBlock(view, block.rows, report)) {
      rows.push({
        appendixId: appendix.id,
        serviceNumber: appendix.serviceNumber,
        listKind,
        regionId: block.regionId,
        ...row,
      });
    }
    from = block.rows.end + 1;
  }
  return { rows, anomalies, boilerplate };
}
