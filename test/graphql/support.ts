/**
 * Helpers for the graph's tests: a real server over a real database (never
 * mocks), and operations run through Apollo's `executeOperation` or HTTP.
 */
import { randomBytes } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import pg from "pg";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type DocumentNode, print } from "graphql";
import { migrate } from "../../src/db/migrate.js";
import { type Context, createContext } from "../../src/graphql/context.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { type QyzmetServer, startServer } from "../../src/server/server.js";
import { type DatabaseTarget, openEmptyDatabase, openSeededDatabase, type TestDatabase } from "../support/database.js";

export interface GraphHarness {
  db: TestDatabase;
  server: QyzmetServer;
  /** Runs an operation through the server's Apollo instance (no HTTP), with a fresh context. */
  execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
    variables?: TVariables,
  ): Promise<{ data?: TData | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  /** POSTs an operation to /graphql and returns the status, headers and parsed body. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

/**
 * On PostgreSQL the graph's tests use a database of their own rather than
 * the schema test/support/database.ts gives each test: Prisma's pg adapter
 * qualifies tables with "public" unless it is told the schema
 * (`new PrismaPg(pool, { schema })`, not yet done in src/db/database.ts), so
 * Prisma's reads would miss the rows the raw-SQL loader wrote to the test's
 * schema. A fresh database's "public" schema is the test's alone.
 */
async function isolated(target: DatabaseTarget): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  const base = target.config();
  if (base.kind !== "postgres") return { target, drop: async () => undefined };
  const name = `qyzmet_graph_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: base.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(base.url);
  url.pathname = `/${name}`;
  const config = { ...base, url: url.toString(), schema: null };
  return { target: { name: target.name, config: () => config }, drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function harness(db: TestDatabase, drop: () => Promise<void>): Promise<GraphHarness> {
  // The harness owns the database (dispose() also drops a PostgreSQL test schema), so the server must not close it.
  const server = await startServer({ db: { ...db, close: async () => undefined }, schema: await buildGraphQLSchema(), host: "127.0.0.1", port: 0, shutdownGraceMs: 1000 });
  const apollo: ApolloServer<Context> = server.apollo;
  return {
    db,
    server,
    async execute(document, variables) {
      const query = typeof document === "string" ? document : print(document);
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db) });
      if (response.body.kind !== "single") throw new Error("incremental delivery is not expected");
      return response.body.singleResult as never;
    },
    async post(body, headers = {}) {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headers },
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
    },
    async close() {
      await server.close();
      await db.dispose();
      await drop();
    },
  };
}

/** A server over the whole committed directory. */
export async function startSeededGraph(target: DatabaseTarget): Promise<GraphHarness> {
  const own = await isolated(target);
  return harness(await openSeededDatabase(own.target), own.drop);
}

/** A server over a migrated database that holds no directory yet. */
export async function startEmptyGraph(target: DatabaseTarget): Promise<GraphHarness> {
  const own = await isolated(target);
  const db = await openEmptyDatabase(own.target);
  await migrate(db);
  return harness(db, own.drop);
}
