/**
 * `npm run db:diff -- <name>`: writes the next migration from schema.prisma.
 * Prints "no changes" and writes nothing when the migrations already match.
 */
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { diffMigrationsToSchema, MIGRATION_LOCK, MIGRATIONS_DIR } from "./migrations.js";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:diff -- <name>   (name: lower-case letters, digits and underscores)");
  process.exit(2);
}

const sql = await diffMigrationsToSchema();
if (!sql) {
  console.log("no changes: prisma/migrations already matches prisma/schema.prisma");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, "migration.sql"), sql);
const lock = join(MIGRATIONS_DIR, "migration_lock.toml");
if (!existsSync(lock)) {
  writeFileSync(lock, MIGRATION_LOCK);
}
console.log(`wrote ${join("prisma/migrations", `${stamp}_${name}`, "migration.sql")}`);
