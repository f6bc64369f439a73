import "reflect-metadata";
import { Arg, Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs, connectionFromArray, pageRequest } from "../../graphql/connection.js";
import { SearchConnectionType, SearchKind } from "./search.type.js";
import type { Typed } from "../node/node.type.js";
import { PROVIDER_TYPENAME } from "../provider/provider.type.js";

const PROVIDER_TYPENAMES: ReadonlySet<string> = new Set(Object.values(PROVIDER_TYPENAME));
const isProvider = (node: Typed): node is Typed & { id: string } => PROVIDER_TYPENAMES.has(node.__typename);

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
      description:
        "Words to look for (at most 200 characters); every word, or its alias or correction, must occur in one field. A phone number in any spelling.",
    })
    query: string,
    @Arg("kinds", () => [SearchKind], { nullable: true, description: "Only these kinds; all kinds when unset." }) kinds:
      | SearchKind[]
      | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchConnectionType> {
    // The query and kinds are part of the list a cursor belongs to.
    const request = pageRequest({ ...args, query, kinds } as ConnectionArgs, info);
    const { hits, interpretations } = await loaders.searchResults.load({ text: query, kinds });
    const page = connectionFromArray(hits, request);
    // Candidates were read without the columns scoring skips: the page's providers are read whole, in one batch.
    const nodes = await Promise.all(
      page.nodes.map(async (hit) =>
        isProvider(hit.node) ? ((await loaders.providerById.load(hit.node.id)) ?? hit.node) : hit.node,
      ),
    );
    return {
      edges: page.edges.map(({ cursor, node: { score, matchedName, matchedField, matchedText } }, index) => ({
        cursor,
        node: nodes[index]!,
        score,
        matchedName,
        matchedField,
        matchedText,
      })),
      nodes,
      pageInfo: page.pageInfo,
      totalCount: page.totalCount,
      interpretations,
    };
  }
}
