import "reflect-metadata";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ServiceRecord } from "../../../seeds/contract/index.js";
import type { Service as ServiceRow } from "../../generated/prisma/client.js";
import { connectionType } from "../../graphql/connection.js";
import { LineRangeType } from "../common/common.type.js";
import { NodeInterface, type Typed } from "../node/node.type.js";
import {
  AmendmentNoteType,
  ComplaintProcedureType,
  CostType,
  DeadlineType,
  DeliveryType,
  FormType,
  HandInType,
  LegalBasisType,
  ProviderChannelType,
  RecipientsType,
  RefusalGroundsType,
  ServiceDocumentsType,
  ServiceResultType,
  ServiceSchedulesType,
  SubServiceType,
  SuspensionGroundsType,
  WaitingTimeType,
} from "./service.structure.type.js";

export enum ServiceForm {
  NON_AUTOMATED = "NON_AUTOMATED",
  PARTIALLY_NON_AUTOMATED = "PARTIALLY_NON_AUTOMATED",
  PARTIALLY_AUTOMATED = "PARTIALLY_AUTOMATED",
}
registerEnumType(ServiceForm, {
  name: "ServiceForm",
  description:
    "How automated the service is (көрсету нысаны): NON_AUTOMATED (автоматтандырылмаған), PARTIALLY_NON_AUTOMATED / PARTIALLY_AUTOMATED (ішінара автоматтандырылған).",
  valuesConfig: {
    NON_AUTOMATED: { description: "The standard calls the service not automated (автоматтандырылмаған)." },
    PARTIALLY_NON_AUTOMATED: {
      description: "The standard calls the service partially non-automated (ішінара автоматтандырылмаған).",
    },
    PARTIALLY_AUTOMATED: {
      description: "The standard calls the service partially automated (ішінара автоматтандырылған).",
    },
  },
});

/**
 * The standard's rules: the large JSON columns (about 30 KB a service).
 * Lists load services without them; a field that needs them loads them for
 * all services of the request in one statement (`serviceRulesById`).
 */
export const SERVICE_RULES = {
  providers: true,
  legalBasis: true,
  result: true,
  recipients: true,
  deadlines: true,
  waitingTimes: true,
  cost: true,
  schedules: true,
  documents: true,
  refusalGrounds: true,
  suspensionGrounds: true,
  handIn: true,
  delivery: true,
  complaints: true,
  forms: true,
  amendments: true,
  subServices: true,
} as const;

export type ServiceRuleColumn = keyof typeof SERVICE_RULES;

/** The rules as the extractor wrote them (seeds/contract `ServiceRecord`); null for the repealed item 11, which has none. */
export type ServiceRules = { id: string } & { [column in ServiceRuleColumn]: ServiceRecord[column] | null };

/** What resolvers hand to the Service type: the row, with or without its rules. */
export type ServiceValue = Omit<ServiceRow, ServiceRuleColumn> & Partial<Omit<ServiceRules, "id">> & Typed;

/**
 * A service standard (мемлекеттік көрсетілетін қызмет стандарты). JSON
 * columns of the row are served through these fields as the extractor wrote
 * them; the field names below are the public API.
 */
@ObjectType("Service", {
  implements: NodeInterface,
  description: "A state service (мемлекеттік көрсетілетін қызмет) and its standard, as the act sets it.",
})
export class ServiceType {
  @Field(() => Int, { description: "Number of the service in the act's preamble (1–18; 11 is repealed)." })
  number!: number;

  @Field(() => Boolean, { description: "True for a repealed item (күші жойылды)." })
  repealed!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Title (атауы) as printed above the standard; null for the repealed item 11, which has none.",
  })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "Title in the preamble list, when it has one." })
  preambleTitle!: string | null;

  @Field(() => [String], { description: "Other titles of the service found in the act." })
  alternateTitles!: string[];

  @Field(() => ServiceForm, { nullable: true, description: "How automated the service is (көрсету нысаны)." })
  form!: ServiceForm | null;

  @Field(() => LineRangeType, { nullable: true, description: "The standard's lines in the act." })
  lines!: LineRangeType | null;

  @Field(() => [ProviderChannelType], {
    description: "Channels and the providers paragraph 1 names (қызметті беруші).",
  })
  channels!: ProviderChannelType[];

  @Field(() => LegalBasisType, { nullable: true, description: "Legal basis (құқықтық негіз)." })
  legalBasis!: LegalBasisType | null;

  @Field(() => ServiceResultType, { nullable: true, description: "The result (нәтижесі)." })
  result!: ServiceResultType | null;

  @Field(() => RecipientsType, { nullable: true, description: "Who may receive it (алушылар)." })
  recipients!: RecipientsType | null;

  @Field(() => [DeadlineType], { description: "Processing deadlines per channel (мерзімдері)." })
  deadlines!: DeadlineType[];

  @Field(() => [WaitingTimeType], {
    description: "Waiting and service times per channel (күту уақыты, қызмет көрсету уақыты).",
  })
  waitingTimes!: WaitingTimeType[];

  @Field(() => CostType, { nullable: true, description: "Cost (құны)." })
  cost!: CostType | null;

  @Field(() => ServiceSchedulesType, { nullable: true, description: "Working schedules (жұмыс кестесі)." })
  schedules!: ServiceSchedulesType | null;

  @Field(() => ServiceDocumentsType, { nullable: true, description: "Required documents (қажетті құжаттар)." })
  documents!: ServiceDocumentsType | null;

  @Field(() => RefusalGroundsType, { nullable: true, description: "Grounds for refusal (бас тарту негіздері)." })
  refusalGrounds!: RefusalGroundsType | null;

  @Field(() => SuspensionGroundsType, {
    nullable: true,
    description: "Grounds for suspension (тоқтата тұру негіздері).",
  })
  suspensionGrounds!: SuspensionGroundsType | null;

  @Field(() => [HandInType], { description: "What the applicant receives on handing documents in." })
  handIn!: HandInType[];

  @Field(() => [DeliveryType], { description: "How the result is delivered." })
  delivery!: DeliveryType[];

  @Field(() => ComplaintProcedureType, { nullable: true, description: "Complaint routes (шағымдану тәртібі)." })
  complaints!: ComplaintProcedureType | null;

  @Field(() => [FormType], { description: "Fill-in forms of the standard (нысандар)." })
  forms!: FormType[];

  @Field(() => [AmendmentNoteType], { description: "Amendment notes inside the standard (ескертулер)." })
  amendments!: AmendmentNoteType[];

  @Field(() => [SubServiceType], {
    description:
      "The services the standard comprises (құрамындағы қызметтер, «… қамтиды»): S18's six kinds of referral and career guidance; empty for the others.",
  })
  subServices!: SubServiceType[];
}

export const ServiceConnection = connectionType("Service", () => ServiceType, "мемлекеттік қызметтер");
