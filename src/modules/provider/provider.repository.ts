/**
 * Provider queries. Field arguments are normalised once into a
 * `ProviderQuery` (global ids decoded, text folded), which is both the
 * Prisma condition and the loaders' batching key.
 */
import type { Database } from "../../db/database.js";
import { selectList } from "../../db/columns.js";
import { Prisma, type Provider as ProviderRow } from "../../generated/prisma/client.js";
import { expectIdOrSlug, SLUG_PATTERNS } from "../../graphql/global-id.js";
import {
  type Connection,
  connectionFromArray,
  connectionFromQuery,
  type PageRequest,
} from "../../graphql/connection.js";
import { byIdLoader, listLoader } from "../../graphql/loader-utils.js";
import { searchTerms, type Term, termsCondition } from "../search/search.text.js";
import {
  type ProviderFilterInput,
  OrderDirection,
  type ProviderOrderInput,
  ProviderOrderField,
} from "./provider.inputs.js";
import { isOpenAt, type ScheduleLike } from "./provider.schedule.js";
import { PROVIDER_TYPENAME, ProviderKind, type ProviderValue } from "./provider.type.js";

export interface ProviderQuery {
  type?: ProviderRow["type"];
  /** Kinds the list is limited to (e.g. `regionalAdministrations` = REGIONAL_ADMINISTRATION). */
  kinds?: ProviderKind[];
  regionId?: string;
  districtId?: string;
  serviceNumber?: number;
  /** The text filter, parsed (folded, aliases expanded). */
  terms?: Term[];
  /** Only providers open at this instant (ISO 8601). */
  openAt?: string;
  /** Only providers whose listings disagree somewhere (true) or nowhere (false). */
  hasConflicts?: boolean;
  order: ProviderOrderField;
  direction: OrderDirection;
}

export const KIND_CONDITION: Record<ProviderKind, Prisma.ProviderWhereInput> = {
  DISTRICT_DEPARTMENT: { type: "AUTHORITY", authorityKind: "DISTRICT_DEPARTMENT" },
  REGIONAL_ADMINISTRATION: { type: "AUTHORITY", authorityKind: "REGIONAL_ADMINISTRATION" },
  MINISTRY: { type: "AUTHORITY", authorityKind: "MINISTRY" },
  REGIONAL_AKIMAT_APPARATUS: { type: "AKIMAT_APPARATUS", akimatLevel: "REGIONAL" },
  DISTRICT_AKIMAT_APPARATUS: { type: "AKIMAT_APPARATUS", akimatLevel: "DISTRICT" },
  SERVICE_CENTRE: { type: "SERVICE_CENTRE" },
};

export function providerQuery(
  scope: { type?: ProviderRow["type"]; kinds?: ProviderKind[] },
  filter?: ProviderFilterInput | null,
  orderBy?: ProviderOrderInput | null,
): ProviderQuery {
  const query: ProviderQuery = {
    ...scope,
    order: orderBy?.field ?? ProviderOrderField.REGION,
    direction: orderBy?.direction ?? OrderDirection.ASC,
  };
  if (filter?.regionId != null) query.regionId = expectIdOrSlug(filter.regionId, SLUG_PATTERNS.Region, "Region");
  if (filter?.districtId != null)
    query.districtId = expectIdOrSlug(filter.districtId, SLUG_PATTERNS.District, "District");
  if (filter?.kind != null)
    query.kinds = query.kinds ? query.kinds.filter((kind) => kind === filter.kind) : [filter.kind];
  if (filter?.serviceNumber != null) query.serviceNumber = filter.serviceNumber;
  if (filter?.text != null) query.terms = searchTerms(filter.text);
  if (filter?.openAt != null) query.openAt = filter.openAt.toISOString();
  if (filter?.hasConflicts != null) query.hasConflicts = filter.hasConflicts;
  return query;
}

/**
 * The `openAt` condition, applied to the rows loaded: hours are JSON read
 * with the holiday calendar in JavaScript (provider.schedule.ts), and the
 * lists are small. A provider whose hours could not be read is left out: it
 * is not known to be open.
 */
