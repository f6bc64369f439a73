import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetFiles, extractDataset } from "../../seeds/extract/pipeline.js";
import { readSource } from "../../seeds/extract/source.js";

const DATA_DIR = fileURLToPath(new URL("../../seeds/data/", import.meta.url));

describe("seeds/data", () => {
  let files: Record<string, string>;
  beforeAll(() => {
    files = datasetFiles(extractDataset(readSource()));
  });

  it("is what the extractor produces from seeds/source.txt today (run `npm run seed:extract` when this fails)", () => {
    const stale = Object.entries(files)
      .filter(([name, content]) => {
        const path = join(DATA_DIR, name);
        return !existsSync(path) || readFileSync(path, "utf8") !== content;
      })
      .map(([name]) => name);
    expect(stale, `stale files in seeds/data: ${stale.join(", ")}`).toEqual([]);
  });

  it("is deterministic: a second run gives byte-identical files", () => {
    const again = datasetFiles(extractDataset(readSource()));
    for (const [name, content] of Object.entries(files)) expect(again[name] === content, name).toBe(true);
  });
});
