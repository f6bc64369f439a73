/**
 * Applies the committed migrations (prisma/migrations) to a database.
 *
 * The bookkeeping table is Prisma's own `_prisma_migrations`, with the same
 * columns and sha256 checksums, so a database migrated here is also
 * understood by `prisma migrate deploy` where the native engine exists, and
 * the other way round.
 */
import { createHash, randomUUID } from "node:crypto";
import { listMigrations, type Migration } from "../../prisma/migrations.js";
import type { Database, SqlTransaction } from "./database.js";

const BOOKKEEPING_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Any number, the same in every process: serialises concurrent migrators on one PostgreSQL server. */
const MIGRATION_LOCK_KEY = 394_2011;

export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

export function checksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

async function appliedMigrations(tx: SqlTransaction): Promise<Map<string, AppliedRow>> {
  const rows = await tx.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return new Map(rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]));
}

function verifyHistory(migrations: Migration[], applied: Map<string, AppliedRow>): Migration[] {
  const known = new Set(migrations.map((migration) => migration.name));
  for (const [name, row] of applied) {
    if (!known.has(name)) {
      throw new MigrationError(
        `the database has migration ${name}, which is not in prisma/migrations (is this checkout older than the database?)`,
      );
    }
    if (row.finished_at === null) {
      throw new MigrationError(
        `migration ${name} started but never finished; resolve it by hand before migrating again`,
      );
    }
  }
  for (const migration of migrations) {
    const row = applied.get(migration.name);
    if (row && row.checksum !== checksum(migration.sql)) {
      throw new MigrationError(
        `migration ${migration.name} was changed after it was applied (checksum differs); add a new migration instead`,
      );
    }
  }
  return migrations.filter((migration) => !applied.has(migration.name));
}

export interface MigrateResult {
  applied: string[];
  total: number;
}

/** Applies every pending migration, each in its own transaction. */
export async function migrate(db: Database, migrations: Migration[] = listMigrations()): Promise<MigrateResult> {
  const applied: string[] = [];
  for (;;) {
    const next = await db.transaction(async (tx) => {
      if (db.kind === "postgres") await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      await tx.exec(BOOKKEEPING_TABLE);
      const pending = verifyHistory(migrations, await appliedMigrations(tx));
      const migration = pending[0];
      if (!migration) return null;
      const startedAt = new Date();
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, $4, 1)`,
        [randomUUID(), checksum(migration.sql), migration.name, startedAt],
      );
      return migration.name;
    });
    if (next === null) return { applied, total: migrations.length };
    applied.push(next);
  }
}

/** True when every committed migration has been applied (what `/ready` reports). */
export async function isMigrated(db: Database, migrations: Migration[] = listMigrations()): Promise<boolean> {
  const rows = await db.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
  if (!rows[0]?.exists) return false;
  const applied = await db.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const names = new Set(applied.map((row) => row.migration_name));
  return migrations.every((migration) => names.has(migration.name));
}

/** Drops every table and type of the schema Qyzmet works in: `db:reset`, and tests that need a clean database. */
export async function dropAll(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.query<{ schema: string }>(`SELECT current_schema() AS schema`);
    const schema = (row?.schema ?? "public").replace(/"/g, '""');
    await tx.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}";`);
  });
}