export function openAtFilter(
  query: Pick<ProviderQuery, "openAt">,
): <R extends Pick<ProviderRow, "schedule">>(rows: R[]) => R[] {
  if (!query.openAt) return (rows) => rows;
  const at = new Date(query.openAt);
  return (rows) => rows.filter((row) => isOpenAt(row.schedule as ScheduleLike | null, at) === true);
}

export function providerWhere(query: ProviderQuery): Prisma.ProviderWhereInput {
  const and: Prisma.ProviderWhereInput[] = [];
  if (query.type) and.push({ type: query.type });
  if (query.kinds) and.push({ OR: query.kinds.map((kind) => KIND_CONDITION[kind]) });
  if (query.regionId) and.push({ regionId: query.regionId });
  if (query.districtId) and.push({ districtId: query.districtId });
  if (query.serviceNumber != null) and.push({ serviceLinks: { some: { service: { number: query.serviceNumber } } } });
  if (query.terms?.length) and.push(termsCondition(query.terms));
  if (query.hasConflicts != null) and.push({ conflicts: query.hasConflicts ? { some: {} } : { none: {} } });
  return { AND: and };
}

export function providerOrderBy(query: ProviderQuery): Prisma.ProviderOrderByWithRelationInput[] {
  const direction = query.direction === OrderDirection.DESC ? "desc" : "asc";
  // Names in the Kazakh alphabet's order: `name_sort` is a key of our own, since neither database has that collation (kazakh-order.ts).
  const byName: Prisma.ProviderOrderByWithRelationInput[] = [{ nameSort: direction }, { id: direction }];
  return query.order === ProviderOrderField.NAME ? byName : [{ region: { position: direction } }, ...byName];
}

export function asProvider<R extends ProviderRow>(row: R): R & ProviderValue {
  // Raw reads have PostgreSQL compute the three (providerValueColumns).
  if (isDecorated(row)) return row;
  return Object.assign(row, { __typename: PROVIDER_TYPENAME[row.type], level: row.akimatLevel, slug: row.id });
}

function isDecorated<R extends ProviderRow>(row: R): row is R & ProviderValue {
  return "slug" in row;
}

/**
 * What asProvider adds, as select-list entries for the raw reads: adding
 * three properties to each of a hundred rows in JavaScript took a tenth of a
 * list page's time in a profile (README "Speed"); pg builds rows with every
 * column in one shape.
 */
function providerValueColumns(alias?: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  const typenames = Object.entries(PROVIDER_TYPENAME)
    .map(([type, typename]) => `WHEN '${type}' THEN '${typename}'`)
    .join(" ");
  return `CASE ${column("type")}::text ${typenames} END AS "__typename", ${column("akimat_level")} AS "level", ${column("id")} AS "slug"`;
}

/**
 * The large JSON columns, by the fields that read them: a list reads a column
 * only when the operation selects one of its fields (the search keys, never
 * served, are never read).
 */
const HEAVY_COLUMNS = {
  // Arrays too: the driver parses every text[] value character by character.
  alternateNames: ["alternateNames"],
  address: ["address"],
  emails: ["emails"],
  websites: ["websites"],
  phones: ["phones"],
  schedule: ["schedule", "isOpenAt"],
  responsibleUnit: ["responsibleUnit"],
  sources: ["sources"],
} as const satisfies Partial<Record<keyof ProviderRow, readonly string[]>>;

/**
 * Prisma's `omit` for the columns `fields` (GraphQL field names of a
 * provider) do not need; nothing omitted when `fields` is unset. An `openAt`
 * filter reads the schedule whatever is selected.
 */
export function unneededColumns(
  fields: ReadonlySet<string> | undefined,
  query?: ProviderQuery,
): Prisma.ProviderOmit | undefined {
  if (!fields) return undefined;
  const omit: Prisma.ProviderOmit = { searchKey: true, contactKey: true, phoneKey: true };
  for (const [column, readers] of Object.entries(HEAVY_COLUMNS)) {
    if (!readers.some((field) => fields.has(field))) omit[column as keyof typeof HEAVY_COLUMNS] = true;
  }
  if (query?.openAt) omit.schedule = false;
  return omit;
}

