import "reflect-metadata";
import { Arg, Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs, connectionFromArray, pageRequest } from "../../graphql/connection.js";
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
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchConnectionType> {
    // The query and kinds are part of the list a cursor belongs to.
    const request = pageRequest({ ...args, query, kinds } as ConnectionArgs, info);
    const hits = await search(db, query, kinds);
    const page = connectionFromArray(hits, request);
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.node, score: edge.node.score, matchedName: edge.node.matchedName })),
      nodes: page.nodes.map((hit) => hit.node),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount,
    };
  }
}
