/**
 * The one place that opens a database. Everything else receives a `Database`
 * (the Prisma client plus the raw SQL the migrator and the seed loader need),
 * so tests and tools can hand in their own.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { type DatabaseConfig, describeDatabase, redact } from "../config/config.js";
import { type Prisma, PrismaClient } from "../generated/prisma/client.js";
import { acquireDirectoryLock, type DirectoryLock } from "./lock.js";

/** What the embedded database's thread (pglite-host.mjs) is started with. */
interface PGliteHostData {
  /** The data directory, or null for a database in memory. */
  dataDir: string | null;
  /** A dump from `snapshot()` to start from. */
  loadDataDir: Blob | null;
  socketPath: string;
}

/** What it answers. */
type PGliteHostMessage =
  | { type: "ready" }
  | { type: "error"; message: string }
  | { type: "closed" }
  | { type: "dump"; data: Blob };

/** Raw SQL inside one transaction. */
export interface SqlTransaction {
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** Prisma's client inside one interactive transaction (`prisma.$transaction(async (tx) => …)`). */
export type Tx = Prisma.TransactionClient;

export interface Database {
  readonly kind: "pglite" | "postgres";
  readonly description: string;
  readonly prisma: PrismaClient;
  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /** One statement outside a transaction. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Counts the SQL statements sent, Prisma's and raw (for tests and benchmarks of batching). */
  readonly statements: { count: number };
  /** The connection pool now: connections open, of them idle, and queries waiting for one (for metrics). */
  poolStats(): { total: number; idle: number; waiting: number };
  /** Calls `listener` with the duration, in ms, of every statement Prisma sends (for metrics). */
  observeQueries(listener: (milliseconds: number) => void): void;
  /** PGlite only: a dump of the whole data directory, which `loadDataDir` restores. */
  snapshot?(): Promise<Blob>;
  /** PGlite in a folder only: the folder's lock (held while open), and a private folder (mode 0700) for sockets. */
  readonly lock?: DirectoryLock;
  readonly privateDir?: string;
  close(): Promise<void>;
}

/** The database could not be opened or reached; the message is one line for the user. */
export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
}

export interface CreateDatabaseOptions {
  /** Log every statement Prisma sends to stderr. */
  logQueries?: boolean;
  /** PGlite only: start from this dump of a data directory (tests restore a loaded one). */
  loadDataDir?: Blob;
}

/** The port in the embedded database's socket name (`.s.PGSQL.<port>`, as PostgreSQL names its sockets). */
const SOCKET_PORT = 5432;

export async function createDatabase(config: DatabaseConfig, options: CreateDatabaseOptions = {}): Promise<Database> {
  return config.kind === "postgres" ? openPostgres(config, options) : openPGlite(config.dataDir, options);
}

function newPrismaClient(adapter: PrismaPg, options: CreateDatabaseOptions) {
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const statements = { count: 0 };
  const listeners: ((milliseconds: number) => void)[] = [];
  prisma.$on("query", (event) => {
    statements.count += 1;
    for (const listener of listeners) listener(event.duration);
    if (options.logQueries) process.stderr.write(`[sql] ${event.query}\n`);
  });
  return { prisma, statements, listeners };
}

/**
 * The embedded database, in a worker thread of its own (see pglite-host.ts),
 * reached over a Unix socket in a private temporary folder through the same
 * driver and adapter as PostgreSQL. A data directory is locked to this
 * process (see lock.ts) for as long as it is open.
 */
