import { afterAll, describe, expect, it } from "vitest";
import { isMigrated } from "../../src/db/migrate.js";
import { seededHash } from "../../src/db/seed.js";
import { committedSeedData, databaseTargets, openSeededDatabase, type TestDatabase } from "../support/database.js";

describe("a seeded test database", () => {
  const opened: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of opened) await db.dispose();
  });

  it("is migrated and holds the committed directory, whether built or restored from the snapshot", async () => {
    const [pglite] = databaseTargets();
    for (let i = 0; i < 2; i++) {
      const db = await openSeededDatabase(pglite!);
      opened.push(db);
      expect(await isMigrated(db)).toBe(true);
      expect(await seededHash(db)).toBe(committedSeedData().hash);
      const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM provider`);
      expect(row?.n).toBe(committedSeedData().providers.length);
    }
  });
});
