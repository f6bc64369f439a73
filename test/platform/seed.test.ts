import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../src/db/prepare.js";
import { migrate } from "../../src/db/migrate.js";
import { seed, type SeedData, seededHash, toRows } from "../../src/db/seed.js";
import { silentLogger } from "../../src/server/log.js";
import { committedSeedData, databaseTargets, openEmptyDatabase, type TestDatabase } from "../support/database.js";

const count = async (db: TestDatabase, table: string) =>
  Number((await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM "${table}"`))[0]?.n);

describe.each(databaseTargets())("loading the directory into $name", (target) => {
  let db: TestDatabase;
  let data: SeedData;
  beforeAll(async () => {
    data = committedSeedData();
    db = await openEmptyDatabase(target);
    await migrate(db);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("loads every record of every file, and the act line by line", async () => {
    const result = await seed(db, data);
    expect(result.loaded).toBe(true);
    const rows = toRows(data);
    expect(await count(db, "provider")).toBe(data.providers.length);
    expect(await count(db, "listing")).toBe(data.listings.length);
    expect(await count(db, "region")).toBe(16);
    expect(await count(db, "service")).toBe(data.services.length);
    expect(await count(db, "provider_service")).toBe(rows.providerService.length);
    expect(await count(db, "source_line")).toBe(84_765);
    expect(await seededHash(db)).toBe(data.hash);
    // Prisma qualifies tables with a schema: it must read the same rows the loader wrote.
    expect(await db.prisma.provider.count()).toBe(data.providers.length);
  });

  it("does nothing when the same data is loaded again, and changes no row even when forced", async () => {
    expect(await seed(db, data)).toEqual({ loaded: false, hash: data.hash, tables: {} });
    const forced = await seed(db, data, { force: true });
    for (const counts of Object.values(forced.tables)) expect(counts).toEqual({ inserted: 0, updated: 0, deleted: 0 });
  });

  it("updates a changed record in place under its stable id, adds new ones and removes vanished ones", async () => {
    const [first, second, ...rest] = data.providers;
    const renamed = { ...first!, name: `${first!.name} (renamed)` };
    const changed: SeedData = {
      ...data,
      hash: `${data.hash}-changed`,
      providers: [renamed, ...rest],
      listings: data.listings.filter((listing) => listing.providerId !== second!.id),
      conflicts: data.conflicts.filter((conflict) => conflict.providerId !== second!.id),
    };
    const result = await seed(db, changed);
    expect(result.tables.provider).toEqual({ inserted: 0, updated: 1, deleted: 1 });
    const [row] = await db.query<{ id: string; name: string }>(`SELECT id, name FROM provider WHERE id = $1`, [
      first!.id,
    ]);
    expect(row).toEqual({ id: first!.id, name: renamed.name });
    expect(await count(db, "provider")).toBe(data.providers.length - 1);

    const restored = await seed(db, data);
    expect(restored.tables.provider).toEqual({ inserted: 1, updated: 1, deleted: 0 });
    expect(await count(db, "provider")).toBe(data.providers.length);
    expect(await count(db, "listing")).toBe(data.listings.length);
  });
});

describe("starting twice on the same embedded database", () => {
  const dir = mkdtempSync(join(tmpdir(), "qyzmet-seed-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the directory on the first start and reuses it on the second", async () => {
    const messages: string[] = [];
    const logger = { ...silentLogger, info: (message: string) => messages.push(message) };
    const config = { database: { kind: "pglite" as const, dataDir: dir }, seedOnStart: true };
    await (await prepareDatabase(config, logger)).close();
    await (await prepareDatabase(config, logger)).close();
    expect(messages.filter((m) => /directory/.test(m)).map((m) => m.replace(/\d+/g, "N"))).toEqual([
      expect.stringMatching(/^loaded the directory \(N rows inserted, N updated, N deleted\) in N ms$/),
      "directory already loaded (seed data unchanged)",
    ]);
  });
});
