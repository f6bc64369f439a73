import type { AppendixRecord, SourceLine } from "../model.js";
import { readRegionalTable, type RegionalTableResult } from "./regional.js";

/** Reads a list of district/city akimats (AKIM, seed map §4.3): 16 region blocks of әкімдіктер. */
export function readAkimTable(lines: SourceLine[], appendix: AppendixRecord): RegionalTableResult {
  if (appendix.kind !== "AKIM") throw new Error(`${appendix.id} is a ${appendix.kind} appendix, not AKIM`);
  return readRegionalTable(lines, appendix, "AKIM");
}
