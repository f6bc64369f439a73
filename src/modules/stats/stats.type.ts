import "reflect-metadata";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { ProviderKind } from "../provider/provider.type.js";
import { RegionType, type RegionValue } from "../region/region.type.js";
import { ServiceType, type ServiceValue } from "../service/service.type.js";

@ObjectType("KindCount", { description: "How many providers of one kind (түрі бойынша саны)." })
export class KindCountType {
  @Field(() => ProviderKind, { description: "The kind." })
  kind!: ProviderKind;

  @Field(() => Int, { description: "How many." })
  count!: number;
}

@ObjectType("RegionStats", { description: "Counts for one region (өңір бойынша статистика)." })
export class RegionStatsType {
  @Field(() => RegionType, { description: "The region." })
  region!: RegionValue;

  @Field(() => Int, { description: "Districts and cities (аудандар)." })
  districts!: number;

  @Field(() => Int, { description: "Providers of every kind." })
  providers!: number;

  @Field(() => Int, { description: "Authorities (уәкілетті органдар)." })
  authorities!: number;

  @Field(() => Int, { description: "Akimat apparatus (әкімдер аппараттары)." })
  akimatApparatus!: number;

  @Field(() => Int, { description: "Service centres (ХҚО)." })
  serviceCentres!: number;

  @Field(() => [KindCountType], { description: "Providers per kind, kinds with none left out." })
  byKind!: KindCountType[];
}

@ObjectType("ServiceStats", { description: "How many providers a service has (қызмет бойынша статистика)." })
export class ServiceStatsType {
  @Field(() => ServiceType, { description: "The service." })
  service!: ServiceValue;

  @Field(() => Int, { description: "Providers of every kind." })
  providers!: number;

  @Field(() => Int, { description: "Authorities." })
  authorities!: number;

  @Field(() => Int, { description: "Akimat apparatus." })
  akimatApparatus!: number;

  @Field(() => Int, { description: "Service centres." })
  serviceCentres!: number;
}

@ObjectType("ServicesPerProviderCount", {
  description:
    "A bar of the distribution (қызметтер саны бойынша бөлу): how many providers give exactly this many services.",
})
export class ServicesPerProviderCountType {
  @Field(() => Int, { description: "Number of services." })
  services!: number;

  @Field(() => Int, { description: "Providers that give exactly that many." })
  providers!: number;
}

@ObjectType("Stats", { description: "Counts over the whole directory (анықтамалық статистикасы), for overviews." })
export class StatsType {
  @Field(() => Int, { description: "Regions (өңірлер)." })
  regions!: number;

  @Field(() => Int, { description: "Districts and cities (аудандар)." })
  districts!: number;

  @Field(() => Int, { description: "Providers of every kind (қызмет берушілер)." })
  providers!: number;

  @Field(() => Int, {
    description:
      "Service items of the act (қызметтер), numbered 1–18, the repealed item 11 included: the same count as `services { totalCount }`.",
  })
  services!: number;

  @Field(() => Int, {
    description: "Services in force (қолданыстағы қызметтер): the 17 standards, without the repealed item 11.",
  })
  servicesInForce!: number;

  @Field(() => Int, { description: "Rows of the act's provider lists (тізім жолдары)." })
  listings!: number;

  @Field(() => Int, { description: "Values the lists disagree on (қайшылықтар)." })
  conflicts!: number;

  @Field(() => [KindCountType], { description: "Providers per kind." })
  byKind!: KindCountType[];

  @Field(() => [RegionStatsType], { description: "Counts per region, in the act's order." })
  byRegion!: RegionStatsType[];

  @Field(() => [ServiceStatsType], { description: "Providers per service, by number." })
  byService!: ServiceStatsType[];

  @Field(() => [ServicesPerProviderCountType], { description: "How many services providers give: the distribution." })
  servicesPerProvider!: ServicesPerProviderCountType[];

  @Field(() => Float, { description: "Average number of services per provider." })
  averageServicesPerProvider!: number;
}
