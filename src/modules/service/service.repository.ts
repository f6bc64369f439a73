import type { Database } from "../../db/database.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { byIdLoader, listLoader } from "../../graphql/loader-utils.js";
import { searchKeyContainsAll, searchWords } from "../search/search.text.js";
import type { ServiceFilterInput } from "./service.inputs.js";
import { asService, type ServiceValue } from "./service.type.js";

/** Service list arguments, normalised: the Prisma condition and the loader's batching key. */
export interface ServiceQuery {
  repealed?: boolean;
  words?: string[];
}

export function serviceQuery(filter?: ServiceFilterInput | null): ServiceQuery {
  const query: ServiceQuery = {};
  if (filter?.repealed != null) query.repealed = filter.repealed;
  if (filter?.text != null) query.words = searchWords(filter.text);
  return query;
}

export function serviceWhere(query: ServiceQuery): Prisma.ServiceWhereInput {
  const and: Prisma.ServiceWhereInput[] = [];
  if (query.repealed != null) and.push({ repealed: query.repealed });
  if (query.words?.length) and.push(searchKeyContainsAll(query.words));
  return { AND: and };
}

export async function findServices(db: Database, query: ServiceQuery): Promise<ServiceValue[]> {
  return (await db.prisma.service.findMany({ where: serviceWhere(query), orderBy: { number: "asc" } })).map(asService);
}

export function createServiceLoaders(db: Database) {
  return {
    serviceById: byIdLoader(async (ids) => (await db.prisma.service.findMany({ where: { id: { in: ids } } })).map(asService), (row) => row.id),
    serviceByNumber: byIdLoader(
      async (numbers) => (await db.prisma.service.findMany({ where: { number: { in: numbers.map(Number) } } })).map(asService),
      (row) => String(row.number),
    ),
    servicesByProviderId: listLoader<ServiceQuery, ServiceValue & { providerLinks: { providerId: string }[] }>(
      async (providerIds, query) =>
        (
          await db.prisma.service.findMany({
            where: { AND: [serviceWhere(query), { providerLinks: { some: { providerId: { in: providerIds } } } }] },
            orderBy: { number: "asc" },
            include: { providerLinks: { where: { providerId: { in: providerIds } }, select: { providerId: true } } },
          })
        ).map(asService),
      (row) => row.providerLinks.map((link) => link.providerId),
    ),
  };
}
