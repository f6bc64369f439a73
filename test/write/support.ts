/**
 * Fixtures for the write side's API tests: the real schema behind Apollo
 * Server, a request helper that sends an API key, and keys of each role
 * issued straight into the test's database.
 */
import { ApolloServer } from "@apollo/server";
import type { Database } from "../../src/db/database.js";
import { createContext, type Context } from "../../src/graphql/context.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
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
  /** Runs one operation as the holder of `key` (anonymous when null); returns `data`, failing the test on GraphQL errors unless `allowErrors`. */
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, key?: string | null): Promise<T>;
  /** The whole result, errors included. */
  raw(query: string, variables?: Record<string, unknown>, key?: string | null): Promise<{ data?: any; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  key(role: Role, name: string, providerId?: string | null): Promise<string>;
  stop(): Promise<void>;
}

export async function startApi(db: Database): Promise<Api> {
  const apollo = new ApolloServer<Context>({ schema: await buildGraphQLSchema() });
  await apollo.start();
  const raw: Api["raw"] = async (query, variables = {}, key = null) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db, key) });
    if (response.body.kind !== "single") throw new Error("incremental delivery is not expected here");
    return response.body.singleResult as Awaited<ReturnType<Api["raw"]>>;
  };
  return {
    raw,
    async run(query, variables, key) {
      const result = await raw(query, variables, key);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    async key(role, name, providerId = null) {
      return (await issueApiKey(db, { name, role, providerId })).key;
    },
    stop: () => apollo.stop(),
  };
}
