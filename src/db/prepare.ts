import type { AppConfig } from "../config/config.js";
import type { Logger } from "../server/log.js";
import { createDatabase, type Database } from "./database.js";
import { migrate } from "./migrate.js";
import { seed } from "./seed.js";

/** Opens the configured database, migrates it and (unless disabled) loads the directory when it changed. */
export async function prepareDatabase(
  config: Pick<AppConfig, "database" | "seedOnStart">,
  logger: Logger,
): Promise<Database> {
  const db = await createDatabase(config.database);
  try {
    const migrated = await migrate(db);
    if (migrated.applied.length) logger.info(`applied migrations: ${migrated.applied.join(", ")}`);
    if (config.seedOnStart) {
      const started = performance.now();
      const result = await seed(db);
      logger.info(
        result.loaded
          ? `loaded the directory (${summarise(result.tables)}) in ${Math.round(performance.now() - started)} ms`
          : "directory already loaded (seed data unchanged)",
      );
    }
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

function summarise(tables: Record<string, { inserted: number; updated: number; deleted: number }>): string {
  let inserted = 0;
  let updated = 0;
  let deleted = 0;
  for (const counts of Object.values(tables)) {
    inserted += counts.inserted;
    updated += counts.updated;
    deleted += counts.deleted;
  }
  return `${inserted} rows inserted, ${updated} updated, ${deleted} deleted`;
}
