/**
 * The structured rules of a service standard, served as the extractor wrote
 * them (seeds/contract/standards.ts). Every fact keeps its `lines`.
 */
import "reflect-metadata";
import { ApplicationChannel as PrismaApplicationChannel } from "../../generated/prisma/enums.js";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { LineRangeType, WeeklyHoursType } from "../common/common.type.js";

/** The database's enum (prisma/schema.prisma), registered for GraphQL below: declared once. */
export const Channel = PrismaApplicationChannel;
export type Channel = PrismaApplicationChannel;
registerEnumType(Channel, {
  name: "Channel",
  description:
    "Where a service is applied for (өтініш беру арнасы): AUTHORITY (уәкілетті орган), AKIM (кент, ауыл, ауылдық округ әкімі), SERVICE_CENTRE (ХҚО).",
  valuesConfig: {
    AUTHORITY: {
      description:
        "At the authority (уәкілетті орган) itself, as a rule a district or city department of employment and social programmes.",
    },
    AKIM: {
      description:
        "Through the akim of a settlement, village or rural okrug (кент, ауыл, ауылдық округ әкімі), who passes the documents to the department; such akims are not in the directory.",
    },
    SERVICE_CENTRE: {
      description:
        "Through a public service centre (ХҚО), which takes the documents in and passes them to the department that decides.",
    },
  },
});

export enum DeadlineUnit {
  WORKING_DAYS = "WORKING_DAYS",
  CALENDAR_DAYS = "CALENDAR_DAYS",
  MINUTES = "MINUTES",
}
registerEnumType(DeadlineUnit, {
  name: "DeadlineUnit",
  description: "Unit of a deadline: working days (жұмыс күні), calendar days (күнтізбелік күн) or minutes (минут).",
  valuesConfig: {
    WORKING_DAYS: {
      description:
        "Working days (жұмыс күні): a due date counts only Kazakhstan's working days (weekends and days off skipped, working days set by transfer counted), not the day the count starts on.",
    },
    CALENDAR_DAYS: {
      description: "Calendar days (күнтізбелік күн): every day counts; the day the count starts on does not.",
    },
    MINUTES: {
      description: "Minutes (минут): the deadline falls at that many minutes after the start, on the same clock.",
    },
  },
});

export enum WaitingKind {
  WAIT_AT_HAND_IN = "WAIT_AT_HAND_IN",
  WAIT = "WAIT",
  SERVICE = "SERVICE",
}
registerEnumType(WaitingKind, {
  name: "WaitingKind",
  description:
    "WAIT_AT_HAND_IN: queue when handing documents in (құжаттарды тапсыру кезінде күту); WAIT: wait before being served (күтудің рұқсат етілген ең ұзақ уақыты); SERVICE: the service time itself (қызмет көрсету уақыты).",
  valuesConfig: {
    WAIT_AT_HAND_IN: {
      description:
        "The longest allowed wait in the queue when handing the documents in («құжаттарды тапсыру кезінде кезек күтудің … ең көп уақыты»).",
    },
    WAIT: { description: "The longest allowed wait before being served («күтудің рұқсат берілген ең көп уақыты»)." },
    SERVICE: {
      description:
        "The longest allowed time of the service itself, once served («қызмет көрсетудің рұқсат берілген ең көп уақыты»).",
    },
  },
});

export enum ComplaintKind {
  RUDE_SERVICE = "RUDE_SERVICE",
  RESULT_DISAGREEMENT = "RESULT_DISAGREEMENT",
  OFFICIAL_ACTIONS = "OFFICIAL_ACTIONS",
  COURT = "COURT",
}
registerEnumType(ComplaintKind, {
  name: "ComplaintKind",
  description:
    "What a complaint (шағым) is about: rude service (дөрекі қызмет), disagreement with the result (нәтижемен келіспеу), actions of officials (лауазымды адамдардың әрекеттері), or going to court (сот).",
  valuesConfig: {
    RUDE_SERVICE: { description: "Rude service by the provider's staff («қызмет дөрекі көрсетілген жағдайларда»)." },
    RESULT_DISAGREEMENT: {
      description:
        "Disagreement with the result of the service («көрсетілген қызметтің нәтижесімен келіспеген жағдайларда»). Filed about an application, that application must already be approved or refused.",
    },
    OFFICIAL_ACTIONS: {
      description: "The actions or inaction of officials («лауазымды адамдардың әрекетіне (әрекетсіздігіне)»).",
    },
    COURT: {
      description:
        "Going to court («сотқа жүгінуге құқығы бар»): a route the standards name; `fileComplaint` refuses it, since a court takes such complaints itself.",
    },
  },
});

