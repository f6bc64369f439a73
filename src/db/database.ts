/**
 * The one place that opens a database. Everything else receives a `Database`
 * (the Prisma client plus the raw SQL the migrator and the seed loader need),
 * so tests and tools can hand in their own.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type DatabaseConfig, describeDatabase, redact } from "../config/config.js";
import { PrismaClient } from "../generated/prisma/client.js";
import { PGLITE_EXTENSIONS } from "./pglite-extensions.js";

/** Raw SQL inside one transaction. */
export interface SqlTransaction {
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database {
  readonly kind: "pglite" | "postgres";
  readonly description: string;
  readonly prisma: PrismaClient;
  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /** One statement outside a transaction. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Counts the SQL statements Prisma sends (for tests and benchmarks of batching). */
  readonly statements: { count: number };
  close(): Promise<void>;
}

/** The database could not be opened or reached; the message is one line for the user. */
export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
}

export interface CreateDatabaseOptions {
  /** Log every statement Prisma sends to stderr. */
  logQueries?: boolean;
}

export async function createDatabase(config: DatabaseConfig, options: CreateDatabaseOptions = {}): Promise<Database> {
  return config.kind === "postgres" ? openPostgres(config, options) : openPGlite(config.dataDir, options);
}

function newPrismaClient(adapter: PrismaPGlite | PrismaPg, options: CreateDatabaseOptions) {
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const statements = { count: 0 };
  prisma.$on("query", (event) => {
    statements.count += 1;
    if (options.logQueries) process.stderr.write(`[sql] ${event.query}\n`);
  });
  return { prisma, statements };
}

async function openPGlite(dataDir: string | null, options: CreateDatabaseOptions): Promise<Database> {
  let pglite: PGlite;
  try {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    pglite = dataDir ? new PGlite(dataDir, { extensions: PGLITE_EXTENSIONS }) : new PGlite({ extensions: PGLITE_EXTENSIONS });
    await pglite.waitReady;
  } catch (error) {
    throw new DatabaseUnavailableError(
      `cannot open the embedded database in ${dataDir ?? "memory"}: ${(error as Error).message}` +
        (dataDir ? " (is another Qyzmet process using it? PGlite allows one process per directory)" : ""),
    );
  }
  return fromPGlite(pglite, describeDatabase({ kind: "pglite", dataDir }), options);
}

/** Wraps a PGlite instance that is already open (tests restore one from a snapshot this way). */
export function fromPGlite(pglite: PGlite, description: string, options: CreateDatabaseOptions = {}): Database {
  const { prisma, statements } = newPrismaClient(new PrismaPGlite(pglite), options);
  // PGlite is a single connection: one transaction at a time, so raw
  // transactions and Prisma's own queries are serialised by PGlite itself.
  return {
    kind: "pglite",
    description,
    prisma,
    statements,
    async transaction(work) {
      return pglite.transaction(async (tx) =>
        work({
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async <Row>(sql: string, params?: unknown[]) => (await tx.query<Row>(sql, params)).rows,
        }),
      );
    },
    async query<Row>(sql: string, params?: unknown[]) {
      return (await pglite.query<Row>(sql, params)).rows;
    },
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

function explainPostgresError(url: string, error: unknown): string {
  const err = error as NodeJS.ErrnoException & { code?: string };
  const target = redact(url);
  switch (err.code) {
    case "ECONNREFUSED":
      return `cannot reach PostgreSQL at ${target}: connection refused (is the server running?)`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot reach PostgreSQL at ${target}: unknown host`;
    case "ETIMEDOUT":
      return `cannot reach PostgreSQL at ${target}: connection timed out`;
    case "3D000":
      return `PostgreSQL at ${target}: the database does not exist (${err.message})`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${target}: authentication failed (${err.message})`;
    default:
      return `cannot use PostgreSQL at ${target}: ${err.message}`;
  }
}

async function openPostgres(config: Extract<DatabaseConfig, { kind: "postgres" }>, options: CreateDatabaseOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize,
    connectionTimeoutMillis: 10_000,
    // Every connection works in the configured schema (created on first use).
    ...(config.schema ? { options: `-c search_path="${config.schema}"` } : {}),
  });
  // An idle client that loses its server must not crash the process.
  pool.on("error", () => undefined);
  try {
    await pool.query(config.schema ? `CREATE SCHEMA IF NOT EXISTS "${config.schema}"` : "SELECT 1");
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(explainPostgresError(config.url, error));
  }
  // Prisma qualifies every table with its schema, so it must be told the one the pool works in.
  const { prisma, statements } = newPrismaClient(new PrismaPg(pool, config.schema ? { schema: config.schema } : undefined), options);
  return {
    kind: "postgres",
    description: describeDatabase(config),
    prisma,
    statements,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async query<Row>(sql: string, params?: unknown[]) {
      return (await pool.query(sql, params)).rows as Row[];
    },
    async close() {
      // Idempotent, like PGlite's: a server and a test may both close the same database.
      if (pool.ended) return;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
