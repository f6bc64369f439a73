/**
 * `npm run bench`: every benchmark of the project, one after the other, on
 * the embedded PGlite and, when BENCH_DATABASE_URL (or DATABASE_URL) is set,
 * on PostgreSQL. Prints tables; asserts nothing. Compare ratios within one
 * run: these machines are shared and noisy.
 *
 *   npm run bench                 all
 *   npm run bench -- startup      only the named parts (startup, extract, graph, observe, write, overload, limiter, cluster, push)
 *
 * BENCH_SECONDS sets how long each load test runs (default 5). BENCH_REDIS_URL
 * (or REDIS_URL) puts the cluster part's processes on Redis.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { benchCluster } from "./cluster.js";
import { benchGraph } from "./graph.js";
import { benchLimiter } from "./limiter.js";
import { benchObserve, benchObserveCalls } from "./observe.js";
import { benchOverload } from "./overload.js";
import { benchPush } from "./push.js";
import { benchStartup } from "./startup.js";
import { benchWrite } from "./write.js";

const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
const only = new Set(process.argv.slice(2));
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 5);
const databases: (string | undefined)[] = [undefined, ...(databaseUrl ? [databaseUrl] : [])];
const wanted = (part: string) => only.size === 0 || only.has(part);

function table(title: string, rows: object[]): void {
  console.log(`\n## ${title}\n`);
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const cells = rows as Record<string, unknown>[];
  const format = (value: unknown) =>
    typeof value === "number" ? (Number.isInteger(value) ? String(value) : value.toFixed(1)) : String(value);
  console.log(`| ${columns.join(" | ")} |`);
  console.log(`|${columns.map(() => "---").join("|")}|`);
  for (const row of cells) console.log(`| ${columns.map((column) => format(row[column])).join(" | ")} |`);
}

if (wanted("startup")) {
  table(
    "start-up (ms to serving)",
    (await benchStartup({ databaseUrl })).map((row) => ({ ...row, milliseconds: Math.round(row.milliseconds) })),
  );
}

if (wanted("extract")) {
  console.log("\n## extraction (npx tsx bench/extract.ts 3)\n");
  // A process of its own: the extractor's caches must start cold, as in `npm run seed:extract`.
  spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./extract.ts", import.meta.url)), "3"], {
    stdio: "inherit",
  });
}

if (wanted("graph")) {
  const rows = [];
  for (const url of databases) rows.push(...(await benchGraph({ databaseUrl: url, durationSeconds })));
  table(`GraphQL reads over HTTP (autocannon, ${durationSeconds} s each)`, rows);
}

if (wanted("observe")) {
  table(
    `what request logs, metrics and traces cost (PGlite, response cache off, autocannon ${durationSeconds} s each)`,
    await benchObserve({ durationSeconds }),
  );
  table("the same, per call (CPU µs, 100,000 calls)", benchObserveCalls());
}

if (wanted("write")) {
  const rows = [];
  for (const url of databases) rows.push(...(await benchWrite({ databaseUrl: url, durationSeconds })));
  table("applications and the officer's list", rows);
}

if (wanted("overload")) {
  table(
    "overload: 200 heavy directory queries at once against npm start, /health probed every 50 ms",
    await benchOverload({ databaseUrl }),
  );
}

if (wanted("limiter")) {
  // Each scenario in a process of its own (bench/limiter.ts): heaps measured after a full GC.
  table("access-code limiter memory under 100,000+ distinct wrong numbers (MB of heap)", benchLimiter());
}

if (wanted("cluster")) {
  const redisUrl = process.env.BENCH_REDIS_URL || process.env.REDIS_URL || undefined;
  table(
    `one npm start against two on one PostgreSQL${redisUrl ? " and one Redis" : ""}: directory reads, 20 connections in all (${durationSeconds} s each)`,
    await benchCluster({ databaseUrl, redisUrl, durationSeconds }),
  );
}

if (wanted("push")) {
  const rows = [];
  for (const url of databases) rows.push(...(await benchPush({ databaseUrl: url })));
  table(
    "webhooks: 1,000 transitions over HTTP (8 at a time), each event POSTed to a receiver on loopback; latency from the event's occurredAt to receipt (ms); backlog: 1,334 queued deliveries drained",
    rows,
  );
}
