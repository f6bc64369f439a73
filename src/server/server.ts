/**
 * The HTTP server: GraphQL at /graphql (and the IDE there for browsers),
 * liveness at /health, readiness at /ready. `close()` stops accepting
 * connections, lets in-flight requests finish (up to the grace period) and
 * then closes the database.
 *
 * Directory responses are public and cacheable for `DIRECTORY_MAX_AGE_SECONDS`
 * (see src/graphql/cache.ts for what is not). Automatic
 * Persisted Queries are on (Apollo's in-memory cache, or Redis when the
 * process shares its state: src/shared-state/). Limits: see
 * src/graphql/limits.ts and `MAX_REQUEST_BYTES`.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import express from "express";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import type { Database } from "../db/database.js";
import { isMigrated } from "../db/migrate.js";
import { seededHash } from "../db/seed.js";
import { type Context, createContext } from "../graphql/context.js";
import { cachePolicyPlugin, DIRECTORY_MAX_AGE_SECONDS, getReadsOnlyPlugin } from "../graphql/cache.js";
import { legacyJsonStatusPlugin } from "../graphql/http-status.js";
import { HEAVY_COST, limitsPlugin } from "../graphql/limits.js";
import { compiledExecution } from "../graphql/executor.js";
import { CoalescingDocumentStore } from "../graphql/document-store.js";
import { createLoadersInTurns } from "../graphql/loaders.js";
import {
  DATABASE_RETRY_AFTER_SECONDS,
  databaseUnavailablePlugin,
  isDatabaseUnavailable,
  SERVICE_UNAVAILABLE,
} from "../graphql/unavailable.js";
import { type AppConfig, loadConfig } from "../config/config.js";
import { createAdmission, createGate } from "./admission.js";
import { startControlServer } from "./control.js";
import { join } from "node:path";
import { mountExports } from "../modules/export/export.routes.js";
import { graphqlHttpHandler } from "./graphql-http.js";
import { createResponseCache, MemoryResponseStore, type ResponseCache } from "./response-cache.js";
import { mountIde, wantsIde } from "./ide.js";
import { type Logger, silentLogger } from "./log.js";
import type { SharedRedis } from "../shared-state/redis.js";
import type { ReadRouter } from "../db/replicas.js";
import { RedisPersistedQueryCache } from "../shared-state/persisted-queries.js";
import { RedisResponseStore } from "../shared-state/response-store.js";
import { redisWrongCodeLimiter, setAccessCodeLimiter } from "../modules/access/attempt-limiter.js";
import type { Logger as PinoLogger } from "pino";
import { observabilityPlugin } from "../observability/graphql-plugin.js";
import { createMetrics, type Metrics, metricsHandler } from "../observability/metrics.js";
import { linkRecord, observeRequests } from "../observability/request.js";
import type { Tracing } from "../observability/tracing.js";
import { startPush } from "./push.js";

/** Exports streaming at once (each reads the database batch by batch for as long as its client downloads); more wait or get 503. */
export const EXPORT_CONCURRENCY = 4;

/** Largest request body accepted, in bytes (documented in the README). */
export const MAX_REQUEST_BYTES = 100 * 1024;

export { DIRECTORY_MAX_AGE_SECONDS };

/** The API key a request sends: `Authorization: Bearer <key>` or `X-Api-Key: <key>`. */
export function apiKeyOf(headers: { authorization?: string; "x-api-key"?: string | string[] }): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? "");
  if (bearer) return bearer[1] ?? null;
  const header = headers["x-api-key"];
  const key = Array.isArray(header) ? header[0] : header;
  return key?.trim() || null;
}

/** Codes of errors a client is meant to see; anything else is masked. */
function isClientError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === "string" && code !== "INTERNAL_SERVER_ERROR";
}

/**
 * The one place errors are masked: unexpected failures say nothing about the
 * server's insides to the client, and go to the log (stack only: variables,
 * which may hold personal data, are never logged).
 */
export function createFormatError(logger: Logger) {
  // An unreachable database fails every request: say so once a minute, not once per request.
  const unavailableLog = throttled(60_000);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isDatabaseUnavailable(error)) {
      unavailableLog((missed) =>
        logger.error(
          `the database is unavailable${missed ? ` (${missed} more failures since the last line)` : ""}: ${(error as Error)?.message}`,
        ),
      );
      return { ...SERVICE_UNAVAILABLE, locations: formatted.locations, path: formatted.path };
    }
    if (isClientError(formatted)) return formatted;
    logger.error(
      `unexpected error at ${formatted.path?.join(".") ?? "(request)"}: ${(error as Error)?.stack ?? String(error)}`,
    );
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/** Runs `log` at most once per `intervalMs`, telling it how many calls it skipped. */
function throttled(intervalMs: number) {
  let last = 0;
  let missed = 0;
  return (log: (missed: number) => void) => {
    const now = Date.now();
    if (now - last < intervalMs) {
      missed += 1;
      return;
    }
    last = now;
    log(missed);
    missed = 0;
  };
}

