import "reflect-metadata";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ApplicationStatusEnum, ChannelEnum, DeadlineUnitEnum } from "./application.enums.js";
import { ProviderRefType, ServiceRefType } from "../write/directory-ref.type.js";

@ObjectType("AppliedDeadline", {
  description: "The standard's deadline (мерзім) for the channel used (paragraph 7), with the act's wording and lines.",
})
export class AppliedDeadlineType {
  @Field(() => Int, { description: "How many units the standard allows (мерзім)." })
  amount!: number;

  @Field(() => DeadlineUnitEnum, {
    description: "Working days, calendar days or minutes; working days skip weekends and Kazakhstan's days off.",
  })
  unit!: DeadlineUnitEnum;

  @Field(() => Boolean, { description: "«… аспайды» (at most) rather than «… ішінде» (within)." })
  atMost!: boolean;

  @Field(() => String, { description: "The act's wording." })
  text!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "First line of the deadline's wording in the act (read it with `legalAct.sourceLines`); null when not recorded.",
  })
  lineStart!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Last line of the deadline's wording in the act; null when not recorded.",
  })
  lineEnd!: number | null;
}

@ObjectType("HandedInDocument", { description: "A document item of the service's list for the channel, handed in." })
export class HandedInDocumentType {
  @Field(() => String, { description: "The item's code in the standard's list (`d1`, `d1.2`, `x1`)." })
  code!: string;

  @Field(() => String, { description: "The item's wording in the standard." })
  text!: string;
}

@ObjectType("RefusalGround", {
  description: "A ground for refusal (бас тарту негіздемесі) from the service's standard.",
})
export class RefusalGroundType {
  @Field(() => String, {
    description:
      "The ground's code in the service's list (`r1`, `r2`, …), as `Service.refusalGrounds.grounds` numbers them.",
  })
  code!: string;

  @Field(() => String, {
    description: "The ground's wording in the standard, as it stood when the refusal was recorded.",
  })
  text!: string;
}

@ObjectType("Applicant", {
  description:
    "Personal data of the applicant (өтініш беруші): returned only to the portal that submitted the application and to officers of the providers " +
    "it was handed in at or addressed to; admin keys and everyone else get null.",
})
export class ApplicantType {
  @Field(() => String, { description: "ЖСН/ИИН (individual identification number): 12 digits." })
  iin!: string;

  @Field(() => String, { description: "Тегі (surname), as normalised at submission." })
  surname!: string;

  @Field(() => String, { description: "Аты (given name)." })
  givenName!: string;

  @Field(() => String, { nullable: true, description: "Әкесінің аты (patronymic); null when none was given." })
  patronymic!: string | null;

  @Field(() => String, { description: "Postal address (пошталық мекенжайы)." })
  postalAddress!: string;

  @Field(() => String, { description: "Phone number in E.164 (+7XXXXXXXXXX)." })
  phone!: string;

  @Field(() => String, { nullable: true, description: "E-mail address (электрондық пошта); null when none was given." })
  email!: string | null;
}

@ObjectType("ApplicationEvent", { description: "One step of the lifecycle: who, when, from, to, why." })
export class ApplicationEventType {
  @Field(() => ApplicationStatusEnum, { nullable: true, description: "Null for the submission itself." })
  from!: ApplicationStatusEnum | null;

  @Field(() => ApplicationStatusEnum, { description: "The status after the step." })
  to!: ApplicationStatusEnum;

  @Field(() => GraphQLDateTime, { description: "When the step was taken (ISO 8601 date-time, UTC)." })
  at!: Date;

  @Field(() => String, { description: "PORTAL, OFFICER or ADMIN." })
  actorRole!: string;

  @Field(() => String, { nullable: true, description: "The officer's or portal's name as recorded." })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: "The provider the actor acted for (slug)." })
  providerId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why, as the actor wrote it; null when the step gave no reason.",
  })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "REFUSE: the code of the refusal ground cited (`r1`, …); null for every other step.",
  })
  refusalGroundCode!: string | null;
}

@ObjectType("Application", { description: "A citizen's application for one service." })
export class ApplicationType {
  @Field(() => ID, { description: "The registration number (тіркеу нөмірі)." })
  number!: string;

  @Field(() => ApplicationStatusEnum, { description: "Where it stands in its lifecycle (see ApplicationStatus)." })
  status!: ApplicationStatusEnum;

  @Field(() => Int, { description: "Send it back as `expectedVersion` to change the application." })
  version!: number;

  @Field(() => ServiceRefType, { description: "The service applied for, as titled at submission." })
  service!: ServiceRefType;

  @Field(() => ChannelEnum, { description: "The channel it was handed in through (өтініш беру арнасы)." })
  channel!: ChannelEnum;

  @Field(() => ProviderRefType, { description: "Addressed to now (the department once a centre forwarded it)." })
  provider!: ProviderRefType;

  @Field(() => ProviderRefType, { description: "Where it was handed in." })
  receivedAt!: ProviderRefType;

  @Field(() => String, { nullable: true, description: "AKIM channel: the akim's office that took it in." })
  akimOffice!: string | null;

  @Field(() => String, {
    description:
      "The recipient category (paragraph 6) the applicant claims, in the standard's wording (whether it was given by code or by text); taken as stated where the standard lists no categories.",
  })
  recipientCategory!: string;

  @Field(() => [HandedInDocumentType], {
    description: "The documents (құжаттар) handed in, from the service's list for the channel, in the order given.",
  })
  documents!: HandedInDocumentType[];

  @Field(() => GraphQLDateTime, {
    description: "When it was handed in and registered (ISO 8601 date-time, UTC); the deadline counts from this day.",
  })
  submittedAt!: Date;

  @Field(() => GraphQLLocalDate, { description: "The last day the provider may use (Kazakhstan time)." })
  dueDate!: string;

  @Field(() => GraphQLDateTime, { description: "After this instant an open application is overdue." })
  dueAt!: Date;

  @Field(() => AppliedDeadlineType, {
    description: "The standard's deadline (мерзім) for the channel used, from which `dueDate` was computed.",
  })
  deadline!: AppliedDeadlineType;

  @Field(() => Boolean, { description: "Still open and past `dueAt`." })
  overdue!: boolean;

  @Field(() => RefusalGroundType, {
    nullable: true,
    description: "REFUSED (and RESULT_ISSUED after a refusal): the ground cited.",
  })
  refusalGround!: RefusalGroundType | null;

  @Field(() => ApplicationStatusEnum, { nullable: true, description: "APPROVED or REFUSED once decided." })
  outcome!: ApplicationStatusEnum | null;

  @Field(() => ApplicantType, {
    nullable: true,
    description: "Null unless the caller may see personal data (see Applicant).",
  })
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
  @Field(() => ApplicationType, {
    description:
      "The application just registered (SUBMITTED, version 1); a retry with the same idempotency key returns it as it stands now.",
  })
  application!: ApplicationType;

  @Field(() => String, {
    description:
      "With the number, lets the applicant track the application (`applicationByNumber`). Shown once; stored only as a hash.",
  })
  accessCode!: string;

  @Field(() => String, { description: "Who received the documents." })
  receivedBy!: string;

  @Field(() => String, {
    nullable: true,
    description: "What the standard says the applicant is handed on this channel: TALON, RECEIPT or RESULT.",
  })
  document!: string | null;

  @Field(() => [String], { description: "What the standard says that document shows (paragraph 14), as printed." })
  documentContents!: string[];
}
