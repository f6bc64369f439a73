/**
 * What an operations team sees of the real `npm start`: one JSON log line per
 * request (its id, operation, status, duration, and no personal data or
 * keys), Prometheus metrics behind their listener and token, and traces sent
 * to an OTLP/HTTP receiver of the test's own on loopback. One server for all.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import parsePrometheusTextFormat, { type PrometheusMetricFamily } from "parse-prometheus-text-format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/db/lock.js";
import { iinCheckDigit } from "../../src/modules/write/personal-data.js";
import { MAX_OPERATION_LABELS } from "../../src/observability/metrics.js";
import { sendControlRequest } from "../../src/server/control.js";
import { type RunningServer, startNpmStart } from "../support/process.js";

const METRICS_TOKEN = "test-metrics-token-0123456789";

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: { stringValue?: string; intValue?: number | string } }[];
}

/** An OTLP/HTTP receiver (JSON protocol) that keeps every span it is sent. */
async function startReceiver(): Promise<{ server: Server; url: string; spans: OtlpSpan[]; paths: string[] }> {
  const spans: OtlpSpan[] = [];
  const paths: string[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      paths.push(`${req.method} ${req.url} ${req.headers["content-type"]}`);
      const payload = JSON.parse(body) as { resourceSpans?: { scopeSpans?: { spans?: OtlpSpan[] }[] }[] };
      for (const resource of payload.resourceSpans ?? [])
        for (const scope of resource.scopeSpans ?? []) spans.push(...(scope.spans ?? []));
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, spans, paths };
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const iin = `9001013001${"2"}`.slice(0, 11);
const APPLICANT = {
  iin: `${iin}${iinCheckDigit(iin)}`,
  surname: "Тестбекова",
  givenName: "Сымбатгүл",
  patronymic: "Жасұланқызы",
  postalAddress: "Ақмола облысы, Ақкөл қ., Абай к-сі, 77-үй",
  phone: "8 701 765 43 21",
  email: "symbat.private@mail.kz",
};
const SUBMIT = `mutation Submit($input: SubmitApplicationInput!) {
  submitApplication(input: $input) { __typename ... on ApplicationReceipt { accessCode application { number } } }
}`;

describe("operating npm start: request logs, metrics and traces", () => {
  let server: RunningServer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let metricsUrl = "";
  let folder = "";

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return { response, json: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
  };
  const logLines = () =>
    server
      .stderr()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const requestLine = (id: string) =>
    until(`the log line of ${id}`, () => logLines().find((line) => line.msg === "request" && line.reqId === id));
  const scrape = async (): Promise<PrometheusMetricFamily[]> => {
    const response = await fetch(metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    return parsePrometheusTextFormat(await response.text());
  };
  const sample = (families: PrometheusMetricFamily[], name: string, labels: Record<string, string>) =>
    Number(
      families
        .find((family) => family.name === name)
        ?.metrics.find((metric) => Object.entries(labels).every(([key, value]) => metric.labels?.[key] === value))
        ?.value ?? 0,
    );

  beforeAll(async () => {
    receiver = await startReceiver();
    folder = mkdtempSync(join(tmpdir(), "qyzmet-ops-"));
    server = await startNpmStart({
      PGLITE_DIR: folder,
      LOG_FORMAT: "json",
      METRICS_PORT: "0",
      METRICS_TOKEN,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_SERVICE_NAME: "qyzmet-test",
      // The SDK's batch delay (standard variable): spans reach the receiver in a fifth of a second, not five.
      OTEL_BSP_SCHEDULE_DELAY: "200",
    });
    metricsUrl = /metrics at (http:\/\/\S+\/metrics)/.exec(server.stderr())![1]!;
  }, 180_000);

  afterAll(async () => {
    expect(await server?.stop()).toBe(0);
    receiver?.server.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("logs each request as one JSON line with the id it was sent, its operation, status and duration", async () => {
    const { response } = await post(
      { query: "query RegionCount { regions { totalCount } }" },
      { "x-request-id": "ops-test-1" },
    );
    expect(response.headers.get("x-request-id")).toBe("ops-test-1");
    expect(await requestLine("ops-test-1")).toMatchObject({
      level: "info",
      method: "POST",
      path: "/graphql",
      status: 200,
      durationMs: expect.any(Number),
      operation: "RegionCount",
      operationType: "query",
      client: "anonymous",
      cache: "miss",
    });
    // An id that is too long or holds other characters is replaced, not echoed into logs and headers.
    const odd = await post({ query: "{ __typename }" }, { "x-request-id": `id with spaces ${"x".repeat(200)}` });
    const generated = odd.response.headers.get("x-request-id")!;
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(await requestLine(generated)).toMatchObject({ operation: null, operationType: "query", status: 200 });
    // The query string is not logged: it can carry variables.
    const get = await fetch(`${server.url}?query=${encodeURIComponent("query ByGet { stats { regions } }")}`);
    expect(await requestLine(get.headers.get("x-request-id")!)).toMatchObject({
      method: "GET",
      path: "/graphql",
      operation: "ByGet",
    });
    // An invalid operation's error codes are logged.
    const invalid = await post({ query: "{ nope }" });
    expect(await requestLine(invalid.response.headers.get("x-request-id")!)).toMatchObject({
      status: 400,
      errors: ["GRAPHQL_VALIDATION_FAILED"],
    });
  });

  it("never logs an applicant's personal data, the API key, or the access code of a submission", async () => {
    const lock = JSON.parse(readFileSync(join(folder, LOCK_FILE), "utf8")) as { controlSocket: string };
    const issued = await sendControlRequest(lock.controlSocket, {
      command: "issue-key",
      role: "PORTAL",
      name: "Ops test portal",
      providerId: null,
    });
    if (!issued.ok) throw new Error(issued.error);
    const input = {
      serviceNumber: 6,
      channel: "AUTHORITY",
      providerId: "authority:akmola:akkol",
      applicant: APPLICANT,
      recipientCategory: "c1",
      documents: ["d1", "d2", "d4"],
    };
    const { response, json } = await post(
      { query: SUBMIT, variables: { input } },
      { authorization: `Bearer ${issued.key}`, "x-request-id": "ops-submit" },
    );
    expect(json.data?.submitApplication.__typename).toBe("ApplicationReceipt");
    const accessCode = json.data.submitApplication.accessCode as string;
    expect(response.headers.get("x-request-id")).toBe("ops-submit");
    expect(await requestLine("ops-submit")).toMatchObject({
      operation: "Submit",
      operationType: "mutation",
      client: "portal",
      status: 200,
    });
    // The same key through X-Api-Key, on a read that never looks it up: the log says a key came, not whose.
    await post({ query: "{ __typename }" }, { "x-api-key": issued.key, "x-request-id": "ops-keyed" });
    expect(await requestLine("ops-keyed")).toMatchObject({ client: "key", cache: "bypass" });
    const log = server.stderr();
    // The audit line of the submission is there, masked.
    expect(log).toContain("application.submitted");
    for (const secret of [
      issued.key,
      issued.key.split("_").pop()!,
      accessCode,
      APPLICANT.iin,
      APPLICANT.surname,
      APPLICANT.givenName,
      APPLICANT.patronymic,
      "Абай к-сі",
      "+77017654321",
      "701 765 43 21",
      APPLICANT.email,
    ]) {
      expect(log, `the log holds ${secret}`).not.toContain(secret);
    }
  });

  it("serves /metrics only on its own listener and only with the token", async () => {
    expect((await fetch(metricsUrl)).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status).toBe(401);
    expect(
      (await fetch(`${server.origin}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status,
    ).toBe(404);
    expect(new URL(metricsUrl).hostname).toBe("127.0.0.1");
  });

  it("exposes Prometheus text whose counters move with requests, with operation labels bounded", async () => {
    const before = await scrape();
    const labels = { route: "/graphql", operation: "RegionCount", outcome: "ok" };
    const count = sample(before, "qyzmet_http_requests_total", labels);
    expect(count).toBeGreaterThanOrEqual(1);
    // Asked afresh (no-cache), so the answer is run and reads the database, not served from the response cache.
    await post({ query: "query RegionCount { regions { totalCount } }" }, { "cache-control": "no-cache" });
    await post({ query: "query RegionCount { regions { totalCount } }" });
    await post({ query: "{ nope }" });
    for (let i = 0; i < MAX_OPERATION_LABELS + 20; i += 1) await post({ query: `query Distinct${i} { __typename }` });
    const after = await scrape();
    expect(sample(after, "qyzmet_http_requests_total", labels)).toBe(count + 1);
    // The second was answered from the response cache, which runs no operation: it counts under "none".
    expect(
      sample(after, "qyzmet_http_requests_total", { route: "/graphql", operation: "none", outcome: "cached" }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(after, "qyzmet_graphql_errors_total", { code: "GRAPHQL_VALIDATION_FAILED" })).toBe(
      sample(before, "qyzmet_graphql_errors_total", { code: "GRAPHQL_VALIDATION_FAILED" }) + 1,
    );
    expect(sample(after, "qyzmet_response_cache_hits_total", {})).toBeGreaterThan(
      sample(before, "qyzmet_response_cache_hits_total", {}),
    );
    const requests = after.find((family) => family.name === "qyzmet_http_requests_total")!;
    const operations = new Set(requests.metrics.map((metric) => metric.labels!.operation));
    expect(operations.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 3);
    expect(operations).toContain("other");
    const histogram = after.find((family) => family.name === "qyzmet_http_request_duration_seconds")!;
    expect(histogram.type).toBe("HISTOGRAM");
    expect(
      Number(after.find((family) => family.name === "qyzmet_db_query_duration_seconds")!.metrics[0]!.count),
    ).toBeGreaterThan(0);
    expect(
      sample(after, "qyzmet_db_pool_connections", { state: "idle" }) +
        sample(after, "qyzmet_db_pool_connections", { state: "in_use" }),
    ).toBeGreaterThan(0);
    expect(after.map((family) => family.name)).toEqual(
      expect.arrayContaining([
        "process_cpu_seconds_total",
        "qyzmet_requests_shed_total",
        "qyzmet_requests_running",
        "qyzmet_db_pool_waiting",
      ]),
    );
  });

  it("sends a request's trace, with its root field and SQL spans, to the OTLP endpoint", async () => {
    // The caller's trace (W3C traceparent) is joined: the request's span is its child.
    const callerTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
    const callerSpan = "00f067aa0ba902b7";
    const { response } = await post(
      { query: "query Traced { regions { totalCount } }" },
      { "cache-control": "no-cache", "x-request-id": "ops-traced", traceparent: `00-${callerTrace}-${callerSpan}-01` },
    );
    expect(response.status).toBe(200);
    const request = await until("the request's span", () =>
      receiver.spans.find(
        (span) =>
          span.name === "POST /graphql" &&
          span.attributes?.some((a) => a.key === "qyzmet.request_id" && a.value.stringValue === "ops-traced"),
      ),
    );
    expect({ traceId: request.traceId, parentSpanId: request.parentSpanId }).toEqual({
      traceId: callerTrace,
      parentSpanId: callerSpan,
    });
    const field = await until("the root field's span", () =>
      receiver.spans.find((span) => span.name === "Query.regions" && span.parentSpanId === request.spanId),
    );
    expect(field.traceId).toBe(request.traceId);
    const sql = await until("an SQL span", () =>
      receiver.spans.find((span) => span.traceId === request.traceId && span.name.startsWith("SQL ")),
    );
    const text = sql.attributes?.find((a) => a.key === "db.query.text")?.value.stringValue;
    expect(text).toMatch(/SELECT/i);
    expect(receiver.paths[0]).toBe("POST /v1/traces application/json");
  });
});
