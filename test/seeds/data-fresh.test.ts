import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { datasetFiles, extractDataset } from "../../seeds/extract/pipeline.js";
import { readSource } from "../../seeds/extract/source.js";

const DATA_DIR = fileURLToPath(new URL("../../seeds/data/", import.meta.url));

describe("seeds/data", () => {
  it("is what the extractor produces from seeds/source.txt today (run `npm run seed:extract` when this fails)", () => {
    const files = datasetFiles(extractDataset(readSource()));
    const stale = Object.entries(files)
      .filter(([name, content]) => {
        const path = join(DATA_DIR, name);
        return !existsSync(path) || readFileSync(path, "utf8") !== content;
      })
      .map(([name]) => name);
    expect(stale, `stale files in seeds/data: ${stale.join(", ")}`).toEqual([]);
  });

  it("is deterministic: two runs give byte-identical files", () => {
    const lines = readSource();
    expect(datasetFiles(extractDataset(lines))).toEqual(datasetFiles(extractDataset(lines)));
  });
});
