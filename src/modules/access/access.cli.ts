/**
 * Issues an API key from the command line, for the first ADMIN key of a
 * deployment (later keys come from `createApiKey`):
 *
 *   npx tsx src/modules/access/access.cli.ts <ADMIN|PORTAL|OFFICER> "<name>" [provider-slug]
 *
 * Prints the key once; only its hash is stored.
 */
import { loadConfig } from "../../config/config.js";
import { createDatabase } from "../../db/database.js";
import { migrate } from "../../db/migrate.js";
import { issueApiKey, type Role } from "./access.service.js";

const [role, name, providerId] = process.argv.slice(2);
if (!role || !["ADMIN", "PORTAL", "OFFICER"].includes(role) || !name || (role === "OFFICER") !== Boolean(providerId)) {
  console.error('usage: access.cli.ts <ADMIN|PORTAL|OFFICER> "<name>" [provider-slug, OFFICER only]');
  process.exit(2);
}
const db = await createDatabase(loadConfig().database);
try {
  await migrate(db);
  if (providerId && !(await db.prisma.provider.findUnique({ where: { id: providerId } }))) {
    console.error(`no provider ${providerId} in ${db.description}`);
    process.exitCode = 1;
  } else {
    const { key, row } = await issueApiKey(db, { name, role: role as Role, providerId: providerId ?? null, createdBy: "cli" });
    console.log(`${row.role} key "${row.name}" (${row.id}) for ${db.description}:\n${key}\nStore it now: it is not shown again.`);
  }
} finally {
  await db.close();
}
