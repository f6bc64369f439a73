import "reflect-metadata";
import { WebhookDeliveryStatus as PrismaWebhookDeliveryStatus } from "../../generated/prisma/enums.js";
import { GraphQLDateTime } from "graphql-scalars";
import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { WebhookEndpoint } from "../../generated/prisma/client.js";
import { keysetConnectionType } from "../../graphql/keyset.js";
import { Conflict, Forbidden, NotFound, ValidationFailed } from "../write/errors.type.js";
import { EventInterface, EventTypeEnum, toEventType } from "../events/events.type.js";
import type { DeliveryRecord } from "./webhook.repository.js";

/** The database's enum (prisma/schema.prisma), registered for GraphQL below: declared once. */
export const WebhookDeliveryStatusEnum = PrismaWebhookDeliveryStatus;
export type WebhookDeliveryStatusEnum = PrismaWebhookDeliveryStatus;
registerEnumType(WebhookDeliveryStatusEnum, {
  name: "WebhookDeliveryStatus",
  description: "Where a delivery stands.",
  valuesConfig: {
    PENDING: {
      description:
        "Not yet answered with a 2xx: waiting for its first or next attempt (`nextAttemptAt`), or being sent.",
    },
    DELIVERED: { description: "The endpoint answered 2xx (`deliveredAt`). Final; `redeliverWebhook` sends it again." },
    FAILED: {
      description:
        "Every attempt failed (see `lastError`), the URL is no longer allowed, or the endpoint was deleted. Final; `redeliverWebhook` tries again.",
    },
  },
});

@ObjectType("WebhookEndpoint", {
  description:
    "Where a portal's events are POSTed, signed (README, For integrators). The secret is shown once, when it is registered.",
})
export class WebhookEndpointType {
  @Field(() => ID, { description: "The endpoint's id (`wh_…`)." })
  id!: string;

  @Field(() => String, { description: "The URL deliveries are POSTed to." })
  url!: string;

  @Field(() => [EventTypeEnum], { description: "The event types sent to it; empty: all." })
  eventTypes!: EventTypeEnum[];

  @Field(() => GraphQLDateTime, { description: "When it was registered (ISO 8601 date-time, UTC)." })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was deleted; null while it receives events." })
  deletedAt!: Date | null;
}

@ObjectType("RegisteredWebhookEndpoint", {
  description: "An endpoint just registered, and its signing secret, which this answer is the only one to show.",
})
export class RegisteredWebhookEndpointType {
  @Field(() => WebhookEndpointType, { description: "The endpoint, as `webhookEndpoints` lists it." })
  endpoint!: WebhookEndpointType;

  @Field(() => String, {
    description:
      "The HMAC-SHA256 key of the `Qyzmet-Signature` header (`whsec_…`). Shown once: keep it with the receiver.",
  })
  secret!: string;
}

@ObjectType("WebhookDelivery", { description: "One event sent (or to be sent) to one endpoint: the delivery log." })
export class WebhookDeliveryType {
  @Field(() => ID, { description: "The delivery's id; also sent as the `Qyzmet-Delivery-Id` header." })
  id!: string;

  @Field(() => ID, { description: "The endpoint's id." })
  endpointId!: string;

  @Field(() => EventInterface, { description: "The event delivered." })
  event!: EventInterface;

  @Field(() => WebhookDeliveryStatusEnum, { description: "Where it stands." })
  status!: WebhookDeliveryStatusEnum;

  @Field(() => Int, { description: "Attempts made so far (an attempt counts from when it is sent)." })
  attempts!: number;

  @Field(() => GraphQLDateTime, { description: "When it was queued: with its event, or by `redeliverWebhook`." })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the last attempt started." })
  lastAttemptAt!: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "PENDING: when the next attempt is due; null otherwise.",
  })
  nextAttemptAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "The HTTP status of the last answer; null when there was none (timeout, refused connection).",
  })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed; null after a success." })
  lastError!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the endpoint answered 2xx." })
  deliveredAt!: Date | null;
}

export const WebhookDeliveryConnectionType = keysetConnectionType(
  "WebhookDelivery",
  () => WebhookDeliveryType,
  "жеткізу",
);

@InputType("RegisterWebhookEndpointInput", { description: "Where to POST the portal's events, and which." })
export class RegisterWebhookEndpointInput {
  @Field(() => String, {
    description:
      "An https:// URL (http:// only where the operator allows it) on a host the operator allows (`WEBHOOK_ALLOWED_HOSTS`); at most 2,000 characters. Redirects are not followed.",
  })
  url!: string;

  @Field(() => [EventTypeEnum], { nullable: true, description: "The event types to send; all when unset or empty." })
  eventTypes?: EventTypeEnum[] | null;
}

@InputType("RedeliverWebhookInput", { description: "Which event to send again, and to which endpoint." })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: "The endpoint (`wh_…`), one of the portal's own that is not deleted." })
  endpointId!: string;

  @Field(() => ID, { description: "The event's id (`Event.id`, a UUID), one of the portal's own events." })
  eventId!: string;
}

export const RegisterWebhookEndpointResult = createUnionType({
  name: "RegisterWebhookEndpointResult",
  description:
    "The endpoint and its secret, or why none was registered: ValidationFailed (the URL, or too many endpoints) or Forbidden (not a PORTAL key).",
  types: () => [RegisteredWebhookEndpointType, ValidationFailed, Forbidden] as const,
});

export const DeleteWebhookEndpointResult = createUnionType({
  name: "DeleteWebhookEndpointResult",
  description:
    "The deleted endpoint (its pending deliveries failed), or why nothing changed: NotFound, Forbidden, Conflict (INVALID_TRANSITION: already deleted) or ValidationFailed (an id the input policy refuses).",
  types: () => [WebhookEndpointType, ValidationFailed, NotFound, Forbidden, Conflict] as const,
});

export const RedeliverWebhookResult = createUnionType({
  name: "RedeliverWebhookResult",
  description:
    "The new pending delivery, or why none was queued: NotFound (no such endpoint or event of this portal), Forbidden, Conflict (INVALID_TRANSITION: one is pending already, or the endpoint is deleted) or ValidationFailed.",
  types: () => [WebhookDeliveryType, ValidationFailed, NotFound, Forbidden, Conflict] as const,
});

export function toEndpointType(row: WebhookEndpoint): WebhookEndpointType {
  return Object.assign(new WebhookEndpointType(), {
    id: row.id,
    url: row.url,
    eventTypes: (row.eventTypes ?? []) as EventTypeEnum[],
    createdAt: row.createdAt,
    deletedAt: row.disabledAt,
  });
}

export function toDeliveryType(row: DeliveryRecord): WebhookDeliveryType {
  return Object.assign(new WebhookDeliveryType(), {
    id: String(row.id),
    endpointId: row.endpointId,
    event: toEventType(row.event),
    status: row.status as WebhookDeliveryStatusEnum,
    attempts: row.attempts,
    createdAt: row.createdAt,
    lastAttemptAt: row.lastAttemptAt,
    nextAttemptAt: row.status === "PENDING" ? row.nextAttemptAt : null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt,
  });
}
