/**
 * The extensions every PGlite Qyzmet opens must load: the embedded
 * database's thread (pglite-host.mjs) and the schema engine's shadow
 * database (prisma/engine.ts). PGlite links no extension in by default:
 * each ships as a module that must be passed to the constructor, also when a
 * data directory that already has the extension (created by a migration) is
 * opened again or restored from a dump, or its functions fail to load.
 *
 * - pg_trgm: trigram similarity, for search's typo tolerance (the migration
 *   `search_keys` creates it; PostgreSQL servers ship it in contrib).
 *
 * Plain JavaScript, like pglite-host.mjs, which a worker thread loads
 * without the server's TypeScript loader; typed in pglite-extensions.d.mts.
 */
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const PGLITE_EXTENSIONS = { pg_trgm };
