import "reflect-metadata";
import {
  AkimatLevel as PrismaAkimatLevel,
  AuthorityKind as PrismaAuthorityKind,
} from "../../generated/prisma/enums.js";
import { Field, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import type { Provider as ProviderRow } from "../../generated/prisma/client.js";
import { connectionType } from "../../graphql/connection.js";
import { AddressType, EmailType, LineRangeType, PhoneType, ScheduleType } from "../common/common.type.js";
import { NodeInterface, type Typed } from "../node/node.type.js";

/** The database's enum (prisma/schema.prisma), registered for GraphQL below: declared once. */
export const AuthorityKind = PrismaAuthorityKind;
export type AuthorityKind = PrismaAuthorityKind;
registerEnumType(AuthorityKind, {
  name: "AuthorityKind",
  description:
    "Level of an authority (уәкілетті орган): DISTRICT_DEPARTMENT (аудандық/қалалық бөлім, employment and social programmes department), " +
    "REGIONAL_ADMINISTRATION (облыстық басқарма), MINISTRY (министрлік).",
  valuesConfig: {
    DISTRICT_DEPARTMENT: {
      description: "A district or city department of employment and social programmes (аудандық/қалалық бөлім).",
    },
    REGIONAL_ADMINISTRATION: {
      description: "The administration of employment and social programmes of an oblast, Astana or Almaty (басқарма).",
    },
    MINISTRY: { description: "The Ministry (министрлік) the standards name." },
  },
});

/** The database's enum (prisma/schema.prisma), registered for GraphQL below: declared once. */
export const AkimatLevel = PrismaAkimatLevel;
export type AkimatLevel = PrismaAkimatLevel;
registerEnumType(AkimatLevel, {
  name: "AkimatLevel",
  description:
    "Level of an akimat apparatus (әкімі аппараты): REGIONAL (облыс әкімдігі) or DISTRICT (аудан, қала, кент, ауылдық округ әкімі).",
  valuesConfig: {
    REGIONAL: {
      description:
        "The apparatus of the akim of an oblast, Astana or Almaty (облыс әкімінің аппараты), from the APP lists.",
    },
    DISTRICT: {
      description:
        "The akimat of a district or a city of oblast significance (аудан, қала әкімдігі), from the AKIM lists.",
    },
  },
});

export enum ProviderKind {
  DISTRICT_DEPARTMENT = "DISTRICT_DEPARTMENT",
  REGIONAL_ADMINISTRATION = "REGIONAL_ADMINISTRATION",
  MINISTRY = "MINISTRY",
  REGIONAL_AKIMAT_APPARATUS = "REGIONAL_AKIMAT_APPARATUS",
  DISTRICT_AKIMAT_APPARATUS = "DISTRICT_AKIMAT_APPARATUS",
  SERVICE_CENTRE = "SERVICE_CENTRE",
}
registerEnumType(ProviderKind, {
  name: "ProviderKind",
  description:
    "Every kind of provider (көрсетілетін қызметті беруші) in one enum: the three authority levels, the two akimat apparatus levels, " +
    "and public service centres (ХҚО, халыққа қызмет көрсету орталығы).",
  valuesConfig: {
    DISTRICT_DEPARTMENT: {
      description: "An Authority: a district or city department of employment and social programmes (бөлім).",
    },
    REGIONAL_ADMINISTRATION: {
      description: "An Authority: the administration of an oblast, Astana or Almaty (басқарма).",
    },
    MINISTRY: { description: "An Authority: the Ministry (министрлік)." },
    REGIONAL_AKIMAT_APPARATUS: {
      description: "An AkimatApparatus of REGIONAL level: the apparatus of the akim of an oblast, Astana or Almaty.",
    },
    DISTRICT_AKIMAT_APPARATUS: {
      description: "An AkimatApparatus of DISTRICT level: the akimat of a district or a city of oblast significance.",
    },
    SERVICE_CENTRE: { description: "A ServiceCentre: a public service centre (ХҚО) or one of its branches." },
  },
});

/** What resolvers hand to the provider types: the database row, tagged with its GraphQL type. */
export type ProviderValue = ProviderRow & Typed;

export const PROVIDER_TYPENAME = {
  AUTHORITY: "Authority",
  AKIMAT_APPARATUS: "AkimatApparatus",
  SERVICE_CENTRE: "ServiceCentre",
} as const;

export function providerKind(row: Pick<ProviderRow, "type" | "authorityKind" | "akimatLevel">): ProviderKind {
  if (row.type === "SERVICE_CENTRE") return ProviderKind.SERVICE_CENTRE;
  if (row.type === "AKIMAT_APPARATUS")
    return row.akimatLevel === "REGIONAL"
      ? ProviderKind.REGIONAL_AKIMAT_APPARATUS
      : ProviderKind.DISTRICT_AKIMAT_APPARATUS;
  return (row.authorityKind ?? "DISTRICT_DEPARTMENT") as ProviderKind;
}

@ObjectType("ResponsibleUnit", {
  description:
    "The structural unit responsible for public services (мемлекеттік қызмет көрсетуге жауапты құрылымдық бөлімше) and its phones.",
})
export class ResponsibleUnitType {
  @Field(() => String, { description: "The unit's name as printed." })
  name!: string;

  @Field(() => [PhoneType], { description: "The unit's phones." })
  phones!: PhoneType[];
}

@ObjectType("ValueSource", {
  description:
    "A paragraph of a standard (стандарттың тармағы) that prints a value of a provider no list row prints: the Ministry's name, address " +
    "and web site (paragraph 26), a service centre's hours (paragraph 9, жұмыс кестесі).",
})
export class ValueSourceType {
  @Field(() => String, {
    description: "The provider's field the paragraph gives: name, address, websites or schedule.",
  })
  field!: string;

  @Field(() => Int, { description: "The number of the service whose standard holds the paragraph." })
  serviceNumber!: number;

  @Field(() => LineRangeType, { description: "The paragraph's lines in the act." })
  lines!: LineRangeType;
}

@InterfaceType("Provider", {
  implements: NodeInterface,
  description:
    "Who provides a service (көрсетілетін қызметті беруші): an authority, an akimat apparatus or a public service centre.",
  resolveType: (value: Typed) => value.__typename,
})
export abstract class ProviderInterface {
  @Field(() => String, { description: "Stable slug of the provider, for URLs; use `id` to fetch." })
  slug!: string;

  @Field(() => String, { description: "Name (атауы) in Kazakh, as the directory settled it." })
  name!: string;

  @Field(() => String, { description: "The name in the 2021 Kazakh Latin alphabet (латын әліпбиі)." })
  nameLatin!: string;

  @Field(() => [String], { description: "Other spellings of the name found in the act's lists." })
  alternateNames!: string[];

  @Field(() => ProviderKind, { description: "Which kind of provider this is." })
  kind!: ProviderKind;

  @Field(() => AddressType, { nullable: true, description: "Postal address (мекенжай), as the directory settled it." })
  address!: AddressType | null;

  @Field(() => [EmailType], { description: "E-mail addresses (электрондық пошта)." })
  emails!: EmailType[];

  @Field(() => [String], { description: "Web sites (интернет-ресурс)." })
  websites!: string[];

  @Field(() => [PhoneType], { description: "Telephone numbers (телефондар)." })
  phones!: PhoneType[];

  @Field(() => ScheduleType, { nullable: true, description: "Working schedule (жұмыс кестесі)." })
  schedule!: ScheduleType | null;

  @Field(() => ResponsibleUnitType, {
    nullable: true,
    description: "The unit responsible for public services, where the act names one.",
  })
  responsibleUnit!: ResponsibleUnitType | null;

  @Field(() => [ValueSourceType], {
    description:
      "Where the values no row of the act's lists prints come from (`listings` trace the others): one entry per standard whose paragraph prints " +
      "the chosen value. Empty for a provider whose listings print all its values.",
  })
  sources!: ValueSourceType[];
}

@ObjectType("Authority", {
  implements: [NodeInterface, ProviderInterface],
  description:
    "An authority (уәкілетті орган): a district or city department of employment and social programmes (бөлім), " +
    "a regional administration (басқарма) or the Ministry.",
})
export class AuthorityType extends ProviderInterface {
  @Field(() => AuthorityKind, { description: "The authority's level." })
  authorityKind!: AuthorityKind;
}

@ObjectType("AkimatApparatus", {
  implements: [NodeInterface, ProviderInterface],
  description:
    "An akimat apparatus (әкімі аппараты): of a region, or of a district, city, settlement or rural okrug akim.",
})
export class AkimatApparatusType extends ProviderInterface {
  @Field(() => AkimatLevel, { description: "Regional or district level (деңгейі)." })
  level!: AkimatLevel;
}

@ObjectType("ServiceCentre", {
  implements: [NodeInterface, ProviderInterface],
  description: "A public service centre (халыққа қызмет көрсету орталығы, ХҚО) or one of its branches.",
})
export class ServiceCentreType extends ProviderInterface {}

export const AuthorityConnection = connectionType("Authority", () => AuthorityType, "уәкілетті органдар");
export const AkimatApparatusConnection = connectionType(
  "AkimatApparatus",
  () => AkimatApparatusType,
  "әкімдер аппараттары",
);
export const ServiceCentreConnection = connectionType("ServiceCentre", () => ServiceCentreType, "ХҚО");

export { AddressType, EmailType, PhoneType, ScheduleType };
