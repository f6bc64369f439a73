import type { AppendixRecord, SourceLine } from "../model.js";
import { readRegionalTable, type RegionalTableResult } from "./regional.js";

/** Reads a list of district/city authorities (DEPT, seed map §4.2): 16 region blocks of бөлімдер. */
export function readDeptTable(lines: SourceLine[], appendix: AppendixRecord): RegionalTableResult {
  if (appendix.kind !== "DEPT") throw new Error(`${appendix.id} is a ${appendix.kind} appendix, not DEPT`);
  return readRegionalTable(lines, appendix, "DEPT");
}
