import type { Database } from "../../db/database.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { referenceTables } from "../../db/reference-tables.js";
import { byIdLoader, pick } from "../../graphql/loader-utils.js";
import { searchTerms, termsCondition } from "../search/search.text.js";
import type { RegionFilterInput } from "./region.inputs.js";
import type { RegionValue } from "./region.type.js";
import type { Region as RegionRow } from "../../generated/prisma/client.js";

/** A region row as GraphQL serves it: the one mapping, used by every query and loader that returns regions. */
export function asRegion(row: RegionRow): RegionValue {
  return Object.assign(row, { __typename: "Region", slug: row.id });
}

export function regionWhere(filter?: RegionFilterInput | null): Prisma.RegionWhereInput {
  const and: Prisma.RegionWhereInput[] = [];
  if (filter?.kind) and.push({ kind: filter.kind });
  if (filter?.serviceNumber != null)
    and.push({ providers: { some: { serviceLinks: { some: { service: { number: filter.serviceNumber } } } } } });
  const terms = filter?.text != null ? searchTerms(filter.text) : [];
  if (terms.length) and.push(termsCondition(terms));
  return { AND: and };
}

export async function findRegions(db: Database, filter?: RegionFilterInput | null): Promise<RegionValue[]> {
  return (await db.prisma.region.findMany({ where: regionWhere(filter), orderBy: { position: "asc" } })).map(asRegion);
}

/** Factories of the loaders (see src/graphql/loaders.ts, which builds each on first use). */
export function createRegionLoaders(db: Database) {
  return {
    regionById: () =>
      byIdLoader(
        async (ids) => pick((await referenceTables(db)).regions, ids).map(asRegion),
        (row) => row.id,
      ),
  };
}
