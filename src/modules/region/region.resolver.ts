import "reflect-metadata";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import type { GraphQLResolveInfo } from "graphql";
import { type Connection, connectionFromArray, pageRequest } from "../../graphql/connection.js";
import { expectIdOrSlug, SLUG_PATTERNS } from "../../graphql/global-id.js";
import { selectedFields } from "../../graphql/selection.js";
import { DistrictsArgs } from "../district/district.args.js";
import { districtQuery } from "../district/district.repository.js";
import { DistrictConnection, type DistrictValue } from "../district/district.type.js";
import { ProvidersArgs } from "../provider/provider.args.js";
import {
  AKIMAT_APPARATUS,
  AUTHORITIES,
  providersOf,
  providersUnder,
  REGIONAL_ADMINISTRATIONS,
  SERVICE_CENTRES,
} from "../provider/provider.lists.js";
import {
  AkimatApparatusConnection,
  AuthorityConnection,
  AuthorityType,
  type ProviderValue,
  ServiceCentreConnection,
} from "../provider/provider.type.js";
import { RegionsArgs } from "./region.args.js";
import { findRegions } from "./region.repository.js";
import { RegionConnection, RegionType, type RegionValue } from "./region.type.js";

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => RegionConnection, {
    description: "The 16 regions (өңірлер) in the act's order: 14 oblasts and the cities Astana and Almaty.",
  })
  async regions(
    @Args(() => RegionsArgs) args: RegionsArgs,
    @Ctx() { directory: db }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<RegionValue>> {
    const page = pageRequest(args, info);
    return connectionFromArray(await findRegions(db, args.filter), page);
  }

  @Query(() => RegionType, {
    nullable: true,
    description: "One region by its global id or its slug (`pavlodar`); null when there is none.",
  })
  region(
    @Arg("id", () => ID, { description: "The region's global id or slug." }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<RegionValue | null> {
    return loaders.regionById.load(expectIdOrSlug(id, SLUG_PATTERNS.Region, "Region"));
  }

  @FieldResolver(() => DistrictConnection, { description: "Its districts and cities (аудандар мен қалалар)." })
  async districts(
    @Root() region: RegionValue,
    @Args(() => DistrictsArgs) args: DistrictsArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<DistrictValue>> {
    const page = pageRequest(args, info, region.id);
    return connectionFromArray(
      await loaders.districtsByRegionId.load({ parentId: region.id, filter: districtQuery(args.filter) }),
      page,
    );
  }

  @FieldResolver(() => AuthorityConnection, {
    description: "Its authorities (уәкілетті органдар): the district departments and the regional administration.",
  })
  authorities(
    @Root() region: RegionValue,
    @Args(() => ProvidersArgs) args: ProvidersArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByRegionId, region.id, AUTHORITIES, args, info);
  }

  @FieldResolver(() => AkimatApparatusConnection, {
    description: "Its akimat apparatus (әкімдер аппараттары), regional and district level.",
  })
  akimatApparatus(
    @Root() region: RegionValue,
    @Args(() => ProvidersArgs) args: ProvidersArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByRegionId, region.id, AKIMAT_APPARATUS, args, info);
  }

  @FieldResolver(() => ServiceCentreConnection, { description: "Its public service centres (ХҚО)." })
  serviceCentres(
    @Root() region: RegionValue,
    @Args(() => ProvidersArgs) args: ProvidersArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByRegionId, region.id, SERVICE_CENTRES, args, info);
  }

  @FieldResolver(() => AuthorityType, {
    nullable: true,
    description: "Its regional administration (облыстық басқарма) of employment and social programmes.",
  })
  async regionalAdministration(
    @Root() region: RegionValue,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProviderValue | null> {
    return (
      (
        await providersOf(
          loaders.providersByRegionId,
          region.id,
          REGIONAL_ADMINISTRATIONS,
          undefined,
          selectedFields(info),
        )
      )[0] ?? null
    );
  }
}
