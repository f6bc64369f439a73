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

async function loadNode(ctx: Context, globalId: string): Promise<Typed | null> {
  const { type, id } = fromGlobalId(globalId);
  const { loaders } = ctx;
  switch (type) {
    case "Region":
      return loaders.regionById.load(id);
    case "District":
      return loaders.districtById.load(id);
    case "Authority":
    case "AkimatApparatus":
    case "ServiceCentre": {
      const provider = await loaders.providerById.load(id);
      return provider?.__typename === type ? provider : null;
    }
    case "Service":
      return loaders.serviceById.load(id);
    case "Appendix":
      return loaders.appendixById.load(id);
    case "Listing":
      return loaders.listingById.load(id);
    case "DataConflict":
      return loaders.conflictById.load(id);
    case "QualityIndicator":
      return loaders.qualityIndicatorById.load(id);
    case "LegalAct":
      return findLegalAct(ctx.directory, id);
    default:
      return null;
  }
}

@Resolver(() => NodeInterface)
export class NodeResolver {
  @FieldResolver(() => ID, { description: "Global, opaque id; stable while the directory is unchanged." })
  id(@Root() root: { id: string }, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name, root.id);
  }

  @Query(() => NodeInterface, { nullable: true, description: "Anything by its global id (ғаламдық идентификатор); null when it does not exist." })
  node(@Arg("id", () => ID, { description: "A global id from any `id` field." }) id: string, @Ctx() ctx: Context): Promise<Typed | null> {
    return loadNode(ctx, id);
  }

  @Query(() => [NodeInterface], { nullable: "items", description: `Several things by global id, in the order asked; null for those that do not exist. At most ${MAX_NODES} ids.` })
  nodes(@Arg("ids", () => [ID], { description: "Global ids from `id` fields." }) ids: string[], @Ctx() ctx: Context): Promise<(Typed | null)[]> {
    if (ids.length > MAX_NODES) throw new BadInputError(`nodes accepts at most ${MAX_NODES} ids (got ${ids.length})`);
    for (const id of ids) fromGlobalId(id);
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
