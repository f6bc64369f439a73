/**
 * Redis missing at start and going away under `npm start`, as an operator
 * meets it: the process starts before a `redis-server` of the test's own
 * listens on its port; later that server is killed and started again. While
 * it is gone the directory keeps answering (the response cache
 * is bypassed, a persisted-query hash is "not found" and the whole query
 * runs), tracking lookups fail closed with a typed 503, each outage is
 * logged once, and everything comes back by itself when Redis does.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITER_RETRY_AFTER_SECONDS } from "../../src/modules/access/attempt-limiter.js";
import pg from "pg";
import { postgresUrl } from "../support/database.js";
import { type RunningServer, startNpmStart } from "../support/process.js";
import { freePort } from "../support/net.js";
import { hasRedisServer, startRedisServer } from "../support/redis.js";

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

describe.skipIf(!hasRedisServer)("Redis unavailable under npm start (needs redis-server on PATH)", () => {
  let redisPort: number;
  let redis: Awaited<ReturnType<typeof startRedisServer>> | undefined;
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
    // Nothing listens there yet: the process must start anyway.
    server = await startNpmStart({ DATABASE_URL: databaseUrl(), REDIS_URL: `redis://127.0.0.1:${redisPort}` });
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
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      body: (await response.json()) as Answer,
    };
  };
  const lookUp = () =>
    post({ query: '{ applicationByNumber(number: "A-2026-0000001", accessCode: "WRONG-CODE") { number } }' });
  const query = "{ regions(first: 1) { totalCount } }";
  const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
  const unavailableLines = () => server.stderr().match(/Redis \S+ is unavailable/g)?.length ?? 0;

  /** Everything a Redis outage may and may not change, asked three times. */
  const expectDegraded = async () => {
    for (let i = 0; i < 3; i++) {
      // A read the cache would serve, and a fresh one: both run.
      expect(await post({ query })).toMatchObject({ status: 200, body: { data: { regions: { totalCount: 16 } } } });
      expect(await post({ query }, { "cache-control": "no-cache" })).toMatchObject({
        status: 200,
        body: { data: { regions: { totalCount: 16 } } },
      });
      expect((await post({ extensions: { persistedQuery } })).body.errors?.[0]?.extensions?.code).toBe(
        "PERSISTED_QUERY_NOT_FOUND",
      );
      expect(await post({ query, extensions: { persistedQuery } })).toMatchObject({
        status: 200,
        body: { data: { regions: { totalCount: 16 } } },
      });
      const refused = await lookUp();
      expect(refused.status).toBe(503);
      expect(refused.retryAfter).toBe(String(LIMITER_RETRY_AFTER_SECONDS));
      expect(refused.body).toEqual({
        errors: [
          {
            message: expect.stringContaining("access codes cannot be checked"),
            extensions: {
              code: "SERVICE_UNAVAILABLE",
              reason: "attempt-limiter-unavailable",
              retryAfterSeconds: LIMITER_RETRY_AFTER_SECONDS,
            },
          },
        ],
      });
    }
    const ready = await fetch(new URL("/ready", server.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", redis: "unavailable" });
  };

  /** Shared state works again: a wrong code is counted (null, not 503) and a hash registers. */
  const expectRecovered = async () => {
    await expect
      .poll(async () => (await lookUp()).body, { timeout: 5_000, interval: 100 })
      .toEqual({ data: { applicationByNumber: null } });
    await post({ query, extensions: { persistedQuery } });
    await expect
      .poll(async () => (await post({ extensions: { persistedQuery } })).body, { timeout: 2_000 })
      .toEqual({ data: { regions: { totalCount: 16 } } });
    expect(await (await fetch(new URL("/ready", server.url))).json()).toMatchObject({ redis: "ok" });
  };

  it("starts without Redis and serves degraded: reads answer, unknown hashes run whole, tracking lookups get a typed 503", async () => {
    await expectDegraded();
    expect(unavailableLines()).toBe(1);
  });

  it("picks Redis up by itself once it listens", async () => {
    redis = await startRedisServer(redisPort);
    await expectRecovered();
    expect(server.stderr().match(/Redis \S+ is back/g)).toHaveLength(1);
  });

  it("degrades the same way when Redis dies under it, logs that once, and recovers when it returns", async () => {
    await redis!.stop();
    await expectDegraded();
    expect(unavailableLines()).toBe(2);
    redis = await startRedisServer(redisPort);
    await expectRecovered();
    expect(server.stderr().match(/Redis \S+ is back/g)).toHaveLength(2);
    expect(unavailableLines()).toBe(2);
  });
});
