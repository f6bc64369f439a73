/**
 * Qyzmet's configuration: read from the environment once, validated here, and
 * handed to everything else as a plain object. Nothing else reads
 * `process.env`.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Where the embedded database lives: a PGlite data directory, or memory (tests). */
export type DatabaseConfig =
  | { kind: "pglite"; dataDir: string | null }
  | { kind: "postgres"; url: string; poolSize: number; schema: string | null };

export interface AppConfig {
  host: string;
  port: number;
  database: DatabaseConfig;
  /**
   * PostgreSQL standbys of `database` (`DATABASE_REPLICA_URLS`): the
   * directory's reads go to them (src/db/replicas.ts), everything else to
   * `database`. Each works in `database`'s schema.
   */
  replicas: Extract<DatabaseConfig, { kind: "postgres" }>[];
  /** Load seeds/data on start when it changed since the last load (default true). */
  seedOnStart: boolean;
  /** Requests still running this long after SIGTERM are cut off. */
  shutdownGraceMs: number;
  logLevel: "silent" | "error" | "info" | "debug";
  /**
   * Whether the schema answers introspection (`__schema`, `__type`). On by
   * default: the directory is public and its SDL is committed, and IDEs and
   * code generators need it.
   */
  introspection: boolean;
  /** How many API requests run at once, wait, and for how long; see src/server/admission.ts. */
  admission: {
    maxConcurrent: number;
    maxQueued: number;
    queueTimeoutMs: number;
    maxEventLoopDelayMs: number;
    maxHeavy: number;
  };
  /** A client must send its headers within `headersMs` and its whole request within `requestMs`. */
  timeouts: { headersMs: number; requestMs: number };
  /** Memory for the public directory's whole-response cache (src/server/response-cache.ts), in MB; 0 turns it off. */
  responseCacheMb: number;
  /** JSON lines, or lines for a person; "auto" is pretty when stderr is a terminal (main.ts decides). */
  logFormat: "json" | "pretty" | "auto";
  /**
   * Prometheus metrics (src/observability/metrics.ts); null, the default, is off.
   * Metrics reveal traffic, so they are never public: on a listener of their own
   * (`port`, on `host`, loopback by default), and/or behind a bearer `token`.
   */
  metrics: { port: number | null; host: string; token: string | null } | null;
  /** OpenTelemetry traces over OTLP/HTTP JSON (src/observability/tracing.ts); null, the default, is off. */
  tracing: TracingConfig | null;
  /**
   * State shared by several processes (src/shared-state/): the persisted
   * queries, the access-code counts and the response cache. null: each
   * process keeps its own in memory (one process needs nothing installed).
   */
  redis: RedisConfig | null;
  /** Webhook deliveries (src/modules/webhook/): where they may go, how long they wait, how they are retried. */
  webhooks: WebhookConfig;
  /** How often a process with open subscriptions reads new events (ms); src/modules/events/events.hub.ts. */
  eventsPollMs: number;
}

export interface WebhookConfig {
  /**
   * `WEBHOOK_ALLOWED_HOSTS`: the hosts a webhook may point at, lower-cased:
   * a host name (`hooks.portal.kz`), a wildcard for its subdomains
   * (`*.portal.kz`), an IP address, or an IPv4 range (`10.1.0.0/16`).
   * Empty, the default: no webhook can be registered or sent.
   */
  allowedHosts: string[];
  /** `WEBHOOK_ALLOW_HTTP`: also allow http:// URLs (default: https:// only). */
  allowHttp: boolean;
  /** A receiver must answer within this (ms). */
  timeoutMs: number;
  /** The first retry waits about this long (ms); each next one twice as long, up to `retryMaxMs`, with jitter. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Attempts in all, then the delivery is FAILED. */
  maxAttempts: number;
  /** How often each process looks for due deliveries when nothing woke it (ms). */
  pollMs: number;
}

