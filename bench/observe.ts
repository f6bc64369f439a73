/**
 * What observability costs: the cheapest operation (`{ __typename }`) and a
 * lookup by id (a-authority) with the response cache off, served with request
 * logs, metrics and traces each on, all on, and all off, side by side. Logs
 * go to a file (as they would to a collector's pipe), traces to an OTLP
 * receiver in this process that discards them. Tracing, once started, stays
 * installed in the process, so its rows run last.
 *
 *   npm run bench -- observe
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pino from "pino";
import { readFileSync } from "node:fs";
import { loadConfig, PROJECT_ROOT } from "../src/config/config.js";
import { createDatabase } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";
import { seed } from "../src/db/seed.js";
import { buildGraphQLSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/observability/log.js";
import { createMetrics } from "../src/observability/metrics.js";
import { startTracing, type Tracing } from "../src/observability/tracing.js";
import { startServer } from "../src/server/server.js";

export interface ObserveRow {
  operation: string;
  observing: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /**
   * CPU time of this process per request, in µs (the server and the load generator's thread
   * together: the generator's share is the same in every row). Steadier than throughput on a
   * shared machine, where other processes take the CPU away in bursts.
   */
  cpuUsPerRequest: number;
  /** Throughput relative to the same operation with everything off. */
  vsOff: string;
}

const OPERATIONS = ["typename", "a-authority"] as const;
/** "off" twice, before and after the others without tracing, as these machines drift: the baseline is their mean. */
const VARIANTS = ["off", "logs", "metrics", "logs+metrics", "off", "traces", "all"] as const;
/** Each server is warmed up this long per operation first (V8 compiles the hot paths, the JIT its queries). */
const WARM_UP_SECONDS = 2;

export async function benchObserve(options: { durationSeconds: number }): Promise<ObserveRow[]> {
  const db = await createDatabase({ kind: "pglite", dataDir: null });
  const logDir = mkdtempSync(join(tmpdir(), "qyzmet-bench-log-"));
  const sink = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  let tracing: Tracing | null = null;
  const rows: ObserveRow[] = [];
  try {
    await migrate(db);
    await seed(db);
    const offRuns = new Map<string, number[]>();
    for (const variant of VARIANTS) {
      const logs = variant === "logs" || variant === "logs+metrics" || variant === "all";
      const metrics = variant === "metrics" || variant === "logs+metrics" || variant === "all";
      if ((variant === "traces" || variant === "all") && !tracing) {
        const url = `http://127.0.0.1:${(sink.address() as { port: number }).port}/v1/traces`;
        tracing = startTracing(
          loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url, OTEL_SERVICE_NAME: "qyzmet-bench" }).tracing!,
        );
      }
      const logger = createLogger(logs ? "info" : "silent", {
        destination: pino.destination({ dest: join(logDir, `${variant}.log`), sync: false }),
      });
      const server = await startServer({
        db: { ...db, close: async () => undefined },
        schema: await buildGraphQLSchema(),
        host: "127.0.0.1",
        port: 0,
        responseCacheMb: 0,
        logger,
        metrics: metrics ? { port: null, host: "127.0.0.1", token: "bench-token-0123456789" } : null,
        // server.close() would stop the tracer: it is handed a copy that does not.
        tracing: tracing && variant !== "logs+metrics" ? { ...tracing, shutdown: async () => undefined } : null,
      });
      try {
        for (const operation of OPERATIONS) {
          const body = JSON.stringify({
            query: readFileSync(join(PROJECT_ROOT, "bench", "pairs", `${operation}.graphql`), "utf8"),
          });
          const load = (duration: number) =>
            autocannon({
              url: server.url,
              method: "POST",
              headers: { "content-type": "application/json" },
              body,
              connections: 10,
              workers: 1,
              duration,
            });
          await load(WARM_UP_SECONDS);
          const cpu = process.cpuUsage();
          const result = await load(options.durationSeconds);
          const used = process.cpuUsage(cpu);
          const cpuUsPerRequest = Math.round((used.user + used.system) / Math.max(1, result.requests.total));
          const rps = Math.round(result.requests.average * 10) / 10;
          if (variant === "off") offRuns.set(operation, [...(offRuns.get(operation) ?? []), rps]);
          rows.push({
            operation,
            observing: variant,
            requestsPerSecond: rps,
            p50Ms: result.latency.p50,
            p99Ms: result.latency.p99,
            cpuUsPerRequest,
            vsOff: "",
          });
        }
      } finally {
        await server.close();
      }
    }
    for (const row of rows) {
      const runs = offRuns.get(row.operation)!;
      const baseline = runs.reduce((sum, rps) => sum + rps, 0) / runs.length;
      row.vsOff = `${Math.round((row.requestsPerSecond / baseline) * 1000) / 10}%`;
    }
    return rows.sort((a, b) => a.operation.localeCompare(b.operation) * -1);
  } finally {
    await tracing?.shutdown();
    sink.close();
    await db.close();
    rmSync(logDir, { recursive: true, force: true });
  }
}

/**
 * The same costs measured directly, as CPU time per call in this process:
 * steady where throughput on a shared machine is not. Compare with the CPU
 * time of a whole request (the cpuUsPerRequest of the "off" rows above).
 */
export function benchObserveCalls(): { work: string; cpuUsPerCall: number }[] {
  const calls = 100_000;
  const measure = (work: () => void) => {
    for (let i = 0; i < calls / 10; i += 1) work();
    const cpu = process.cpuUsage();
    for (let i = 0; i < calls; i += 1) work();
    const used = process.cpuUsage(cpu);
    return Math.round(((used.user + used.system) / calls) * 100) / 100;
  };
  const dir = mkdtempSync(join(tmpdir(), "qyzmet-bench-log-"));
  try {
    const line = {
      reqId: "0f9278cf-1648-4b44-bc53-825bcc44117e",
      method: "POST",
      path: "/graphql",
      status: 200,
      durationMs: 3.2,
      operation: "RegionCount",
      operationType: "query",
      client: "anonymous",
      cache: "miss",
    };
    // Synchronous here, so the write's own cost is counted in the loop, not left to the event loop.
    const logger = createLogger("info", {
      destination: pino.destination({ dest: join(dir, "calls.log"), sync: true }),
    });
    const metrics = createMetrics();
    return [
      {
        work: "one request line: serialise, redact, write to a file",
        cpuUsPerCall: measure(() => logger.pino.info({ ...line }, "request")),
      },
      {
        work: "one request's metrics: counter, histogram",
        cpuUsPerCall: measure(() =>
          metrics.observeRequest({
            route: "/graphql",
            operationName: "RegionCount",
            outcome: "ok",
            seconds: 0.003,
            errorCodes: [],
          }),
        ),
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
