import type { Database } from "../db/database.js";

/** What every resolver receives: built once per request. */
export interface Context {
  db: Database;
}

export function createContext(db: Database): Context {
  return { db };
}