async function openPGlite(dataDir: string | null, options: CreateDatabaseOptions): Promise<Database> {
  const lock = dataDir ? acquireDirectoryLock(dataDir) : null;
  const socketDir = mkdtempSync(join(tmpdir(), "qyzmet-pglite-"));
  const cleanUp = () => {
    lock?.release();
    rmSync(socketDir, { recursive: true, force: true });
  };
  let worker: Worker;
  try {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const data: PGliteHostData = {
      dataDir,
      loadDataDir: options.loadDataDir ?? null,
      socketPath: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
    };
    worker = new Worker(new URL("./pglite-host.mjs", import.meta.url), { workerData: data });
    const first = await new Promise<PGliteHostMessage>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the database thread exited with code ${code}`)));
    });
    if (first.type !== "ready")
      throw new Error(first.type === "error" ? first.message : `unexpected message ${first.type}`);
  } catch (error) {
    cleanUp();
    throw new DatabaseUnavailableError(
      `cannot open the embedded database in ${dataDir ?? "memory"}: ${(error as Error).message}`,
    );
  }
  // PGlite is one session: one connection, which transactions hold while they run.
  const pool = new pg.Pool({
    host: socketDir,
    port: SOCKET_PORT,
    user: "postgres",
    database: "postgres",
    max: 1,
    connectionTimeoutMillis: 30_000,
  });
  pool.on("error", () => undefined);
  const db = poolDatabase(pool, "pglite", describeDatabase({ kind: "pglite", dataDir }), new PrismaPg(pool), options);
  const ask = <T extends PGliteHostMessage["type"]>(type: "close" | "dump", answer: T) =>
    new Promise<Extract<PGliteHostMessage, { type: T }>>((resolve) => {
      const listen = (message: PGliteHostMessage) => {
        if (message.type !== answer) return;
        worker.off("message", listen);
        resolve(message as Extract<PGliteHostMessage, { type: T }>);
      };
      worker.on("message", listen);
      worker.postMessage({ type });
    });
  let closing: Promise<void> | undefined;
  return {
    ...db,
    ...(lock ? { lock, privateDir: socketDir } : {}),
    async snapshot() {
      return (await ask("dump", "dump")).data;
    },
    close() {
      closing ??= (async () => {
        await db.close();
        await ask("close", "closed");
        await worker.terminate();
        cleanUp();
      })();
      return closing;
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

async function openPostgres(
  config: Extract<DatabaseConfig, { kind: "postgres" }>,
  options: CreateDatabaseOptions,
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize,
    connectionTimeoutMillis: 10_000,
    // Named, so an operator (and the cluster test) can tell Qyzmet's sessions apart in pg_stat_activity.
    application_name: "qyzmet",
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
  const adapter = new PrismaPg(pool, config.schema ? { schema: config.schema } : undefined);
  return poolDatabase(pool, "postgres", describeDatabase(config), adapter, options);
}

/** How long a read waits for a connection to a standby before it goes to the primary instead (ms). */
export const REPLICA_CONNECT_TIMEOUT_MS = 2_000;

/**
 * A read-only standby (src/db/replicas.ts decides when to use it). Unlike the
 * primary it is opened without a round trip: a standby that is down at start
 * is taken out by the router, and must not stop the process from serving.
 */
export function openReplica(
  config: Extract<DatabaseConfig, { kind: "postgres" }>,
  options: CreateDatabaseOptions = {},
): Database {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize,
    connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS,
    application_name: "qyzmet",
    ...(config.schema ? { options: `-c search_path="${config.schema}"` } : {}),
  });
  pool.on("error", () => undefined);
  const adapter = new PrismaPg(pool, config.schema ? { schema: config.schema } : undefined);
  return poolDatabase(pool, "postgres", `standby ${describeDatabase(config)}`, adapter, options);
}

/** A database behind a `pg` pool: a PostgreSQL server, or the embedded one's socket. */
function poolDatabase(
  pool: pg.Pool,
  kind: Database["kind"],
  description: string,
  adapter: PrismaPg,
  options: CreateDatabaseOptions,
): Database {
  const { prisma, statements, listeners } = newPrismaClient(adapter, options);
  return {
    kind,
    description,
    prisma,
    statements,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    observeQueries: (listener) => void listeners.push(listener),
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
      statements.count += 1;
      return (await pool.query(sql, params)).rows as Row[];
    },
    async close() {
      // Idempotent: a server and a test may both close the same database.
      if (pool.ended) return;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
