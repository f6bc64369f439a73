import "reflect-metadata";
import { EventType as PrismaEventType } from "../../generated/prisma/enums.js";
import { GraphQLDateTime } from "graphql-scalars";
import { type ClassType, Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import type { OutboxEvent } from "../../generated/prisma/client.js";
import { keysetConnectionType } from "../../graphql/keyset.js";
import { ApplicationStatusEnum } from "../application/application.enums.js";
import { ComplaintStatusEnum } from "../complaint/complaint.type.js";

/** The database's enum (prisma/schema.prisma), registered for GraphQL below: declared once. */
export const EventTypeEnum = PrismaEventType;
export type EventTypeEnum = PrismaEventType;
registerEnumType(EventTypeEnum, {
  name: "EventType",
  description:
    "What happened: an application or a complaint was created, or took a lifecycle step. The same names are the `type` of webhook bodies.",
  valuesConfig: {
    APPLICATION_SUBMITTED: {
      description: "A portal submitted an application (өтініш): `from` is null, `to` SUBMITTED, version 1.",
    },
    APPLICATION_STATUS_CHANGED: {
      description: "An application took a step (ApplicationAction): `from` and `to` are its statuses before and after.",
    },
    COMPLAINT_FILED: { description: "A portal filed a complaint (шағым): `from` is null, `to` FILED, version 1." },
    COMPLAINT_STATUS_CHANGED: {
      description: "A complaint took a step (ComplaintAction): `from` and `to` are its statuses before and after.",
    },
  },
});

@InterfaceType("Event", {
  description:
    "One change of an application or a complaint, as the submitting portal and the provider's officers are told of it (the `events` feed, subscriptions and webhooks). " +
    "Written in the change's own transaction, so there is exactly one per committed change. Holds no personal data: read the record with its number for more.",
})
export abstract class EventInterface {
  @Field(() => ID, {
    description:
      "The event's stable id (a UUID): the same in the feed, in subscriptions and in every webhook delivery of it. Receivers dedupe by it.",
  })
  id!: string;

  @Field(() => EventTypeEnum, { description: "What happened." })
  type!: EventTypeEnum;

  @Field(() => GraphQLDateTime, {
    description: "When the change was made (ISO 8601 date-time, UTC), inside its transaction.",
  })
  occurredAt!: Date;

  @Field(() => String, { description: "The registration number of the application (`A-…`) or complaint (`C-…`)." })
  number!: string;

  @Field(() => Int, {
    description: "The record's version after the change (1 at creation): the `expectedVersion` of its next step.",
  })
  version!: number;

  @Field(() => Int, { nullable: true, description: "The service the record is about." })
  serviceNumber!: number | null;
}

@ObjectType("ApplicationUpdate", {
  implements: EventInterface,
  description: "An application was submitted or took a lifecycle step.",
})
export class ApplicationUpdateType extends EventInterface {
  @Field(() => ApplicationStatusEnum, { nullable: true, description: "The status before; null for the submission." })
  from!: ApplicationStatusEnum | null;

  @Field(() => ApplicationStatusEnum, { description: "The status after." })
  to!: ApplicationStatusEnum;

  @Field(() => String, { description: "The slug of the provider the application is addressed to after the change." })
  providerId!: string;

  @Field(() => String, { description: "The slug of the provider where it was handed in." })
  receivedAtId!: string;
}

@ObjectType("ComplaintUpdate", {
  implements: EventInterface,
  description: "A complaint was filed or took a lifecycle step.",
})
export class ComplaintUpdateType extends EventInterface {
  @Field(() => ComplaintStatusEnum, { nullable: true, description: "The status before; null for the filing." })
  from!: ComplaintStatusEnum | null;

  @Field(() => ComplaintStatusEnum, { description: "The status after." })
  to!: ComplaintStatusEnum;

  @Field(() => String, { description: "The slug of the body that hears the complaint." })
  addresseeId!: string;
}

export const EventConnectionType = keysetConnectionType(
  "Event",
  () => EventInterface as unknown as ClassType<EventInterface>,
  "оқиға",
);

/** The GraphQL view of an outbox row. */
export function toEventType(row: OutboxEvent): ApplicationUpdateType | ComplaintUpdateType {
  const common = {
    id: row.eventId,
    type: row.type as EventTypeEnum,
    occurredAt: row.occurredAt,
    number: row.number,
    version: row.version,
    serviceNumber: row.serviceNumber,
  };
  if (row.type === "APPLICATION_SUBMITTED" || row.type === "APPLICATION_STATUS_CHANGED") {
    return Object.assign(new ApplicationUpdateType(), common, {
      from: row.fromStatus as ApplicationStatusEnum | null,
      to: row.toStatus as ApplicationStatusEnum,
      providerId: row.providerId,
      receivedAtId: row.receivedAtId ?? row.providerId,
    });
  }
  return Object.assign(new ComplaintUpdateType(), common, {
    from: row.fromStatus as ComplaintStatusEnum | null,
    to: row.toStatus as ComplaintStatusEnum,
    addresseeId: row.providerId,
  });
}
