import "reflect-metadata";
import { ComplaintStatus as PrismaComplaintStatus } from "../../generated/prisma/enums.js";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ProviderRefType, ServiceRefType } from "../write/directory-ref.type.js";
import {
  ComplaintKind as ComplaintKindEnum,
  ComplaintTarget as ComplaintTargetEnum,
} from "../service/service.structure.type.js";

export { ComplaintKindEnum, ComplaintTargetEnum };

/** The database's enum (prisma/schema.prisma), registered for GraphQL below: declared once. */
export const ComplaintStatusEnum = PrismaComplaintStatus;
export type ComplaintStatusEnum = PrismaComplaintStatus;
registerEnumType(ComplaintStatusEnum, {
  name: "ComplaintStatus",
  description:
    "FILED → IN_REVIEW → ANSWERED by the addressee's officers; FILED/IN_REVIEW → WITHDRAWN by the filing portal.",
  valuesConfig: {
    FILED: { description: "Filed and registered, the talon (талон) issued; the addressee has not started the review." },
    IN_REVIEW: { description: "An officer of the addressee started the review (START_REVIEW)." },
    ANSWERED: { description: "The addressee answered (ANSWER): `answer` and `answeredAt` are set. Final." },
    WITHDRAWN: { description: "Withdrawn by the portal that filed it, before an answer. Final." },
  },
});

export enum ComplaintActionEnum {
  START_REVIEW = "START_REVIEW",
  ANSWER = "ANSWER",
  WITHDRAW = "WITHDRAW",
}
registerEnumType(ComplaintActionEnum, {
  name: "ComplaintAction",
  description: "A step of a complaint's lifecycle (see ComplaintStatus), and who may take it.",
  valuesConfig: {
    START_REVIEW: {
      description: "FILED → IN_REVIEW, by an officer of the addressee (the body that hears the complaint).",
    },
    ANSWER: {
      description:
        "FILED or IN_REVIEW → ANSWERED, by an officer of the addressee, with the answer (жауап) in `answer`.",
    },
    WITHDRAW: { description: "FILED or IN_REVIEW → WITHDRAWN, by the portal that filed the complaint only." },
  },
});

@InputType("ComplainantInput", {
  description: "Paragraph 24: the complainant's surname, name, patronymic and postal address.",
})
export class ComplainantInput {
  @Field(() => String, {
    description:
      "Тегі (surname): letters, with single hyphens, apostrophes or spaces between them; at most 60 characters.",
  })
  surname!: string;

  @Field(() => String, { description: "Аты (given name); the same rules as `surname`." })
  givenName!: string;

  @Field(() => String, {
    nullable: true,
    description: "Әкесінің аты (patronymic), if any; the same rules as `surname`.",
  })
  patronymic?: string | null;

  @Field(() => String, { description: "Postal address (пошталық мекенжайы) for the answer: 5–300 characters." })
  postalAddress!: string;

  @Field(() => String, {
    nullable: true,
    description: "Kazakhstan phone number, if any (+7 6xx or +7 7xx); normalised to E.164, +7XXXXXXXXXX.",
  })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "E-mail address (электрондық пошта), if any; checked for form, its domain lower-cased.",
  })
  email?: string | null;
}

@InputType("FileComplaintInput", {
  description:
    "A complaint (шағым) to file: its kind, the provider and the service (or application) it is about, the complainant, " +
    "and what paragraph 24 asks a complaint to state (subject, reasons, demands).",
})
export class FileComplaintInput {
  @Field(() => String, {
    nullable: true,
    description:
      "Makes the filing safe to retry (1–200 characters, remembered for 72 hours per API key): the same key returns the original talon, access code included; with different input it is a Conflict.",
  })
  idempotencyKey?: string | null;

  @Field(() => ComplaintKindEnum, {
    description: "RUDE_SERVICE, RESULT_DISAGREEMENT or OFFICIAL_ACTIONS (COURT complaints go to a court).",
  })
  kind!: ComplaintKindEnum;

  @Field(() => ID, { description: "The provider complained about (global id or slug)." })
  providerId!: string;

  @Field(() => Int, { nullable: true, description: "The service; taken from the application when one is named." })
  serviceNumber?: number | null;

  @Field(() => String, { nullable: true, description: "The application the complaint is about, if any." })
  applicationNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The application's access code; not needed by the portal that submitted it.",
  })
  applicationAccessCode?: string | null;

  @Field(() => ComplainantInput, {
    description:
      "The complainant («шағым берген тұтынушы»); afterwards shown only to this portal and to officers of the body that hears the complaint.",
  })
  complainant!: ComplainantInput;

  @Field(() => String, {
    description: "The body, or the official's position and name, complained about (3–300 characters).",
  })
  subject!: string;

  @Field(() => String, { description: "Why (өтініш беру себебі): 10–5,000 characters." })
  reasons!: string;

  @Field(() => String, { description: "What the complainant demands (талап): 3–5,000 characters." })
  demands!: string;

  @Field(() => ComplaintTargetEnum, {
    nullable: true,
    description:
      "Where the standard offers more than one body for this kind, the one the complainant chooses (not COURT).",
  })
  preferredTarget?: ComplaintTargetEnum | null;
}

