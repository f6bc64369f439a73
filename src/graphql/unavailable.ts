/**
 * The database cannot be reached: a condition of the service, not a bug and
 * not the client's fault. The whole request is answered 503 with
 * `Retry-After` and one error, `SERVICE_UNAVAILABLE`, so a client can tell
 * "try again later" from a failure worth reporting. The pool reconnects by
 * itself; the next request after the database is back succeeds.
 */
import type { ApolloServerPlugin } from "@apollo/server";

/** Seconds a client is told to wait before trying again. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOENT",
]);
/** SQLSTATEs of an unusable connection: class 08, the server shutting down or starting (57P01–57P03), too many connections. */
const UNAVAILABLE_SQLSTATES = /^(08\w{3}|57P0[123]|53300)$/;
/** Prisma's codes for an unreachable server, a lost connection and a pool that gave none in time. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** What `pg` and Prisma's driver adapters say when a connection is gone or never came. */
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Can't reach database server|Connection is not open|connection timeout|the database system is (?:starting up|shutting down)|terminating connection due to administrator command/i;
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** True when `error`, or anything it wraps, says the database cannot be used right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const candidate = error as {
    code?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
    originalError?: unknown;
  };
  if (
    typeof candidate.code === "string" &&
    (NETWORK_CODES.has(candidate.code) ||
      UNAVAILABLE_SQLSTATES.test(candidate.code) ||
      PRISMA_CODES.has(candidate.code))
  ) {
    return true;
  }
  if (typeof candidate.kind === "string" && ADAPTER_KINDS.has(candidate.kind)) return true;
  if (typeof candidate.message === "string" && MESSAGES.test(candidate.message)) return true;
  return isDatabaseUnavailable(candidate.cause, depth + 1) || isDatabaseUnavailable(candidate.originalError, depth + 1);
}

export const SERVICE_UNAVAILABLE = {
  message: `the database is unavailable; try again in ${DATABASE_RETRY_AFTER_SECONDS} s`,
  extensions: {
    code: "SERVICE_UNAVAILABLE",
    reason: "database-unavailable",
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  },
} as const;

/**
 * Turns a response that met an unavailable database (formatError gave those
 * errors the code) or another unavailable service into one 503 for the whole request: a partial answer
 * would look like data the directory does not have.
 */
export function databaseUnavailablePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors ?? [];
          const first = errors.find((error) => error.extensions?.code === SERVICE_UNAVAILABLE.extensions.code);
          if (!first) return;
          // The database's, or another shared service's (the access-code limiter's Redis): its own reason and wait.
          const retryAfter = Number(first.extensions?.retryAfterSeconds) || DATABASE_RETRY_AFTER_SECONDS;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(retryAfter));
          response.http.headers.set("cache-control", "no-store");
          response.body.singleResult = { errors: [{ message: first.message, extensions: first.extensions }] };
        },
      };
    },
  };
}
