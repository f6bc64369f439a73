import "reflect-metadata";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import type { GraphQLResolveInfo } from "graphql";
import { type Connection, connectionFromArray, pageRequest } from "../../graphql/connection.js";
import { expectIdOrSlug, SLUG_PATTERNS } from "../../graphql/global-id.js";
import { ProvidersArgs } from "../provider/provider.args.js";
import { AKIMAT_APPARATUS, AUTHORITIES, providersUnder, SERVICE_CENTRES } from "../provider/provider.lists.js";
import {
  AkimatApparatusConnection,
  AuthorityConnection,
  type ProviderValue,
  ServiceCentreConnection,
} from "../provider/provider.type.js";
import { RegionType, type RegionValue } from "../region/region.type.js";
import { DistrictsArgs } from "./district.args.js";
import { districtQuery, findDistricts } from "./district.repository.js";
import { DistrictConnection, DistrictType, type DistrictValue } from "./district.type.js";

@Resolver(() => DistrictType)
export class DistrictResolver {
  @Query(() => DistrictConnection, {
    description:
      "Districts, cities of oblast significance, city districts and settlements (аудандар), region by region.",
  })
  async districts(
    @Args(() => DistrictsArgs) args: DistrictsArgs,
    @Ctx() { directory: db }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<DistrictValue>> {
    const page = pageRequest(args, info);
    return connectionFromArray(await findDistricts(db, districtQuery(args.filter)), page);
  }

  @Query(() => DistrictType, {
    nullable: true,
    description: "One district by its global id or its slug (`akmola/akkol`); null when there is none.",
  })
  district(
    @Arg("id", () => ID, { description: "The district's global id or slug." }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<DistrictValue | null> {
    return loaders.districtById.load(expectIdOrSlug(id, SLUG_PATTERNS.District, "District"));
  }

  @FieldResolver(() => RegionType, { description: "The region (облыс) it belongs to." })
  async region(@Root() district: DistrictValue, @Ctx() { loaders }: Context): Promise<RegionValue> {
    return (await loaders.regionById.load(district.regionId))!;
  }

  @FieldResolver(() => AuthorityConnection, {
    description: "Its authorities (уәкілетті органдар), usually the department of employment and social programmes.",
  })
  authorities(
    @Root() district: DistrictValue,
    @Args(() => ProvidersArgs) args: ProvidersArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByDistrictId, district.id, AUTHORITIES, args, info);
  }

  @FieldResolver(() => AkimatApparatusConnection, { description: "Its akimat apparatus (әкімдер аппараттары)." })
  akimatApparatus(
    @Root() district: DistrictValue,
    @Args(() => ProvidersArgs) args: ProvidersArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByDistrictId, district.id, AKIMAT_APPARATUS, args, info);
  }

  @FieldResolver(() => ServiceCentreConnection, { description: "Its public service centres (ХҚО)." })
  serviceCentres(
    @Root() district: DistrictValue,
    @Args(() => ProvidersArgs) args: ProvidersArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByDistrictId, district.id, SERVICE_CENTRES, args, info);
  }
}
