/**
 * `npm run seed:extract`: regenerates `seeds/data/` from `seeds/source.txt`.
 * `npm run seed:extract -- --check`: writes nothing, exits 1 and names every
 * file whose committed content differs from what the pipeline produces now.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSource } from "./source.js";
import { datasetFiles, extractDataset } from "./pipeline.js";

export const DATA_DIR = fileURLToPath(new URL("../data/", import.meta.url));

function main(argv: string[]): number {
  const check = argv.includes("--check");
  const started = performance.now();
  const files = datasetFiles(extractDataset(readSource()));
  const elapsed = performance.now() - started;
  if (check) {
    const stale = Object.entries(files).filter(([name, content]) => {
      const path = join(DATA_DIR, name);
      return !existsSync(path) || readFileSync(path, "utf8") !== content;
    });
    if (stale.length > 0) {
      console.error(
        `seeds/data is stale: ${stale.map(([name]) => name).join(", ")} differ from what the extractor produces.\n` +
          "Run `npm run seed:extract` and commit seeds/data/.",
      );
      return 1;
    }
    console.log(
      `seeds/data is up to date (${Object.keys(files).length} files, extracted in ${Math.round(elapsed)} ms).`,
    );
    return 0;
  }
  mkdirSync(DATA_DIR, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(DATA_DIR, name), content);
  console.log(`wrote ${Object.keys(files).length} files to seeds/data/ (extracted in ${Math.round(elapsed)} ms)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
