/**
 * Fixtures for the write side's API tests: the real server over HTTP, a
 * request helper that sends an API key, and keys of each role issued
 * straight into the test's database.
 */
import type { Database } from "../../src/db/database.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { type ServerOptions, startServer } from "../../src/server/server.js";
import { issueApiKey, type Role } from "../../src/modules/access/access.service.js";
import { type DatabaseTarget, openSeededDatabase, type TestDatabase } from "../support/database.js";

/** A seeded database for a write test: a schema of its own on PostgreSQL, a restored snapshot on PGlite. */
export function openWriteDatabase(target: DatabaseTarget): Promise<TestDatabase> {
  return openSeededDatabase(target);
}

/** Selects every error member of the write side's result unions. */
export const ERRORS = `
  ... on MutationError { __typename message }
  ... on ValidationFailed { fields { field message } }
  ... on NotFound { entity reference }
  ... on Forbidden { requiredRole }
  ... on Conflict { reason currentVersion currentStatus }
`;

export interface Api {
  /** The server's GraphQL URL (`http://127.0.0.1:<port>/graphql`). */
  url: string;
  /** Runs one operation as the holder of `key` (anonymous when null); returns `data`, failing the test on GraphQL errors unless `allowErrors`. */
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, key?: string | null): Promise<T>;
  /** The whole result, errors included. */
  raw(
    query: string,
    variables?: Record<string, unknown>,
    key?: string | null,
  ): Promise<{ data?: any; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  key(role: Role, name: string, providerId?: string | null): Promise<string>;
  stop(): Promise<void>;
}

/** The API as clients meet it: the real server (its plugins, limits and error masking) over HTTP on loopback. */
export async function startApi(db: Database, options: Partial<ServerOptions> = {}): Promise<Api> {
  // The test owns the database, so the server must not close it.
  const server = await startServer({
    db: { ...db, close: async () => undefined },
    schema: await buildGraphQLSchema(),
    host: "127.0.0.1",
    port: 0,
    shutdownGraceMs: 1000,
    ...options,
  });
  const raw: Api["raw"] = async (query, variables = {}, key = null) => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Awaited<ReturnType<Api["raw"]>>;
  };
  return {
    url: server.url,
    raw,
    async run(query, variables, key) {
      const result = await raw(query, variables, key);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    async key(role, name, providerId = null) {
      return (await issueApiKey(db, { name, role, providerId })).key;
    },
    stop: () => server.close(),
  };
}
