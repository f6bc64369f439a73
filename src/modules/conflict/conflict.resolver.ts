import "reflect-metadata";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context.js";
import { type Connection, connectionFromArray, pageRequest } from "../../graphql/connection.js";
import { ConflictType, type ConflictValue } from "../listing/listing.type.js";
import { ConflictsArgs } from "./conflict.args.js";
import { ConflictRule, conflictRuleOf } from "./conflict.inputs.js";
import { findConflicts } from "./conflict.repository.js";
import { DataConflictConnection } from "./conflict.type.js";

@Resolver(() => ConflictType)
export class ConflictListResolver {
  @Query(() => DataConflictConnection, {
    description:
      "Every field where the act's copies disagree about a provider (қайшылықтар), with the values, who printed which and the rule that chose one; " +
      "in the act's order of regions, then by provider and field. Filter by field, region, provider kind and rule.",
  })
  async conflicts(
    @Args(() => ConflictsArgs) args: ConflictsArgs,
    @Ctx() { directory: db }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ConflictValue>> {
    const page = pageRequest(args, info);
    return connectionFromArray(await findConflicts(db, args.filter), page);
  }

  @FieldResolver(() => ConflictRule, { description: "Which kind of rule chose the value (`rule` words it in full)." })
  ruleKind(@Root() conflict: ConflictValue): ConflictRule {
    return conflictRuleOf(conflict.rule);
  }
}