export interface ServerOptions {
  db: Database;
  schema: GraphQLSchema;
  host: string;
  port: number;
  shutdownGraceMs?: number;
  /** Start-up, error and audit lines; with `pino` (src/observability/log.ts), also one line per request at level info. */
  logger?: Logger & { pino?: PinoLogger };
  /** Prometheus metrics and where they are served (default: the configuration's, off). */
  metrics?: AppConfig["metrics"];
  /** Spans for requests, root fields and SQL (started by main.ts from the configuration); null or unset: none. */
  tracing?: Tracing | null;
  /** Answer `__schema`/`__type` (default true; `GRAPHQL_INTROSPECTION=false` turns it off). */
  introspection?: boolean;
  /** Load shedding for the API's routes (default: the configuration's defaults). */
  admission?: AppConfig["admission"];
  /** Limits on how slowly a client may send its request. */
  timeouts?: AppConfig["timeouts"];
  /** Memory for the whole-response cache of public reads, in MB; 0 turns it off (default: the configuration's). */
  responseCacheMb?: number;
  /**
   * Redis shared with the other processes of the service (src/shared-state/):
   * persisted queries, access-code counts and the response cache live there.
   * Absent: in this process's memory. The server closes it.
   */
  redis?: SharedRedis | null;
  /** PostgreSQL standbys for the directory's reads (src/db/replicas.ts); the server closes them. Absent: every read on `db`. */
  reads?: ReadRouter | null;
  /** Webhook deliveries: allowed hosts, timeouts, retries (default: the configuration's, which allows no host). */
  webhooks?: AppConfig["webhooks"];
  /** How often open subscriptions read new events, in ms (default: the configuration's). */
  eventsPollMs?: number;
}

/** What a server started without these options uses: the configuration's defaults. */
const defaults = loadConfig({});

export interface QyzmetServer {
  url: string;
  port: number;
  httpServer: Server;
  apollo: ApolloServer<Context>;
  /** The public reads' response cache; null when off. */
  responseCache: ResponseCache | null;
  /** Requests running, waiting and turned away (see admission.ts). */
  admission: { stats(): ReturnType<ReturnType<typeof createAdmission>["stats"]> };
  /** Where /metrics is served; null when metrics are off. */
  metricsUrl: string | null;
  /** Drains in-flight requests, then closes the database. Safe to call twice. */
  close(): Promise<void>;
}

const hostForUrl = (host: string) => (host.includes(":") ? `[${host}]` : host);

/** The port is taken or the host cannot be bound; the message is one line for the user. */
export class ListenError extends Error {
  override readonly name = "ListenError";
}

