/**
 * The SQL of search: the candidate rows of each table, and the typo lookup
 * against the vocabulary (`search_word`) by pg_trgm's trigram similarity,
 * the same on PGlite (which loads pg_trgm as an extension module,
 * src/db/pglite-extensions.mjs) and PostgreSQL.
 */
import type { Address, Email, Phone } from "../../../seeds/contract/index.js";
import type { Database } from "../../db/database.js";
import { fromJson } from "../../db/json.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { SERVICE_RULES } from "../service/service.type.js";
import { type Term, termsCondition } from "./search.text.js";

/** Words shorter than this are never corrected: their trigrams say too little. */
export const MIN_CORRECTED_LENGTH = 4;
/** pg_trgm's own default threshold for `%`. */
export const MIN_SIMILARITY = 0.3;
/** At most this many corrections per word, best first. */
export const MAX_CORRECTIONS = 3;

export interface WordLookup {
  /** Some record's name (or alias) holds the word, inside a word or whole: it is not corrected. */
  known: boolean;
  /** Some record's keys hold it, contacts included: it is never left out. */
  held: boolean;
  similar: { word: string; similarity: number }[];
}

/** The schema pg_trgm lives in (the migration puts it in `public` when there is one); looked up once per database. */
const trigramSchemas = new WeakMap<Database, Promise<string>>();

function trigramSchema(db: Database): Promise<string> {
  let schema = trigramSchemas.get(db);
  if (!schema) {
    schema = db
      .query<{ schema: string }>(
        `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
      )
      .then((rows) => {
        if (!rows[0])
          throw new Error("the pg_trgm extension is not installed: apply the migrations (npm run db:migrate)");
        return rows[0].schema;
      });
    schema.catch(() => trigramSchemas.delete(db));
    trigramSchemas.set(db, schema);
  }
  return schema;
}

/** For each word: whether the vocabulary holds it (inside a word), and the most similar vocabulary words. */
export async function lookupWords(db: Database, words: readonly string[]): Promise<Map<string, WordLookup>> {
  const result = new Map<string, WordLookup>();
  if (words.length === 0) return result;
  const schema = `"${(await trigramSchema(db)).replace(/"/g, '""')}"`;
  // Schema-qualified calls: the search_path of a connection names Qyzmet's schema, not necessarily pg_trgm's.
  const rows = await db.query<{
    typed: string;
    known: boolean;
    held: boolean;
    similar: { word: string; similarity: number }[] | string;
  }>(
    `SELECT q.word AS typed,
            EXISTS (SELECT 1 FROM search_word v WHERE v.names > 0 AND strpos(v.word, q.word) > 0) AS known,
            EXISTS (SELECT 1 FROM search_word v WHERE strpos(v.word, q.word) > 0) AS held,
            COALESCE((
              SELECT json_agg(json_build_object('word', s.word, 'similarity', s.similarity) ORDER BY s.similarity DESC, s.rows DESC, s.word)
              FROM (
                SELECT v.word, v.rows, ${schema}.similarity(v.word, q.word) AS similarity
                FROM search_word v
                WHERE length(q.word) >= $2 AND v.word <> q.word AND ${schema}.similarity(v.word, q.word) >= $3
                ORDER BY 3 DESC, v.rows DESC, v.word
                LIMIT $4
              ) s
            ), '[]'::json) AS similar
     FROM unnest($1::text[]) AS q(word)`,
    [words, MIN_CORRECTED_LENGTH, MIN_SIMILARITY, MAX_CORRECTIONS],
  );
  for (const row of rows) {
    const similar = typeof row.similar === "string" ? (JSON.parse(row.similar) as WordLookup["similar"]) : row.similar;
    result.set(row.typed, {
      known: row.known,
      held: row.held,
      similar: similar.map(({ word, similarity }) => ({ word, similarity: Number(similarity) })),
    });
  }
  return result;
}

/** The rows of each table whose keys meet every term (names; for providers also address, e-mails and sites). */
/**
 * Provider columns scoring never reads. A word like «бөлім» has hundreds of
 * candidates and only a page of them is served: the page's providers are
 * read whole afterwards (src/modules/search/search.resolver.ts), so the
 * candidates leave their hours, units and sources in the database.
 */
const UNSCORED_COLUMNS = {
  schedule: true,
  responsibleUnit: true,
  sources: true,
  searchKey: true,
  contactKey: true,
  phoneKey: true,
  nameSort: true,
} as const;

/** A provider that may match, and its contacts as scoring reads them: the contract's records. */
export interface ProviderCandidate<Row> {
  row: Row;
  address: Address | null;
  emails: Email[];
  phones: Phone[];
}

function asCandidate<Row extends { address: Prisma.JsonValue; emails: Prisma.JsonValue; phones: Prisma.JsonValue }>(
  row: Row,
): ProviderCandidate<Row> {
  return {
    row,
    address: fromJson<Address | null>(row.address),
    emails: fromJson<Email[] | null>(row.emails) ?? [],
    phones: fromJson<Phone[] | null>(row.phones) ?? [],
  };
}

export async function findCandidates(
  db: Database,
  terms: readonly Term[],
  tables: {
    regions: boolean;
    districts: boolean;
    services: boolean;
    providerTypes: ("AUTHORITY" | "AKIMAT_APPARATUS" | "SERVICE_CENTRE")[];
  },
) {
  const names = termsCondition(terms);
  const namesOrContacts = termsCondition(terms, ["searchKey", "contactKey"]) as Prisma.ProviderWhereInput;
  return Promise.all([
    tables.regions ? db.prisma.region.findMany({ where: names }) : [],
    tables.districts ? db.prisma.district.findMany({ where: names }) : [],
    tables.providerTypes.length
      ? db.prisma.provider
          .findMany({
            where: { AND: [namesOrContacts, { type: { in: tables.providerTypes } }] },
            omit: UNSCORED_COLUMNS,
          })
          .then((rows) => rows.map(asCandidate))
      : [],
    tables.services ? db.prisma.service.findMany({ where: names, omit: SERVICE_RULES }) : [],
  ]);
}

/**
 * Providers with a phone whose number is `digits`: a whole number (11
 * digits, international form) matches a number exactly; fewer digits match
 * the end of a number («40-10-63», «21048»).
 */
export async function findByPhone(
  db: Database,
  digits: string,
  providerTypes: ("AUTHORITY" | "AKIMAT_APPARATUS" | "SERVICE_CENTRE")[],
) {
  if (providerTypes.length === 0) return [];
  const contains = digits.length === 11 ? ` ${digits} ` : `${digits} `;
  const rows = await db.prisma.provider.findMany({
    where: { phoneKey: { contains }, type: { in: providerTypes } },
    omit: UNSCORED_COLUMNS,
  });
  return rows.map(asCandidate);
}
