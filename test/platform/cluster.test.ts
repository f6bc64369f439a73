/**
 * Two `npm start` processes as one service: one PostgreSQL schema, one Redis
 * (under a key prefix of this run's own), started at once on an empty
 * schema (each migration is applied, and the directory loaded, once). What one process learns, the other
 * knows: a persisted query registered through A is served by B, wrong access
 * codes sent to A and B count against one budget that survives a restart,
 * and an answer A put in the response cache is what B serves.
 */
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMigrations } from "../../prisma/migrations.js";
import { MAX_FAILED_LOOKUPS } from "../../src/modules/access/attempt-limiter.js";
import { postgresUrl } from "../support/database.js";
import { type RunningServer, startNpmStart } from "../support/process.js";
import { deleteKeys, redisUrl, uniquePrefix } from "../support/redis.js";

const schema = `qyzmet_cluster_${process.pid}`;
const prefix = uniquePrefix("cluster");

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

const post = async (server: RunningServer, body: object, headers: Record<string, string> = {}) => {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer };
};

describe.skipIf(!postgresUrl || !redisUrl)(
  "two npm start processes sharing PostgreSQL and Redis (needs TEST_DATABASE_URL and TEST_REDIS_URL)",
  () => {
    let a: RunningServer;
    let b: RunningServer;
    let redis: Redis;
    const env = () => {
      const url = new URL(postgresUrl);
      url.searchParams.set("schema", schema);
      return { DATABASE_URL: url.toString(), REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix };
    };

    beforeAll(async () => {
      // Both at once on an empty schema, as an orchestrator starts replicas: advisory locks make one migrate and load.
      [a, b] = await Promise.all([startNpmStart(env()), startNpmStart(env())]);
      redis = new Redis(redisUrl, { keyPrefix: prefix });
    }, 180_000);

    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      redis?.disconnect();
      await deleteKeys(redisUrl, prefix);
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    });

    it("migrates and loads the directory once when both start at once on an empty database", () => {
      const logs = [a.stderr(), b.stderr()];
      // Each migration is its own locked transaction, so the two may take turns; none is applied twice.
      const applied = logs.flatMap((log) => /applied migrations: ([^"\n]*)/.exec(log)?.[1]?.split(", ") ?? []);
      expect(applied.sort()).toEqual(
        listMigrations()
          .map((migration) => migration.name)
          .sort(),
      );
      expect(logs.filter((log) => /loaded the directory \(\d+ rows inserted/.test(log))).toHaveLength(1);
      expect(logs.filter((log) => log.includes("directory already loaded"))).toHaveLength(1);
    });

    it("serves through B a persisted query registered through A", async () => {
      const query = `{ regions(first: 2) { totalCount nodes { slug } } } # ${prefix}`;
      const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
      // no-cache: run by Apollo, not answered by the response cache.
      const fresh = { "cache-control": "no-cache" };
      const unknown = await post(b, { extensions: { persistedQuery } }, fresh);
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
      const registered = await post(a, { query, extensions: { persistedQuery } }, fresh);
      expect(registered.body.data?.regions.totalCount).toBe(16);
      // Apollo registers after answering, without waiting: give the write a moment.
      await expect.poll(() => redis.exists(`apq:${persistedQuery.sha256Hash}`), { timeout: 2_000 }).toBe(1);
      const served = await post(b, { extensions: { persistedQuery } }, fresh);
      expect(served).toEqual({ status: 200, body: registered.body });
    });

    const LOOKUP =
      'query($code: String) { applicationByNumber(number: "A-2026-0000001", accessCode: $code) { number } }';
    const lookUp = (server: RunningServer) => post(server, { query: LOOKUP, variables: { code: "WRONG-CODE" } });

    it(`counts wrong codes sent to A and to B against one budget of ${MAX_FAILED_LOOKUPS}`, async () => {
      for (let i = 0; i < MAX_FAILED_LOOKUPS; i++) {
        const answer = await lookUp(i % 2 === 0 ? a : b);
        expect(answer.body).toEqual({ data: { applicationByNumber: null } });
      }
      for (const server of [a, b]) {
        const refused = await lookUp(server);
        expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_ATTEMPTS", scope: "NUMBER" });
      }
    });

    it("keeps the count when a process restarts", async () => {
      await b.stop();
      b = await startNpmStart(env());
      const refused = await lookUp(b);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_ATTEMPTS", scope: "NUMBER" });
    }, 120_000);

    it("answers through B from what A put in the response cache", async () => {
      const query = `{ regions(first: 1) { nodes { slug } } } # response cache ${prefix}`;
      const first = await post(a, { query });
      expect(first.status).toBe(200);
      // Find A's entry in the shared store and mark it: only a B that reads the store can answer with the mark.
      const entries = await redis.hgetall("rc:entries");
      const [key, stored] =
        Object.entries(entries).find(([, value]) =>
          isDeepStrictEqual(JSON.parse(JSON.parse(value).body), first.body),
        ) ?? [];
      expect(key).toBeDefined();
      const marked = { data: { regions: { nodes: [{ slug: "served-from-the-shared-cache" }] } } };
      await redis.hset("rc:entries", key!, JSON.stringify({ ...JSON.parse(stored!), body: JSON.stringify(marked) }));
      expect(await post(b, { query })).toEqual({ status: 200, body: marked });
      // And a fresh request (no-cache) runs the query instead.
      expect((await post(b, { query }, { "cache-control": "no-cache" })).body).toEqual(first.body);
    });
  },
);
