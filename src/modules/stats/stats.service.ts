/** The directory's counts, computed from a handful of small queries (the whole directory is a few thousand rows). */
import type { Database } from "../../db/database.js";
import { providerKind, ProviderKind } from "../provider/provider.type.js";
import { asRegion } from "../region/region.repository.js";
import { asService } from "../service/service.repository.js";
import { SERVICE_RULES } from "../service/service.type.js";
import type { KindCountType, StatsType } from "./stats.type.js";

const KINDS = Object.values(ProviderKind);

function kindCounts(kinds: ProviderKind[]): KindCountType[] {
  return KINDS.map((kind) => ({ kind, count: kinds.filter((candidate) => candidate === kind).length })).filter(
    (entry) => entry.count > 0,
  );
}

function typeCounts(types: string[]) {
  return {
    providers: types.length,
    authorities: types.filter((type) => type === "AUTHORITY").length,
    akimatApparatus: types.filter((type) => type === "AKIMAT_APPARATUS").length,
    serviceCentres: types.filter((type) => type === "SERVICE_CENTRE").length,
  };
}

export async function directoryStats(db: Database): Promise<StatsType> {
  const [regions, districts, providers, services, links, listings, conflicts] = await Promise.all([
    db.prisma.region.findMany({ orderBy: { position: "asc" } }),
    db.prisma.district.groupBy({ by: ["regionId"], _count: { _all: true } }),
    db.prisma.provider.findMany({
      select: { id: true, type: true, authorityKind: true, akimatLevel: true, regionId: true },
    }),
    db.prisma.service.findMany({ orderBy: { number: "asc" }, omit: SERVICE_RULES }),
    db.prisma.providerService.findMany({ select: { providerId: true, serviceId: true } }),
    db.prisma.listing.count(),
    db.prisma.conflict.count(),
  ]);
  const typeById = new Map(providers.map((provider) => [provider.id, provider.type]));
  const servicesOf = new Map<string, number>(providers.map((provider) => [provider.id, 0]));
  for (const link of links) servicesOf.set(link.providerId, (servicesOf.get(link.providerId) ?? 0) + 1);
  const distribution = new Map<number, number>();
  for (const count of servicesOf.values()) distribution.set(count, (distribution.get(count) ?? 0) + 1);
  const districtCount = new Map(districts.map((row) => [row.regionId, row._count._all]));

  return {
    regions: regions.length,
    districts: districts.reduce((sum, row) => sum + row._count._all, 0),
    providers: providers.length,
    services: services.length,
    servicesInForce: services.filter((service) => !service.repealed).length,
    listings,
    conflicts,
    byKind: kindCounts(providers.map(providerKind)),
    byRegion: regions.map((region) => {
      const own = providers.filter((provider) => provider.regionId === region.id);
      return {
        region: asRegion(region),
        districts: districtCount.get(region.id) ?? 0,
        ...typeCounts(own.map((p) => p.type)),
        byKind: kindCounts(own.map(providerKind)),
      };
    }),
    byService: services.map((service) => ({
      service: asService(service),
      ...typeCounts(
        links.filter((link) => link.serviceId === service.id).map((link) => typeById.get(link.providerId) ?? ""),
      ),
    })),
    servicesPerProvider: [...distribution]
      .sort(([a], [b]) => a - b)
      .map(([services, providers]) => ({ services, providers })),
    averageServicesPerProvider: providers.length ? Math.round((links.length / providers.length) * 100) / 100 : 0,
  };
}
