import "reflect-metadata";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context.js";
import { BadInputError } from "../../graphql/errors.js";
import { fromGlobalId, toGlobalId } from "../../graphql/global-id.js";
import { NodeInterface, type Typed } from "./node.type.js";
import { findLegalAct } from "../legal-act/legal-act.repository.js";

/** Most ids one `nodes` call accepts (the page size limit). */
export const MAX_NODES = 100;

type NodeLoader = (ctx: Context, id: string) => Promise<Typed | null>;

/** A provider type's loader: the provider, when the id names one of that type. */
const providerOf =
  (type: "Authority" | "AkimatApparatus" | "ServiceCentre"): NodeLoader =>
  async ({ loaders }, id) => {
    const provider = await loaders.providerById.load(id);
    return provider?.__typename === type ? provider : null;
  };

/**
 * How `node(id)` loads each type that implements Node: every entry hands back
 * the same object its own query does (test/graphql/node.test.ts checks that
 * every Node type of the schema has one).
 */
export const NODE_LOADERS: Readonly<Record<string, NodeLoader>> = {
  Region: ({ loaders }, id) => loaders.regionById.load(id),
  District: ({ loaders }, id) => loaders.districtById.load(id),
  Authority: providerOf("Authority"),
  AkimatApparatus: providerOf("AkimatApparatus"),
  ServiceCentre: providerOf("ServiceCentre"),
  Service: ({ loaders }, id) => loaders.serviceById.load(id),
  Appendix: ({ loaders }, id) => loaders.appendixById.load(id),
  Listing: ({ loaders }, id) => loaders.listingById.load(id),
  DataConflict: ({ loaders }, id) => loaders.conflictById.load(id),
  QualityIndicator: ({ loaders }, id) => loaders.qualityIndicatorById.load(id),
  LegalAct: ({ directory }, id) => findLegalAct(directory, id),
};

function loadNode(ctx: Context, globalId: string): Promise<Typed | null> {
  const { type, id } = fromGlobalId(globalId);
  const load = Object.hasOwn(NODE_LOADERS, type) ? NODE_LOADERS[type] : undefined;
  return load ? load(ctx, id) : Promise.resolve(null);
}

@Resolver(() => NodeInterface)
export class NodeResolver {
  @FieldResolver(() => ID, { description: "Global, opaque id; stable while the directory is unchanged." })
  id(@Root() root: { id: string }, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name, root.id);
  }

  @Query(() => NodeInterface, {
    nullable: true,
    description: "Anything by its global id (ғаламдық идентификатор); null when it does not exist.",
  })
  node(
    @Arg("id", () => ID, { description: "A global id from any `id` field." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Typed | null> {
    return loadNode(ctx, id);
  }

  @Query(() => [NodeInterface], {
    nullable: "items",
    description: `Several things by global id, in the order asked; null for those that do not exist. At most ${MAX_NODES} ids.`,
  })
  nodes(
    @Arg("ids", () => [ID], { description: "Global ids from `id` fields." }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<(Typed | null)[]> {
    if (ids.length > MAX_NODES) throw new BadInputError(`nodes accepts at most ${MAX_NODES} ids (got ${ids.length})`);
    for (const id of ids) fromGlobalId(id);
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
