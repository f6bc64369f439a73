/**
 * Fixtures for the write side's API tests: the real schema behind Apollo
 * Server, a request helper that sends an API key, and keys of each role
 * issued straight into the test's database.
 */
import { randomBytes } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import pg from "pg";
import { createDatabase, type Database } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { seed } from "../../src/db/seed.js";
import { createContext, type Context } from "../../src/graphql/context.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { issueApiKey, type Role } from "../../src/modules/access/access.service.js";
import { committedSeedData, type DatabaseTarget, openSeededDatabase, postgresUrl, type TestDatabase } from "../support/database.js";

/**
 * A seeded database for a write test. On PostgreSQL it is a database of its
 * own (dropped afterwards) rather than a schema of a shared one: Prisma's
 * PostgreSQL adapter names tables as `public.<table>` unless it is told the
 * schema, which `src/db/database.ts` does not do yet, so Prisma's writes must
 * land in `public`.
 */
export async function openWriteDatabase(target: DatabaseTarget): Promise<TestDatabase> {
  if (target.name !== "postgres") return openSeededDatabase(target);
  const name = `qyzmet_write_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  url.searchParams.delete("schema");
  const db = await createDatabase({ kind: "postgres", url: url.toString(), poolSize: 6, schema: null });
  const dispose = async () => {
    await db.close().catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  };
  try {
    await migrate(db);
    await seed(db, committedSeedData());
  } catch (error) {
    await dispose();
    throw error;
  }
  return Object.assign(db, { dispose });
}

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
