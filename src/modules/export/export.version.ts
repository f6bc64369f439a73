/**
 * What every export states about itself: the data version (the hash of the
 * seed data the database holds, `seed_state`; see src/db/seed.ts), when this
 * deployment loaded it, and the act's number and date.
 */
import type { Database } from "../../db/database.js";

export interface DataVersion {
  /** sha256 of seeds/data, the loader and the migrations: changes exactly when the served data may. */
  hash: string;
  /** When this database loaded that data (the records' `last_modified` in HSDS). */
  loadedAt: Date;
  act: {
    id: string;
    number: string;
    date: string;
    title: string;
    status: string;
    repealedOn: string | null;
    repealedBy: string | null;
  };
}

/** The version of the data the database serves; null before the first seed. */
export async function dataVersion(db: Database): Promise<DataVersion | null> {
  const [state] = await db.query<{ hash: string; seeded_at: Date | string }>(
    `SELECT hash, seeded_at FROM seed_state WHERE key = 'directory'`,
  );
  const [act] = await db.query<{
    id: string;
    number: string;
    date: Date | string;
    title: string;
    status: string;
    repeal: { date?: string; number?: string } | null;
  }>(
    `SELECT id, number, to_char(date, 'YYYY-MM-DD') AS date, title, status, repeal FROM legal_act ORDER BY id LIMIT 1`,
  );
  if (!state || !act) return null;
  const date = act.date instanceof Date ? act.date.toISOString().slice(0, 10) : String(act.date).slice(0, 10);
  return {
    hash: state.hash,
    loadedAt: new Date(state.seeded_at),
    act: {
      id: act.id,
      number: act.number,
      date,
      title: act.title,
      status: act.status,
      repealedOn: act.repeal?.date ?? null,
      repealedBy: act.repeal?.number ?? null,
    },
  };
}
