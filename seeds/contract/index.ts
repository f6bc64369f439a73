/**
 * The contract between the extractor (`seeds/extract`, which writes
 * `seeds/data/`) and the server (`src/`, which loads and serves it): the
 * record types of the data files and the text functions both sides must
 * apply alike. It imports nothing outside this folder; `src/` imports from
 * here and never from `seeds/extract` (test/contract/boundary.test.ts).
 */
export * from "./latin.js";
export * from "./records.js";
export * from "./script.js";
export * from "./standards.js";
