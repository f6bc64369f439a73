-- Search: typo tolerance by trigram similarity (pg_trgm), the providers' contact and phone keys, and the
-- vocabulary typos are corrected against (src/modules/search/search.repository.ts).

-- pg_trgm goes to the public schema when there is one, not to the schema Qyzmet works in: a deployment
-- or a test that keeps Qyzmet in a schema of its own drops that schema to start afresh, and an extension
-- inside it would be dropped with it while other schemas of the database still use it. Where pg_trgm is
-- already installed (in any schema) it is used as it is; search finds its schema at run time.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public') THEN
      CREATE EXTENSION pg_trgm WITH SCHEMA public;
    ELSE
      CREATE EXTENSION pg_trgm;
    END IF;
  END IF;
END $$;

-- AlterTable: existing rows get empty keys until the seed loader reloads them (the seed hash covers the migrations).
ALTER TABLE "provider" ADD COLUMN     "contact_key" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "phone_key" TEXT NOT NULL DEFAULT '';
ALTER TABLE "provider" ALTER COLUMN "contact_key" DROP DEFAULT, ALTER COLUMN "phone_key" DROP DEFAULT;

-- CreateTable
CREATE TABLE "search_word" (
    "word" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "names" INTEGER NOT NULL,

    CONSTRAINT "search_word_pkey" PRIMARY KEY ("word")
);
