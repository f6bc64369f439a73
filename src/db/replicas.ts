/**
 * Reads of the public directory on PostgreSQL standbys
 * (`DATABASE_REPLICA_URLS`). `routeReads` gives a `Database` for those reads
 * only: the directory's resolvers, loaders and exports take it (the
 * context's `directory`), while the write side, API keys, idempotency and
 * tracking lookups keep the primary (`db`), so they always see their own
 * writes. The directory itself changes only when the act is reloaded, so a
 * standby's lag of a few seconds shows nothing stale that matters.
 *
 * Why not `@prisma/extension-read-replicas` (0.5, which does support Prisma 7
 * with adapters): it picks a replica at random for every read, including
 * the API-key and tracking reads that must see their own writes, has no way
 * to take a failed replica out or to retry elsewhere, and knows nothing of
 * the raw SQL (`db.query`) the directory's list pages use. This file is that
 * extension's idea (a query extension that sends reads to another client)
 * plus the failover:
 *
 * - a read that finds its standby unreachable (or cancelled by a replay
 *   conflict) is run again, once, on the primary: the client sees no error;
 * - that standby is taken out at once and probed every `REPLICA_PROBE_MS`;
 *   it comes back by itself when a probe succeeds;
 * - standbys in service take reads in turn; with none, reads go to the primary;
 * - taking out and bringing back are logged once each.
 */
import type { PrismaClient } from "../generated/prisma/client.js";
import { isDatabaseUnavailable } from "../graphql/unavailable.js";
import type { Logger } from "../server/log.js";
import type { Database } from "./database.js";

/** How often a standby that was taken out is tried again (ms). */
export const REPLICA_PROBE_MS = 1_000;

/** Prisma's operations that only read; everything else goes to the primary. */
const READS = new Set([
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "findUnique",
  "findUniqueOrThrow",
  "groupBy",
  "aggregate",
  "count",
]);

/** A standby cancels a query whose rows replay is about to remove: the primary can answer it. */
const isRecoveryConflict = (error: unknown) => /conflict with recovery/i.test(String((error as Error)?.message ?? ""));

interface Standby {
  db: Database;
  up: boolean;
}

export interface ReadRouter {
  /** Where the directory's reads go. */
  directory: Database;
  /** Each standby's description and whether it takes reads now (for /ready). */
  status(): { standby: string; up: boolean }[];
  /** Stops probing and closes the standbys' pools (not the primary). */
  close(): Promise<void>;
}

export function routeReads(primary: Database, replicas: Database[], logger: Logger): ReadRouter {
  const standbys: Standby[] = replicas.map((db) => ({ db, up: true }));
  let turn = 0;
  const pick = (): Standby | null => {
    for (let i = 0; i < standbys.length; i++) {
      const standby = standbys[(turn + i) % standbys.length]!;
      if (standby.up) {
        turn = (turn + i + 1) % standbys.length;
        return standby;
      }
    }
    return null;
  };
  const takeOut = (standby: Standby, error: unknown) => {
    if (!standby.up) return;
    standby.up = false;
    logger.error(
      `${standby.db.description} taken out of reads (${(error as Error)?.message?.split("\n")[0] ?? error}); its reads go elsewhere until it answers again`,
    );
  };
  /** Runs a read on a standby; falls back to `onPrimary` when the standby cannot answer it. */
  const read = async <T>(onStandby: (db: Database) => Promise<T>, onPrimary: () => Promise<T>): Promise<T> => {
    const standby = pick();
    if (!standby) return onPrimary();
    try {
      return await onStandby(standby.db);
    } catch (error) {
      if (!isDatabaseUnavailable(error) && !isRecoveryConflict(error)) throw error;
      if (isDatabaseUnavailable(error)) takeOut(standby, error);
      return onPrimary();
    }
  };

  const probe = setInterval(() => {
    for (const standby of standbys) {
      if (standby.up) continue;
      standby.db.query("SELECT 1").then(
        () => {
          if (standby.up) return;
          standby.up = true;
          logger.info(`${standby.db.description} answers again: back in reads`);
        },
        () => undefined,
      );
    }
  }, REPLICA_PROBE_MS);
  probe.unref();

  const prisma = primary.prisma.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        if (!model || !READS.has(operation)) return query(args);
        const delegate = (client: PrismaClient) =>
          (client as unknown as Record<string, Record<string, (args: unknown) => Promise<unknown>>>)[
            model[0]!.toLowerCase() + model.slice(1)
          ]![operation]!(args);
        return read(
          (db) => delegate(db.prisma),
          () => query(args),
        );
      },
    },
    // Query extensions change no types: the routed client has the primary's shape.
  }) as unknown as PrismaClient;

  const directory: Database = {
    kind: primary.kind,
    description: primary.description,
    prisma,
    statements: primary.statements,
    // A transaction may write, and reads in one must agree with each other: the primary's.
    transaction: (work) => primary.transaction(work),
    query: (sql, params) =>
      read(
        (db) => db.query(sql, params),
        () => primary.query(sql, params),
      ),
    // Metrics report the primary's pool and statements (the standbys' pools are their own).
    poolStats: () => primary.poolStats(),
    observeQueries: (listener) => primary.observeQueries(listener),
    // The primary's owner closes it.
    close: async () => undefined,
  };

  return {
    directory: standbys.length ? directory : primary,
    status: () => standbys.map((standby) => ({ standby: standby.db.description, up: standby.up })),
    async close() {
      clearInterval(probe);
      await Promise.all(standbys.map((standby) => standby.db.close()));
    },
  };
}