/** `REDIS_URL` (redis:// or rediss://, a database number as its path) and the prefix of every key Qyzmet writes. */
export interface RedisConfig {
  url: string;
  keyPrefix: string;
}

export interface TracingConfig {
  /** Where spans are POSTed (…/v1/traces). */
  url: string;
  serviceName: string;
  /** Which traces are kept (`OTEL_TRACES_SAMPLER`, `OTEL_TRACES_SAMPLER_ARG`); the ratio only for the ratio samplers. */
  sampler: { kind: (typeof SAMPLERS)[number]; ratio: number };
  /** The batch span processor (`OTEL_BSP_*`), with the specification's defaults. */
  batch: {
    scheduledDelayMillis: number;
    maxQueueSize: number;
    maxExportBatchSize: number;
    exportTimeoutMillis: number;
  };
}

/** The standard samplers' names (`OTEL_TRACES_SAMPLER`). */
export const SAMPLERS = [
  "always_on",
  "always_off",
  "traceidratio",
  "parentbased_always_on",
  "parentbased_always_off",
  "parentbased_traceidratio",
] as const;

/** A configuration value that cannot be used; its message is the one line the user sees. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw.trim()))
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

/**
 * `DATABASE_URL` unset: the embedded PGlite under `PGLITE_DIR` (default
 * `.data/pglite`). `postgres://` / `postgresql://`: a PostgreSQL server.
 * `memory:`: an embedded PGlite that lives only as long as the process.
 */
export function parseDatabaseUrl(url: string | undefined, env: Env = {}): DatabaseConfig {
  if (url === undefined || url.trim() === "") {
    return { kind: "pglite", dataDir: resolve(PROJECT_ROOT, env.PGLITE_DIR?.trim() || ".data/pglite") };
  }
  const trimmed = url.trim();
  if (trimmed === "memory:" || trimmed === "pglite:memory") return { kind: "pglite", dataDir: null };
  if (trimmed.startsWith("pglite:")) {
    const dir = trimmed.slice("pglite:".length).replace(/^\/\//, "");
    if (!dir) throw new ConfigError(`DATABASE_URL "${url}" names no PGlite directory (use pglite:./path or memory:)`);
    return { kind: "pglite", dataDir: resolve(PROJECT_ROOT, dir) };
  }
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new ConfigError(
      `DATABASE_URL is not a valid URL: "${redact(trimmed)}" (expected postgres://user@host:port/database)`,
    );
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${parsed.protocol}//"`);
  }
  if (!parsed.hostname) throw new ConfigError(`DATABASE_URL "${redact(trimmed)}" names no host`);
  if (parsed.pathname.length <= 1)
    throw new ConfigError(`DATABASE_URL "${redact(trimmed)}" names no database (add /<database> after the host)`);
  // `?schema=` is Prisma's convention for a PostgreSQL schema other than public.
  const schema = parsed.searchParams.get("schema");
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigError(`DATABASE_URL schema "${schema}" must be a plain identifier (letters, digits, underscores)`);
  }
  parsed.searchParams.delete("schema");
  return { kind: "postgres", url: parsed.toString(), poolSize: integer(env, "DATABASE_POOL_SIZE", 10, 1, 100), schema };
}

/**
 * `REDIS_URL` unset or empty: no Redis. Otherwise redis://[user:password@]host[:port][/db]
 * or rediss:// (TLS). `REDIS_KEY_PREFIX` (default `qyzmet:`) keeps one
 * deployment's keys apart from another's on a shared Redis; the access-code
 * counts are per database, so give each database its own prefix.
 */
