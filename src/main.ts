/**
 * `npm start`: open the database (embedded PGlite unless DATABASE_URL says
 * otherwise), apply migrations, load the directory when it changed, serve.
 */
import { ConfigError, loadConfig, redact } from "./config/config.js";
import { prepareDatabase } from "./db/prepare.js";
import { buildGraphQLSchema } from "./graphql/schema.js";
import { createLogger } from "./server/log.js";
import { startTracing } from "./observability/tracing.js";
import { startServer } from "./server/server.js";
import { isExpectedStartupError } from "./db/errors.js";
import { ListenError } from "./server/server.js";
import { setAuditSink } from "./modules/write/personal-data.js";
import { connectRedis } from "./shared-state/redis.js";
import { openReplica } from "./db/database.js";
import { routeReads } from "./db/replicas.js";
import { referenceTables } from "./db/reference-tables.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, {
    format: config.logFormat === "auto" ? (process.stderr.isTTY ? "pretty" : "json") : config.logFormat,
  });
  // Before anything opens a database connection: the SQL spans wrap pg's client.
  const tracing = config.tracing ? startTracing(config.tracing) : null;
  // Audit lines arrive with personal data already masked.
  setAuditSink((line) => logger.info(line));
  const started = performance.now();
  const db = await prepareDatabase(config, logger);
  const redis = config.redis ? await connectRedis(config.redis.url, config.redis.keyPrefix, logger) : null;
  const reads = config.replicas.length
    ? routeReads(
        db,
        config.replicas.map((replica) => openReplica(replica)),
        logger,
      )
    : null;
  // The first Prisma query loads its query compiler (WebAssembly: a third of a second of the one thread) and
  // the held tables fill: done here, before the port opens, rather than in the first clients' requests.
  const [schema] = await Promise.all([buildGraphQLSchema(), referenceTables(db)]);
  const server = await startServer({
    db,
    schema,
    host: config.host,
    port: config.port,
    shutdownGraceMs: config.shutdownGraceMs,
    introspection: config.introspection,
    admission: config.admission,
    timeouts: config.timeouts,
    responseCacheMb: config.responseCacheMb,
    redis,
    reads,
    metrics: config.metrics,
    webhooks: config.webhooks,
    eventsPollMs: config.eventsPollMs,
    tracing,
    logger,
  }).catch(async (error: unknown) => {
    await redis?.close();
    await reads?.close();
    await db.close();
    throw error;
  });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: draining requests and closing the database`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: tsx's loader also listens, and kills the process itself
  // when it finds no other listener left.
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  // Announce readiness only once the handlers are in place: a supervisor may
  // signal as soon as it reads this line, and an unhandled SIGTERM kills at once.
  if (server.metricsUrl)
    logger.info(`metrics at ${server.metricsUrl}${config.metrics?.token ? " (bearer token required)" : ""}`);
  if (config.tracing) logger.info(`traces go to ${config.tracing.url} as ${config.tracing.serviceName}`);
  const shared =
    (config.redis ? `, shared state in Redis ${redact(config.redis.url)} under ${config.redis.keyPrefix}` : "") +
    (config.replicas.length ? `, directory reads on ${config.replicas.length} standby(s)` : "");
  logger.info(
    `Qyzmet serves ${server.url} (${db.description}${shared}), ready in ${Math.round(performance.now() - started)} ms`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ListenError || isExpectedStartupError(error)) {
    process.stderr.write(`qyzmet: ${(error as Error).message}\n`);
  } else {
    process.stderr.write(`qyzmet: unexpected error during start-up\n${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
