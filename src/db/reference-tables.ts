/**
 * The directory's small tables (16 regions, 212 districts, 18 services, no
 * rules), held in memory. Nearly every operation names a region or district
 * of each provider it returns, and these rows change only when the act is
 * reloaded: reading them every few seconds instead of once per request took
 * two statements off most operations (see README "Speed"). Rows are at most
 * `MAX_AGE_MS` old: a re-seed by another process is served within that, as
 * the response cache serves it (src/server/response-cache.ts).
 *
 * Loaders hand out copies, so a resolver that decorates a row cannot touch
 * another request's.
 */
import type { Database } from "./database.js";
import type { District, Region, Service } from "../generated/prisma/client.js";
import { SERVICE_RULES, type ServiceRuleColumn } from "../modules/service/service.type.js";

/** How old the held rows may be, in milliseconds: as long as the response cache trusts its data version. */
export const MAX_AGE_MS = 5_000;

export interface ReferenceTables {
  regions: ReadonlyMap<string, Region>;
  districts: ReadonlyMap<string, District>;
  services: ReadonlyMap<string, Omit<Service, ServiceRuleColumn>>;
  servicesByNumber: ReadonlyMap<number, Omit<Service, ServiceRuleColumn>>;
}

/** Keyed by the Prisma client, which names one database however many `Database` views share it. */
const held = new WeakMap<object, { at: number; tables: Promise<ReferenceTables> }>();

async function load(db: Database): Promise<ReferenceTables> {
  const [regions, districts, services] = await Promise.all([
    db.prisma.region.findMany(),
    db.prisma.district.findMany(),
    db.prisma.service.findMany({ omit: SERVICE_RULES }),
  ]);
  return {
    regions: new Map(regions.map((row) => [row.id, row])),
    districts: new Map(districts.map((row) => [row.id, row])),
    services: new Map(services.map((row) => [row.id, row])),
    servicesByNumber: new Map(services.map((row) => [row.number, row])),
  };
}

/** The tables, read again when older than MAX_AGE_MS (one read at a time, shared by every request). */
export function referenceTables(db: Database): Promise<ReferenceTables> {
  const now = Date.now();
  const entry = held.get(db.prisma);
  if (entry && now - entry.at < MAX_AGE_MS) return entry.tables;
  const tables = load(db);
  held.set(db.prisma, { at: now, tables });
  // A failed read is not kept: the next request tries again.
  tables.catch(() => {
    if (held.get(db.prisma)?.tables === tables) held.delete(db.prisma);
  });
  return tables;
}
