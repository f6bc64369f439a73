import type { Extension } from "@electric-sql/pglite";

/** See pglite-extensions.mjs. */
export declare const PGLITE_EXTENSIONS: { pg_trgm: Extension };
