import "reflect-metadata";
import { DistrictKind as PrismaDistrictKind } from "../../generated/prisma/enums.js";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { District as DistrictRow } from "../../generated/prisma/client.js";
import { connectionType } from "../../graphql/connection.js";
import { NodeInterface, type Typed } from "../node/node.type.js";

/** The database's enum (prisma/schema.prisma), registered for GraphQL below: declared once. */
export const DistrictKind = PrismaDistrictKind;
export type DistrictKind = PrismaDistrictKind;
registerEnumType(DistrictKind, {
  name: "DistrictKind",
  description:
    "DISTRICT (аудан), CITY of oblast significance (облыстық маңызы бар қала), CITY_DISTRICT (қаладағы аудан), SETTLEMENT (кент).",
  valuesConfig: {
    DISTRICT: { description: "A district of an oblast (аудан)." },
    CITY: { description: "A city of oblast significance (облыстық маңызы бар қала)." },
    CITY_DISTRICT: { description: "A district of Astana or Almaty (қаладағы аудан)." },
    SETTLEMENT: { description: "A settlement (кент) the act names as a place of its own." },
  },
});

export type DistrictValue = DistrictRow & Typed;

@ObjectType("District", {
  implements: NodeInterface,
  description: "A district (аудан), a city of oblast significance, a city district or a settlement.",
})
export class DistrictType {
  @Field(() => String, { description: "Stable slug (e.g. `akmola/akkol`), for URLs; use `id` to fetch." })
  slug!: string;

  @Field(() => String, { description: "Name (атауы) in Kazakh." })
  name!: string;

  @Field(() => String, { description: "Name in the 2021 Kazakh Latin alphabet." })
  nameLatin!: string;

  @Field(() => DistrictKind, { description: "What kind of place it is." })
  kind!: DistrictKind;

  @Field(() => [String], { description: "Other names the act uses for it." })
  alternateNames!: string[];
}

export const DistrictConnection = connectionType("District", () => DistrictType, "аудандар");
