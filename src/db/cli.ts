/**
 * `npm run db:migrate | db:seed | db:reset` on the configured database
 * (DATABASE_URL, or the embedded PGlite under .data/ when it is unset).
 *
 *   db:migrate         apply pending migrations
 *   db:seed [--force]  load seeds/data when it changed (--force: compare every row anyway)
 *   db:reset           drop everything, migrate, load
 */
import { ConfigError, loadConfig } from "../config/config.js";
import { createDatabase } from "./database.js";
import { isExpectedStartupError } from "./errors.js";
import { dropAll, migrate } from "./migrate.js";
import { seed } from "./seed.js";

const [command, ...flags] = process.argv.slice(2);

async function run(): Promise<void> {
  const config = loadConfig();
  const db = await createDatabase(config.database);
  try {
    if (command === "reset") {
      await dropAll(db);
      console.log(`dropped every table in ${db.description}`);
    }
    if (command === "migrate" || command === "reset" || command === "seed") {
      const { applied, total } = await migrate(db);
      console.log(
        applied.length
          ? `applied ${applied.length} of ${total} migrations: ${applied.join(", ")}`
          : `all ${total} migrations already applied`,
      );
    }
    if (command === "seed" || command === "reset") {
      const started = performance.now();
      const result = await seed(db, undefined, { force: flags.includes("--force") });
      if (!result.loaded) {
        console.log("seed data unchanged since the last load: nothing to do (use --force to compare every row)");
      } else {
        for (const [table, counts] of Object.entries(result.tables)) {
          console.log(`${table.padEnd(18)} +${counts.inserted} ~${counts.updated} -${counts.deleted}`);
        }
        console.log(`loaded in ${Math.round(performance.now() - started)} ms`);
      }
    }
  } finally {
    await db.close();
  }
}

if (!["migrate", "seed", "reset"].includes(command ?? "")) {
  console.error("usage: tsx src/db/cli.ts migrate | seed [--force] | reset");
  process.exit(2);
}
run().catch((error: unknown) => {
  if (error instanceof ConfigError || isExpectedStartupError(error)) {
    console.error(`qyzmet: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
