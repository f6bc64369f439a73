import type { Database } from "../db/database.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** What every resolver receives: built once per request. */
export interface Context {
  /** The primary: the write side, API keys, tracking lookups, and every read that must see its own writes. */
  db: Database;
  /** The public directory's reads: a PostgreSQL standby when there are some (src/db/replicas.ts), else `db`. */
  directory: Database;
  /** The API key the request sent (`Authorization: Bearer qz_…` or `X-Api-Key`), unverified; null when none. See modules/access. */
  apiKey: string | null;
  /** The address the request came from (Express's `req.ip`); null when unknown. Keys the access-code limiter for callers without a key. */
  clientAddress: string | null;
  /** Batching loaders for this request only (see loaders.ts), on `directory`. */
  loaders: Loaders;
}

export function createContext(
  db: Database,
  apiKey: string | null = null,
  clientAddress: string | null = null,
  directory: Database = db,
): Context {
  return { db, directory, apiKey, clientAddress, loaders: createLoaders(directory) };
}
