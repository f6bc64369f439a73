/**
 * The data contract of the extractor: the shapes of the files under
 * `seeds/data/` and of the intermediate results the pipeline stages hand to
 * each other. The seed loader (`src/db/seed.ts`) and the Prisma schema read
 * the same shapes, so a change here is a change of all three.
 *
 * Every record that comes from the act keeps the 1-based line range of the
 * text it came from (`LineRange`), so any value can be traced to the act.
 */

import type { LineRange } from "../contract/records.js";

export * from "../contract/records.js";

// ---------------------------------------------------------------------------
// Table reading: one raw row per printed row of a provider list
// ---------------------------------------------------------------------------

/** A fragment of a cell: the text of one source line that a cell took. */
export interface CellPart {
  line: number;
  text: string;
}

export type ProviderListKind = "DEPT" | "AKIM" | "BASQ" | "APP" | "XQO";

/**
 * One printed row of a provider list as the table reader found it: cells
 * assigned, not yet cleaned. The schedule is the one that applies to the row
 * (a block-level schedule is copied to every row of its block).
 */
export interface RawRow {
  appendixId: string;
  serviceNumber: number;
  listKind: ProviderListKind;
  /** Region slug (see `RegionRecord.id`); null only for lists without regions that the reader could not place. */
  regionId: string | null;
  /** Ordinal of the row inside its region block (DEPT/AKIM) or list (BASQ/APP/XQO), 1-based, as counted by the reader. */
  position: number;
  /** The row number as printed ("12", "12.", "0"), or null when the act prints none. */
  printedNumber: string | null;
  lines: LineRange;
  name: CellPart[];
  /** Address cell; for DEPT/AKIM/BASQ it also holds the e-mails and web sites. */
  address: CellPart[];
  phones: CellPart[];
  /** XQO: the heads' (reception) phone column. */
  receptionPhones?: CellPart[];
  /** APP: the structural unit responsible for public services. */
  unit?: CellPart[];
  schedule: CellPart[];
  /** Where the schedule text came from, when it was not printed in the row itself. */
  scheduleFrom?: LineRange;
  /** Lines inside the row that no cell took. */
  unassigned: CellPart[];
}

export interface TableAnomaly {
  appendixId: string;
  kind:
    | "missing-number"
    | "skipped-number"
    | "duplicate-number"
    | "duplicate-row"
    | "false-number"
    | "lost-text"
    | "truncated"
    | "glued-number"
    | "out-of-order"
    | "other";
  lines: LineRange;
  message: string;
}

/** What every table reader returns: `(lines: SourceLine[], appendix: AppendixRecord) => TableResult`. */
export interface TableResult {
  rows: RawRow[];
  anomalies: TableAnomaly[];
}