export enum ComplaintTarget {
  PROVIDER_HEAD = "PROVIDER_HEAD",
  REGIONAL_ADMINISTRATION = "REGIONAL_ADMINISTRATION",
  AKIMAT_APPARATUS = "AKIMAT_APPARATUS",
  MINISTRY = "MINISTRY",
  COURT = "COURT",
}
registerEnumType(ComplaintTarget, {
  name: "ComplaintTarget",
  description:
    "Where a complaint goes (шағым беру органы): the provider's head (басшысы), the regional administration (басқарма), the akimat apparatus, the Ministry, or a court.",
  valuesConfig: {
    PROVIDER_HEAD: {
      description:
        "The head (басшысы) of the provider complained about; the complaint is addressed to that provider itself.",
    },
    REGIONAL_ADMINISTRATION: {
      description:
        "The regional administration of the provider's region (облыстық басқарма, the «жоғары тұрған» body).",
    },
    AKIMAT_APPARATUS: {
      description:
        "An akimat apparatus (әкімі аппараты): the akimat of the provider's district where the standard's list has one, else the apparatus of the region's akim.",
    },
    MINISTRY: { description: "The Ministry (министрлік)." },
    COURT: {
      description:
        "A court (сот): named in the standards' routes, never the addressee of a complaint filed through this API.",
    },
  },
});

@ObjectType("ProseFact", { description: "A sentence or paragraph of the standard (мәтін), cleaned, with its lines." })
export class ProseFactType {
  @Field(() => String, { description: "The text." })
  text!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("ProviderChannel", {
  description: "One channel of a service and the providers paragraph 1 names for it (қызметті беруші).",
})
export class ProviderChannelType {
  @Field(() => Channel, { description: "The channel." })
  channel!: Channel;

  @Field(() => String, { description: "The providers as paragraph 1 names them." })
  wording!: string;

  @Field(() => Boolean, { description: "True for an alternative (баламалы негізде) or fallback channel." })
  alternative!: boolean;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("LegalBasisCitation", { description: "One act cited as the legal basis (құқықтық негіз)." })
export class LegalBasisCitationType {
  @Field(() => String, {
    description:
      "Kind of act: CODE, LAW, GOVERNMENT_RESOLUTION, MINISTERIAL_ORDER, MASLIKHAT_DECISION, LOCAL_EXECUTIVE_RESOLUTION.",
  })
  kind!: string;

  @Field(() => String, { nullable: true, description: "The act's title (атауы), when printed." })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "ISO date, when printed." })
  date!: string | null;

  @Field(() => String, { nullable: true, description: "Number (нөмірі), when printed." })
  number!: string | null;

  @Field(() => [String], { description: "Cited parts as printed: «15-бабы», «22-бабының 1-тармағы»." })
  parts!: string[];

  @Field(() => String, { description: "The citation's text." })
  text!: string;
}

@ObjectType("LegalBasis", {
  description: "The legal basis of a service (қызмет көрсетудің құқықтық негізі), paragraph 3.",
})
export class LegalBasisType {
  @Field(() => String, { description: "The whole paragraph, cleaned." })
  text!: string;

  @Field(() => [LegalBasisCitationType], { description: "The acts it cites." })
  citations!: LegalBasisCitationType[];

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("ServiceResult", { description: "The result of a service (көрсетілетін қызметтің нәтижесі), paragraph 5." })
export class ServiceResultType {
  @Field(() => String, { description: "The paragraph, cleaned." })
  text!: string;

