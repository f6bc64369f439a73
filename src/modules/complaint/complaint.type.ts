import "reflect-metadata";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ProviderRefType, ServiceRefType } from "../application/application.type.js";
import { ComplaintKind as ComplaintKindEnum, ComplaintTarget as ComplaintTargetEnum } from "../service/service.structure.type.js";

export { ComplaintKindEnum, ComplaintTargetEnum };

export enum ComplaintStatusEnum {
  FILED = "FILED",
  IN_REVIEW = "IN_REVIEW",
  ANSWERED = "ANSWERED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(ComplaintStatusEnum, { name: "ComplaintStatus", description: "FILED → IN_REVIEW → ANSWERED by the addressee's officers; FILED/IN_REVIEW → WITHDRAWN by the filing portal." });

export enum ComplaintActionEnum {
  START_REVIEW = "START_REVIEW",
  ANSWER = "ANSWER",
  WITHDRAW = "WITHDRAW",
}
registerEnumType(ComplaintActionEnum, { name: "ComplaintAction" });

@InputType("ComplainantInput", { description: "Paragraph 24: the complainant's surname, name, patronymic and postal address." })
export class ComplainantInput {
  @Field(() => String)
  surname!: string;

  @Field(() => String)
  givenName!: string;

  @Field(() => String, { nullable: true })
  patronymic?: string | null;

  @Field(() => String)
  postalAddress!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType("FileComplaintInput")
export class FileComplaintInput {
  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;

  @Field(() => ComplaintKindEnum, { description: "RUDE_SERVICE, RESULT_DISAGREEMENT or OFFICIAL_ACTIONS (COURT complaints go to a court)." })
  kind!: ComplaintKindEnum;

  @Field(() => ID, { description: "The provider complained about (global id or slug)." })
  providerId!: string;

  @Field(() => Int, { nullable: true, description: "The service; taken from the application when one is named." })
  serviceNumber?: number | null;

  @Field(() => String, { nullable: true, description: "The application the complaint is about, if any." })
  applicationNumber?: string | null;

  @Field(() => String, { nullable: true, description: "The application's access code; not needed by the portal that submitted it." })
  applicationAccessCode?: string | null;

  @Field(() => ComplainantInput)
  complainant!: ComplainantInput;

  @Field(() => String, { description: "The body, or the official's position and name, complained about." })
  subject!: string;

  @Field(() => String, { description: "Why (өтініш беру себебі)." })
  reasons!: string;

  @Field(() => String, { description: "What the complainant demands (талап)." })
  demands!: string;

  @Field(() => ComplaintTargetEnum, { nullable: true, description: "Where the standard offers more than one body for this kind, the one the complainant chooses (not COURT)." })
  preferredTarget?: ComplaintTargetEnum | null;
}

@InputType("TransitionComplaintInput")
export class TransitionComplaintInput {
  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;

  @Field(() => String)
  number!: string;

  @Field(() => ComplaintActionEnum)
  action!: ComplaintActionEnum;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "ANSWER: the answer sent to the complainant." })
  answer?: string | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  actorName?: string | null;
}

@ObjectType("Complainant", { description: "Personal data: only for the filing portal and the addressee's officers." })
export class ComplainantType {
  @Field(() => String)
  surname!: string;

  @Field(() => String)
  givenName!: string;

  @Field(() => String, { nullable: true })
  patronymic!: string | null;

  @Field(() => String)
  postalAddress!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType("ComplaintContact", { description: "Who can report the complaint's progress (paragraph 25): the addressee's contacts from the directory." })
export class ComplaintContactType {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  phones!: string[];

  @Field(() => [String])
  emails!: string[];

  @Field(() => String, { nullable: true })
  address!: string | null;
}

@ObjectType("AppliedComplaintRoute", { description: "The standard's rule that picked the addressee, with its wording and lines." })
export class ComplaintRouteType {
  @Field(() => ComplaintTargetEnum)
  target!: ComplaintTargetEnum;

  @Field(() => String)
  text!: string;

  @Field(() => Int, { nullable: true })
  lineStart!: number | null;

  @Field(() => Int, { nullable: true })
  lineEnd!: number | null;

  @Field(() => String, { nullable: true, description: "The appendix listing such bodies, when the rule cites one." })
  appendixId!: string | null;
}

@ObjectType("ComplaintEvent")
export class ComplaintEventType {
  @Field(() => ComplaintStatusEnum, { nullable: true })
  from!: ComplaintStatusEnum | null;

  @Field(() => ComplaintStatusEnum)
  to!: ComplaintStatusEnum;

  @Field(() => GraphQLDateTime)
  at!: Date;

  @Field(() => String)
  actorRole!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType("Complaint")
export class ComplaintType {
  @Field(() => ID)
  number!: string;

  @Field(() => ComplaintStatusEnum)
  status!: ComplaintStatusEnum;

  @Field(() => Int)
  version!: number;

  @Field(() => ComplaintKindEnum)
  kind!: ComplaintKindEnum;

  @Field(() => ServiceRefType, { nullable: true })
  service!: ServiceRefType | null;

  @Field(() => ProviderRefType, { description: "The provider complained about." })
  provider!: ProviderRefType;

  @Field(() => String, { nullable: true })
  applicationNumber!: string | null;

  @Field(() => ProviderRefType, { description: "The body that hears it." })
  addressee!: ProviderRefType;

  @Field(() => ComplaintRouteType)
  route!: ComplaintRouteType;

  @Field(() => ComplainantType, { nullable: true })
  complainant!: ComplainantType | null;

  @Field(() => String, { nullable: true, description: "The body or official complained about; with the complainant's data." })
  subject!: string | null;

  @Field(() => String, { nullable: true })
  reasons!: string | null;

  @Field(() => String, { nullable: true })
  demands!: string | null;

  @Field(() => GraphQLDateTime)
  filedAt!: Date;

  @Field(() => GraphQLDateTime)
  answerDueAt!: Date;

  @Field(() => GraphQLLocalDate)
  answerDueDate!: string;

  @Field(() => ComplaintContactType)
  contact!: ComplaintContactType;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => [ComplaintEventType])
  history!: ComplaintEventType[];
}

@ObjectType("ComplaintTalon", {
  description: "Paragraph 25's talon: the number, the date the answer is due, the contact who reports progress, and the access code for tracking (shown only here).",
})
export class ComplaintTalonType {
  @Field(() => ComplaintType)
  complaint!: ComplaintType;

  @Field(() => String)
  accessCode!: string;

  @Field(() => GraphQLLocalDate)
  answerDueDate!: string;

  @Field(() => String, { description: "The period and the law that sets it." })
  answerPeriod!: string;

  @Field(() => ComplaintContactType)
  contact!: ComplaintContactType;

  @Field(() => Boolean, { description: "The standard says the outcome is sent by post (S18)." })
  outcomeByPost!: boolean;
}
