import "reflect-metadata";
import { RegionKind as PrismaRegionKind } from "../../generated/prisma/enums.js";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Region as RegionRow } from "../../generated/prisma/client.js";
import { connectionType } from "../../graphql/connection.js";
import { NodeInterface, type Typed } from "../node/node.type.js";

/** The database's enum (prisma/schema.prisma), registered for GraphQL below: declared once. */
export const RegionKind = PrismaRegionKind;
export type RegionKind = PrismaRegionKind;
registerEnumType(RegionKind, {
  name: "RegionKind",
  description: "OBLAST (облыс) or CITY of republican significance (республикалық маңызы бар қала).",
  valuesConfig: {
    OBLAST: { description: "An oblast (облыс)." },
    CITY: { description: "A city of republican significance (республикалық маңызы бар қала): Astana or Almaty." },
  },
});

export type RegionValue = RegionRow & Typed;

@ObjectType("Region", {
  implements: NodeInterface,
  description: "A region (өңір): an oblast (облыс) or a city of republican significance.",
})
export class RegionType {
  @Field(() => String, { description: "Stable slug (e.g. `akmola`), for URLs; use `id` to fetch." })
  slug!: string;

  @Field(() => String, { description: "Name (атауы) in Kazakh." })
  name!: string;

  @Field(() => String, { description: "Name in the 2021 Kazakh Latin alphabet." })
  nameLatin!: string;

  @Field(() => RegionKind, { description: "Oblast or city." })
  kind!: RegionKind;

  @Field(() => Int, { description: "Position in the act's fixed order of regions (1–16)." })
  position!: number;

  @Field(() => [String], { description: "Other names the act uses for it." })
  alternateNames!: string[];
}

export const RegionConnection = connectionType("Region", () => RegionType, "өңірлер");