  @Field(() => [String], { description: "The outcomes the paragraph names, in order." })
  outcomes!: string[];

  @Field(() => String, {
    nullable: true,
    description: "PAPER (қағаз жеткізгіште), ELECTRONIC (электронды түрде), or null.",
  })
  medium!: string | null;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("Recipients", { description: "Who receives the service (көрсетілетін қызметті алушылар), paragraph 6." })
export class RecipientsType {
  @Field(() => String, { description: "The paragraph, cleaned." })
  text!: string;

  @Field(() => [String], { description: "The categories it enumerates." })
  categories!: string[];

  @Field(() => Boolean, { description: "True when maslikhat decisions (мәслихат шешімі) set the categories." })
  setByMaslikhat!: boolean;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("Deadline", { description: "The processing deadline of one channel (қызмет көрсету мерзімі)." })
export class DeadlineType {
  @Field(() => Channel, { description: "The channel." })
  channel!: Channel;

  @Field(() => Int, { description: "How many units." })
  amount!: number;

  @Field(() => DeadlineUnit, { description: "Days or minutes." })
  unit!: DeadlineUnit;

  @Field(() => Boolean, { description: "True for «at most» (аспайды), false for «within» (ішінде)." })
  atMost!: boolean;

  @Field(() => String, { description: "The sentence." })
  text!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("WaitingTime", {
  description: "A waiting or service time of one channel (күту және қызмет көрсету уақыты).",
})
export class WaitingTimeType {
  @Field(() => Channel, { description: "The channel." })
  channel!: Channel;

  @Field(() => WaitingKind, { description: "Which time it is." })
  kind!: WaitingKind;

  @Field(() => Int, { description: "Minutes." })
  minutes!: number;

  @Field(() => Boolean, { description: "True when counted per person ahead in the queue." })
  perPersonAhead!: boolean;

  @Field(() => String, { description: "The sentence." })
  text!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("Cost", { description: "What the service costs (қызмет құны), paragraph 8." })
export class CostType {
  @Field(() => Boolean, { description: "True when free of charge (тегін)." })
  free!: boolean;

  @Field(() => String, { description: "The sentence." })
  text!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("ChannelSchedule", { description: "Working hours of some channels (жұмыс кестесі), paragraph 9." })
export class ChannelScheduleType {
  @Field(() => [Channel], { description: "The channels." })
  channels!: Channel[];

  @Field(() => String, { description: "MAIN: the provider's own hours; BRANCHES: a centre's branches (филиалдар)." })
  scope!: string;

  @Field(() => String, { description: "The sentence." })
  text!: string;

  @Field(() => [WeeklyHoursType], { description: "The hours read from it." })
  weekly!: WeeklyHoursType[];

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("ServiceSchedules", { description: "Paragraph 9: the channels' working schedules (жұмыс кестесі)." })
export class ServiceSchedulesType {
  @Field(() => [ChannelScheduleType], { description: "Hours per channel." })
  byChannel!: ChannelScheduleType[];

  @Field(() => [ProseFactType], { description: "Other sentences (queue order, staff)." })
  notes!: ProseFactType[];
}

@ObjectType("DocumentCase", { description: "One applicant case of a required document (құжат)." })
export class DocumentCaseType {
  @Field(() => String, { description: "Stable code, e.g. d1.1." })
  code!: string;

  @Field(() => String, { nullable: true, description: "Who the case is for." })
  applicants!: string | null;

  @Field(() => String, { description: "The document." })
  document!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("DocumentItem", { description: "One required document (қажетті құжат)." })
export class DocumentItemType {
  @Field(() => String, { description: "Stable code: d1… for numbered items, x1… for additions." })
  code!: string;

  @Field(() => Int, { nullable: true, description: "Printed number, or null for an addition." })
  number!: number | null;

  @Field(() => String, { description: "The item's text." })
  text!: string;

