/**
 * What the server notes about each HTTP request, and what it does with it
 * when the answer is done: one log line (fields in README "Operating
 * Qyzmet"), the request metrics, and the end of the request's trace span.
 *
 * The record is created when the request arrives and filled in along the
 * way: the response cache says whether it answered (graphql-http.ts), the
 * GraphQL plugin (graphql-plugin.ts) names the operation, its errors' codes
 * and the caller's kind. Nothing from the request body, the query string or
 * the headers but the method, path and a sane `X-Request-Id` ever gets here.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger as PinoLogger } from "pino";
import type { Metrics, Outcome } from "./metrics.js";
import { routeOf } from "./metrics.js";
import type { Tracing } from "./tracing.js";

/** An `X-Request-Id` is kept when it is this short and made of these characters; else one is generated. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:@+=/-]{1,128}$/;
/** Operation names are GraphQL names of any length: the log keeps this many characters. */
export const MAX_LOGGED_OPERATION_NAME = 100;

export interface RequestRecord {
  id: string;
  /** performance.now() at arrival. */
  start: number;
  method: string;
  path: string;
  route: string;
  /** undefined: no operation ran; null: an unnamed one. */
  operationName?: string | null;
  operationType?: string;
  errorCodes: string[];
  /** "anonymous", "key" (a key sent, never checked), "rejected" (a key that failed), or the key's role in lower case. */
  client: string;
  /** Whether the response cache answered: "hit", "miss" (it may keep the answer), "bypass" (not for the cache), or unset (cache off, not GraphQL). */
  cache?: "hit" | "miss" | "bypass";
}

/** Records by request. */
const records = new WeakMap<object, RequestRecord>();
/**
 * The record on the request's GraphQL context, under a symbol: Apollo hands
 * plugins and resolvers a shallow copy of the context, which copies the
 * symbol's property but is not the object a WeakMap was given.
 */
const RECORD = Symbol("qyzmet.request");

export function recordOf(key: object): RequestRecord | undefined {
  return (key as { [RECORD]?: RequestRecord })[RECORD] ?? records.get(key);
}

/** Makes `context` (and Apollo's copies of it) find the record of `req`. */
export function linkRecord(context: object, req: IncomingMessage): void {
  const record = records.get(req);
  if (record) (context as { [RECORD]?: RequestRecord })[RECORD] = record;
}

function outcomeOf(status: number, record: RequestRecord, finished: boolean): Outcome {
  if (!finished || status >= 500) return status === 503 ? "unavailable" : "failed";
  if (record.cache === "hit") return "cached";
  if (status >= 400 || record.errorCodes.length) return "error";
  return "ok";
}

export interface RequestObserverOptions {
  /** Where request lines go (at level info); null for none. */
  log: PinoLogger | null;
  metrics: Metrics | null;
  tracing: Tracing | null;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Wraps the server's request handler so that every request is recorded, logged, counted and traced. */
export function observeRequests(options: RequestObserverOptions, handler: RequestHandler): RequestHandler {
  const { metrics, tracing } = options;
  const log = options.log?.isLevelEnabled("info") ? options.log : null;
  if (!log && !metrics && !tracing) return handler;
  return (req, res) => {
    const url = req.url ?? "/";
    const query = url.indexOf("?");
    // The path only: a query string may carry variables, and so personal data.
    const path = query >= 0 ? url.slice(0, query) : url;
    const sent = req.headers["x-request-id"];
    const id = typeof sent === "string" && REQUEST_ID_PATTERN.test(sent) ? sent : randomUUID();
    const hasKey = Boolean(req.headers.authorization || req.headers["x-api-key"]);
    const record: RequestRecord = {
      id,
      start: performance.now(),
      method: req.method ?? "GET",
      path,
      route: routeOf(path),
      errorCodes: [],
      client: hasKey ? "key" : "anonymous",
    };
    records.set(req, record);
    res.setHeader("x-request-id", id);
    const span = tracing?.startRequest(record, req.headers);
    res.once("close", () => {
      const milliseconds = performance.now() - record.start;
      const finished = res.writableFinished;
      const status = res.statusCode;
      if (log) {
        const name = record.operationName;
        log.info(
          {
            reqId: record.id,
            method: record.method,
            path: path.slice(0, 200),
            status,
            durationMs: Math.round(milliseconds * 10) / 10,
            ...(name !== undefined
              ? {
                  operation: name === null ? null : name.slice(0, MAX_LOGGED_OPERATION_NAME),
                  operationType: record.operationType,
                }
              : {}),
            ...(record.errorCodes.length ? { errors: record.errorCodes } : {}),
            client: record.client,
            ...(record.cache ? { cache: record.cache } : {}),
            ...(finished ? {} : { aborted: true }),
          },
          "request",
        );
      }
      metrics?.observeRequest({
        route: record.route,
        operationName: record.operationName,
        outcome: outcomeOf(status, record, finished),
        seconds: milliseconds / 1000,
        errorCodes: record.errorCodes,
      });
      if (span) tracing!.endRequest(span, record, status);
    });
    if (span) tracing!.runIn(span, () => handler(req, res));
    else handler(req, res);
  };
}
