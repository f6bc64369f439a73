/**
 * Prometheus metrics (prom-client), in a registry of Qyzmet's own. Every
 * metric is listed with its meaning in README "Operating Qyzmet".
 *
 * Label values come only from bounded sets, so a client cannot grow the
 * series without end by inventing operation names or paths:
 * - `route`: the API's own routes, everything else is "other";
 * - `operation`: the names of operations that passed validation, the first
 *   `MAX_OPERATION_LABELS` distinct ones; later names are "other", unnamed
 *   operations "anonymous", requests that ran no operation (cache hits,
 *   refusals, malformed requests, non-GraphQL routes) "none";
 * - `outcome`: one of `OUTCOMES`;
 * - `code`: error codes (upper-case identifiers), the first
 *   `MAX_ERROR_CODE_LABELS`, later ones "OTHER".
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** Distinct operation names that get a label of their own. */
export const MAX_OPERATION_LABELS = 50;
/** Distinct error codes that get a label of their own (Qyzmet has about 20). */
export const MAX_ERROR_CODE_LABELS = 50;

export const OUTCOMES = ["ok", "cached", "error", "unavailable", "failed"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const ROUTES = ["/graphql", "/export", "/hsds", "/cpsv-ap", "/health", "/ready", "/metrics"] as const;

/** The `route` label of a path: one of `ROUTES`, or "other". */
export function routeOf(path: string): string {
  for (const route of ROUTES)
    if (path === route || path.startsWith(`${route}/`) || path.startsWith(`${route}.`)) return route;
  return "other";
}

/** A set of label values that stops growing at `max`; later values fall back to `rest`. */
class BoundedLabels {
  private readonly seen = new Set<string>();
  constructor(
    private readonly max: number,
    private readonly rest: string,
  ) {}
  label(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return this.rest;
    this.seen.add(value);
    return value;
  }
}

/** What the metrics read from the rest of the server when scraped. */
export interface MetricSources {
  admission(): Record<string, { running: number; queued: number; shed: number }>;
  pool(): { total: number; idle: number; waiting: number } | null;
  responseCache(): { hits: number; misses: number; stored: number } | null;
}

export interface RequestObservation {
  route: string;
  /** The operation's name when it validated; null for an unnamed one; undefined when none ran. */
  operationName: string | null | undefined;
  outcome: Outcome;
  seconds: number;
  errorCodes: readonly string[];
}

export interface Metrics {
  readonly registry: Registry;
  observeRequest(observation: RequestObservation): void;
  observeQuery(milliseconds: number): void;
  /** Wires in what is read at scrape time (the server calls it once it has built those parts). */
  setSources(sources: MetricSources): void;
}

/** A counter that follows a running total kept elsewhere (admission, response cache): it adds what the total grew by. */
function followTotal(
  counter: Counter<string>,
  labels: Record<string, string>,
  last: Map<string, number>,
  key: string,
  total: number,
): void {
  const previous = last.get(key) ?? 0;
  if (total > previous) counter.inc(labels, total - previous);
  last.set(key, total);
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  let sources: MetricSources | null = null;
  const operations = new BoundedLabels(MAX_OPERATION_LABELS, "other");
  const codes = new BoundedLabels(MAX_ERROR_CODE_LABELS, "OTHER");

  const requestLabels = ["route", "operation", "outcome"] as const;
  const requests = new Counter({
    name: "qyzmet_http_requests_total",
    help: "HTTP requests answered, by route, GraphQL operation and outcome",
    labelNames: requestLabels,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "qyzmet_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by route, GraphQL operation and outcome",
    labelNames: requestLabels,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: "qyzmet_graphql_errors_total",
    help: "GraphQL errors sent to clients, by extensions.code",
    labelNames: ["code"],
    registers: [registry],
  });
  const limiter = new Counter({
    name: "qyzmet_access_code_limiter_rejections_total",
    help: "Lookups refused by the access-code limiter (TOO_MANY_ATTEMPTS)",
    registers: [registry],
  });
  const queries = new Histogram({
    name: "qyzmet_db_query_duration_seconds",
    help: "Duration of the SQL statements Prisma sends, as Prisma measures them",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });

  // Totals kept elsewhere (admission, response cache) are read at scrape time, each by its own counter.
  const followed = new Map<string, number>();
  new Counter({
    name: "qyzmet_requests_shed_total",
    help: "Requests turned away with 503 by admission control, by pool (graphql, export)",
    labelNames: ["pool"],
    registers: [registry],
    collect() {
      for (const [pool, stats] of Object.entries(sources?.admission() ?? {}))
        followTotal(this, { pool }, followed, `shed:${pool}`, stats.shed);
    },
  });
  const cacheCounter = (name: string, help: string, field: "hits" | "misses" | "stored") =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        const cache = sources?.responseCache();
        if (cache) followTotal(this, {}, followed, field, cache[field]);
      },
    });
  cacheCounter(
    "qyzmet_response_cache_hits_total",
    "GraphQL requests answered from the response cache (including 304s)",
    "hits",
  );
  cacheCounter(
    "qyzmet_response_cache_misses_total",
    "Cacheable GraphQL requests the response cache did not hold",
    "misses",
  );
  cacheCounter("qyzmet_response_cache_stored_total", "Answers the response cache kept", "stored");
  new Gauge({
    name: "qyzmet_requests_running",
    help: "Requests running now, by admission pool",
    labelNames: ["pool"],
    registers: [registry],
    collect() {
      this.reset();
      for (const [pool, stats] of Object.entries(sources?.admission() ?? {})) this.set({ pool }, stats.running);
    },
  });
  new Gauge({
    name: "qyzmet_requests_queued",
    help: "Requests waiting for a slot now, by admission pool",
    labelNames: ["pool"],
    registers: [registry],
    collect() {
      this.reset();
      for (const [pool, stats] of Object.entries(sources?.admission() ?? {})) this.set({ pool }, stats.queued);
    },
  });
  new Gauge({
    name: "qyzmet_db_pool_connections",
    help: "Database connections of the pool, by state (in_use, idle)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const pool = sources?.pool();
      if (!pool) return;
      this.set({ state: "in_use" }, pool.total - pool.idle);
      this.set({ state: "idle" }, pool.idle);
    },
  });
  new Gauge({
    name: "qyzmet_db_pool_waiting",
    help: "Queries waiting for a database connection",
    registers: [registry],
    collect() {
      const pool = sources?.pool();
      if (pool) this.set(pool.waiting);
    },
  });

  return {
    registry,
    observeRequest(observation) {
      const operation =
        observation.operationName === undefined
          ? "none"
          : observation.operationName === null
            ? "anonymous"
            : operations.label(observation.operationName);
      const labels = { route: observation.route, operation, outcome: observation.outcome };
      requests.inc(labels);
      duration.observe(labels, observation.seconds);
      for (const code of observation.errorCodes) {
        errors.inc({ code: /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? codes.label(code) : "OTHER" });
        if (code === "TOO_MANY_ATTEMPTS") limiter.inc();
      }
    },
    observeQuery(milliseconds) {
      queries.observe(milliseconds / 1000);
    },
    setSources(next) {
      sources = next;
    },
  };
}

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * GET /metrics: the registry as Prometheus text. With a token, only for
 * `Authorization: Bearer <token>` (compared in constant time); else 401.
 */
export function metricsHandler(metrics: Metrics, token: string | null) {
  const expected = token === null ? null : digest(token);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const send = (status: number, text: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
        "content-length": String(Buffer.byteLength(text)),
        ...headers,
      });
      res.end(req.method === "HEAD" ? undefined : text);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(405, "use GET\n", { allow: "GET, HEAD" });
      return;
    }
    if (expected) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "")?.[1];
      if (!bearer || !timingSafeEqual(digest(bearer), expected)) {
        send(401, "send the metrics token: Authorization: Bearer <METRICS_TOKEN>\n", {
          "www-authenticate": 'Bearer realm="metrics"',
        });
        return;
      }
    }
    metrics.registry.metrics().then(
      (text) => send(200, text, { "content-type": metrics.registry.contentType }),
      (error: unknown) => send(500, `metrics failed: ${(error as Error).message}\n`),
    );
  };
}
