import "reflect-metadata";
import { AppendixKind as PrismaAppendixKind } from "../../generated/prisma/enums.js";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type {
  Appendix as AppendixRow,
  Conflict as ConflictRow,
  Listing as ListingRow,
  QualityIndicator as QualityIndicatorRow,
} from "../../generated/prisma/client.js";
import { EmailType, LineRangeType, PhoneType, ScheduleType } from "../common/common.type.js";
import { NodeInterface, type Typed } from "../node/node.type.js";

/** The database's enum (prisma/schema.prisma), registered for GraphQL below: declared once. */
export const AppendixKind = PrismaAppendixKind;
export type AppendixKind = PrismaAppendixKind;
registerEnumType(AppendixKind, {
  name: "AppendixKind",
  description:
    "What an appendix (қосымша) holds: DEPT (district departments, бөлімдер), AKIM (akims, әкімдер), BASQ (regional administrations, басқармалар), " +
    "APP (regional akimat apparatus, әкімдік аппараттары), XQO (service centres, ХҚО), QUAL (quality indicators, сапа көрсеткіштері), FORM (a form, нысан).",
  valuesConfig: {
    DEPT: {
      description:
        "A list of the authorities that provide the service (уәкілетті органдар): district and city departments (бөлімдер), region by region.",
    },
    AKIM: {
      description:
        "A list of the akimats of districts and cities of oblast significance (аудандардың, облыстық маңызы бар қалалар әкімдіктері).",
    },
    BASQ: {
      description:
        "A list of the regional administrations of employment and social programmes (облыстық басқармалар), Astana's and Almaty's included.",
    },
    APP: {
      description:
        "A list of the apparatus of the akims of the oblasts, Astana and Almaty (әкімдері аппараттары), with their units responsible for public services.",
    },
    XQO: {
      description: "A list of public service centres (халыққа қызмет көрсету орталықтары, ХҚО) and their branches.",
    },
    QUAL: {
      description:
        "The table of quality and effectiveness indicators (сапа мен тиімділік көрсеткіштері); lists no providers.",
    },
    FORM: { description: "A form (нысан) to fill in, such as a notice of refusal; lists no providers." },
  },
});

export type AppendixValue = AppendixRow & Typed;
export type ListingValue = ListingRow & Typed;
export type ConflictValue = ConflictRow & Typed;
export type QualityIndicatorValue = QualityIndicatorRow & Typed;

@ObjectType("Appendix", {
  implements: NodeInterface,
  description: "An appendix (қосымша) of a service standard: a provider list, a quality table or a form.",
})
export class AppendixType {
  @Field(() => Int, { description: "Its number within the standard (1-based)." })
  number!: number;

  @Field(() => AppendixKind, { description: "What it holds." })
  kind!: AppendixKind;

  @Field(() => String, { description: "Its heading, cleaned." })
  heading!: string;
}

@ObjectType("ListingValues", {
  description: "A provider's values as one row of one list prints them (кестедегі мәндер), cleaned but not reconciled.",
})
export class ListingValuesType {
  @Field(() => String, { description: "Name as printed." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Postal code (пошта индексі) as printed." })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: "Address (мекенжай) as printed." })
  address!: string | null;

  @Field(() => [EmailType], { description: "E-mails as printed." })
  emails!: EmailType[];

  @Field(() => [String], { description: "Web sites as printed." })
  websites!: string[];

  @Field(() => [PhoneType], { description: "Phones as printed." })
  phones!: PhoneType[];

  @Field(() => ScheduleType, { nullable: true, description: "Schedule as printed." })
  schedule!: ScheduleType | null;

  @Field(() => String, { nullable: true, description: "Responsible unit as printed (APP lists)." })
  responsibleUnit!: string | null;
}

@ObjectType("Listing", {
  implements: NodeInterface,
  description:
    "One printed row of a provider list (тізім жолы): where the act mentions a provider, and what it prints there.",
})
export class ListingType {
  @Field(() => Int, { description: "Position of the row in its list (or region block), 1-based." })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: "The row number as printed, e.g. «12.», or null when none is printed.",
  })
  printedNumber!: string | null;

  @Field(() => ListingValuesType, { description: "The values as printed in this row." })
  values!: ListingValuesType;
}

@ObjectType("ConflictValue", {
  description: "One of the values the lists disagree on (қайшы мән), and the listings that print it.",
})
export class ConflictValueType {
  @Field(() => String, { description: "The value." })
  value!: string;

  listingIds!: string[];
}

@ObjectType("DataConflict", {
  implements: NodeInterface,
  description:
    "Where a provider's listings disagree (қайшылық): the values, who printed which, and the rule that chose one.",
})
export class ConflictType {
  @Field(() => String, { description: "The field they disagree on (name, address, phones…)." })
  field!: string;

  @Field(() => [ConflictValueType], { description: "The values printed." })
  values!: ConflictValueType[];

  @Field(() => String, { description: "The value the directory uses." })
  chosen!: string;

  @Field(() => String, { description: "The rule that chose it." })
  rule!: string;
}

@ObjectType("QualityIndicator", {
  implements: NodeInterface,
  description:
    "A row of a standard's quality and effectiveness table (сапа және тиімділік көрсеткіштері); the act leaves the values empty.",
})
export class QualityIndicatorType {
  @Field(() => Int, { description: "Group number." })
  groupNumber!: number;

  @Field(() => String, { description: "Group name." })
  groupName!: string;

  @Field(() => String, { description: "Code, e.g. «1.1»." })
  code!: string;

  @Field(() => String, { description: "The indicator." })
  label!: string;

  @Field(() => String, { nullable: true, description: "Normative value (нормативтік мәні), empty in the act." })
  normativeValue!: string | null;

  @Field(() => String, { nullable: true, description: "Target value for next year (келесі жылғы мақсатты мәні)." })
  targetValueNextYear!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Current value in the reporting year (есепті жылдағы ағымдағы мәні).",
  })
  currentValueReportingYear!: string | null;

  @Field(() => LineRangeType, { description: "Where it stands in the act." })
  lines!: LineRangeType;
}
