import "reflect-metadata";
import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ConnectionArgs, connectionFromArray, checkConnectionArgs } from "../../graphql/connection.js";
import { search } from "./search.service.js";
import { SearchConnectionType, SearchKind } from "./search.type.js";

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnectionType, {
    description:
      "Finds regions, districts, providers and services by name (іздеу), best match first. Ignores case and Kazakh diacritics and accepts " +
      "Latin spelling: «Akkol», «Aqköl», «akkol» and «Ақкөл» find the same places.",
  })
  async search(
    @Arg("query", () => String, { description: "Words to look for; every word must occur in a name." }) query: string,
    @Arg("kinds", () => [SearchKind], { nullable: true, description: "Only these kinds; all kinds when unset." }) kinds: SearchKind[] | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { db }: Context,
  ): Promise<SearchConnectionType> {
    checkConnectionArgs(args);
    const hits = await search(db, query, kinds);
    const page = connectionFromArray(hits, args);
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.node, score: edge.node.score, matchedName: edge.node.matchedName })),
      nodes: page.nodes.map((hit) => hit.node),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount,
    };
  }
}
