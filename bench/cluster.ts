/**
 * One `npm start` against two, on one PostgreSQL database (and one Redis
 * prefix when BENCH_REDIS_URL or REDIS_URL is set): directory reads per
 * second, with the response cache bypassed (`no-cache`, so every request
 * runs) and used. The same load (20 connections) goes to one process, then
 * is split over two.
 *
 * Read it for the shape, not the numbers: on a 2-core machine the two
 * processes, PostgreSQL and the load generator share the same two cores, so
 * a second process can add at most what one process left idle. The point
 * is that two processes answer correctly together (the cluster tests prove
 * it) and what that costs or gains here. When PostgreSQL's server binaries
 * are there, the cache-off runs are repeated on a private primary with a
 * streaming standby taking the reads (test/support/pg-cluster.ts); on the
 * same 2 cores a standby only moves the same work to another server.
 *
 *   npm run bench -- cluster
 */
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { postgresBin, startPgCluster } from "../test/support/pg-cluster.js";
import { type RunningServer, startNpmStart } from "../test/support/process.js";
import { deleteKeys } from "../test/support/redis.js";

export interface ClusterRow {
  processes: number;
  standby: "yes" | "no";
  redis: "yes" | "no";
  cache: "off" | "on";
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

const CONNECTIONS = 20;
const QUERY = JSON.stringify({
  query: "{ authorities(first: 20) { totalCount nodes { slug name region { name } district { name } } } }",
});

async function load(servers: RunningServer[], cache: "off" | "on", durationSeconds: number) {
  const results = await Promise.all(
    servers.map((server) =>
      autocannon({
        url: server.url,
        method: "POST",
        headers: { "content-type": "application/json", ...(cache === "off" ? { "cache-control": "no-cache" } : {}) },
        body: QUERY,
        connections: CONNECTIONS / servers.length,
        duration: durationSeconds,
      }),
    ),
  );
  return {
    requestsPerSecond: Math.round(results.reduce((sum, result) => sum + result.requests.average, 0)),
    // The slower process's figures: a client behind the balancer meets either.
    p50Ms: Math.max(...results.map((result) => result.latency.p50)),
    p99Ms: Math.max(...results.map((result) => result.latency.p99)),
    errors: results.reduce((sum, result) => sum + result.errors + result.non2xx, 0),
  };
}

export async function benchCluster(options: {
  databaseUrl?: string;
  redisUrl?: string;
  durationSeconds: number;
}): Promise<ClusterRow[]> {
  if (!options.databaseUrl) {
    console.log("(cluster: skipped, it needs BENCH_DATABASE_URL: several processes cannot share the embedded PGlite)");
    return [];
  }
  const schema = `qyzmet_bench_cluster_${process.pid}`;
  const prefix = `qyzmet-bench-${process.pid}-${randomBytes(3).toString("hex")}:`;
  const url = new URL(options.databaseUrl);
  url.searchParams.set("schema", schema);
  const env = {
    DATABASE_URL: url.toString(),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl, REDIS_KEY_PREFIX: prefix } : {}),
  };
  const servers: RunningServer[] = [];
  const rows: ClusterRow[] = [];
  try {
    servers.push(await startNpmStart(env));
    servers.push(await startNpmStart(env));
    for (const count of [1, 2]) {
      for (const cache of ["off", "on"] as const) {
        const running = servers.slice(0, count);
        await load(running, cache, 1); // warm: query plans, caches
        rows.push({
          processes: count,
          standby: "no",
          redis: options.redisUrl ? "yes" : "no",
          cache,
          ...(await load(running, cache, options.durationSeconds)),
        });
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
  if (postgresBin)
    rows.push(
      ...(await withStandby(
        options.redisUrl ? { REDIS_URL: options.redisUrl, REDIS_KEY_PREFIX: `${prefix}standby:` } : {},
        options.durationSeconds,
      )),
    );
  if (options.redisUrl) await deleteKeys(options.redisUrl, prefix);
  return rows;
}

/** The cache-off runs again, the reads on a standby of a private primary. */
async function withStandby(redisEnv: Record<string, string>, durationSeconds: number): Promise<ClusterRow[]> {
  const cluster = await startPgCluster();
  const servers: RunningServer[] = [];
  const rows: ClusterRow[] = [];
  try {
    const env = { DATABASE_URL: cluster.primary.url, DATABASE_REPLICA_URLS: cluster.standby.url, ...redisEnv };
    servers.push(await startNpmStart(env));
    servers.push(await startNpmStart(env));
    await cluster.caughtUp();
    for (const count of [1, 2]) {
      const running = servers.slice(0, count);
      await load(running, "off", 1);
      rows.push({
        processes: count,
        standby: "yes",
        redis: redisEnv.REDIS_URL ? "yes" : "no",
        cache: "off",
        ...(await load(running, "off", durationSeconds)),
      });
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    cluster.destroy();
  }
  return rows;
}