/**
 * One page of a root list, cut by the database: the count and the page's
 * rows (only the columns `fields` need). The `openAt` filter reads hours in
 * JavaScript, so with it the whole list is read and cut here.
 */
export async function findProvidersPage(
  db: Database,
  query: ProviderQuery,
  page: PageRequest,
  fields: ReadonlySet<string>,
  counted: boolean,
): Promise<Connection<ProviderValue>> {
  if (query.openAt) return connectionFromArray(await findProviders(db, query), page);
  const where = providerWhere(query);
  const { type, ...rest } = query;
  if (isPlain(rest)) {
    // A whole kind's list in its order (`authorities(first: 100, orderBy: {field: NAME})`): raw SQL, as the nested lists.
    const condition = type
      ? { where: 'p.type = $1::text::"ProviderType"', params: [type] }
      : { where: "TRUE", params: [] };
    return connectionFromQuery(
      page,
      async () =>
        Number(
          (
            await db.query<{ count: string }>(
              `SELECT count(*) FROM provider p WHERE ${condition.where}`,
              condition.params,
            )
          )[0]!.count,
        ),
      async (skip, take) =>
        (await plainProviders(db, { ...condition, limit: { skip, take } }, query, fields)).map(asProvider),
      counted,
    );
  }
  return connectionFromQuery(
    page,
    () => db.prisma.provider.count({ where }),
    async (skip, take) =>
      (
        await db.prisma.provider.findMany({
          where,
          orderBy: providerOrderBy(query),
          skip,
          take,
          omit: unneededColumns(fields, query),
        })
      ).map((row) => asProvider(row as ProviderRow)),
    counted,
  );
}

export async function findProviders(db: Database, query: ProviderQuery): Promise<ProviderValue[]> {
  const rows = await db.prisma.provider.findMany({ where: providerWhere(query), orderBy: providerOrderBy(query) });
  return openAtFilter(query)(rows).map(asProvider);
}

/**
 * True when a list query has no condition but its order: every nested list
 * as the directory's walks ask for it (the kind is applied after loading,
 * see provider.lists.ts). Those are read in raw SQL; a filtered list goes
 * through Prisma and `providerWhere`, the one statement of the filters.
 */
const isPlain = (query: ProviderQuery) =>
  !query.kinds &&
  !query.regionId &&
  !query.districtId &&
  query.serviceNumber == null &&
  !query.terms?.length &&
  query.hasConflicts == null;

/** Prisma's condition for `types` (every type when unset). */
const ofTypes = (types: ReadonlySet<string> | undefined): Prisma.ProviderWhereInput =>
  types ? { type: { in: [...types] as ProviderRow["type"][] } } : {};

const UNDER = {
  region: { join: "", where: "p.region_id = ANY($1::text[])", link: "" },
  district: { join: "", where: "p.district_id = ANY($1::text[])", link: "" },
  service: {
    join: "JOIN provider_service ps ON ps.provider_id = p.id",
    where: "ps.service_id = ANY($1::text[])",
    link: `, ps.service_id AS "serviceId"`,
  },
} as const;

/** A plain query's rows in raw SQL: `where` over `provider p`, in the list's order, with only the columns `fields` need. */
async function plainProviders<Extra extends object = object>(
  db: Database,
  sql: { join?: string; where: string; link?: string; params: unknown[]; limit?: { skip: number; take: number } },
  query: ProviderQuery,
  fields: ReadonlySet<string> | undefined,
): Promise<(ProviderRow & Extra)[]> {
  const direction = query.direction === OrderDirection.DESC ? "DESC" : "ASC";
  const byName = `p.name_sort ${direction}, p.id ${direction}`;
  const order = query.order === ProviderOrderField.NAME ? byName : `r.position ${direction}, ${byName}`;
  const select = `${selectList(Prisma.ProviderScalarFieldEnum, unneededColumns(fields, query) ?? { searchKey: true, contactKey: true, phoneKey: true }, "p")}, ${providerValueColumns("p")}`;
  const params = [...sql.params];
  const limit = sql.limit ? ` LIMIT $${params.push(sql.limit.take)} OFFSET $${params.push(sql.limit.skip)}` : "";
  return db.query<ProviderRow & Extra>(
    `SELECT ${select}${sql.link ?? ""} FROM provider p ${sql.join ?? ""} LEFT JOIN region r ON r.id = p.region_id WHERE ${sql.where} ORDER BY ${order}${limit}`,
    params,
  );
}

