import "reflect-metadata";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import type { Context } from "../../graphql/context.js";
import type { GraphQLResolveInfo } from "graphql";
import { type Connection, connectionFromArray, countSelected, pageRequest } from "../../graphql/connection.js";
import { DistrictType, type DistrictValue } from "../district/district.type.js";
import { ConflictType, type ConflictValue, ListingType, type ListingValue } from "../listing/listing.type.js";
import { RegionType, type RegionValue } from "../region/region.type.js";
import { ServicesArgs } from "../service/service.args.js";
import { serviceQuery } from "../service/service.repository.js";
import { ServiceConnection, type ServiceValue } from "../service/service.type.js";
import { OrderedProvidersArgs } from "./provider.args.js";
import { AKIMAT_APPARATUS, AUTHORITIES, type ProviderScope, SERVICE_CENTRES } from "./provider.lists.js";
import { findProvidersPage, providerQuery } from "./provider.repository.js";
import { selectedFields, selectedItemFields } from "../../graphql/selection.js";
import { isOpenAt, type ScheduleLike } from "./provider.schedule.js";
import {
  AkimatApparatusConnection,
  AuthorityConnection,
  ProviderInterface,
  ProviderKind,
  providerKind,
  type ProviderValue,
  ServiceCentreConnection,
} from "./provider.type.js";

function rootList(
  ctx: Context,
  scope: ProviderScope,
  args: OrderedProvidersArgs,
  info: GraphQLResolveInfo,
): Promise<Connection<ProviderValue>> {
  return findProvidersPage(
    ctx.directory,
    providerQuery(scope, args.filter, args.orderBy),
    pageRequest(args, info),
    selectedItemFields(info),
    countSelected(selectedFields(info)),
  );
}

/** Fields every provider has; type-graphql applies them to Authority, AkimatApparatus and ServiceCentre. */
@Resolver(() => ProviderInterface)
export class ProviderResolver {
  @Query(() => AuthorityConnection, {
    description: "Authorities (уәкілетті органдар): district departments, regional administrations and the Ministry.",
  })
  authorities(
    @Args(() => OrderedProvidersArgs) args: OrderedProvidersArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(ctx, AUTHORITIES, args, info);
  }

  @Query(() => AkimatApparatusConnection, {
    description: "Akimat apparatus (әкімдер аппараттары), regional and district level.",
  })
  akimatApparatus(
    @Args(() => OrderedProvidersArgs) args: OrderedProvidersArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(ctx, AKIMAT_APPARATUS, args, info);
  }

  @Query(() => ServiceCentreConnection, {
    description: "Public service centres (халыққа қызмет көрсету орталықтары, ХҚО).",
  })
  serviceCentres(
    @Args(() => OrderedProvidersArgs) args: OrderedProvidersArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(ctx, SERVICE_CENTRES, args, info);
  }

  @FieldResolver(() => ProviderKind, { description: "Which kind of provider this is." })
  kind(@Root() provider: ProviderValue): ProviderKind {
    return providerKind(provider);
  }

  @FieldResolver(() => RegionType, {
    nullable: true,
    description: "The region (облыс) the directory places it in; null when it places it in none.",
  })
  region(@Root() provider: ProviderValue, @Ctx() { loaders }: Context): Promise<RegionValue | null> | null {
    return provider.regionId ? loaders.regionById.load(provider.regionId) : null;
  }

  @FieldResolver(() => DistrictType, {
    nullable: true,
    description: "The district (аудан) it serves; null for region-level providers.",
  })
  district(@Root() provider: ProviderValue, @Ctx() { loaders }: Context): Promise<DistrictValue | null> | null {
    return provider.districtId ? loaders.districtById.load(provider.districtId) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether it is open at this instant (Kazakhstan time, UTC+5): its weekly hours and lunch breaks, and, for a schedule that keeps the " +
      "country's days off (every department's and akimat's), the holidays, the days the Labour Code moves them to and the Government's " +
      "transfers (a weekend day made a working day keeps the hours of the weekday it replaced). The service centres' own hours are every day, " +
      "holidays included, as the act prints them. Null when the schedule could not be read; a DATE_OUTSIDE_CALENDAR error when the answer " +
      "depends on a day the holiday calendar does not know.",
  })
  isOpenAt(
    @Root() provider: ProviderValue,
    @Arg("at", () => DateTimeResolver, { description: "The instant, ISO 8601 with offset." }) at: Date,
  ): boolean | null {
    return isOpenAt(provider.schedule as ScheduleLike | null, at);
  }

  @FieldResolver(() => ServiceConnection, {
    description: "The services whose lists name this provider (көрсететін қызметтері).",
  })
  async services(
    @Root() provider: ProviderValue,
    @Args(() => ServicesArgs) args: ServicesArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ServiceValue>> {
    const page = pageRequest(args, info, provider.id);
    return connectionFromArray(
      await loaders.servicesByProviderId.load({ parentId: provider.id, filter: serviceQuery(args.filter) }),
      page,
    );
  }

  @FieldResolver(() => [ListingType], {
    description: "Every row of the act's lists that names this provider, with the values printed there.",
  })
  listings(@Root() provider: ProviderValue, @Ctx() { loaders }: Context): Promise<ListingValue[]> {
    return loaders.listingsByProviderId.load({ parentId: provider.id, filter: null });
  }

  @FieldResolver(() => [ConflictType], {
    description: "Where this provider's listings disagree, and which value the directory chose.",
  })
  conflicts(@Root() provider: ProviderValue, @Ctx() { loaders }: Context): Promise<ConflictValue[]> {
    return loaders.conflictsByProviderId.load({ parentId: provider.id, filter: null });
  }
}
