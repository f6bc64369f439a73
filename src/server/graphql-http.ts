/**
 * GraphQL over HTTP at /graphql, on Node's own request and response objects.
 * The Express integration cost a third of the throughput of `{ __typename }`
 * (its middleware chain, body-parser, and an ETag computed by hashing every
 * response body, 0.8 MB for a full walk); the API needs none of it. Express
 * still serves everything else (the IDE, exports, /health, /ready).
 *
 * What the chain did is done here, in this order: CORS (any origin, as the
 * directory is public and keys travel in headers), admission (see
 * admission.ts), the POST content-type rule (JSON only: see schema/README.md
 * on cross-site requests), a body limit, JSON parsing; then Apollo.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap } from "@apollo/server";
import type { Context } from "../graphql/context.js";
import { recordOf } from "../observability/request.js";
import type { CachedResponse, ResponseCache } from "./response-cache.js";

export interface GraphQLHttpOptions {
  apollo: ApolloServer<Context>;
  context: (req: IncomingMessage) => Promise<Context>;
  maxBodyBytes: number;
  /** Decides whether the request runs now, waits, or is turned away; calls `run` when it may run. */
  admit: (req: IncomingMessage, res: ServerResponse, run: () => void) => void;
  /** Answers repeated public reads without running them (response-cache.ts); null when off. */
  cache: ResponseCache | null;
}

const CORS_ALLOW_METHODS = "GET,HEAD,POST,OPTIONS";

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

const failure = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** The request body, up to `limit` bytes; rejects with a status for the client. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) return reject({ status: 413 });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject({ status: 413 });
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

export function graphqlHttpHandler(options: GraphQLHttpOptions) {
  const { apollo, maxBodyBytes } = options;

  async function execute(
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
    keep: ((answer: CachedResponse) => string | null) | null,
  ): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? "GET").toUpperCase(),
        headers,
        search: query >= 0 ? url.slice(query) : "",
        body,
      },
      context: () => options.context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      if (keep) {
        const etag = keep({
          status: res.statusCode,
          headers: Object.fromEntries(response.headers),
          body: response.body.string,
        });
        if (etag) res.setHeader("etag", etag);
      }
      res.setHeader("content-length", Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    res.setHeader("access-control-allow-origin", "*");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": CORS_ALLOW_METHODS,
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "",
        "access-control-max-age": "86400",
        vary: "Access-Control-Request-Headers",
        "content-length": "0",
      });
      res.end();
      return;
    }
    const handle = async () => {
      let text = "";
      if (req.method === "POST") {
        // Only JSON: browsers send the "simple" types (form posts, text/plain) cross-site without asking.
        if (!isJson(req.headers["content-type"])) {
          req.resume();
          return sendJson(
            res,
            415,
            failure("send the operation as JSON: Content-Type: application/json", "BAD_REQUEST"),
          );
        }
        try {
          text = await readBody(req, maxBodyBytes);
        } catch (error) {
          if ((error as { status?: number }).status === 413) {
            return sendJson(
              res,
              413,
              failure(`the request body is larger than ${maxBodyBytes} bytes`, "REQUEST_TOO_LARGE"),
              { connection: "close" },
            );
          }
          throw error;
        }
      }
      // A cached answer costs almost nothing: it is served before admission, which rations real work.
      const cached = options.cache ? await options.cache.lookup(req, res, text) : null;
      const record = options.cache ? recordOf(req) : undefined;
      if (record) record.cache = cached === true ? "hit" : cached ? "miss" : "bypass";
      if (cached === true) return;
      let body: unknown;
      if (req.method === "POST") {
        try {
          body = text === "" ? {} : JSON.parse(text);
        } catch {
          return sendJson(res, 400, failure("the request body is not valid JSON", "BAD_REQUEST"));
        }
      }
      options.admit(req, res, () => {
        execute(req, res, body, cached).catch(fail);
      });
    };
    const fail = (error: unknown) => {
      if (res.headersSent) return res.destroy(error as Error);
      sendJson(res, 500, failure("Internal server error", "INTERNAL_SERVER_ERROR"));
    };
    handle().catch(fail);
  };
}
