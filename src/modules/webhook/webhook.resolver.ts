import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ConnectionArgs } from "../../graphql/connection.js";
import { type KeysetConnection, keysetColumns, keysetConnection } from "../../graphql/keyset.js";
import { ForbiddenError, UnauthenticatedError } from "../access/access.errors.js";
import { callerOf, type KeyCaller, requireRole } from "../access/access.service.js";
import { Conflict, FieldError, Forbidden, NotFound, ValidationFailed } from "../write/errors.type.js";
import { findEvent } from "../events/events.repository.js";
import { announceCommit } from "../events/events.signal.js";
import { checkWebhookUrl } from "./webhook.allow-list.js";
import {
  activeEndpointCount,
  createEndpoint,
  type DeliveryRecord,
  deliveriesWhere,
  disableEndpoint,
  findEndpoint,
  listEndpoints,
  MAX_ENDPOINTS_PER_PORTAL,
  queueRedelivery,
} from "./webhook.repository.js";
import { webhookConfigOf } from "./webhook.settings.js";
import {
  DeleteWebhookEndpointResult,
  RedeliverWebhookInput,
  RedeliverWebhookResult,
  RegisteredWebhookEndpointType,
  RegisterWebhookEndpointInput,
  RegisterWebhookEndpointResult,
  toDeliveryType,
  toEndpointType,
  WebhookDeliveryConnectionType,
  WebhookDeliveryStatusEnum,
  WebhookDeliveryType,
  WebhookEndpointType,
} from "./webhook.type.js";

/** A query's caller, who must hold a PORTAL key (webhooks are a portal's). */
async function portalOf(ctx: Context, what: string): Promise<KeyCaller> {
  const caller = await callerOf(ctx);
  if (caller.kind === "anonymous") throw new UnauthenticatedError(`${what} needs a PORTAL API key`);
  if (caller.kind === "rejected") throw new UnauthenticatedError(caller.reason);
  if (caller.role !== "PORTAL") throw new ForbiddenError(`${what} is for PORTAL keys`);
  return caller;
}

/** Newest first. */
const NEWEST_FIRST = [keysetColumns.bigint<DeliveryRecord>("id", "desc", (row) => row.id)];

@Resolver(() => WebhookEndpointType)
export class WebhookResolver {
  @Mutation(() => RegisterWebhookEndpointResult, {
    description: `PORTAL: register a URL to receive the portal's events as signed POSTs (at most ${MAX_ENDPOINTS_PER_PORTAL} endpoints per portal). The answer holds the only copy of the signing secret.`,
  })
  async registerWebhookEndpoint(
    @Arg("input", () => RegisterWebhookEndpointInput, { description: "The URL and the event types." })
    input: RegisterWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<typeof RegisterWebhookEndpointResult> {
    const auth = requireRole(await callerOf(ctx), "PORTAL");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    const check = checkWebhookUrl(input.url, webhookConfigOf(ctx.db));
    if (!check.ok) return new ValidationFailed([new FieldError("url", `url ${check.message}`)]);
    if ((await activeEndpointCount(ctx.db, auth.caller.keyId)) >= MAX_ENDPOINTS_PER_PORTAL) {
      return new ValidationFailed([
        new FieldError("url", `a portal may have at most ${MAX_ENDPOINTS_PER_PORTAL} endpoints; delete one first`),
      ]);
    }
    const row = await createEndpoint(ctx.db, {
      apiKeyId: auth.caller.keyId,
      url: check.url.toString(),
      eventTypes: [...new Set(input.eventTypes ?? [])],
    });
    return Object.assign(new RegisteredWebhookEndpointType(), { endpoint: toEndpointType(row), secret: row.secret });
  }

  @Mutation(() => DeleteWebhookEndpointResult, {
    description: "PORTAL: stop sending to an endpoint; its pending deliveries become FAILED. It stays in the log.",
  })
  async deleteWebhookEndpoint(
    @Arg("id", () => ID, { description: "The endpoint's id (`wh_…`)." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<typeof DeleteWebhookEndpointResult> {
    const auth = requireRole(await callerOf(ctx), "PORTAL");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    const endpoint = await findEndpoint(ctx.db, auth.caller.keyId, id);
    if (!endpoint) return new NotFound("WebhookEndpoint", id);
    const disabled = await disableEndpoint(ctx.db, endpoint);
    if (!disabled) return new Conflict("INVALID_TRANSITION", `webhook endpoint ${id} was already deleted`);
    return toEndpointType(disabled);
  }

  @Mutation(() => RedeliverWebhookResult, {
    description:
      "PORTAL: send one of its events to one of its endpoints again (also an event from before the endpoint existed), as a new delivery with attempts of its own.",
  })
  async redeliverWebhook(
    @Arg("input", () => RedeliverWebhookInput, { description: "The endpoint and the event." })
    input: RedeliverWebhookInput,
    @Ctx() ctx: Context,
  ): Promise<typeof RedeliverWebhookResult> {
    const auth = requireRole(await callerOf(ctx), "PORTAL");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    const endpoint = await findEndpoint(ctx.db, auth.caller.keyId, input.endpointId);
    if (!endpoint) return new NotFound("WebhookEndpoint", input.endpointId);
    if (endpoint.disabledAt) return new Conflict("INVALID_TRANSITION", `webhook endpoint ${endpoint.id} was deleted`);
    const event = await findEvent(ctx.db, { portalKeyId: auth.caller.keyId }, input.eventId);
    if (!event) return new NotFound("Event", input.eventId);
    const queued = await queueRedelivery(ctx.db, endpoint.id, event.id);
    if (!queued)
      return new Conflict(
        "INVALID_TRANSITION",
        `event ${event.eventId} is already waiting to be delivered to ${endpoint.id}`,
      );
    announceCommit(ctx.db);
    return toDeliveryType(queued);
  }

  @Query(() => [WebhookEndpointType], { description: "PORTAL: its endpoints, newest first, deleted ones included." })
  async webhookEndpoints(@Ctx() ctx: Context): Promise<WebhookEndpointType[]> {
    const caller = await portalOf(ctx, "listing webhook endpoints");
    return (await listEndpoints(ctx.db, caller.keyId)).map(toEndpointType);
  }

  @Query(() => WebhookDeliveryConnectionType, {
    description: "PORTAL: the delivery log of its endpoints, newest first, keyset-paged.",
  })
  async webhookDeliveries(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("endpointId", () => ID, { nullable: true, description: "Only this endpoint's deliveries." }) endpointId?:
      | string
      | null,
    @Arg("status", () => [WebhookDeliveryStatusEnum], {
      nullable: true,
      description: "Only deliveries in one of these states.",
    })
    status?: WebhookDeliveryStatusEnum[] | null,
  ): Promise<KeysetConnection<WebhookDeliveryType>> {
    const caller = await portalOf(ctx, "reading webhook deliveries");
    const where = deliveriesWhere(caller.keyId, endpointId ?? null, status ?? null);
    const page = await keysetConnection(
      args,
      { field: info, owner: caller.keyId, filters: { endpointId, status } },
      NEWEST_FIRST,
      (query) =>
        ctx.db.prisma.webhookDelivery.findMany({
          where: query.where ? { AND: [where, query.where] } : where,
          orderBy: query.orderBy,
          take: query.take,
          include: { event: true },
        }),
    );
    const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: toDeliveryType(node) }));
    return { edges, nodes: edges.map((edge) => edge.node), pageInfo: page.pageInfo };
  }
}