/** How long an idle kept-alive connection stays open (README, Run: timeouts). */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export async function startServer(options: ServerOptions): Promise<QyzmetServer> {
  const { db, schema, logger = silentLogger, redis = null, reads = null } = options;
  const directory = reads?.directory ?? db;
  // Numbers repeat across databases, so the counts are per database (and, in Redis, per REDIS_KEY_PREFIX).
  if (redis) setAccessCodeLimiter(db, redisWrongCodeLimiter(redis.client));
  const app = express();
  app.disable("x-powered-by");
  const timeouts = options.timeouts ?? defaults.timeouts;
  // A client that sends its headers or its body slowly is cut off (408) instead of holding a connection open.
  const httpServer = createServer({
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    connectionsCheckingInterval: 1_000,
  });
  // An idle kept-alive connection stays open longer than the clients' and load balancers' own idle limits (60 s is
  // common), so it is they who close it: with Node's 5 s a client reusing a connection the server was closing got
  // ECONNRESET (seen in CI between two slow validations).
  httpServer.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  const admissionConfig = options.admission ?? defaults.admission;
  const admission = createAdmission({ ...admissionConfig, retryAfterSeconds: 1 });
  // Heavy operations wait inside an admitted request: at most half the request slots wait for them, so light requests always find room.
  const heavyGate = createGate({
    maxConcurrent: admissionConfig.maxHeavy,
    maxQueued: Math.max(1, Math.floor(admissionConfig.maxConcurrent / 2)),
    queueTimeoutMs: admissionConfig.queueTimeoutMs,
  });
  const tracing = options.tracing ?? null;
  // Root fields are wrapped before graphql-jit compiles anything: compiled operations keep the resolvers they saw.
  tracing?.traceRootFields(schema);
  const metricsConfig = options.metrics === undefined ? defaults.metrics : options.metrics;
  const metrics: Metrics | null = metricsConfig ? createMetrics() : null;
  if (metrics) db.observeQueries((milliseconds) => metrics.observeQuery(milliseconds));

  const formatError = createFormatError(logger);
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    documentStore: new CoalescingDocumentStore(),
    // main.ts owns SIGTERM/SIGINT: Apollo's own handlers would race ours,
    // stop the server twice and re-raise the signal, and the shutdown hung.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      databaseUnavailablePlugin<Context>(),
      getReadsOnlyPlugin<Context>(),
      limitsPlugin<Context>({
        minCost: HEAVY_COST,
        gate: heavyGate,
        retryAfterSeconds: 1,
        admitted: (context) => {
          context.loaders = createLoadersInTurns(context.directory);
        },
      }),
      cachePolicyPlugin<Context>(),
      legacyJsonStatusPlugin<Context>(),
      observabilityPlugin(),
    ],
    formatError,
    persistedQueries: redis ? { cache: new RedisPersistedQueryCache(redis.client) } : {},
    // Stated rather than left to NODE_ENV, so tests and `npm start` serve the same API.
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    // Apollo's CSRF check refuses every GET without a special header, which
    // plain links, spreadsheets and CDNs cannot send. No request carries
    // ambient credentials (keys travel in headers, never cookies), so a forged
    // cross-site request is only an anonymous one; the JSON-only POST rule (graphql-http.ts) and
    // `getReadsOnly` keep what the check still protects (schema/README.md).
    csrfPrevention: false,
  });
  await apollo.start();
  // Webhooks and subscriptions (push.ts): events leave the process from here on, until close().
  const push = startPush({
    db,
    directory,
    schema,
    httpServer,
    path: "/graphql",
    redis,
    webhooks: options.webhooks ?? defaults.webhooks,
    eventsPollMs: options.eventsPollMs ?? defaults.eventsPollMs,
    logger,
    formatError,
  });

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
  });

  app.get("/ready", async (_req, res) => {
    try {
      const migrated = await isMigrated(db);
      const seeded = migrated ? (await seededHash(db)) !== null : false;
      const ready = migrated && seeded;
      // Redis down degrades (README, "Running several replicas") but does not make the process unready:
      // taking every replica out of the balancer at once for it would turn a degradation into an outage.
      const shared = {
        ...(redis ? { redis: redis.available() ? "ok" : "unavailable" } : {}),
        // A standby that is out only moves its reads to the primary: reported, not a reason to be unready.
        ...(reads ? { standbys: reads.status().map((standby) => (standby.up ? "ok" : "unavailable")) } : {}),
      };
      res
        .status(ready ? 200 : 503)
        .json({ status: ready ? "ready" : "not-ready", database: db.kind, migrated, seeded, ...shared });
    } catch (error) {
      const unavailable = isDatabaseUnavailable(error);
      res
        .status(503)
        .set("retry-after", String(DATABASE_RETRY_AFTER_SECONDS))
        .json({
          status: "not-ready",
          database: db.kind,
          ...(unavailable ? { reason: "database-unavailable" } : {}),
          error: (error as Error).message,
        });
    }
  });

  mountIde(app, "/graphql");
  // Exports stream for as long as a client reads: slots of their own, so slow downloads cannot starve GraphQL.
  const exportAdmission = createAdmission({
    maxConcurrent: EXPORT_CONCURRENCY,
    maxQueued: 2 * EXPORT_CONCURRENCY,
    queueTimeoutMs: 5_000,
    maxEventLoopDelayMs: 0,
    retryAfterSeconds: 5,
  });
  app.use(["/export", "/hsds", "/cpsv-ap"], exportAdmission.middleware);
  mountExports(app, directory);

  const cacheMb = options.responseCacheMb ?? defaults.responseCacheMb;
  const cacheBytes = cacheMb * 1024 * 1024;
  const responseStore = redis ? new RedisResponseStore(redis.client, cacheBytes) : new MemoryResponseStore(cacheBytes);
  const responseCache = cacheMb > 0 ? await createResponseCache(db, responseStore) : null;
  const graphql = graphqlHttpHandler({
    apollo,
    cache: responseCache,
    maxBodyBytes: MAX_REQUEST_BYTES,
    admit: admission.admit,
    context: async (req) => {
      const context = createContext(db, apiKeyOf(req.headers), req.socket.remoteAddress ?? null, directory);
      linkRecord(context, req);
      return context;
    },
  });
  metrics?.setSources({
    admission: () => ({ graphql: admission.stats(), heavy: heavyGate.stats(), export: exportAdmission.stats() }),
    pool: () => db.poolStats(),
    responseCache: () => responseCache?.stats() ?? null,
  });
  const serveMetrics = metrics && metricsConfig ? metricsHandler(metrics, metricsConfig.token) : null;
  // On the API's port only when no port of their own is set (and then always behind the token: see config.ts).
  const metricsOnApiPort = serveMetrics && metricsConfig?.port === null ? serveMetrics : null;
  // /graphql is served on Node's own objects (graphql-http.ts), but for a browser asking for the IDE.
  const route = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/graphql" && !wantsIde(req)) graphql(req, res);
    else if (path === "/metrics" && metricsOnApiPort) metricsOnApiPort(req, res);
    else app(req, res);
  };
  httpServer.on("request", observeRequests({ log: logger.pino ?? null, metrics, tracing }, route));

  app.use((_req, res) => {
    res.status(404).json({
      error: "not found",
      endpoints: ["/graphql", "/export", "/hsds", "/cpsv-ap/services.jsonld", "/health", "/ready"],
    });
  });

  httpServer.listen(options.port, options.host);
  try {
    await Promise.race([
      once(httpServer, "listening"),
      once(httpServer, "error").then(([error]) => Promise.reject(error)),
    ]);
  } catch (error) {
    await apollo.stop().catch(() => undefined);
    await push.close().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      throw new ListenError(`port ${options.port} on ${options.host} is already in use (set PORT to another port)`);
    if (code === "EACCES")
      throw new ListenError(`no permission to listen on port ${options.port} (use a port above 1023)`);
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND")
      throw new ListenError(`cannot listen on host ${options.host} (set HOST to an address of this machine)`);
    throw error;
  }
  const port = (httpServer.address() as AddressInfo).port;
  let metricsServer: Server | null = null;
  let metricsUrl: string | null = metricsOnApiPort ? `http://${hostForUrl(options.host)}:${port}/metrics` : null;
  if (serveMetrics && metricsConfig?.port !== null && metricsConfig) {
    // A listener of its own, loopback by default: a scraper on the host or a sidecar reaches it, the internet does not.
    const listener = createServer((req, res) => {
      if ((req.url ?? "/").split("?")[0] === "/metrics") return serveMetrics(req, res);
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found: metrics are at /metrics\n");
    });
    listener.listen(metricsConfig.port, metricsConfig.host);
    try {
      await Promise.race([
        once(listener, "listening"),
        once(listener, "error").then(([error]) => Promise.reject(error)),
      ]);
    } catch (error) {
      httpServer.close();
      await apollo.stop().catch(() => undefined);
      await push.close().catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE")
        throw new ListenError(
          `port ${metricsConfig.port} on ${metricsConfig.host} is already in use (set METRICS_PORT to another port)`,
        );
      throw new ListenError(
        `cannot listen for metrics on ${metricsConfig.host}:${metricsConfig.port} (${(error as Error).message}; check METRICS_HOST and METRICS_PORT)`,
      );
    }
    metricsServer = listener;
    metricsUrl = `http://${hostForUrl(metricsConfig.host)}:${(listener.address() as AddressInfo).port}/metrics`;
  }
  // The embedded database's folder has one writer, this process: offer its owner the commands
  // (issuing the first admin key) that would otherwise need the folder (see control.ts).
  let control: { close(): Promise<void> } | null = null;
  if (db.lock && db.privateDir) {
    const path = join(db.privateDir, "control.sock");
    control = await startControlServer(db, path);
    db.lock.update({ controlSocket: path });
  }
  const shownHost = hostForUrl(options.host);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const grace = options.shutdownGraceMs ?? 10_000;
      const timer = setTimeout(() => httpServer.closeAllConnections(), grace);
      try {
        await apollo.stop();
      } finally {
        clearTimeout(timer);
        admission.stop();
        exportAdmission.stop();
        responseCache?.stop();
        await push.close();
        metricsServer?.closeAllConnections();
        metricsServer?.close();
        await tracing?.shutdown();
        await control?.close();
        await redis?.close();
        await reads?.close();
        await db.close();
      }
    })();
    return closing;
  };

  logger.debug(`listening on ${shownHost}:${port}`);
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    httpServer,
    apollo,
    admission,
    responseCache,
    metricsUrl,
    close,
  };
}
