/**
 * Fixtures of the push tests: a webhook receiver of the test's own on
 * loopback (it records every request and answers as the test tells it),
 * the webhook settings that let the server reach it, and a graphql-ws client.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type FormattedExecutionResult, print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { parseWebhookConfig } from "../../src/config/config.js";

export interface Received {
  headers: IncomingMessage["headers"];
  body: string;
  json: Record<string, any>;
  at: number;
}

/** What the receiver does with one request: answer with a status, or hold it open (until the socket is destroyed). */
export type Answer = number | "hang";

export interface Receiver {
  url: string;
  received: Received[];
  /** The answers to the next requests, in order; 200 once they run out. */
  answers: Answer[];
  /** Resolves once `predicate` holds for what was received (checked on every request). */
  until(predicate: (received: Received[]) => boolean, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startReceiver(path = "/hooks/qyzmet"): Promise<Receiver> {
  const received: Received[] = [];
  const answers: Answer[] = [];
  const waiters = new Set<() => void>();
  const held = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let json: Record<string, any> = {};
      try {
        json = JSON.parse(body);
      } catch {
        // recorded as it came
      }
      received.push({ headers: req.headers, body, json, at: Date.now() });
      const answer = answers.shift() ?? 200;
      if (answer === "hang") held.add(res);
      else res.writeHead(answer, { "content-type": "text/plain" }).end(answer < 300 ? "ok" : "no");
      for (const wake of waiters) wake();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    answers,
    until(predicate, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(received)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(received);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `the receiver did not get what was expected in ${timeoutMs} ms; it got ${received.length} request(s): ${received.map((r) => r.body).join("\n")}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Settings that let a server send to the loopback receiver, fast: the allow-list by configuration, short retries. */
export const LOOPBACK_WEBHOOK_ENV = {
  WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
  WEBHOOK_ALLOW_HTTP: "true",
  WEBHOOK_RETRY_BASE_MS: "100",
  WEBHOOK_RETRY_MAX_MS: "400",
  WEBHOOK_TIMEOUT_MS: "2000",
  WEBHOOK_POLL_MS: "200",
  EVENTS_POLL_MS: "200",
};
export const loopbackWebhooks = () => parseWebhookConfig(LOOPBACK_WEBHOOK_ENV);

/** A graphql-ws client of `httpUrl`'s /graphql with `key` as its connection's Authorization. */
export function wsClient(httpUrl: string, key: string | null): Client {
  return createClient({
    url: httpUrl.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams: key ? { Authorization: `Bearer ${key}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/**
 * A subscription's values as they come, and its end (an error or completion). `document` is a string only where the
 * test sends what no typed document can be: a query, or an invalid document.
 */
export function collect<TData = Record<string, any>, V extends Record<string, unknown> = Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<TData, V> | string,
  variables: NoInfer<V> = {} as V,
) {
  type T = FormattedExecutionResult<TData>;
  const query = typeof document === "string" ? document : print(document);
  const values: T[] = [];
  const waiters = new Set<() => void>();
  let error: unknown = null;
  let done = false;
  const stop = client.subscribe<TData>(
    { query, variables },
    {
      next: (value) => {
        values.push(value as T);
        for (const wake of waiters) wake();
      },
      error: (err) => {
        error = err;
        done = true;
        for (const wake of waiters) wake();
      },
      complete: () => {
        done = true;
        for (const wake of waiters) wake();
      },
    },
  );
  return {
    values,
    get error() {
      return error;
    },
    stop,
    /** Resolves once `predicate` holds, rejects if the subscription ends first or after `timeoutMs`. */
    until(predicate: (values: T[]) => boolean, timeoutMs = 20_000): Promise<T[]> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(values)) {
            finish();
            resolve(values);
          } else if (done) {
            finish();
            reject(new Error(`the subscription ended: ${JSON.stringify(error)}`));
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(
            new Error(
              `the subscription did not get what was expected in ${timeoutMs} ms; got ${JSON.stringify(values)}`,
            ),
          );
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    /** Resolves with the error (or null on completion) once the subscription ends. */
    ended(timeoutMs = 20_000): Promise<unknown> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!done) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(error);
        };
        const timer = setTimeout(() => reject(new Error("the subscription did not end")), timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
