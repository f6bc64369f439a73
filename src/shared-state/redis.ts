/**
 * The one Redis connection a process holds when `REDIS_URL` is set: the
 * persisted-query cache, the access-code limiter and the response cache of
 * every process share their state through it (README, "Running several
 * replicas").
 *
 * Redis is an optimisation and a shared counter, never a reason to stop
 * answering the directory, so the connection fails fast instead of queueing:
 *
 * - `enableOfflineQueue: false`: while it is not connected, a command fails
 *   at once (a request would otherwise wait for a Redis that may not come);
 * - `commandTimeout`: a Redis that stops answering without closing the
 *   connection fails a command after `COMMAND_TIMEOUT_MS` too;
 * - it reconnects by itself, forever, every `RECONNECT_MAX_MS` at most, so
 *   the service recovers without a restart;
 * - losing it and getting it back are each logged once, not per request.
 *
 * Every key is under `REDIS_KEY_PREFIX` (ioredis' `keyPrefix`), so several
 * deployments, or tests, can share one Redis without seeing each other.
 */
import { Redis } from "ioredis";
import type { Logger } from "../server/log.js";
import { redact } from "../config/config.js";

/** A command that gets no answer within this fails (ms). */
export const COMMAND_TIMEOUT_MS = 500;
/** Longest wait between two reconnection attempts (ms). */
export const RECONNECT_MAX_MS = 1_000;
/** How long start-up waits for Redis before serving without it (ms). */
export const CONNECT_WAIT_MS = 3_000;

export interface SharedRedis {
  client: Redis;
  /** Whether commands can be sent now. */
  available(): boolean;
  close(): Promise<void>;
}

export async function connectRedis(url: string, keyPrefix: string, logger: Logger): Promise<SharedRedis> {
  const client = new Redis(url, {
    keyPrefix,
    enableOfflineQueue: false,
    commandTimeout: COMMAND_TIMEOUT_MS,
    // A command is not retried on another connection: the caller degrades instead.
    maxRetriesPerRequest: 0,
    connectTimeout: COMMAND_TIMEOUT_MS * 2,
    retryStrategy: (attempt) => Math.min(attempt * 100, RECONNECT_MAX_MS),
    // ioredis would otherwise re-send the commands of a lost connection after reconnecting.
    autoResendUnfulfilledCommands: false,
  });
  const shown = redact(url);
  let down = false;
  let closing = false;
  client.on("ready", () => {
    if (down) logger.info(`Redis ${shown} is back: shared state restored`);
    down = false;
  });
  // ioredis emits an error per failed attempt; one line per outage is enough.
  const lost = (reason: string) => {
    if (down) return;
    down = true;
    logger.error(`Redis ${shown} is unavailable (${reason}): serving without shared state, retrying in the background`);
  };
  client.on("error", (error: Error) => lost(error.message));
  client.on("close", () => {
    if (!closing) lost("connection closed");
  });

  // Wait a little for the first connection, so that the first requests find it; then serve regardless.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      client.off("ready", done);
      client.off("error", done);
      resolve();
    };
    client.once("ready", done);
    client.once("error", done);
  });

  return {
    client,
    available: () => client.status === "ready",
    async close() {
      closing = true;
      client.disconnect();
    },
  };
}
