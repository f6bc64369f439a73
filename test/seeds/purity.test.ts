/**
 * The extractor is one function of the act's lines: only `cli.ts` (which
 * reads the act and writes `seeds/data/`) and `source.ts` (the reader it
 * calls) touch the file system. A cleaner that read the committed act for
 * itself would clean any other input with the committed act's words.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildLexicon, normaliseText } from "../../seeds/extract/clean/text.js";
import { readSource, sliceLines } from "../../seeds/extract/source.js";

const EXTRACT = fileURLToPath(new URL("../../seeds/extract/", import.meta.url));
const READERS_OF_FILES = new Set(["cli.ts", "source.ts"]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

describe("the extractor is pure", () => {
  it("reads no file outside cli.ts and source.ts", () => {
    const readers = tsFiles(EXTRACT)
      .filter((file) => !READERS_OF_FILES.has(relative(EXTRACT, file)))
      .filter((file) => /from "node:fs"|\breadSource\(/u.test(readFileSync(file, "utf8")))
      .map((file) => relative(EXTRACT, file));
    expect(readers).toEqual([]);
  });

  it("cleans with the words it is given, not the committed act's (4229 «т іркеу»)", () => {
    const act = readSource();
    const printed = sliceLines(act, 4229, 4229)[0]!.text;
    expect(normaliseText(printed, buildLexicon(act.map((line) => line.text)))).toContain("азаматтарды тіркеу");
    // Given no words, nothing attests «тіркеу»: the stray space stays.
    expect(normaliseText(printed, new Map())).toContain("т іркеу");
  });
});
