import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SourceLine } from "./model.js";

/** The act as kept in the repository: a PDF-to-text dump, UTF-8, 84,765 lines. */
export const SOURCE_PATH = fileURLToPath(new URL("../source.txt", import.meta.url));

/** Splits the act into 1-based lines (line 1 is the empty first line of the file). */
export function splitSource(text: string): SourceLine[] {
  return text.split("\n").map((line, index) => ({ no: index + 1, text: line }));
}

let cached: SourceLine[] | undefined;

/** Reads the act once per process. */
export function readSource(path: string = SOURCE_PATH): SourceLine[] {
  if (path !== SOURCE_PATH) return splitSource(readFileSync(path, "utf8"));
  cached ??= splitSource(readFileSync(path, "utf8"));
  return cached;
}

/** Lines `start`..`end` inclusive, 1-based. */
export function sliceLines(lines: SourceLine[], start: number, end: number): SourceLine[] {
  return lines.slice(start - 1, end);
}
