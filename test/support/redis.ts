/**
 * Redis for tests: the shared one named by TEST_REDIS_URL (CI sets it), used
 * only under a key prefix of the test's own and cleaned up key by key (never
 * FLUSHALL/FLUSHDB: other tests and engineers share it); or a private
 * `redis-server` on a free port, for tests that stop it.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { Redis } from "ioredis";

export const redisUrl = process.env.TEST_REDIS_URL || "";

/** Whether a `redis-server` binary is on PATH (the private server needs one). */
export const hasRedisServer = spawnSync("sh", ["-c", "command -v redis-server"]).status === 0;

/** A prefix no other run uses, e.g. `qyzmet-test-1234-9f3a:`. */
export const uniquePrefix = (name: string) => `qyzmet-test-${name}-${process.pid}-${randomBytes(3).toString("hex")}:`;

/** Deletes every key under `prefix` (SCAN, so a large shared Redis is not blocked). */
export async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}

/** A `redis-server` of the test's own, in memory only, on `port`; `stop()` kills it (SIGKILL: Redis dying, not shutting down). */
export async function startRedisServer(port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // Refusals until the server listens are expected; connect() reports them.
  probe.on("error", () => undefined);
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      break;
    } catch (error) {
      probe.disconnect();
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`redis-server on port ${port} did not start: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGKILL");
      await once(child, "exit");
    },
  };
}