  @Field(() => [DocumentCaseType], { description: "Per-applicant cases." })
  cases!: DocumentCaseType[];

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("DocumentList", { description: "The documents required on some channels (қажетті құжаттар тізбесі)." })
export class DocumentListType {
  @Field(() => [Channel], { description: "The channels." })
  channels!: Channel[];

  @Field(() => String, { description: "The list's heading or lead sentence." })
  intro!: string;

  @Field(() => [DocumentItemType], { description: "The documents." })
  items!: DocumentItemType[];

  @Field(() => [ProseFactType], { description: "Sentences after the items." })
  notes!: ProseFactType[];

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("ServiceDocuments", { description: "Paragraph 10: required documents (қажетті құжаттар)." })
export class ServiceDocumentsType {
  @Field(() => [DocumentListType], { description: "Per-channel lists." })
  lists!: DocumentListType[];

  @Field(() => Boolean, { description: "True when maslikhat decisions set the list." })
  setByMaslikhat!: boolean;

  @Field(() => ProseFactType, { nullable: true, description: "The paragraph on application forms (бланкілер)." })
  forms!: ProseFactType | null;

  @Field(() => Boolean, { description: "True when no form has to be filled in." })
  noFormsToFill!: boolean;

  @Field(() => LineRangeType, { nullable: true, description: "Where it stands in the act." })
  lines!: LineRangeType | null;
}

@ObjectType("Ground", { description: "A ground for refusal, termination or suspension (негіздеме)." })
export class GroundType {
  @Field(() => String, { description: "Stable code: r1… refusal, t1… termination, s1… suspension." })
  code!: string;

  @Field(() => String, { description: "The ground." })
  text!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;

  @Field(() => [Int], {
    description:
      "Numbers of the service's sub-services (`Service.subServices`) the ground does not apply to, as it names them before «қоспағанда» (except); " +
      "S18's refusal excepts 4 and 6. Empty when it applies to the whole service.",
  })
  exceptSubServices!: number[];
}

@ObjectType("SubService", {
  description:
    "One of the services a standard comprises (құрамындағы қызмет): S18's paragraph 1 lists six, «… мемлекеттік қызметі: 1) «…»; … қамтиды».",
})
export class SubServiceType {
  @Field(() => Int, { description: "Its item number in paragraph 1." })
  number!: number;

  @Field(() => String, { description: "Its name (атауы), as quoted in paragraph 1, in the nominative." })
  title!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("RefusalGrounds", {
  description: "Grounds for refusing the service (қызмет көрсетуден бас тарту негіздері).",
})
export class RefusalGroundsType {
  @Field(() => [GroundType], { description: "Refusal grounds." })
  grounds!: GroundType[];

  @Field(() => [GroundType], { description: "Grounds for stopping a service once granted (тоқтату)." })
  termination!: GroundType[];

  @Field(() => [ProseFactType], { description: "Other sentences of the paragraph." })
  notes!: ProseFactType[];

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("SuspensionGrounds", { description: "Grounds for suspending the service (тоқтата тұру негіздері)." })
export class SuspensionGroundsType {
  @Field(() => Boolean, { description: "False when the act says there are none." })
  exists!: boolean;

  @Field(() => [GroundType], { description: "The grounds." })
  grounds!: GroundType[];

  @Field(() => String, { description: "The paragraph." })
  text!: string;

  @Field(() => LineRangeType, { nullable: true, description: "Where it stands in the act." })
  lines!: LineRangeType | null;
}

@ObjectType("HandIn", {
  description:
    "What the applicant gets on handing documents in (құжаттарды қабылдау): a talon, a receipt (қолхат) or the result.",
})
export class HandInType {
  @Field(() => [Channel], { description: "The channels." })
  channels!: Channel[];

  @Field(() => String, { description: "TALON, RECEIPT or RESULT." })
  receives!: string;

  @Field(() => [String], { description: "What the talon or receipt states." })
  contents!: string[];