@InputType("TransitionComplaintInput", {
  description: "One lifecycle step on one complaint: which step, and the version it is taken on.",
})
export class TransitionComplaintInput {
  @Field(() => String, {
    nullable: true,
    description:
      "Makes the step safe to retry (1–200 characters, remembered for 72 hours per API key): the same key returns the original result; with different input it is a Conflict.",
  })
  idempotencyKey?: string | null;

  @Field(() => String, { description: "The complaint's registration number, as on its talon (`C-2026-0000042`)." })
  number!: string;

  @Field(() => ComplaintActionEnum, {
    description: "The step to take; ComplaintAction says from which status and by whom.",
  })
  action!: ComplaintActionEnum;

  @Field(() => Int, {
    description:
      "The version the caller last saw; a stale one is a Conflict (STALE_VERSION), so two people never overwrite each other.",
  })
  expectedVersion!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "ANSWER: the answer sent to the complainant, 10–10,000 characters; required there and refused on other steps.",
  })
  answer?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why (kept in the history); optional, at most 2,000 characters.",
  })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The name the history records for this step (2–200 characters); default: the API key's name.",
  })
  actorName?: string | null;
}

@ObjectType("Complainant", { description: "Personal data: only for the filing portal and the addressee's officers." })
export class ComplainantType {
  @Field(() => String, { description: "Тегі (surname), as normalised at filing." })
  surname!: string;

  @Field(() => String, { description: "Аты (given name)." })
  givenName!: string;

  @Field(() => String, { nullable: true, description: "Әкесінің аты (patronymic); null when none was given." })
  patronymic!: string | null;

  @Field(() => String, { description: "Postal address (пошталық мекенжайы) for the answer." })
  postalAddress!: string;

  @Field(() => String, {
    nullable: true,
    description: "Phone number in E.164 (+7XXXXXXXXXX); null when none was given.",
  })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address (электрондық пошта); null when none was given." })
  email!: string | null;
}

@ObjectType("ComplaintContact", {
  description: "Who can report the complaint's progress (paragraph 25): the addressee's contacts from the directory.",
})
export class ComplaintContactType {
  @Field(() => String, { description: "The addressee's slug (the same as `Complaint.addressee.slug`)." })
  slug!: string;

  @Field(() => String, { description: "The addressee's name (атауы), as the directory had it at filing." })
  name!: string;

  @Field(() => [String], {
    description:
      "The addressee's phones at filing: in E.164 (+7…) where the number could be read, else as printed in the act.",
  })
  phones!: string[];

  @Field(() => [String], { description: "The addressee's valid e-mail addresses at filing." })
  emails!: string[];

  @Field(() => String, {
    nullable: true,
    description: "The addressee's postal address (мекенжай) at filing; null when the directory has none.",
  })
  address!: string | null;
}

@ObjectType("AppliedComplaintRoute", {
  description: "The standard's rule that picked the addressee, with its wording and lines.",
})
export class ComplaintRouteType {
  @Field(() => ComplaintTargetEnum, { description: "The kind of body the rule sends the complaint to (never COURT)." })
  target!: ComplaintTargetEnum;

  @Field(() => String, { description: "The rule's wording in the standard." })
  text!: string;

  @Field(() => Int, {
    nullable: true,
    description: "First line of the rule in the act (read it with `legalAct.sourceLines`); null when not recorded.",
  })
  lineStart!: number | null;

  @Field(() => Int, { nullable: true, description: "Last line of the rule in the act; null when not recorded." })
  lineEnd!: number | null;

  @Field(() => String, { nullable: true, description: "The appendix listing such bodies, when the rule cites one." })
  appendixId!: string | null;
}

@ObjectType("ComplaintEvent", { description: "One step of a complaint's lifecycle: who, when, from, to, why." })
export class ComplaintEventType {
  @Field(() => ComplaintStatusEnum, {
    nullable: true,
    description: "The status before the step; null for the filing itself.",
  })
  from!: ComplaintStatusEnum | null;

  @Field(() => ComplaintStatusEnum, { description: "The status after the step." })
  to!: ComplaintStatusEnum;

  @Field(() => GraphQLDateTime, { description: "When the step was taken (ISO 8601 date-time, UTC)." })
  at!: Date;

  @Field(() => String, {
    description: "The role of the API key that took the step: PORTAL (filing, withdrawal) or OFFICER.",
  })
  actorRole!: string;