export function parseRedisConfig(env: Env): RedisConfig | null {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`REDIS_URL is not a valid URL: "${redact(raw)}" (expected redis://host:6379)`);
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") {
    throw new ConfigError(`REDIS_URL must start with redis:// or rediss://, got "${parsed.protocol}//"`);
  }
  if (!parsed.hostname) throw new ConfigError(`REDIS_URL "${redact(raw)}" names no host`);
  const db = parsed.pathname.replace(/^\//, "");
  if (db !== "" && !/^\d{1,2}$/.test(db))
    throw new ConfigError(`REDIS_URL's path must be a database number (0-15 on a default Redis), got "/${db}"`);
  const keyPrefix = env.REDIS_KEY_PREFIX ?? "qyzmet:";
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(keyPrefix)) {
    throw new ConfigError(`REDIS_KEY_PREFIX must be 1-64 letters, digits or _ . : -, got "${keyPrefix}"`);
  }
  return { url: raw, keyPrefix };
}

/** The URL with its password replaced, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, "$1****@");
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "postgres")
    return `PostgreSQL ${redact(config.url)}${config.schema ? ` (schema ${config.schema})` : ""}`;
  return config.dataDir ? `embedded PGlite in ${config.dataDir}` : "embedded PGlite in memory";
}

/**
 * `DATABASE_REPLICA_URLS`: a comma-separated list of postgres:// URLs of
 * read-only standbys of the primary (`DATABASE_URL`, which must then be
 * PostgreSQL). They take the primary's `?schema=` and pool size.
 */
export function parseReplicaUrls(env: Env, primary: DatabaseConfig): Extract<DatabaseConfig, { kind: "postgres" }>[] {
  const list = (env.DATABASE_REPLICA_URLS ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  if (!list.length) return [];
  if (primary.kind !== "postgres")
    throw new ConfigError(
      "DATABASE_REPLICA_URLS needs DATABASE_URL to be a PostgreSQL server (postgres://…), the standbys' primary",
    );
  return list.map((url, index) => {
    if (/[?&]schema=/.test(url))
      throw new ConfigError(
        `DATABASE_REPLICA_URLS entry ${index + 1} sets ?schema=; standbys use DATABASE_URL's schema`,
      );
    let replica: DatabaseConfig;
    try {
      replica = parseDatabaseUrl(url, env);
    } catch (error) {
      throw new ConfigError(
        `DATABASE_REPLICA_URLS entry ${index + 1}: ${(error as Error).message.replace(/^DATABASE_URL /, "")}`,
      );
    }
    if (replica.kind !== "postgres")
      throw new ConfigError(`DATABASE_REPLICA_URLS entry ${index + 1} must be a postgres:// URL, got "${redact(url)}"`);
    return { ...replica, schema: primary.schema };
  });
}

/** One entry of `WEBHOOK_ALLOWED_HOSTS`: a host name, `*.` and a domain, an IP address or an IPv4 range. */
const HOST_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/(\d{1,2}))?$/;