  @Field(() => String, { description: "The sentence." })
  text!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("Delivery", { description: "How the result is delivered (нәтижені беру тәсілі)." })
export class DeliveryType {
  @Field(() => [Channel], { description: "The channels." })
  channels!: Channel[];

  @Field(() => [String], { description: "IN_PERSON (жеке өзі) and/or BY_POST (пошта арқылы)." })
  methods!: string[];

  @Field(() => String, { description: "The sentence." })
  text!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("ComplaintRoute", { description: "Where to complain (шағымдану тәртібі)." })
export class ComplaintRouteType {
  @Field(() => ComplaintKind, { description: "What about." })
  kind!: ComplaintKind;

  @Field(() => ComplaintTarget, { description: "To whom." })
  target!: ComplaintTarget;

  @Field(() => String, {
    nullable: true,
    description: "Kind of the appendix the text cites for the body (DEPT, AKIM, BASQ, APP, XQO), when it cites one.",
  })
  appendixKind!: string | null;

  @Field(() => String, { description: "The sentence." })
  text!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("ComplaintContents", {
  description: "What a written complaint must state (шағымда көрсетілетін мәліметтер).",
})
export class ComplaintContentsType {
  @Field(() => String, { description: "The paragraph." })
  text!: string;

  @Field(() => [String], { description: "The items." })
  items!: string[];

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("ComplaintReceipt", { description: "What the complainant receives (талон)." })
export class ComplaintReceiptType {
  @Field(() => Boolean, { description: "The talon names the date of the answer." })
  includesAnswerDate!: boolean;

  @Field(() => Boolean, { description: "The talon names whom to contact." })
  includesContact!: boolean;

  @Field(() => Boolean, { description: "The outcome is sent by post." })
  outcomeByPost!: boolean;

  @Field(() => String, { description: "The paragraph." })
  text!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}

@ObjectType("ComplaintProcedure", { description: "How to complain about the service (шағымдану тәртібі)." })
export class ComplaintProcedureType {
  @Field(() => [ComplaintRouteType], { description: "Routes of complaint." })
  routes!: ComplaintRouteType[];

  @Field(() => ComplaintContentsType, { nullable: true, description: "What a complaint must state." })
  contents!: ComplaintContentsType | null;

  @Field(() => ComplaintReceiptType, { nullable: true, description: "What the complainant receives." })
  receipt!: ComplaintReceiptType | null;

  @Field(() => LineRangeType, { nullable: true, description: "Where it stands in the act." })
  lines!: LineRangeType | null;
}

@ObjectType("FormBlank", { description: "A blank to fill in on a form (толтырылатын жол)." })
export class FormBlankType {
  @Field(() => String, { nullable: true, description: "The hint printed with it." })
  hint!: string | null;

  @Field(() => Int, { description: "The act's line." })
  line!: number;
}

@ObjectType("Form", { description: "A fill-in template of a standard (нысан)." })
export class FormType {
  @Field(() => String, { nullable: true, description: "The form's title, when it prints one." })
  title!: string | null;

  @Field(() => [String], { description: "The template, one string per printed line." })
  lines!: string[];

  @Field(() => [FormBlankType], { description: "Its blanks." })
  blanks!: FormBlankType[];

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  source!: LineRangeType;
}

@ObjectType("AmendmentNote", { description: "An amendment note (ескерту): which act changed what." })
export class AmendmentNoteType {
  @Field(() => String, { nullable: true, description: "Date of the amending act, ISO." })
  date!: string | null;

  @Field(() => String, { nullable: true, description: "Number of the amending act." })
  number!: string | null;

  @Field(() => String, {
    description:
      "NEW_WORDING (жаңа редакцияда), AMENDED (өзгеріс енгізілді), ADDED (толықтырылды), REPEALED (күші жойылды).",
  })
  change!: string;

  @Field(() => String, { description: "What was changed: «paragraph 7», «appendix 1»…" })
  target!: string;

  @Field(() => String, { description: "The note, cleaned." })
  text!: string;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}
