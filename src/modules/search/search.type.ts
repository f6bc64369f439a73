import "reflect-metadata";
import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../graphql/connection.js";
import { DistrictType } from "../district/district.type.js";
import type { Typed } from "../node/node.type.js";
import { AkimatApparatusType, AuthorityType, ServiceCentreType } from "../provider/provider.type.js";
import { RegionType } from "../region/region.type.js";
import { ServiceType } from "../service/service.type.js";

export enum SearchKind {
  REGION = "REGION",
  DISTRICT = "DISTRICT",
  AUTHORITY = "AUTHORITY",
  AKIMAT_APPARATUS = "AKIMAT_APPARATUS",
  SERVICE_CENTRE = "SERVICE_CENTRE",
  SERVICE = "SERVICE",
}
registerEnumType(SearchKind, {
  name: "SearchKind",
  description:
    "What `search` looks through (іздеу түрі): regions, districts, authorities, akimat apparatus, service centres, services.",
  valuesConfig: {
    REGION: {
      description:
        "Regions (өңірлер), by name, Latin name, other names and aliases (official Russian names, former names).",
    },
    DISTRICT: {
      description:
        "Districts (аудандар), by name, Latin name, other names and aliases (official Russian names, former names).",
    },
    AUTHORITY: {
      description:
        "Authorities (уәкілетті органдар), by name, Latin name, other names, address, phones, e-mails and web sites.",
    },
    AKIMAT_APPARATUS: {
      description:
        "Akimat apparatus (әкімдер аппараттары), by name, Latin name, other names, address, phones, e-mails and web sites.",
    },
    SERVICE_CENTRE: {
      description:
        "Public service centres (ХҚО, ЦОН), by name, Latin name, other names, address, phones, e-mails and web sites.",
    },
    SERVICE: { description: "Services (мемлекеттік қызметтер), by title, preamble title and other titles." },
  },
});

export enum SearchField {
  NAME = "NAME",
  LATIN_NAME = "LATIN_NAME",
  ALTERNATE_NAME = "ALTERNATE_NAME",
  ALIAS = "ALIAS",
  TITLE = "TITLE",
  ADDRESS = "ADDRESS",
  PHONE = "PHONE",
  EMAIL = "EMAIL",
  WEBSITE = "WEBSITE",
}
registerEnumType(SearchField, {
  name: "SearchField",
  description: "Which field of a record met the search best (сәйкес келген өріс).",
  valuesConfig: {
    NAME: { description: "The name (атауы), as the directory prints it." },
    LATIN_NAME: { description: "The name in the 2021 Kazakh Latin alphabet." },
    ALTERNATE_NAME: { description: "Another spelling of the name (or title) found in the act." },
    ALIAS: {
      description:
        "An alias from the search alias table: an official Russian name («Уральск»), a former name («Семипалатинск»), an English form.",
    },
    TITLE: { description: "A service's title or preamble title." },
    ADDRESS: { description: "A provider's postal address (мекенжай)." },
    PHONE: {
      description:
        "One of a provider's phone numbers (телефон), typed in any spelling; `matchedText` is the number as printed.",
    },
    EMAIL: { description: "One of a provider's e-mail addresses (электрондық пошта)." },
    WEBSITE: { description: "One of a provider's web sites." },
  },
});

export enum SearchInterpretationReason {
  ALIAS = "ALIAS",
  TYPO = "TYPO",
  IGNORED = "IGNORED",
}
registerEnumType(SearchInterpretationReason, {
  name: "SearchInterpretationReason",
  description: "Why search also read a word of the query as another word (түсіндіру себебі).",
  valuesConfig: {
    ALIAS: {
      description:
        "The word is an alias (search alias table) of the Kazakh words it was also read as: «Уральск» → «Орал», «ЦОН» → «ХҚО».",
    },
    TYPO: {
      description:
        "No record holds the word; it was also read as the most similar words of the directory (trigram similarity).",
    },
    IGNORED: {
      description:
        "No record holds the word and no word of the directory is near it, so it was left out (`readAs` is empty).",
    },
  },
});

@ObjectType("SearchInterpretation", {
  description:
    "How search also read part of the query (сұрауды түсіндіру): an alias's meaning, a typo's correction, or a word left out.",
})
export class SearchInterpretationType {
  @Field(() => String, {
    description: "The words as typed, folded (lower case, Latin, no diacritics): `uralsk`, `pavladar`.",
  })
  typed!: string;

  @Field(() => String, {
    description: "What they were also read as, folded: `oral`, `pavlodar`; empty when the word was left out.",
  })
  readAs!: string;

  @Field(() => SearchInterpretationReason, { description: "Alias or typo correction." })
  reason!: SearchInterpretationReason;

  @Field(() => String, {
    nullable: true,
    description:
      "ALIAS: the alias table's source of the alias (`act`, `kato`, `renamed`, `ru-term`, `usage`; see schema/README.md); null for a typo.",
  })
  source!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "TYPO: the trigram similarity of the two words, 0–1; null for an alias.",
  })
  similarity!: number | null;
}

export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "Anything `search` can find (іздеу нәтижесі).",
  types: () => [RegionType, DistrictType, AuthorityType, AkimatApparatusType, ServiceCentreType, ServiceType] as const,
  resolveType: (value) => (value as unknown as Typed).__typename,
});

@ObjectType("SearchEdge", { description: "One search match (сәйкестік), with its rank." })
export class SearchEdgeType {
  @Field(() => String, { description: "Opaque cursor of this match, for `after`/`before`." })
  cursor!: string;

  @Field(() => SearchResult, { description: "What was found." })
  node!: Typed;

  @Field(() => Float, {
    description: "How well it matches, 0–1: 1 for the whole name, less for a prefix, a word, a part of a word.",
  })
  score!: number;

  @Field(() => String, {
    description:
      "The name (or title) that matched best, as the directory prints it; the record's own name when an alias, an address, a phone or an e-mail matched.",
  })
  matchedName!: string;

  @Field(() => SearchField, {
    description: "Which field matched best: a name, an alias, the address, a phone, an e-mail, a web site.",
  })
  matchedField!: SearchField;

  @Field(() => String, {
    description:
      "That field's text as stored: the name, the alias, the address, the phone number as printed, the e-mail.",
  })
  matchedText!: string;
}

@ObjectType("SearchConnection", {
  description: "Search matches (іздеу нәтижелері), best first, as a Relay connection.",
})
export class SearchConnectionType {
  @Field(() => [SearchEdgeType], { description: "The page's matches with cursors and scores." })
  edges!: SearchEdgeType[];

  @Field(() => [SearchResult], { description: "The page's matches without cursors." })
  nodes!: Typed[];

  @Field(() => PageInfo, { description: "Where the page sits in the list." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many matches there are in all." })
  totalCount!: number;

  @Field(() => [SearchInterpretationType], {
    description:
      "How search also read the query: aliases it expanded, then typos it corrected and words it left out. Empty when it read only the words typed.",
  })
  interpretations!: SearchInterpretationType[];
}
