import "reflect-metadata";
import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { directoryStats } from "./stats.service.js";
import { StatsType } from "./stats.type.js";

@Resolver()
export class StatsResolver {
  @Query(() => StatsType, {
    description: "Counts per region, kind and service, and services per provider (статистика), for overviews.",
  })
  stats(@Ctx() { directory: db }: Context): Promise<StatsType> {
    return directoryStats(db);
  }
}
