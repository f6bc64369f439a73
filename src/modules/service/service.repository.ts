import type { Database } from "../../db/database.js";
import { fromJson } from "../../db/json.js";
import type { Prisma, Service as ServiceRow } from "../../generated/prisma/client.js";
import { expectIdOrSlug, SLUG_PATTERNS } from "../../graphql/global-id.js";
import { referenceTables } from "../../db/reference-tables.js";
import { byIdLoader, listLoader, pick } from "../../graphql/loader-utils.js";
import { searchTerms, type Term, termsCondition } from "../search/search.text.js";
import type { ServiceFilterInput } from "./service.inputs.js";
import { SERVICE_RULES, type ServiceRuleColumn, type ServiceRules, type ServiceValue } from "./service.type.js";
import type { Typed } from "../node/node.type.js";

/** A service row (without its rules) as GraphQL serves it: the one mapping, used by every query and loader that returns services. */
export function asService<R extends Omit<ServiceRow, ServiceRuleColumn>>(row: R): R & Typed {
  return Object.assign(row, { __typename: "Service" });
}

/** Service list arguments, normalised: the Prisma condition and the loader's batching key. */
export interface ServiceQuery {
  repealed?: boolean;
  regionId?: string;
  districtId?: string;
  /** The text filter, parsed (folded, aliases expanded). */
  terms?: Term[];
}

export function serviceQuery(filter?: ServiceFilterInput | null): ServiceQuery {
  const query: ServiceQuery = {};
  if (filter?.repealed != null) query.repealed = filter.repealed;
  if (filter?.regionId != null) query.regionId = expectIdOrSlug(filter.regionId, SLUG_PATTERNS.Region, "Region");
  if (filter?.districtId != null)
    query.districtId = expectIdOrSlug(filter.districtId, SLUG_PATTERNS.District, "District");
  if (filter?.text != null) query.terms = searchTerms(filter.text);
  return query;
}

/** The condition on the service's own columns: the database's `where` and the held rows' filter both read it. */
function ownColumns(query: ServiceQuery): { repealed?: boolean } {
  return query.repealed != null ? { repealed: query.repealed } : {};
}

/** Whether a held service meets the own-column condition (the held rows answer no other, see `isHeld`). */
function meetsOwnColumns(service: { repealed: boolean }, own: { repealed?: boolean }): boolean {
  return own.repealed === undefined || service.repealed === own.repealed;
}

export function serviceWhere(query: ServiceQuery): Prisma.ServiceWhereInput {
  const and: Prisma.ServiceWhereInput[] = [];
  const own = ownColumns(query);
  if (own.repealed !== undefined) and.push(own);
  if (query.regionId) and.push({ providerLinks: { some: { provider: { regionId: query.regionId } } } });
  if (query.districtId) and.push({ providerLinks: { some: { provider: { districtId: query.districtId } } } });
  if (query.terms?.length) and.push(termsCondition(query.terms));
  return { AND: and };
}

/** A query the held services answer (src/db/reference-tables.ts): no condition, or only `repealed`. */
const isHeld = (query: ServiceQuery) => !query.regionId && !query.districtId && !query.terms?.length;

export async function findServices(db: Database, query: ServiceQuery): Promise<ServiceValue[]> {
  return (
    await db.prisma.service.findMany({ where: serviceWhere(query), orderBy: { number: "asc" }, omit: SERVICE_RULES })
  ).map(asService);
}

/** A service's rule columns read as the contract's records, once, here. */
export function toServiceRules(row: Pick<ServiceRow, ServiceRuleColumn | "id">): ServiceRules {
  const rules = { id: row.id } as ServiceRules;
  for (const column of Object.keys(SERVICE_RULES) as ServiceRuleColumn[]) {
    rules[column] = fromJson(row[column]);
  }
  return rules;
}

/** Factories of the loaders (see src/graphql/loaders.ts, which builds each on first use). */
export function createServiceLoaders(db: Database) {
  return {
    serviceById: () =>
      byIdLoader<ServiceValue>(
        async (ids) => pick((await referenceTables(db)).services, ids).map(asService),
        (row) => row.id,
      ),
    serviceByNumber: () =>
      byIdLoader<ServiceValue>(
        async (numbers) => {
          const byNumber = (await referenceTables(db)).servicesByNumber;
          return numbers.flatMap((number) => {
            const row = byNumber.get(Number(number));
            return row ? [asService({ ...row })] : [];
          });
        },
        (row) => String(row.number),
      ),
    serviceRulesById: () =>
      byIdLoader<ServiceRules>(
        async (ids) =>
          (
            await db.prisma.service.findMany({ where: { id: { in: ids } }, select: { id: true, ...SERVICE_RULES } })
          ).map(toServiceRules),
        (row) => row.id,
      ),
    // Links first, then the (few, distinct) services they name: cheaper than
    // Prisma's `some` + `include`, which joins and returns the link rows twice.
    servicesByProviderId: () =>
      listLoader<ServiceQuery, ServiceValue & { providerIds: string[] }>(
        async (providerIds, query) => {
          const links = await db.query<{ providerId: string; serviceId: string }>(
            `SELECT provider_id AS "providerId", service_id AS "serviceId" FROM provider_service WHERE provider_id = ANY($1::text[])`,
            [providerIds],
          );
          const providersOf = new Map<string, string[]>();
          for (const link of links) {
            const list = providersOf.get(link.serviceId);
            if (list) list.push(link.providerId);
            else providersOf.set(link.serviceId, [link.providerId]);
          }
          if (providersOf.size === 0) return [];
          // Only `repealed` (or nothing) narrows the list: the services are held in memory, in number order.
          const services = isHeld(query)
            ? [...(await referenceTables(db)).servicesByNumber.values()]
                .filter((service) => providersOf.has(service.id) && meetsOwnColumns(service, ownColumns(query)))
                .sort((a, b) => a.number - b.number)
                .map((service) => ({ ...service }))
            : await db.prisma.service.findMany({
                where: { AND: [serviceWhere(query), { id: { in: [...providersOf.keys()] } }] },
                orderBy: { number: "asc" },
                omit: SERVICE_RULES,
              });
          return services.map((service) =>
            Object.assign(asService(service), { providerIds: providersOf.get(service.id) ?? [] }),
          );
        },
        (row) => row.providerIds,
      ),
  };
}