/**
 * The providers under some regions, districts or services: what Prisma
 * reads for these lists, without its query building and result mapping
 * (README "Speed"). Under services, a provider comes once per service, with
 * that one link.
 */
async function providersUnderRaw(
  db: Database,
  parent: keyof typeof UNDER,
  parentIds: string[],
  query: ProviderQuery,
  fields: ReadonlySet<string> | undefined,
  types: ReadonlySet<string> | undefined,
): Promise<(ProviderRow & { serviceLinks: { serviceId: string }[] })[]> {
  const { where, ...under } = UNDER[parent];
  const sql = types
    ? { ...under, where: `${where} AND p.type::text = ANY($2::text[])`, params: [parentIds, [...types]] }
    : { ...under, where, params: [parentIds] };
  const rows = await plainProviders<{ serviceId?: string }>(db, sql, query, fields);
  return rows.map(({ serviceId, ...row }) => Object.assign(row, { serviceLinks: serviceId ? [{ serviceId }] : [] }));
}

/** Every column but the search keys, which are never served. */
const PROVIDER_SELECT = `${selectList(Prisma.ProviderScalarFieldEnum, { searchKey: true, contactKey: true, phoneKey: true })}, ${providerValueColumns()}`;

/** The providers under regions or districts, batched: raw SQL for plain lists, Prisma for filtered ones. */
function providersUnderLoader(db: Database, parent: "region" | "district") {
  const column = parent === "region" ? "regionId" : "districtId";
  return listLoader<ProviderQuery, ProviderValue>(
    async (parentIds, query, fields, types) =>
      openAtFilter(query)(
        isPlain(query)
          ? await providersUnderRaw(db, parent, parentIds, query, fields, types)
          : ((await db.prisma.provider.findMany({
              where: { AND: [providerWhere(query), { [column]: { in: parentIds } }, ofTypes(types)] },
              orderBy: providerOrderBy(query),
              omit: unneededColumns(fields, query),
            })) as ProviderRow[]),
      ).map(asProvider),
    (row) => (row[column] ? [row[column]] : []),
  );
}

/** Factories of the loaders (see src/graphql/loaders.ts, which builds each on first use). */
export function createProviderLoaders(db: Database) {
  return {
    // Raw SQL: one provider by id is the commonest read, and Prisma's mapping cost more than the query (README "Speed").
    providerById: () =>
      byIdLoader(
        async (ids) =>
          (
            await db.query<ProviderRow>(`SELECT ${PROVIDER_SELECT} FROM provider WHERE id = ANY($1::text[])`, [ids])
          ).map(asProvider),
        (row) => row.id,
      ),
    providersByRegionId: () => providersUnderLoader(db, "region"),
    providersByDistrictId: () => providersUnderLoader(db, "district"),
    providersByServiceId: () =>
      listLoader<ProviderQuery, ProviderValue & { serviceLinks: { serviceId: string }[] }>(
        async (serviceIds, query, fields, types) =>
          openAtFilter(query)(
            isPlain(query)
              ? await providersUnderRaw(db, "service", serviceIds, query, fields, types)
              : ((await db.prisma.provider.findMany({
                  where: {
                    AND: [
                      providerWhere(query),
                      { serviceLinks: { some: { serviceId: { in: serviceIds } } } },
                      ofTypes(types),
                    ],
                  },
                  orderBy: providerOrderBy(query),
                  omit: unneededColumns(fields, query),
                  include: { serviceLinks: { where: { serviceId: { in: serviceIds } }, select: { serviceId: true } } },
                })) as (ProviderRow & { serviceLinks: { serviceId: string }[] })[]),
          ).map(asProvider),
        (row) => row.serviceLinks.map((link) => link.serviceId),
      ),
  };
}
