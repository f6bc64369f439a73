/**
 * Helpers for the graph's tests: the real server over a real database (never
 * mocks), and operations sent to it over HTTP as clients send them.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type DocumentNode, print } from "graphql";
import { migrate } from "../../src/db/migrate.js";
import type { QyzmetServer, ServerOptions } from "../../src/server/server.js";
import { type DatabaseTarget, openEmptyDatabase, openSeededDatabase, type TestDatabase } from "../support/database.js";
import { startTestServer } from "../support/server.js";

export interface GraphHarness {
  db: TestDatabase;
  server: QyzmetServer;
  /**
   * POSTs an operation to the server as a client does and returns its result (`data`, `errors`), run afresh
   * (`Cache-Control: no-cache`): these tests are about execution; the response cache has tests of its own.
   */
  execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
    variables?: TVariables,
  ): Promise<{ data?: TData | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  /** POSTs an operation to /graphql and returns the status, headers and parsed body. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

async function harness(db: TestDatabase, options: Partial<ServerOptions> = {}): Promise<GraphHarness> {
  // The harness owns the database (dispose() also drops a PostgreSQL test schema).
  const server = await startTestServer(db, options);
  const post: GraphHarness["post"] = async (body, headers = {}) => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text for the assertion message
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };
  return {
    db,
    server,
    post,
    async execute(document, variables) {
      const query = typeof document === "string" ? document : print(document);
      return (await post({ query, variables }, { "cache-control": "no-cache" })).body as never;
    },
    async close() {
      await server.close();
      await db.dispose();
    },
  };
}

/** A server over the whole committed directory. */
export async function startSeededGraph(
  target: DatabaseTarget,
  options: Partial<ServerOptions> = {},
): Promise<GraphHarness> {
  return harness(await openSeededDatabase(target), options);
}

/** A server over a migrated database that holds no directory yet. */
export async function startEmptyGraph(target: DatabaseTarget): Promise<GraphHarness> {
  const db = await openEmptyDatabase(target);
  await migrate(db);
  return harness(db);
}
