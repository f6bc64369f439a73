import "reflect-metadata";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ApplicationStatusEnum, ChannelEnum, DeadlineUnitEnum } from "./application.enums.js";

@ObjectType("AppliedDeadline", { description: "The standard's deadline for the channel used (paragraph 7), with the act's wording and lines." })
export class AppliedDeadlineType {
  @Field(() => Int)
  amount!: number;

  @Field(() => DeadlineUnitEnum)
  unit!: DeadlineUnitEnum;

  @Field(() => Boolean, { description: "«… аспайды» (at most) rather than «… ішінде» (within)." })
  atMost!: boolean;

  @Field(() => String, { description: "The act's wording." })
  text!: string;

  @Field(() => Int, { nullable: true })
  lineStart!: number | null;

  @Field(() => Int, { nullable: true })
  lineEnd!: number | null;
}

@ObjectType("HandedInDocument", { description: "A document item of the service's list for the channel, handed in." })
export class HandedInDocumentType {
  @Field(() => String, { description: "The item's code in the standard's list (`d1`, `d1.2`, `x1`)." })
  code!: string;

  @Field(() => String, { description: "The item's wording in the standard." })
  text!: string;
}

@ObjectType("RefusalGround", { description: "A ground for refusal (бас тарту негіздемесі) from the service's standard." })
export class RefusalGroundType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType("Applicant", { description: "Personal data: returned only to the portal that submitted the application, officers of its providers and admins." })
export class ApplicantType {
  @Field(() => String)
  iin!: string;

  @Field(() => String)
  surname!: string;

  @Field(() => String)
  givenName!: string;

  @Field(() => String, { nullable: true })
  patronymic!: string | null;

  @Field(() => String)
  postalAddress!: string;

  @Field(() => String)
  phone!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType("ApplicationEvent", { description: "One step of the lifecycle: who, when, from, to, why." })
export class ApplicationEventType {
  @Field(() => ApplicationStatusEnum, { nullable: true, description: "Null for the submission itself." })
  from!: ApplicationStatusEnum | null;

  @Field(() => ApplicationStatusEnum)
  to!: ApplicationStatusEnum;

  @Field(() => GraphQLDateTime)
  at!: Date;

  @Field(() => String, { description: "PORTAL, OFFICER or ADMIN." })
  actorRole!: string;

  @Field(() => String, { nullable: true, description: "The officer's or portal's name as recorded." })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: "The provider the actor acted for (slug)." })
  providerId!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  refusalGroundCode!: string | null;
}

@ObjectType("ProviderRef", { description: "A provider as it was named when the record was made (the directory's `provider(slug)` has the rest)." })
export class ProviderRefType {
  @Field(() => String, { description: "The provider's slug." })
  slug!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType("ServiceRef", { description: "A service as it was titled when the record was made." })
export class ServiceRefType {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;
}

@ObjectType("Application", { description: "A citizen's application for one service." })
export class ApplicationType {
  @Field(() => ID, { description: "The registration number (тіркеу нөмірі)." })
  number!: string;

  @Field(() => ApplicationStatusEnum)
  status!: ApplicationStatusEnum;

  @Field(() => Int, { description: "Send it back as `expectedVersion` to change the application." })
  version!: number;

  @Field(() => ServiceRefType)
  service!: ServiceRefType;

  @Field(() => ChannelEnum)
  channel!: ChannelEnum;

  @Field(() => ProviderRefType, { description: "Addressed to now (the department once a centre forwarded it)." })
  provider!: ProviderRefType;

  @Field(() => ProviderRefType, { description: "Where it was handed in." })
  receivedAt!: ProviderRefType;

  @Field(() => String, { nullable: true, description: "AKIM channel: the akim's office that took it in." })
  akimOffice!: string | null;

  @Field(() => String)
  recipientCategory!: string;

  @Field(() => [HandedInDocumentType])
  documents!: HandedInDocumentType[];

  @Field(() => GraphQLDateTime)
  submittedAt!: Date;

  @Field(() => GraphQLLocalDate, { description: "The last day the provider may use (Kazakhstan time)." })
  dueDate!: string;

  @Field(() => GraphQLDateTime, { description: "After this instant an open application is overdue." })
  dueAt!: Date;

  @Field(() => AppliedDeadlineType)
  deadline!: AppliedDeadlineType;

  @Field(() => Boolean, { description: "Still open and past `dueAt`." })
  overdue!: boolean;

  @Field(() => RefusalGroundType, { nullable: true, description: "REFUSED (and RESULT_ISSUED after a refusal): the ground cited." })
  refusalGround!: RefusalGroundType | null;

  @Field(() => ApplicationStatusEnum, { nullable: true, description: "APPROVED or REFUSED once decided." })
  outcome!: ApplicationStatusEnum | null;

  @Field(() => ApplicantType, { nullable: true, description: "Null unless the caller may see personal data (see Applicant)." })
  applicant!: ApplicantType | null;

  @Field(() => [ApplicationEventType], { description: "The lifecycle, oldest first." })
  history!: ApplicationEventType[];
}

@ObjectType("ApplicationReceipt", {
  description:
    "What the applicant is given on handing in (paragraph 14: the talon or receipt): number, date and time, service, provider, documents accepted, " +
    "who received them, the due date, and the access code for tracking, shown only here.",
})
export class ApplicationReceiptType {
  @Field(() => ApplicationType)
  application!: ApplicationType;

  @Field(() => String, { description: "With the number, lets the applicant track the application (`applicationByNumber`). Shown once; stored only as a hash." })
  accessCode!: string;

  @Field(() => String, { description: "Who received the documents." })
  receivedBy!: string;

  @Field(() => String, { nullable: true, description: "What the standard says the applicant is handed on this channel: TALON, RECEIPT or RESULT." })
  document!: string | null;

  @Field(() => [String], { description: "What the standard says that document shows (paragraph 14), as printed." })
  documentContents!: string[];
}

