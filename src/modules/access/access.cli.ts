/**
 * Issues an API key from the command line, for the first ADMIN key of a
 * deployment (later keys come from `createApiKey`):
 *
 *   npx tsx src/modules/access/access.cli.ts <ADMIN|PORTAL|OFFICER> "<name>" [provider-slug]
 *
 * Prints the key once; only its hash is stored. With PostgreSQL it writes to
 * the database; with the embedded one, whose folder has one writer, it asks
 * the running server to issue the key when one holds the folder (see
 * src/server/control.ts), and opens the folder itself otherwise.
 */
import { ConfigError, loadConfig } from "../../config/config.js";
import { createDatabase } from "../../db/database.js";
import { isExpectedStartupError } from "../../db/errors.js";
import { readLock } from "../../db/lock.js";
import { migrate } from "../../db/migrate.js";
import { sendControlRequest } from "../../server/control.js";
import { issueApiKey, type Role } from "./access.service.js";

const [role, name, providerId] = process.argv.slice(2);
if (!role || !["ADMIN", "PORTAL", "OFFICER"].includes(role) || !name || (role === "OFFICER") !== Boolean(providerId)) {
  console.error('usage: access.cli.ts <ADMIN|PORTAL|OFFICER> "<name>" [provider-slug, OFFICER only]');
  process.exit(2);
}
const printKey = (issued: { role: string; name: string; id: string | bigint }, key: string, where: string) =>
  console.log(
    `${issued.role} key "${issued.name}" (${issued.id}) for ${where}:\n${key}\nStore it now: it is not shown again.`,
  );

async function run(): Promise<void> {
  const config = loadConfig().database;
  const holder = config.kind === "pglite" && config.dataDir ? readLock(config.dataDir) : null;
  if (holder?.controlSocket) {
    const answer = await sendControlRequest(holder.controlSocket, {
      command: "issue-key",
      role: role as Role,
      name: name!,
      providerId: providerId ?? null,
    });
    if (!answer.ok) throw new ConfigError(answer.error);
    printKey(answer, answer.key, `the server running as process ${holder.pid}`);
    return;
  }
  // No server holds the folder (or the database is PostgreSQL): open it. A process holding the folder
  // without a control socket (a db:seed, say) makes createDatabase stop with one line.
  const db = await createDatabase(config);
  try {
    await migrate(db);
    if (providerId && !(await db.prisma.provider.findUnique({ where: { id: providerId } })))
      throw new ConfigError(`no provider ${providerId} in ${db.description}`);
    const { key, row } = await issueApiKey(db, {
      name: name!,
      role: role as Role,
      providerId: providerId ?? null,
      createdBy: "cli",
    });
    printKey(row, key, db.description);
  } finally {
    await db.close();
  }
}

await run().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError || isExpectedStartupError(error) ? `qyzmet: ${(error as Error).message}` : error,
  );
  process.exitCode = 1;
});
