/**
 * Times `extractDataset` over the whole act: `npx tsx bench/extract.ts [runs]`.
 * The first run is reported apart (it builds the text cleaners' lexicon and
 * warms the JIT); the target is a median under 5 s.
 */
import { readSource } from "../seeds/extract/source.js";
import { extractDataset } from "../seeds/extract/pipeline.js";

const runs = Math.max(1, Number(process.argv[2] ?? 5));
const lines = readSource();
const times: number[] = [];
let listings = 0;
for (let run = 0; run < runs + 1; run++) {
  const started = performance.now();
  listings = extractDataset(lines).listings.length;
  times.push(performance.now() - started);
}
const [first, ...rest] = times;
const sorted = [...rest].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
const format = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`extractDataset over ${lines.length} lines, ${listings} listings`);
console.log(`first run ${format(first!)}; then ${runs} runs: median ${format(median)}, min ${format(sorted[0]!)}`);
