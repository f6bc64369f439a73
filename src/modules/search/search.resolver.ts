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
      "Finds regions, districts, providers and services (іздеу), best match first, by name, by alias, and for providers by address, phone " +
      "and e-mail. Ignores case and Kazakh diacritics and folds Latin, Russian and English spellings together: «Akkol», «Aqköl», «Аккол» " +
      "and «Ақкөл» find the same places; «Уральск», «Усть-Каменогорск», «ЦОН» find Орал, Өскемен and the service centres (aliases); a word " +
      "no record holds is read as the nearest words that do («Pavladar» → Павлодар). See schema/README.md, Search.",
  })
  async search(
    @Arg("query", () => String, {
      description: "Words to look for (at most 200 characters); every word, or its alias or correction, must occur in one field. A phone number in any spelling.",
    }) query: string,
    @Arg("kinds", () => [SearchKind], { nullable: true, description: "Only these kinds; all kinds when unset." }) kinds: SearchKind[] | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { directory: db }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchConnectionType> {
    // The query and kinds are part of the list a cursor belongs to.
    const request = pageRequest({ ...args, query, kinds } as ConnectionArgs, info);
    const { hits, interpretations } = await search(db, query, kinds);
    const page = connectionFromArray(hits, request);
    return {
      edges: page.edges.map(({ cursor, node: { node, score, matchedName, matchedField, matchedText } }) => ({ cursor, node, score, matchedName, matchedField, matchedText })),
      nodes: page.nodes.map((hit) => hit.node),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount,
      interpretations,
    };
  }
}
