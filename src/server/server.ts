/**
 * The HTTP server: GraphQL at /graphql, liveness at /health, readiness at
 * /ready. `close()` stops accepting connections, lets in-flight requests
 * finish (up to the grace period) and then closes the database.
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Database } from "../db/database.js";
import { isMigrated } from "../db/migrate.js";
import { seededHash } from "../db/seed.js";
import { type Context, createContext } from "../graphql/context.js";
import { type Logger, silentLogger } from "./log.js";

/** Largest request body accepted, in bytes (documented in the README). */
export const MAX_REQUEST_BYTES = 100 * 1024;

export interface ServerOptions {
  db: Database;
  schema: GraphQLSchema;
  host: string;
  port: number;
  shutdownGraceMs?: number;
  logger?: Logger;
}

export interface QyzmetServer {
  url: string;
  port: number;
  httpServer: Server;
  apollo: ApolloServer<Context>;
  /** Drains in-flight requests, then closes the database. Safe to call twice. */
  close(): Promise<void>;
}

/** The port is taken or the host cannot be bound; the message is one line for the user. */
export class ListenError extends Error {
  override readonly name = "ListenError";
}

export async function startServer(options: ServerOptions): Promise<QyzmetServer> {
  const { db, schema, logger = silentLogger } = options;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);

  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
  });

  app.get("/ready", async (_req, res) => {
    try {
      const migrated = await isMigrated(db);
      const seeded = migrated ? (await seededHash(db)) !== null : false;
      const ready = migrated && seeded;
      res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not-ready", database: db.kind, migrated, seeded });
    } catch (error) {
      res.status(503).json({ status: "not-ready", database: db.kind, error: (error as Error).message });
    }
  });

  app.use(
    "/graphql",
    cors(),
    express.json({ limit: MAX_REQUEST_BYTES }),
    expressMiddleware(apollo, { context: async () => createContext(db) }),
  );

  app.use((_req, res) => {
    res.status(404).json({ error: "not found", endpoints: ["/graphql", "/health", "/ready"] });
  });

  httpServer.listen(options.port, options.host);
  try {
    await Promise.race([
      once(httpServer, "listening"),
      once(httpServer, "error").then(([error]) => Promise.reject(error)),
    ]);
  } catch (error) {
    await apollo.stop().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new ListenError(`port ${options.port} on ${options.host} is already in use (set PORT to another port)`);
    if (code === "EACCES") throw new ListenError(`no permission to listen on port ${options.port} (use a port above 1023)`);
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new ListenError(`cannot listen on host ${options.host} (set HOST to an address of this machine)`);
    throw error;
  }
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const grace = options.shutdownGraceMs ?? 10_000;
      const timer = setTimeout(() => httpServer.closeAllConnections(), grace);
      try {
        await apollo.stop();
      } finally {
        clearTimeout(timer);
        await db.close();
      }
    })();
    return closing;
  };

  logger.debug(`listening on ${shownHost}:${port}`);
  return { url: `http://${shownHost}:${port}/graphql`, port, httpServer, apollo, close };
}
