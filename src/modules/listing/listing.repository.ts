import type { Database } from "../../db/database.js";
import { byIdLoader, listLoader } from "../../graphql/loader-utils.js";
import type { AppendixValue, ConflictValue, ListingValue, QualityIndicatorValue } from "./listing.type.js";

const tag =
  <N extends string>(__typename: N) =>
  <R extends object>(row: R) =>
    Object.assign(row, { __typename });

const asAppendix = tag("Appendix");
const asListing = tag("Listing");
const asConflict = tag("DataConflict");
const asQualityIndicator = tag("QualityIndicator");

/** Factories of the loaders (see src/graphql/loaders.ts, which builds each on first use). */
export function createListingLoaders(db: Database) {
  return {
    appendixById: () =>
      byIdLoader<AppendixValue>(
        async (ids) => (await db.prisma.appendix.findMany({ where: { id: { in: ids } } })).map(asAppendix),
        (row) => row.id,
      ),
    appendicesByServiceId: () =>
      listLoader<null, AppendixValue>(
        async (serviceIds) =>
          (
            await db.prisma.appendix.findMany({
              where: { serviceId: { in: serviceIds } },
              orderBy: [{ serviceId: "asc" }, { number: "asc" }],
            })
          ).map(asAppendix),
        (row) => [row.serviceId],
      ),
    qualityIndicatorById: () =>
      byIdLoader<QualityIndicatorValue>(
        async (ids) =>
          (await db.prisma.qualityIndicator.findMany({ where: { id: { in: ids } } })).map(asQualityIndicator),
        (row) => row.id,
      ),
    qualityIndicatorsByServiceId: () =>
      listLoader<null, QualityIndicatorValue>(
        async (serviceIds) =>
          (
            await db.prisma.qualityIndicator.findMany({
              where: { serviceId: { in: serviceIds } },
              orderBy: [{ serviceId: "asc" }, { position: "asc" }],
            })
          ).map(asQualityIndicator),
        (row) => [row.serviceId],
      ),
    qualityIndicatorsByAppendixId: () =>
      listLoader<null, QualityIndicatorValue>(
        async (appendixIds) =>
          (
            await db.prisma.qualityIndicator.findMany({
              where: { appendixId: { in: appendixIds } },
              orderBy: [{ position: "asc" }],
            })
          ).map(asQualityIndicator),
        (row) => (row.appendixId ? [row.appendixId] : []),
      ),
    listingById: () =>
      byIdLoader<ListingValue>(
        async (ids) => (await db.prisma.listing.findMany({ where: { id: { in: ids } } })).map(asListing),
        (row) => row.id,
      ),
    listingsByProviderId: () =>
      listLoader<null, ListingValue>(
        async (providerIds) =>
          (
            await db.prisma.listing.findMany({
              where: { providerId: { in: providerIds } },
              orderBy: [{ lineStart: "asc" }, { id: "asc" }],
            })
          ).map(asListing),
        (row) => [row.providerId],
      ),
    listingsByAppendixId: () =>
      listLoader<null, ListingValue>(
        async (appendixIds) =>
          (
            await db.prisma.listing.findMany({
              where: { appendixId: { in: appendixIds } },
              orderBy: [{ lineStart: "asc" }, { id: "asc" }],
            })
          ).map(asListing),
        (row) => [row.appendixId],
      ),
    conflictById: () =>
      byIdLoader<ConflictValue>(
        async (ids) => (await db.prisma.conflict.findMany({ where: { id: { in: ids } } })).map(asConflict),
        (row) => row.id,
      ),
    conflictsByProviderId: () =>
      listLoader<null, ConflictValue>(
        async (providerIds) =>
          (
            await db.prisma.conflict.findMany({
              where: { providerId: { in: providerIds } },
              orderBy: [{ field: "asc" }, { id: "asc" }],
            })
          ).map(asConflict),
        (row) => [row.providerId],
      ),
  };
}
