/**
 * The graph under load: the peer comparison's operations (bench/pairs/)
 * against the real server over the whole directory, with autocannon, on
 * PGlite and (when a URL is given) on PostgreSQL, with the response cache off
 * and on. For each: requests/s, p50/p99 latency, and the SQL statements one
 * execution sends (every statement: Prisma's and raw SQL).
 *
 *   npx tsx bench/graph.ts [seconds]       (npm run bench calls benchGraph)
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { type DatabaseConfig, parseDatabaseUrl, PROJECT_ROOT } from "../src/config/config.js";
import { createDatabase, type Database } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";
import { seed } from "../src/db/seed.js";
import { buildGraphQLSchema } from "../src/graphql/schema.js";
import { startServer } from "../src/server/server.js";

export interface BenchRow {
  operation: string;
  database: string;
  cache: "off" | "on";
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  statementsPerOperation: number;
}

/**
 * The operations of the peer comparison (../shared/peer, query files copied
 * to bench/pairs/ with their comments), so this bench and pairs.sh measure
 * the same work; plus search, which the peer has no equivalent of.
 */
const PAIRS = ["typename", "a-authority", "b-region", "c-walk", "d-list", "search"] as const;
const pairQuery = (name: string) => readFileSync(join(PROJECT_ROOT, "bench", "pairs", `${name}.graphql`), "utf8");

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<any> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (json.errors) throw new Error(`bench operation failed: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

async function benchOne(
  url: string,
  db: Database,
  name: string,
  cache: "off" | "on",
  durationSeconds: number,
  database: string,
): Promise<BenchRow> {
  const body = { query: pairQuery(name) };
  await post(url, body); // warm caches, the query plan, and (cache on) the response cache
  const before = db.statements.count;
  // Run afresh once to count what one execution sends, whether or not answers are cached.
  await post(url, body, { "cache-control": "no-cache" });
  const statementsPerOperation = db.statements.count - before;
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    connections: 10,
    // The load generator in a worker thread, so it does not share the server's event loop.
    workers: 1,
    duration: durationSeconds,
  });
  return {
    operation: name,
    database,
    cache,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statementsPerOperation,
  };
}

async function benchDatabase(config: DatabaseConfig, name: string, durationSeconds: number): Promise<BenchRow[]> {
  const db = await createDatabase(config);
  try {
    await migrate(db);
    await seed(db);
    const rows: BenchRow[] = [];
    for (const cache of ["off", "on"] as const) {
      const server = await startServer({
        db: { ...db, close: async () => undefined },
        schema: await buildGraphQLSchema(),
        host: "127.0.0.1",
        port: 0,
        responseCacheMb: cache === "on" ? 64 : 0,
      });
      try {
        for (const pair of PAIRS) rows.push(await benchOne(server.url, db, pair, cache, durationSeconds, name));
      } finally {
        await server.close();
      }
    }
    return rows;
  } finally {
    await db.close();
  }
}

/** Runs `work` on a fresh PostgreSQL database (its "public" schema: see test/graphql/support.ts on why not a schema), dropped afterwards. */
async function withFreshDatabase<T>(url: string, work: (config: DatabaseConfig) => Promise<T>): Promise<T> {
  const base = parseDatabaseUrl(url);
  if (base.kind !== "postgres") throw new Error(`not a PostgreSQL URL: ${url}`);
  const name = `qyzmet_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: base.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  try {
    const target = new URL(base.url);
    target.pathname = `/${name}`;
    return await work({ ...base, url: target.toString(), schema: null });
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** One database per call, as bench/run.ts calls it: PGlite without a URL, PostgreSQL with one. */
export async function benchGraph(options: { databaseUrl?: string; durationSeconds: number }): Promise<BenchRow[]> {
  if (!options.databaseUrl) return benchDatabase({ kind: "pglite", dataDir: null }, "pglite", options.durationSeconds);
  return withFreshDatabase(options.databaseUrl, (config) => benchDatabase(config, "postgres", options.durationSeconds));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const durationSeconds = Number(process.argv[2] ?? 5);
  const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
  const rows = await benchGraph({ durationSeconds });
  if (url) rows.push(...(await benchGraph({ databaseUrl: url, durationSeconds })));
  console.table(rows);
}
