/**
 * Redis going away under `npm start`, as an operator meets it: a
 * `redis-server` of the test's own is killed and started again on the same
 * port. While it is gone the directory keeps answering (the response cache
 * is bypassed, a persisted-query hash is "not found" and the whole query
 * runs), tracking lookups fail closed with a typed 503, the outage is logged
 * once, and everything comes back by itself when Redis does.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITER_RETRY_AFTER_SECONDS } from "../../src/modules/access/attempt-limiter.js";
import pg from "pg";
import { postgresUrl } from "../support/database.js";
import { type RunningServer, startNpmStart } from "../support/process.js";
import { freePort, hasRedisServer, startRedisServer } from "../support/redis.js";

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

describe.skipIf(!hasRedisServer)("Redis unavailable under npm start (needs redis-server on PATH)", () => {
  let redisPort: number;
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let server: RunningServer;

  // PostgreSQL when the suite has one (it starts in a third of the time an in-memory PGlite loads the directory in).
  const schema = `qyzmet_redis_down_${process.pid}`;
  const databaseUrl = () => {
    if (!postgresUrl) return "memory:";
    const url = new URL(postgresUrl);
    url.searchParams.set("schema", schema);
    return url.toString();
  };

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedisServer(redisPort);
    server = await startNpmStart({ DATABASE_URL: databaseUrl(), REDIS_URL: redis.url });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await redis?.stop();
    if (!postgresUrl) return;
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  const post = async (body: object, headers: Record<string, string> = {}) => {
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as Answer };
  };
  const lookUp = () => post({ query: '{ applicationByNumber(number: "A-2026-0000001", accessCode: "WRONG-CODE") { number } }' });
  const query = "{ regions(first: 1) { totalCount } }";
  const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
  const unavailableLines = () => server.stderr().match(/Redis \S+ is unavailable/g)?.length ?? 0;

  it("keeps answering reads, runs whole queries for unknown hashes and refuses tracking lookups with a typed 503 while Redis is down", async () => {
    expect((await lookUp()).body).toEqual({ data: { applicationByNumber: null } });
    await redis.stop();
    for (let i = 0; i < 3; i++) {
      // A read the cache would serve, and a fresh one: both run.
      expect(await post({ query })).toMatchObject({ status: 200, body: { data: { regions: { totalCount: 16 } } } });
      expect(await post({ query }, { "cache-control": "no-cache" })).toMatchObject({ status: 200, body: { data: { regions: { totalCount: 16 } } } });
      expect((await post({ extensions: { persistedQuery } })).body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
      expect(await post({ query, extensions: { persistedQuery } })).toMatchObject({ status: 200, body: { data: { regions: { totalCount: 16 } } } });
      const refused = await lookUp();
      expect(refused.status).toBe(503);
      expect(refused.retryAfter).toBe(String(LIMITER_RETRY_AFTER_SECONDS));
      expect(refused.body).toEqual({
        errors: [{ message: expect.stringContaining("access codes cannot be checked"), extensions: { code: "SERVICE_UNAVAILABLE", reason: "attempt-limiter-unavailable", retryAfterSeconds: LIMITER_RETRY_AFTER_SECONDS } }],
      });
    }
    const ready = await fetch(new URL("/ready", server.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", redis: "unavailable" });
    expect(unavailableLines()).toBe(1);
  });

  it("recovers by itself once Redis is back, and logs that once", async () => {
    redis = await startRedisServer(redisPort);
    await expect.poll(async () => (await lookUp()).body, { timeout: 5_000, interval: 100 }).toEqual({ data: { applicationByNumber: null } });
    await post({ query, extensions: { persistedQuery } });
    await expect.poll(async () => (await post({ extensions: { persistedQuery } })).body, { timeout: 2_000 }).toEqual({ data: { regions: { totalCount: 16 } } });
    expect(await (await fetch(new URL("/ready", server.url))).json()).toMatchObject({ redis: "ok" });
    expect(server.stderr()).toMatch(/Redis \S+ is back/);
    expect(unavailableLines()).toBe(1);
  });
});
