import "reflect-metadata";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { checkConnectionArgs, type Connection, connectionFromArray } from "../../graphql/connection.js";
import { expectGlobalId } from "../../graphql/global-id.js";
import { DistrictsArgs } from "../district/district.args.js";
import { districtQuery } from "../district/district.repository.js";
import { DistrictConnection, type DistrictValue } from "../district/district.type.js";
import { ProvidersArgs } from "../provider/provider.args.js";
import { AKIMAT_APPARATUS, AUTHORITIES, providersOf, providersUnder, REGIONAL_ADMINISTRATIONS, SERVICE_CENTRES } from "../provider/provider.lists.js";
import { AkimatApparatusConnection, AuthorityConnection, AuthorityType, type ProviderValue, ServiceCentreConnection } from "../provider/provider.type.js";
import { RegionsArgs } from "./region.args.js";
import { findRegions } from "./region.repository.js";
import { RegionConnection, RegionType, type RegionValue } from "./region.type.js";

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => RegionConnection, { description: "The 16 regions (өңірлер) in the act's order: 14 oblasts and the cities Astana and Almaty." })
  async regions(@Args(() => RegionsArgs) args: RegionsArgs, @Ctx() { db }: Context): Promise<Connection<RegionValue>> {
    checkConnectionArgs(args);
    return connectionFromArray(await findRegions(db, args.filter), args);
  }

  @Query(() => RegionType, { nullable: true, description: "One region by its global id; null when there is none." })
  region(@Arg("id", () => ID, { description: "The region's global id." }) id: string, @Ctx() { loaders }: Context): Promise<RegionValue | null> {
    return loaders.regionById.load(expectGlobalId(id, "Region"));
  }

  @FieldResolver(() => DistrictConnection, { description: "Its districts and cities (аудандар мен қалалар)." })
  async districts(@Root() region: RegionValue, @Args(() => DistrictsArgs) args: DistrictsArgs, @Ctx() { loaders }: Context): Promise<Connection<DistrictValue>> {
    checkConnectionArgs(args);
    return connectionFromArray(await loaders.districtsByRegionId.load({ parentId: region.id, filter: districtQuery(args.filter) }), args);
  }

  @FieldResolver(() => AuthorityConnection, { description: "Its authorities (уәкілетті органдар): the district departments and the regional administration." })
  authorities(@Root() region: RegionValue, @Args(() => ProvidersArgs) args: ProvidersArgs, @Ctx() { loaders }: Context): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByRegionId, region.id, AUTHORITIES, args);
  }

  @FieldResolver(() => AkimatApparatusConnection, { description: "Its akimat apparatus (әкімдер аппараттары), regional and district level." })
  akimatApparatus(@Root() region: RegionValue, @Args(() => ProvidersArgs) args: ProvidersArgs, @Ctx() { loaders }: Context): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByRegionId, region.id, AKIMAT_APPARATUS, args);
  }

  @FieldResolver(() => ServiceCentreConnection, { description: "Its public service centres (ХҚО)." })
  serviceCentres(@Root() region: RegionValue, @Args(() => ProvidersArgs) args: ProvidersArgs, @Ctx() { loaders }: Context): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByRegionId, region.id, SERVICE_CENTRES, args);
  }

  @FieldResolver(() => AuthorityType, { nullable: true, description: "Its regional administration (облыстық басқарма) of employment and social programmes." })
  async regionalAdministration(@Root() region: RegionValue, @Ctx() { loaders }: Context): Promise<ProviderValue | null> {
    return (await providersOf(loaders.providersByRegionId, region.id, REGIONAL_ADMINISTRATIONS))[0] ?? null;
  }
}