export function parseWebhookConfig(env: Env): WebhookConfig {
  const allowedHosts = (env.WEBHOOK_ALLOWED_HOSTS ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  for (const entry of allowedHosts) {
    const v4 = IPV4.exec(entry);
    const validV4 =
      v4?.slice(1, 5).every((part) => Number(part) <= 255) && (v4[6] === undefined || Number(v4[6]) <= 32);
    const v6 = /^\[?[0-9a-f:]+\]?$/.test(entry) && entry.includes(":");
    if (!(validV4 || v6 || (!v4 && HOST_NAME.test(entry)))) {
      throw new ConfigError(
        `WEBHOOK_ALLOWED_HOSTS entry "${entry}" must be a host name, *.domain, an IP address or an IPv4 range (a.b.c.d/n)`,
      );
    }
  }
  const retryBaseMs = integer(env, "WEBHOOK_RETRY_BASE_MS", 30_000, 1, 86_400_000);
  const retryMaxMs = integer(env, "WEBHOOK_RETRY_MAX_MS", 3_600_000, 1, 86_400_000);
  if (retryMaxMs < retryBaseMs)
    throw new ConfigError(
      `WEBHOOK_RETRY_MAX_MS (${retryMaxMs}) must not be below WEBHOOK_RETRY_BASE_MS (${retryBaseMs})`,
    );
  return {
    allowedHosts: allowedHosts.map((entry) => entry.replace(/^\[|\]$/g, "")),
    allowHttp: boolean(env, "WEBHOOK_ALLOW_HTTP", false),
    timeoutMs: integer(env, "WEBHOOK_TIMEOUT_MS", 10_000, 100, 120_000),
    retryBaseMs,
    retryMaxMs,
    maxAttempts: integer(env, "WEBHOOK_MAX_ATTEMPTS", 15, 1, 100),
    pollMs: integer(env, "WEBHOOK_POLL_MS", 1_000, 10, 600_000),
  };
}

/** Shortest `METRICS_TOKEN` accepted: a token that can be guessed protects nothing. */
export const MIN_METRICS_TOKEN_LENGTH = 16;

function metricsConfig(env: Env, port: number): AppConfig["metrics"] {
  const rawPort = env.METRICS_PORT?.trim();
  const metricsPort = rawPort ? integer(env, "METRICS_PORT", 0, 0, 65535) : null;
  const token = env.METRICS_TOKEN?.trim() || null;
  if (token !== null && (token.length < MIN_METRICS_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(token))) {
    throw new ConfigError(
      `METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} printable characters without spaces`,
    );
  }
  if (metricsPort !== null && metricsPort !== 0 && metricsPort === port)
    throw new ConfigError(`METRICS_PORT must differ from PORT (both are ${port})`);
  if (metricsPort === null && token === null) {
    if (env.METRICS_HOST?.trim())
      throw new ConfigError("METRICS_HOST needs METRICS_PORT (the metrics listener's port)");
    return null;
  }
  return { port: metricsPort, host: env.METRICS_HOST?.trim() || "127.0.0.1", token };
}

/** The standard OpenTelemetry variables, as far as Qyzmet supports them. */
function tracingConfig(env: Env): AppConfig["tracing"] {
  if (boolean(env, "OTEL_SDK_DISABLED", false) || env.OTEL_TRACES_EXPORTER?.trim() === "none") return null;
  const tracesEndpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!tracesEndpoint && !endpoint) return null;
  for (const name of ["OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL"]) {
    const protocol = env[name]?.trim();
    if (protocol && protocol !== "http/json")
      throw new ConfigError(`${name} must be http/json (the only OTLP protocol Qyzmet sends), got "${protocol}"`);
  }
  const exporter = env.OTEL_TRACES_EXPORTER?.trim();
  if (exporter && exporter !== "otlp")
    throw new ConfigError(`OTEL_TRACES_EXPORTER must be otlp or none, got "${exporter}"`);
  // The signal's own variable is the URL itself; the general one is a base the signal's path is added to (as the specification says).
  const url = tracesEndpoint || `${endpoint!.replace(/\/+$/, "")}/v1/traces`;
  const name = tracesEndpoint ? "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" : "OTEL_EXPORTER_OTLP_ENDPOINT";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: "${tracesEndpoint || endpoint}"`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new ConfigError(`${name} must be an http:// or https:// URL, got "${parsed.protocol}//"`);
  const kind = (env.OTEL_TRACES_SAMPLER?.trim() || "parentbased_always_on") as TracingConfig["sampler"]["kind"];
  if (!SAMPLERS.includes(kind))
    throw new ConfigError(
      `OTEL_TRACES_SAMPLER must be one of ${SAMPLERS.join(", ")}, got "${env.OTEL_TRACES_SAMPLER}"`,
    );
  const rawRatio = env.OTEL_TRACES_SAMPLER_ARG?.trim();
  const ratio = rawRatio ? Number(rawRatio) : 1;
  if (!(ratio >= 0 && ratio <= 1) || (rawRatio !== undefined && rawRatio !== "" && !/^\d*\.?\d+$/.test(rawRatio))) {
    throw new ConfigError(`OTEL_TRACES_SAMPLER_ARG must be a number from 0 to 1, got "${env.OTEL_TRACES_SAMPLER_ARG}"`);
  }
  const maxQueueSize = integer(env, "OTEL_BSP_MAX_QUEUE_SIZE", 2048, 1, 1_000_000);
  const maxExportBatchSize = integer(env, "OTEL_BSP_MAX_EXPORT_BATCH_SIZE", 512, 1, 1_000_000);
  if (maxExportBatchSize > maxQueueSize)
    throw new ConfigError(
      `OTEL_BSP_MAX_EXPORT_BATCH_SIZE (${maxExportBatchSize}) must not exceed OTEL_BSP_MAX_QUEUE_SIZE (${maxQueueSize})`,
    );
  return {
    url,
    serviceName: env.OTEL_SERVICE_NAME?.trim() || "qyzmet",
    sampler: { kind, ratio },
    batch: {
      scheduledDelayMillis: integer(env, "OTEL_BSP_SCHEDULE_DELAY", 5_000, 1, 3_600_000),
      maxQueueSize,
      maxExportBatchSize,
      exportTimeoutMillis: integer(env, "OTEL_BSP_EXPORT_TIMEOUT", 30_000, 1, 3_600_000),
    },
  };
}

