/**
 * OpenTelemetry traces, off unless `OTEL_EXPORTER_OTLP_ENDPOINT` (or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set: spans are exported over
 * OTLP/HTTP as JSON, in batches (the SDK's BatchSpanProcessor: by default at
 * most 2,048 spans waiting, sent every 5 s and at shutdown; more are dropped,
 * never held). The SDK no longer reads the sampler's and the batch's standard
 * variables itself: config.ts does, and they are applied here.
 *
 * Three kinds of span, made here by hand rather than by the auto-
 * instrumentation packages, which need a module loader hook under ESM and
 * would trace every Express middleware:
 * - one per HTTP request (kind SERVER), named after method and route, the
 *   child of the caller's span when the request carries a W3C `traceparent`;
 * - one per root field a GraphQL operation resolves (`Query.services`), with
 *   the request's span as parent;
 * - one per SQL statement sent through `pg` (kind CLIENT), with the statement's
 *   text (parameters are placeholders: values are never recorded).
 */
import {
  type Context as OtelContext,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
  type Tracer,
} from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  type Sampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
} from "@opentelemetry/sdk-trace";
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { IncomingHttpHeaders } from "node:http";
import pg from "pg";
import type { TracingConfig } from "../config/config.js";
import type { RequestRecord } from "./request.js";

/** SQL text longer than this is cut in the span (the directory's longest statements are a few KB). */
export const MAX_STATEMENT_CHARS = 4_000;

export interface Tracing {
  readonly tracer: Tracer;
  startRequest(record: RequestRecord, headers: IncomingHttpHeaders): Span;
  runIn(span: Span, work: () => void): void;
  endRequest(span: Span, record: RequestRecord, status: number): void;
  /** Wraps the resolvers of the schema's root fields (Query, Mutation) in spans. Call before the schema is compiled. */
  traceRootFields(schema: GraphQLSchema): void;
  /** Sends the spans still waiting and stops. */
  shutdown(): Promise<void>;
}

const ended = (span: Span, error?: unknown) => {
  if (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
  }
  span.end();
};

/** Runs `work` in a span of its own, ending it when the value (or promise) settles. */
function inSpan<T>(
  tracer: Tracer,
  name: string,
  kind: SpanKind,
  attributes: Record<string, string>,
  parent: OtelContext,
  work: () => T,
): T {
  const span = tracer.startSpan(name, { kind, attributes }, parent);
  let result: T;
  try {
    result = context.with(trace.setSpan(parent, span), work);
  } catch (error) {
    ended(span, error);
    throw error;
  }
  if (result && typeof (result as { then?: unknown }).then === "function") {
    (result as unknown as Promise<unknown>).then(
      () => ended(span),
      (error: unknown) => ended(span, error),
    );
  } else {
    ended(span);
  }
  return result;
}

let pgPatched = false;

/**
 * Every `pg` client's `query`, wrapped in a span: Prisma's adapter and the raw
 * SQL both end there. Only the promise and callback forms (all Qyzmet uses);
 * a submittable (a cursor, a stream) passes through untraced.
 */
function tracePg(tracer: Tracer): void {
  if (pgPatched) return;
  pgPatched = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function traced(
    this: pg.Client,
    ...args: unknown[]
  ) {
    const [config] = args;
    if (!trace.getSpan(context.active()) || (config && typeof (config as { submit?: unknown }).submit === "function"))
      return original.apply(this, args);
    const text = typeof config === "string" ? config : ((config as { text?: string } | undefined)?.text ?? "");
    const span = tracer.startSpan(
      `SQL ${text.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? "query"}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { "db.system.name": "postgresql", "db.query.text": text.slice(0, MAX_STATEMENT_CHARS) },
      },
      context.active(),
    );
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (error: unknown, result: unknown) => void;
      args[last] = (error: unknown, result: unknown) => {
        ended(span, error);
        callback(error, result);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args) as Promise<unknown>;
    result.then(
      () => ended(span),
      (error: unknown) => ended(span, error),
    );
    return result;
  };
}

function samplerOf(config: TracingConfig["sampler"]): Sampler {
  const ratio = new TraceIdRatioBasedSampler(config.ratio);
  switch (config.kind) {
    case "always_on":
      return new AlwaysOnSampler();
    case "always_off":
      return new AlwaysOffSampler();
    case "traceidratio":
      return ratio;
    case "parentbased_always_off":
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case "parentbased_traceidratio":
      return new ParentBasedSampler({ root: ratio });
    default:
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

export function startTracing(config: TracingConfig): Tracing {
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ "service.name": config.serviceName }),
    sampler: samplerOf(config.sampler),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: config.url }), ...config.batch })],
  });
  // Spans find their parent through async context: without a context manager every span would be a root.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  const tracer = provider.getTracer("qyzmet");
  tracePg(tracer);
  return {
    tracer,
    startRequest(record, headers) {
      // A malformed traceparent is ignored by the propagator: the span then starts a trace of its own.
      const parent = propagation.extract(ROOT_CONTEXT, headers);
      return tracer.startSpan(
        `${record.method} ${record.route}`,
        {
          kind: SpanKind.SERVER,
          attributes: {
            "http.request.method": record.method,
            "url.path": record.path.slice(0, 200),
            "http.route": record.route,
            "qyzmet.request_id": record.id,
          },
        },
        parent,
      );
    },
    runIn(span, work) {
      context.with(trace.setSpan(context.active(), span), work);
    },
    endRequest(span, record, status) {
      span.setAttribute("http.response.status_code", status);
      if (record.operationName !== undefined) {
        span.setAttribute("graphql.operation.name", record.operationName ?? "");
        if (record.operationType) span.setAttribute("graphql.operation.type", record.operationType);
      }
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
    traceRootFields(schema) {
      for (const type of [schema.getQueryType(), schema.getMutationType()]) {
        if (!type) continue;
        for (const field of Object.values(type.getFields())) {
          const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
          const name = `${type.name}.${field.name}`;
          field.resolve = (source, args, ctx, info) =>
            inSpan(
              tracer,
              name,
              SpanKind.INTERNAL,
              { "graphql.field.path": String(info.path.key) },
              context.active(),
              () => resolve(source, args, ctx, info),
            );
        }
      }
    },
    async shutdown() {
      await provider.shutdown().catch(() => undefined);
    },
  };
}
