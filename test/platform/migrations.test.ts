import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffMigrationsToSchema, listMigrations } from "../../prisma/migrations.js";
import { checksum, isMigrated, migrate, MigrationError } from "../../src/db/migrate.js";
import { databaseTargets, openEmptyDatabase, type TestDatabase } from "../support/database.js";

describe("committed migrations", () => {
  it("produce exactly the database that prisma/schema.prisma describes (run npm run db:diff -- <name> when this fails)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  }, 120_000);
});

describe.each(databaseTargets())("migrating $name", (target) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openEmptyDatabase(target);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("applies every migration once, records it as Prisma does, and does nothing the second time", async () => {
    expect(await isMigrated(db)).toBe(false);
    const first = await migrate(db);
    expect(first.applied).toEqual(listMigrations().map((migration) => migration.name));
    expect(await isMigrated(db)).toBe(true);
    const rows = await db.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(
      listMigrations().map((m) => ({ migration_name: m.name, checksum: checksum(m.sql), applied_steps_count: 1 })),
    );
    expect((await migrate(db)).applied).toEqual([]);
  });

  it("refuses to continue when an applied migration was edited afterwards", async () => {
    const edited = listMigrations().map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    await expect(migrate(db, edited)).rejects.toThrow(MigrationError);
    await expect(migrate(db, edited)).rejects.toThrow(/was changed after it was applied/);
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const broken = [
      ...listMigrations(),
      { name: "99990101000000_broken", sql: `CREATE TABLE half_done (id int); SELECT no_such_function();` },
    ];
    await expect(migrate(db, broken)).rejects.toThrow();
    const tables = await db.query<{ exists: boolean }>(`SELECT to_regclass('half_done') IS NOT NULL AS exists`);
    expect(tables[0]?.exists).toBe(false);
    expect(await isMigrated(db, broken)).toBe(false);
  });
});
