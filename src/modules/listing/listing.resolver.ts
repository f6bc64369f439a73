import "reflect-metadata";
import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { LineRangeType } from "../common/common.type.js";
import { ProviderInterface, type ProviderValue } from "../provider/provider.type.js";
import { RegionType, type RegionValue } from "../region/region.type.js";
import { ServiceType, type ServiceValue } from "../service/service.type.js";
import {
  AppendixType,
  type AppendixValue,
  ConflictType,
  type ConflictValue,
  ConflictValueType,
  ListingType,
  type ListingValue,
  ListingValuesType,
  QualityIndicatorType,
  type QualityIndicatorValue,
} from "./listing.type.js";

const range = (start: number, end: number): LineRangeType => ({ start, end });

@Resolver(() => ListingType)
export class ListingResolver {
  @FieldResolver(() => ServiceType, { description: "The service standard whose list holds this row (стандарт)." })
  async standard(@Root() listing: ListingValue, @Ctx() { loaders }: Context): Promise<ServiceValue> {
    return (await loaders.serviceById.load(listing.serviceId))!;
  }

  @FieldResolver(() => AppendixType, { description: "The appendix (қосымша) the row stands in." })
  async appendix(@Root() listing: ListingValue, @Ctx() { loaders }: Context): Promise<AppendixValue> {
    return (await loaders.appendixById.load(listing.appendixId))!;
  }

  @FieldResolver(() => ProviderInterface, { description: "The provider the row names." })
  async provider(@Root() listing: ListingValue, @Ctx() { loaders }: Context): Promise<ProviderValue> {
    return (await loaders.providerById.load(listing.providerId))!;
  }

  @FieldResolver(() => RegionType, {
    nullable: true,
    description: "The region block the row stands in, for lists ordered by region.",
  })
  region(@Root() listing: ListingValue, @Ctx() { loaders }: Context): Promise<RegionValue | null> | null {
    return listing.regionId ? loaders.regionById.load(listing.regionId) : null;
  }

  @FieldResolver(() => Int, { description: "Position of the row in its list (or region block), 1-based." })
  row(@Root() listing: ListingValue): number {
    return listing.position;
  }

  @FieldResolver(() => LineRangeType, { description: "The row's lines in the act." })
  lines(@Root() listing: ListingValue): LineRangeType {
    return range(listing.lineStart, listing.lineEnd);
  }

  @FieldResolver(() => ListingValuesType, { description: "The values as printed in this row." })
  values(@Root() listing: ListingValue): ListingValuesType {
    const values = (listing.values ?? {}) as Partial<ListingValuesType>;
    return {
      name: values.name ?? "",
      postalCode: values.postalCode ?? null,
      address: values.address ?? null,
      emails: values.emails ?? [],
      websites: values.websites ?? [],
      phones: values.phones ?? [],
      schedule: values.schedule ?? null,
      responsibleUnit: values.responsibleUnit ?? null,
    };
  }
}

@Resolver(() => ConflictType)
export class ConflictResolver {
  @FieldResolver(() => ProviderInterface, { description: "The provider whose listings disagree." })
  async provider(@Root() conflict: ConflictValue, @Ctx() { loaders }: Context): Promise<ProviderValue> {
    return (await loaders.providerById.load(conflict.providerId))!;
  }

  @FieldResolver(() => [ConflictValueType], {
    description: "The values printed, each with the listings that print it.",
  })
  values(@Root() conflict: ConflictValue): ConflictValueType[] {
    return ((conflict.values ?? []) as { value: string; listingIds?: string[] }[]).map((entry) => ({
      value: entry.value,
      listingIds: entry.listingIds ?? [],
    }));
  }
}

@Resolver(() => ConflictValueType)
export class ConflictValueResolver {
  @FieldResolver(() => [ListingType], { description: "The listings (rows of the act) that print this value." })
  async listings(@Root() entry: ConflictValueType, @Ctx() { loaders }: Context): Promise<ListingValue[]> {
    const rows = await loaders.listingById.loadMany(entry.listingIds);
    return rows.filter((row): row is ListingValue => row !== null && !(row instanceof Error));
  }
}

@Resolver(() => AppendixType)
export class AppendixResolver {
  @FieldResolver(() => ServiceType, { description: "The service standard it belongs to." })
  async service(@Root() appendix: AppendixValue, @Ctx() { loaders }: Context): Promise<ServiceValue> {
    return (await loaders.serviceById.load(appendix.serviceId))!;
  }

  @FieldResolver(() => LineRangeType, { description: "Lines of its caption (the «N-қосымша» block)." })
  caption(@Root() appendix: AppendixValue): LineRangeType {
    return range(appendix.captionStart, appendix.captionEnd);
  }

  @FieldResolver(() => LineRangeType, { description: "Lines of its body." })
  body(@Root() appendix: AppendixValue): LineRangeType {
    return range(appendix.bodyStart, appendix.bodyEnd);
  }

  @FieldResolver(() => [ListingType], {
    description: "The rows of its provider list, in print order (empty for tables and forms).",
  })
  listings(@Root() appendix: AppendixValue, @Ctx() { loaders }: Context): Promise<ListingValue[]> {
    return loaders.listingsByAppendixId.load({ parentId: appendix.id, filter: null });
  }

  @FieldResolver(() => [QualityIndicatorType], {
    description: "The indicators of its quality table (empty for other appendices).",
  })
  qualityIndicators(@Root() appendix: AppendixValue, @Ctx() { loaders }: Context): Promise<QualityIndicatorValue[]> {
    return loaders.qualityIndicatorsByAppendixId.load({ parentId: appendix.id, filter: null });
  }
}

/** As the seed loader stores the three value columns (all empty in the act). */
type IndicatorValues = {
  normative?: string | null;
  targetNextYear?: string | null;
  currentReportingYear?: string | null;
} | null;

@Resolver(() => QualityIndicatorType)
export class QualityIndicatorResolver {
  @FieldResolver(() => ServiceType, { description: "The service it measures." })
  async service(@Root() indicator: QualityIndicatorValue, @Ctx() { loaders }: Context): Promise<ServiceValue> {
    return (await loaders.serviceById.load(indicator.serviceId))!;
  }

  @FieldResolver(() => String, { nullable: true })
  normativeValue(@Root() indicator: QualityIndicatorValue): string | null {
    return (indicator.values as IndicatorValues)?.normative ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  targetValueNextYear(@Root() indicator: QualityIndicatorValue): string | null {
    return (indicator.values as IndicatorValues)?.targetNextYear ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  currentValueReportingYear(@Root() indicator: QualityIndicatorValue): string | null {
    return (indicator.values as IndicatorValues)?.currentReportingYear ?? null;
  }

  @FieldResolver(() => LineRangeType)
  lines(@Root() indicator: QualityIndicatorValue): LineRangeType {
    return range(indicator.lineStart, indicator.lineEnd);
  }
}
