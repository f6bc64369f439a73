import type { Database } from "../db/database.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** What every resolver receives: built once per request. */
export interface Context {
  db: Database;
  /** The API key the request sent (`Authorization: Bearer qz_…` or `X-Api-Key`), unverified; null when none. See modules/access. */
  apiKey: string | null;
  /** The address the request came from (Express's `req.ip`); null when unknown. Keys the access-code limiter for callers without a key. */
  clientAddress: string | null;
  /** Batching loaders for this request only (see loaders.ts). */
  loaders: Loaders;
}

export function createContext(db: Database, apiKey: string | null = null, clientAddress: string | null = null): Context {
  return { db, apiKey, clientAddress, loaders: createLoaders(db) };
}
