/**
 * Ranked search across regions, districts, providers and services. Every
 * row's `search_key` holds the folded forms of all its names; a row matches
 * when it contains every word of the folded query (one indexed-free LIKE per
 * word: the tables are small). Rows are then ranked here by how the query
 * meets their best name.
 */
import type { Database } from "../../db/database.js";
import { searchKey } from "../../../seeds/extract/clean/latin.js";
import { compareKazakh } from "../common/kazakh-order.js";
import { BadInputError } from "../../graphql/errors.js";
import type { Typed } from "../node/node.type.js";
import { asProvider } from "../provider/provider.repository.js";
import { asDistrict } from "../district/district.type.js";
import { asRegion } from "../region/region.type.js";
import { asService, SERVICE_RULES } from "../service/service.type.js";
import { searchKeyContainsAll, searchWords } from "./search.text.js";
import { SearchKind } from "./search.type.js";

export interface SearchHit {
  node: Typed;
  score: number;
  matchedName: string;
}

/** Rank of a kind when scores tie: places before the bodies in them. */
const KIND_ORDER: Record<string, number> = { Region: 0, District: 1, Service: 2, Authority: 3, AkimatApparatus: 4, ServiceCentre: 5 };

/** How well `query` (folded) meets one folded name: 1 whole name, 0.8 its start, 0.6 a word's start, 0.4 a part of a word; 0 otherwise. */
export function nameScore(query: string, name: string): number {
  if (!query) return 0;
  if (name === query) return 1;
  if (name.startsWith(query)) return 0.8;
  if (` ${name}`.includes(` ${query}`)) return 0.6;
  const words = query.split(" ");
  const nameWords = name.split(" ");
  if (words.every((word) => nameWords.some((candidate) => candidate.startsWith(word)))) return 0.5;
  if (words.every((word) => name.includes(word))) return 0.4;
  return 0;
}

function best(query: string, names: (string | null | undefined)[]): { score: number; matchedName: string } {
  let result = { score: 0, matchedName: names.find(Boolean) ?? "" };
  for (const name of names) {
    if (!name) continue;
    const score = nameScore(query, searchKey(name));
    if (score > result.score) result = { score, matchedName: name };
  }
  return result;
}

export async function search(db: Database, text: string, kinds?: SearchKind[] | null): Promise<SearchHit[]> {
  const words = searchWords(text);
  if (words.length === 0) throw new BadInputError("search needs at least one letter or digit");
  const query = words.join(" ");
  const wanted = new Set(kinds?.length ? kinds : Object.values(SearchKind));
  const where = searchKeyContainsAll(words);
  const providerTypes = (
    [
      [SearchKind.AUTHORITY, "AUTHORITY"],
      [SearchKind.AKIMAT_APPARATUS, "AKIMAT_APPARATUS"],
      [SearchKind.SERVICE_CENTRE, "SERVICE_CENTRE"],
    ] as const
  )
    .filter(([kind]) => wanted.has(kind))
    .map(([, type]) => type);

  const [regions, districts, providers, services] = await Promise.all([
    wanted.has(SearchKind.REGION) ? db.prisma.region.findMany({ where }) : [],
    wanted.has(SearchKind.DISTRICT) ? db.prisma.district.findMany({ where }) : [],
    providerTypes.length ? db.prisma.provider.findMany({ where: { AND: [where, { type: { in: [...providerTypes] } }] } }) : [],
    wanted.has(SearchKind.SERVICE) ? db.prisma.service.findMany({ where, omit: SERVICE_RULES }) : [],
  ]);

  const hits: SearchHit[] = [
    ...regions.map((row) => ({ node: asRegion(row), ...best(query, [row.name, row.nameLatin, ...row.alternateNames]) })),
    ...districts.map((row) => ({ node: asDistrict(row), ...best(query, [row.name, row.nameLatin, ...row.alternateNames]) })),
    ...providers.map((row) => ({ node: asProvider(row), ...best(query, [row.name, row.nameLatin, ...row.alternateNames]) })),
    ...services.map((row) => ({ node: asService(row), ...best(query, [row.title, row.preambleTitle, ...row.alternateTitles]) })),
  ];
  // A row can match through its key without any single name holding every word; it still ranks, lowest.
  for (const hit of hits) if (hit.score === 0) hit.score = 0.2;
  return hits.sort(
    (a, b) =>
      b.score - a.score ||
      (KIND_ORDER[a.node.__typename] ?? 9) - (KIND_ORDER[b.node.__typename] ?? 9) ||
      a.matchedName.length - b.matchedName.length ||
      compareKazakh(a.matchedName, b.matchedName),
  );
}