  @Field(() => String, {
    nullable: true,
    description: "The name recorded for the actor: the one the step gave, else the API key's name.",
  })
  actorName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why, as the actor wrote it; null when the step gave no reason.",
  })
  reason!: string | null;
}

@ObjectType("Complaint", {
  description:
    "A complaint (шағым) filed through a portal and routed by the service's standard (paragraphs 20–22) to the body that hears it. " +
    "Read with its number and access code, or listed by the filing portal and the addressee's officers.",
})
export class ComplaintType {
  @Field(() => ID, { description: "The registration number on the talon (`C-2026-0000042`)." })
  number!: string;

  @Field(() => ComplaintStatusEnum, { description: "Where it stands in its lifecycle (see ComplaintStatus)." })
  status!: ComplaintStatusEnum;

  @Field(() => Int, { description: "Starts at 1 and grows by one with every step; send it back as `expectedVersion`." })
  version!: number;

  @Field(() => ComplaintKindEnum, { description: "What the complaint is about (never COURT)." })
  kind!: ComplaintKindEnum;

  @Field(() => ServiceRefType, {
    nullable: true,
    description:
      "The service complained about, as titled at filing. Filing always names one (directly or through the application).",
  })
  service!: ServiceRefType | null;

  @Field(() => ProviderRefType, { description: "The provider complained about." })
  provider!: ProviderRefType;

  @Field(() => String, {
    nullable: true,
    description: "The application (өтініш) the complaint is about; null when it names none.",
  })
  applicationNumber!: string | null;

  @Field(() => ProviderRefType, { description: "The body that hears it." })
  addressee!: ProviderRefType;

  @Field(() => ComplaintRouteType, { description: "The standard's rule that chose the addressee." })
  route!: ComplaintRouteType;

  @Field(() => ComplainantType, {
    nullable: true,
    description: "Null unless the caller may see personal data (see Complainant).",
  })
  complainant!: ComplainantType | null;

  @Field(() => String, {
    nullable: true,
    description: "The body or official complained about; with the complainant's data.",
  })
  subject!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the complainant complains; with the complainant's data (null unless the caller may see it).",
  })
  reasons!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "What the complainant demands (талап); with the complainant's data (null unless the caller may see it).",
  })
  demands!: string | null;

  @Field(() => GraphQLDateTime, { description: "When it was filed and registered (ISO 8601 date-time, UTC)." })
  filedAt!: Date;

  @Field(() => GraphQLDateTime, {
    description:
      "The end of `answerDueDate` in Kazakhstan time (ISO 8601 date-time, UTC): the answer is late after this instant.",
  })
  answerDueAt!: Date;

  @Field(() => GraphQLLocalDate, {
    description:
      "The last day for the answer («жауап алу күні», paragraph 25), Kazakhstan date: 15 calendar days after the day of filing (Law No. 221-III of 12 January 2007, art. 8(1)).",
  })
  answerDueDate!: string;

  @Field(() => ComplaintContactType, {
    description:
      "Who reports the complaint's progress (paragraph 25): the addressee's contacts as the directory had them at filing.",
  })
  contact!: ComplaintContactType;

  @Field(() => String, { nullable: true, description: "The addressee's answer (жауап); null until ANSWERED." })
  answer!: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "When the answer was given (ISO 8601 date-time, UTC); null until ANSWERED.",
  })
  answeredAt!: Date | null;

  @Field(() => [ComplaintEventType], { description: "The lifecycle, oldest first." })
  history!: ComplaintEventType[];
}

@ObjectType("ComplaintTalon", {
  description:
    "Paragraph 25's talon: the number, the date the answer is due, the contact who reports progress, and the access code for tracking (shown only here).",
})
export class ComplaintTalonType {
  @Field(() => ComplaintType, {
    description:
      "The complaint just filed (FILED, version 1); a retry with the same idempotency key returns it as it stands now.",
  })
  complaint!: ComplaintType;

  @Field(() => String, {
    description:
      "With the number, lets the complainant track the complaint (`complaintByNumber`): 10 characters, shown only here and stored only as a hash.",
  })
  accessCode!: string;

  @Field(() => GraphQLLocalDate, {
    description:
      "The last day for the answer («жауап алу күні»), Kazakhstan date; the same as `complaint.answerDueDate`.",
  })
  answerDueDate!: string;

  @Field(() => String, { description: "The period and the law that sets it." })
  answerPeriod!: string;

  @Field(() => ComplaintContactType, {
    description: "Who reports the complaint's progress: the addressee's contacts from the directory.",
  })
  contact!: ComplaintContactType;

  @Field(() => Boolean, { description: "The standard says the outcome is sent by post (S18)." })
  outcomeByPost!: boolean;
}