export function loadConfig(env: Env = process.env): AppConfig {
  const logLevel = (env.LOG_LEVEL?.trim() || "info") as AppConfig["logLevel"];
  if (!["silent", "error", "info", "debug"].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of silent, error, info, debug, got "${env.LOG_LEVEL}"`);
  }
  const database = parseDatabaseUrl(env.DATABASE_URL, env);
  const replicas = parseReplicaUrls(env, database);
  const logFormat = (env.LOG_FORMAT?.trim() || "auto") as AppConfig["logFormat"];
  if (!["json", "pretty", "auto"].includes(logFormat))
    throw new ConfigError(`LOG_FORMAT must be one of json, pretty, auto, got "${env.LOG_FORMAT}"`);
  const port = integer(env, "PORT", 4000, 0, 65535);
  return {
    host: env.HOST?.trim() || "localhost",
    port,
    database,
    replicas,
    seedOnStart: boolean(env, "SEED_ON_START", true),
    shutdownGraceMs: integer(env, "SHUTDOWN_GRACE_MS", 10_000, 0, 600_000),
    logLevel,
    introspection: boolean(env, "GRAPHQL_INTROSPECTION", true),
    admission: {
      // The embedded database is one session; a PostgreSQL pool of N serves about 2N requests well at once.
      maxConcurrent: integer(
        env,
        "MAX_CONCURRENT_REQUESTS",
        database.kind === "postgres" ? 2 * database.poolSize : 4,
        1,
        1000,
      ),
      maxQueued: integer(env, "MAX_QUEUED_REQUESTS", 100, 0, 100_000),
      queueTimeoutMs: integer(env, "QUEUE_TIMEOUT_MS", 5_000, 0, 600_000),
      maxEventLoopDelayMs: integer(env, "MAX_EVENT_LOOP_DELAY_MS", 0, 0, 60_000),
      // Heavy operations are the one thread's work, whatever the database: as many at once as there are cores.
      maxHeavy: integer(env, "MAX_HEAVY_OPERATIONS", availableParallelism(), 1, 1000),
    },
    timeouts: {
      headersMs: integer(env, "HEADERS_TIMEOUT_MS", 10_000, 100, 600_000),
      requestMs: integer(env, "REQUEST_TIMEOUT_MS", 30_000, 100, 600_000),
    },
    responseCacheMb: integer(env, "RESPONSE_CACHE_MB", 64, 0, 65_536),
    redis: parseRedisConfig(env),
    logFormat,
    metrics: metricsConfig(env, port),
    tracing: tracingConfig(env),
    webhooks: parseWebhookConfig(env),
    eventsPollMs: integer(env, "EVENTS_POLL_MS", 500, 10, 60_000),
  };
}
