import "reflect-metadata";
import { Field, ID, InputType, Int } from "type-graphql";
import { ApplicationActionEnum, ApplicationStatusEnum, ChannelEnum } from "./application.enums.js";
import type { ApplicationAction } from "./application.lifecycle.js";

@InputType("ApplicantInput", { description: "The applicant (өтініш беруші), as paragraph 11 and the receipt need them." })
export class ApplicantInput {
  @Field(() => String, { description: "ЖСН/ИИН: 12 digits, valid check digit, plausible birth date." })
  iin!: string;

  @Field(() => String, { description: "Тегі." })
  surname!: string;

  @Field(() => String, { description: "Аты." })
  givenName!: string;

  @Field(() => String, { nullable: true, description: "Әкесінің аты, if any." })
  patronymic?: string | null;

  @Field(() => String, { description: "Postal address (пошталық мекенжайы)." })
  postalAddress!: string;

  @Field(() => String, { description: "Kazakhstan phone number; normalised to +7XXXXXXXXXX." })
  phone!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType("SubmitApplicationInput")
export class SubmitApplicationInput {
  @Field(() => String, { nullable: true, description: "Makes the submission safe to retry: the same key returns the original receipt; with different input it is a Conflict." })
  idempotencyKey?: string | null;

  @Field(() => Int, { description: "The service's number in the act (1–18; 11 is repealed)." })
  serviceNumber!: number;

  @Field(() => ChannelEnum)
  channel!: ChannelEnum;

  @Field(() => ID, {
    description:
      "The provider: a department (AUTHORITY, and AKIM: the department the akim passes it to) or a service centre (SERVICE_CENTRE) that lists the service. " +
      "Its global id or its slug.",
  })
  providerId!: string;

  @Field(() => String, { nullable: true, description: "AKIM channel: the akim's office that takes the documents in («Ақкөл ауылдық округі әкімінің аппараты»)." })
  akimOffice?: string | null;

  @Field(() => ApplicantInput)
  applicant!: ApplicantInput;

  @Field(() => String, { description: "The recipient category (paragraph 6): its code `c1`, `c2`, … in the standard's order, or its text." })
  recipientCategory!: string;

  @Field(() => [String], { description: "Codes of the documents handed in, from the service's list for this channel (`d1`, `d1.2`, `x1`)." })
  documents!: string[];

  @Field(() => String, { nullable: true, description: "Who took the documents in (the receipt names them); default: the portal's name." })
  receivedBy?: string | null;
}

@InputType("TransitionApplicationInput")
export class TransitionApplicationInput {
  @Field(() => String, { nullable: true, description: "Makes the step safe to retry." })
  idempotencyKey?: string | null;

  @Field(() => String, { description: "The registration number." })
  number!: string;

  @Field(() => ApplicationActionEnum)
  action!: ApplicationAction;

  @Field(() => Int, { description: "The version the caller last saw; a stale one is a Conflict, so two officers never overwrite each other." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "Why (kept in the history). Required for REFUSE and WITHDRAW." })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: "REFUSE: the code of one of the service's refusal grounds (`r1`, `r2`, …)." })
  refusalGroundCode?: string | null;

  @Field(() => ID, { nullable: true, description: "FORWARD: the department that lists the service (global id or slug)." })
  forwardToProviderId?: string | null;

  @Field(() => String, { nullable: true, description: "The officer's name, for the history." })
  actorName?: string | null;
}

@InputType("ApplicationFilter", { description: "Narrows the officer's list; all given conditions apply." })
export class ApplicationFilter {
  @Field(() => [ApplicationStatusEnum], { nullable: true, description: "Any of these statuses." })
  status?: ApplicationStatusEnum[] | null;

  @Field(() => Int, { nullable: true })
  serviceNumber?: number | null;

  @Field(() => Boolean, { nullable: true, description: "True: only open applications past their due time, most overdue first." })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: "OFFICER: must be the officer's own provider when given (global id or slug)." })
  providerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "OFFICER: true lists what was handed in at the officer's provider (a centre's forwarded applications, whose results it hands over) instead of what is addressed to it.",
  })
  receivedHere?: boolean | null;
}
