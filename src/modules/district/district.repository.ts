import type { Database } from "../../db/database.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { expectIdOrSlug, SLUG_PATTERNS } from "../../graphql/global-id.js";
import { referenceTables } from "../../db/reference-tables.js";
import { byIdLoader, listLoader, pick } from "../../graphql/loader-utils.js";
import { searchTerms, type Term, termsCondition } from "../search/search.text.js";
import type { DistrictFilterInput } from "./district.inputs.js";
import type { DistrictKind, DistrictValue } from "./district.type.js";
import type { District as DistrictRow } from "../../generated/prisma/client.js";

/** A district row as GraphQL serves it: the one mapping, used by every query and loader that returns districts. */
export function asDistrict(row: DistrictRow): DistrictValue {
  return Object.assign(row, { __typename: "District", slug: row.id });
}

/** District list arguments, normalised: the Prisma condition and the loader's batching key. */
export interface DistrictQuery {
  regionId?: string;
  kind?: DistrictKind;
  serviceNumber?: number;
  /** The text filter, parsed (folded, aliases expanded). */
  terms?: Term[];
}

export function districtQuery(filter?: DistrictFilterInput | null): DistrictQuery {
  const query: DistrictQuery = {};
  if (filter?.regionId != null) query.regionId = expectIdOrSlug(filter.regionId, SLUG_PATTERNS.Region, "Region");
  if (filter?.kind != null) query.kind = filter.kind;
  if (filter?.serviceNumber != null) query.serviceNumber = filter.serviceNumber;
  if (filter?.text != null) query.terms = searchTerms(filter.text);
  return query;
}

export function districtWhere(query: DistrictQuery): Prisma.DistrictWhereInput {
  const and: Prisma.DistrictWhereInput[] = [];
  if (query.regionId) and.push({ regionId: query.regionId });
  if (query.kind) and.push({ kind: query.kind });
  if (query.serviceNumber != null)
    and.push({ providers: { some: { serviceLinks: { some: { service: { number: query.serviceNumber } } } } } });
  if (query.terms?.length) and.push(termsCondition(query.terms));
  return { AND: and };
}

/** The act's order of regions, then names in the Kazakh alphabet's order (`name_sort`), then slugs. */
const ORDER: Prisma.DistrictOrderByWithRelationInput[] = [
  { region: { position: "asc" } },
  { nameSort: "asc" },
  { id: "asc" },
];

export async function findDistricts(db: Database, query: DistrictQuery): Promise<DistrictValue[]> {
  return (await db.prisma.district.findMany({ where: districtWhere(query), orderBy: ORDER })).map(asDistrict);
}

/** Factories of the loaders (see src/graphql/loaders.ts, which builds each on first use). */
export function createDistrictLoaders(db: Database) {
  return {
    districtById: () =>
      byIdLoader(
        async (ids) => pick((await referenceTables(db)).districts, ids).map(asDistrict),
        (row) => row.id,
      ),
    districtsByRegionId: () =>
      listLoader<DistrictQuery, DistrictValue>(
        async (regionIds, query) =>
          (
            await db.prisma.district.findMany({
              where: { AND: [districtWhere(query), { regionId: { in: regionIds } }] },
              orderBy: ORDER,
            })
          ).map(asDistrict),
        (row) => [row.regionId],
      ),
  };
}
