import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ConnectionArgs } from "../../graphql/connection.js";
import { checkString, ruleFor } from "../../graphql/input-policy.js";
import { type KeysetConnection, keysetColumns, keysetConnection } from "../../graphql/keyset.js";
import type { OutboxEvent } from "../../generated/prisma/client.js";
import { BadInputError } from "../../graphql/errors.js";
import { ForbiddenError, UnauthenticatedError } from "../access/access.errors.js";
import { callerOf } from "../access/access.service.js";
import { registrationNumber } from "../common/file-number.js";
import { hubOf } from "./events.hub.js";
import { audienceWhere, type EventAudience, isFor } from "./events.repository.js";
import {
  ApplicationUpdateType,
  ComplaintUpdateType,
  EventConnectionType,
  EventInterface,
  EventTypeEnum,
  toEventType,
} from "./events.type.js";

/** Whose events the caller reads: UNAUTHENTICATED without a key, FORBIDDEN for ADMIN keys. */
export async function audienceOf(ctx: Context, what: string): Promise<EventAudience> {
  const caller = await callerOf(ctx);
  if (caller.kind === "anonymous") throw new UnauthenticatedError(`${what} needs a PORTAL or OFFICER API key`);
  if (caller.kind === "rejected") throw new UnauthenticatedError(caller.reason);
  if (caller.role === "PORTAL") return { portalKeyId: caller.keyId };
  if (caller.role === "OFFICER" && caller.providerId) return { providerId: caller.providerId };
  throw new ForbiddenError(`ADMIN keys manage keys; ${what} is for portals and officers`);
}

/** Oldest first: a feed is read forward from where the reader stopped. */
const FEED_ORDER = [keysetColumns.bigint<OutboxEvent>("id", "asc", (row) => row.id)];

const APPLICATION_TYPES = new Set<string>([
  EventTypeEnum.APPLICATION_SUBMITTED,
  EventTypeEnum.APPLICATION_STATUS_CHANGED,
]);
const COMPLAINT_TYPES = new Set<string>([EventTypeEnum.COMPLAINT_FILED, EventTypeEnum.COMPLAINT_STATUS_CHANGED]);

/**
 * A subscription's string argument through the input policy: the policy
 * wraps resolvers, and a subscription's arguments reach `subscribe` first.
 */
function checkedNumber(field: string, raw: unknown, prefix: "A" | "C"): string | null {
  if (raw === null || raw === undefined) return null;
  const checked = checkString(String(raw), ruleFor(`Subscription.${field}(number)`));
  if (!checked.ok) throw new BadInputError(`argument \`number\` of \`Subscription.${field}\` ${checked.message}`);
  return registrationNumber(checked.value, prefix);
}

@Resolver(() => EventInterface)
export class EventsResolver {
  @Query(() => EventConnectionType, {
    description:
      "PORTAL: the events of the applications and complaints it submitted. OFFICER: those addressed to (or handed in at) the officer's provider. " +
      "Oldest first, keyset-paged: keep the last `endCursor` and ask again with `after` to read only what is new (an empty page keeps no cursor: ask again with the same one).",
  })
  async events(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("types", () => [EventTypeEnum], { nullable: true, description: "Only events of these types; all when unset." })
    types?: EventTypeEnum[] | null,
  ): Promise<KeysetConnection<EventInterface>> {
    const audience = await audienceOf(ctx, "reading events");
    const where = { AND: [audienceWhere(audience), ...(types?.length ? [{ type: { in: types } }] : [])] };
    const page = await keysetConnection(
      args,
      { field: info, owner: JSON.stringify(audience), filters: { types: types ?? null } },
      FEED_ORDER,
      (query) =>
        ctx.db.prisma.outboxEvent.findMany({
          where: query.where ? { AND: [where, query.where] } : where,
          orderBy: query.orderBy,
          take: query.take,
        }),
    );
    const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: toEventType(node) }));
    return { edges, nodes: edges.map((edge) => edge.node), pageInfo: page.pageInfo };
  }

  @Subscription(() => ApplicationUpdateType, {
    description:
      "Over graphql-ws at /graphql, authorised by the key in the connection's `Authorization` parameter: each submission and step of the caller's applications " +
      "(PORTAL: those it submitted; OFFICER: those of its provider), from any process, as it commits. A subscriber that was away reads what it missed with `events(after:)`.",
    subscribe: async ({ args, context }) => {
      const audience = await audienceOf(context as Context, "subscribing to events");
      const number = checkedNumber("applicationUpdated", (args as { number?: unknown }).number, "A");
      return hubOf((context as Context).db).subscribe(
        (event) =>
          APPLICATION_TYPES.has(event.type) && isFor(audience, event) && (number === null || event.number === number),
      );
    },
  })
  applicationUpdated(
    @Root() event: OutboxEvent,
    @Arg("number", () => String, {
      nullable: true,
      description: "Only this application (its registration number); all of the caller's when unset.",
    })
    _number?: string | null,
  ): ApplicationUpdateType {
    return toEventType(event) as ApplicationUpdateType;
  }

  @Subscription(() => ComplaintUpdateType, {
    description:
      "Over graphql-ws at /graphql, as `applicationUpdated`: each filing and step of the caller's complaints (PORTAL: those it filed; OFFICER: those addressed to its provider).",
    subscribe: async ({ args, context }) => {
      const audience = await audienceOf(context as Context, "subscribing to events");
      const number = checkedNumber("complaintUpdated", (args as { number?: unknown }).number, "C");
      return hubOf((context as Context).db).subscribe(
        (event) =>
          COMPLAINT_TYPES.has(event.type) && isFor(audience, event) && (number === null || event.number === number),
      );
    },
  })
  complaintUpdated(
    @Root() event: OutboxEvent,
    @Arg("number", () => String, {
      nullable: true,
      description: "Only this complaint (its registration number); all of the caller's when unset.",
    })
    _number?: string | null,
  ): ComplaintUpdateType {
    return toEventType(event) as ComplaintUpdateType;
  }
}
