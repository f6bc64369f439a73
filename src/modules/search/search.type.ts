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
  description: "What `search` looks through (іздеу түрі): regions, districts, authorities, akimat apparatus, service centres, services.",
  valuesConfig: {
    REGION: { description: "Regions (өңірлер), by name, Latin name and other names." },
    DISTRICT: { description: "Districts (аудандар), by name, Latin name and other names." },
    AUTHORITY: { description: "Authorities (уәкілетті органдар), by name, Latin name and other names." },
    AKIMAT_APPARATUS: { description: "Akimat apparatus (әкімдер аппараттары), by name, Latin name and other names." },
    SERVICE_CENTRE: { description: "Public service centres (ХҚО), by name, Latin name and other names." },
    SERVICE: { description: "Services (мемлекеттік қызметтер), by title, preamble title and other titles." },
  },
});

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

  @Field(() => Float, { description: "How well it matches, 0–1: 1 for the whole name, less for a prefix, a word, a part of a word." })
  score!: number;

  @Field(() => String, { description: "The name (or title) that matched best, as the directory prints it." })
  matchedName!: string;
}

@ObjectType("SearchConnection", { description: "Search matches (іздеу нәтижелері), best first, as a Relay connection." })
export class SearchConnectionType {
  @Field(() => [SearchEdgeType], { description: "The page's matches with cursors and scores." })
  edges!: SearchEdgeType[];

  @Field(() => [SearchResult], { description: "The page's matches without cursors." })
  nodes!: Typed[];

  @Field(() => PageInfo, { description: "Where the page sits in the list." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many matches there are in all." })
  totalCount!: number;
}
