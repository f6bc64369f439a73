/**
 * The real server in the test's process, as `npm start` builds it
 * (startServer holds the plugins, limits and error masking; main.ts adds
 * only configuration, whose defaults startServer applies), on a free
 * loopback port.
 */
import type { Database } from "../../src/db/database.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { type QyzmetServer, type ServerOptions, startServer } from "../../src/server/server.js";

/** A server over `db`, which the test owns: closing the server leaves the database open. */
export async function startTestServer(db: Database, options: Partial<ServerOptions> = {}): Promise<QyzmetServer> {
  return startServer({
    db: { ...db, close: async () => undefined },
    schema: await buildGraphQLSchema(),
    host: "127.0.0.1",
    port: 0,
    shutdownGraceMs: 1000,
    ...options,
  });
}
