import { GraphQLDateTime } from "graphql-scalars";
import "reflect-metadata";
import { Field, ID, InputType, Int } from "type-graphql";
import { ApplicationActionEnum, ApplicationStatusEnum, ChannelEnum } from "./application.enums.js";
import type { ApplicationAction } from "./application.lifecycle.js";

@InputType("ApplicantInput", {
  description: "The applicant (өтініш беруші), as paragraph 11 and the receipt need them.",
})
export class ApplicantInput {
  @Field(() => String, { description: "ЖСН/ИИН: 12 digits, valid check digit, plausible birth date." })
  iin!: string;

  @Field(() => String, {
    description: "Тегі: letters, with single hyphens, apostrophes or spaces between them; at most 60 characters.",
  })
  surname!: string;

  @Field(() => String, { description: "Аты; the same rules as `surname`." })
  givenName!: string;

  @Field(() => String, { nullable: true, description: "Әкесінің аты, if any; the same rules as `surname`." })
  patronymic?: string | null;

  @Field(() => String, { description: "Postal address (пошталық мекенжайы): 5–300 characters." })
  postalAddress!: string;

  @Field(() => String, {
    description:
      "Kazakhstan phone number (+7 6xx or +7 7xx; spaces, dashes, brackets or a leading 8 allowed); normalised to E.164, +7XXXXXXXXXX.",
  })
  phone!: string;

  @Field(() => String, {
    nullable: true,
    description: "E-mail address (электрондық пошта), if any; checked for form, its domain lower-cased.",
  })
  email?: string | null;
}

@InputType("SubmitApplicationInput", {
  description:
    "An application (өтініш) to hand in: the service, the channel and provider, the applicant, the recipient category and the documents handed in, " +
    "all checked against the service's standard and the directory.",
})
export class SubmitApplicationInput {
  @Field(() => String, {
    nullable: true,
    description:
      "Makes the submission safe to retry (1–200 characters, remembered for 72 hours per API key): the same key returns the original receipt; with different input it is a Conflict.",
  })
  idempotencyKey?: string | null;

  @Field(() => Int, { description: "The service's number in the act (1–18; 11 is repealed)." })
  serviceNumber!: number;

  @Field(() => ChannelEnum, {
    description:
      "The channel it is handed in through (өтініш беру арнасы); the service's standard must offer it and state a deadline for it, and it sets the deadline applied.",
  })
  channel!: ChannelEnum;

  @Field(() => ID, {
    description:
      "The provider: a department (AUTHORITY, and AKIM: the department the akim passes it to) or a service centre (SERVICE_CENTRE) that lists the service. " +
      "Its global id or its slug.",
  })
  providerId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "AKIM channel only, and required there: the akim's office that takes the documents in («Ақкөл ауылдық округі әкімінің аппараты»), 3–200 characters.",
  })
  akimOffice?: string | null;

  @Field(() => ApplicantInput, {
    description:
      "The applicant's personal data; afterwards shown only to this portal and to officers of the providers the application is handed in at or addressed to.",
  })
  applicant!: ApplicantInput;

  @Field(() => String, {
    description: "The recipient category (paragraph 6): its code `c1`, `c2`, … in the standard's order, or its text.",
  })
  recipientCategory!: string;

  @Field(() => [String], {
    description: "Codes of the documents handed in, from the service's list for this channel (`d1`, `d1.2`, `x1`).",
  })
  documents!: string[];

  @Field(() => String, {
    nullable: true,
    description: "Who took the documents in (the receipt names them), 2–200 characters; default: the portal's name.",
  })
  receivedBy?: string | null;
}

@InputType("TransitionApplicationInput", {
  description: "One lifecycle step on one application: which step, and the version it is taken on.",
})
export class TransitionApplicationInput {
  @Field(() => String, {
    nullable: true,
    description:
      "Makes the step safe to retry (1–200 characters, remembered for 72 hours per API key): the same key returns the original result; with different input it is a Conflict.",
  })
  idempotencyKey?: string | null;

  @Field(() => String, { description: "The registration number." })
  number!: string;

  @Field(() => ApplicationActionEnum, {
    description: "The step to take; ApplicationAction says from which status and by whom.",
  })
  action!: ApplicationAction;

  @Field(() => Int, {
    description:
      "The version the caller last saw; a stale one is a Conflict, so two officers never overwrite each other.",
  })
  expectedVersion!: number;

  @Field(() => String, {
    nullable: true,
    description: "Why (kept in the history); optional on every step, at most 2,000 characters.",
  })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "REFUSE: the code of one of the service's refusal grounds (`r1`, `r2`, …).",
  })
  refusalGroundCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "FORWARD: the department that lists the service (global id or slug).",
  })
  forwardToProviderId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The officer's name, for the history (2–200 characters); default: the API key's name.",
  })
  actorName?: string | null;
}

@InputType("ApplicationFilter", { description: "Narrows the officer's list; all given conditions apply." })
export class ApplicationFilter {
  @Field(() => [ApplicationStatusEnum], { nullable: true, description: "Any of these statuses." })
  status?: ApplicationStatusEnum[] | null;

  @Field(() => Int, { nullable: true, description: "Only applications for the service with this number (1–18)." })
  serviceNumber?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: only open applications past their due time, most overdue first.",
  })
  overdue?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: "OFFICER: must be the officer's own provider when given (global id or slug).",
  })
  providerId?: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      "Only applications changed (submitted or stepped) at or after this instant (ISO 8601 date-time). For exact catch-up without gaps use the `events` feed.",
  })
  updatedSince?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "OFFICER: true lists what was handed in at the officer's provider (a centre's forwarded applications, whose results it hands over) instead of what is addressed to it.",
  })
  receivedHere?: boolean | null;
}
