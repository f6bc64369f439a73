/**
 * Real databases for tests, never mocks: an in-memory PGlite always, and
 * PostgreSQL as well when TEST_DATABASE_URL (or DATABASE_URL) is set. Each
 * PostgreSQL database a test opens lives in a schema of its own, so test
 * files running in parallel never see each other's rows.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { type DatabaseConfig, parseDatabaseUrl, PROJECT_ROOT } from "../../src/config/config.js";
import { createDatabase, type Database } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { readSeedData, seed, type SeedData } from "../../src/db/seed.js";

export interface DatabaseTarget {
  name: "pglite" | "postgres";
  /** A fresh, isolated configuration each call. */
  config(): DatabaseConfig;
}

export const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || "";

/** Which databases the suite runs against: PGlite always, PostgreSQL when a URL is set. */
export function databaseTargets(): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [{ name: "pglite", config: () => ({ kind: "pglite", dataDir: null }) }];
  if (postgresUrl) {
    targets.push({
      name: "postgres",
      config: () => {
        const base = parseDatabaseUrl(postgresUrl);
        if (base.kind !== "postgres")
          throw new Error(`TEST_DATABASE_URL must be a postgres:// URL, got ${postgresUrl}`);
        return { ...base, poolSize: 4, schema: `qyzmet_test_${process.pid}_${randomBytes(4).toString("hex")}` };
      },
    });
  }
  return targets;
}

export interface TestDatabase extends Database {
  /** Closes the database and, on PostgreSQL, drops the test's schema. */
  dispose(): Promise<void>;
}

/** An empty database (no migrations applied). */
export async function openEmptyDatabase(target: DatabaseTarget): Promise<TestDatabase> {
  const config = target.config();
  const db = await createDatabase(config);
  return Object.assign(db, {
    async dispose() {
      await db.close();
      // On a connection of its own: the test may have closed the database already (a server's close() does).
      if (config.kind === "postgres" && config.schema) {
        const client = new pg.Client({ connectionString: config.url });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS "${config.schema}" CASCADE`);
        } finally {
          await client.end();
        }
      }
    },
  });
}

let seedData: SeedData | undefined;

/** The committed seed data, read once per test process. */
export function committedSeedData(): SeedData {
  seedData ??= readSeedData();
  return seedData;
}

/**
 * Loading the directory into a fresh PGlite costs seconds of CPU per test
 * file, so the first file to need it saves a snapshot of the loaded data
 * directory, keyed by the seed hash (which covers the data, the loader and
 * the migrations), and later files restore that instead.
 */
const SNAPSHOT_DIR = join(PROJECT_ROOT, "node_modules", ".cache", "qyzmet-test");

async function openSeededPGlite(): Promise<TestDatabase> {
  const data = committedSeedData();
  const snapshot = join(SNAPSHOT_DIR, `pglite-${data.hash.slice(0, 16)}.tar`);
  if (existsSync(snapshot)) {
    const db = await createDatabase(
      { kind: "pglite", dataDir: null },
      { loadDataDir: new Blob([readFileSync(snapshot)]) },
    );
    return Object.assign(db, { dispose: () => db.close() });
  }
  const db = await createDatabase({ kind: "pglite", dataDir: null });
  const seeded = Object.assign(db, { dispose: () => db.close() });
  await migrate(db);
  await seed(db, data);
  const dump = await db.snapshot!();
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  const partial = `${snapshot}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, snapshot);
  return seeded;
}

/** A migrated database holding the whole committed directory. */
export async function openSeededDatabase(target: DatabaseTarget): Promise<TestDatabase> {
  if (target.name === "pglite") return openSeededPGlite();
  const db = await openEmptyDatabase(target);
  try {
    await migrate(db);
    await seed(db, committedSeedData());
    return db;
  } catch (error) {
    await db.dispose();
    throw error;
  }
}
