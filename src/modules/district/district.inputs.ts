import "reflect-metadata";
import { Field, ID, InputType, Int } from "type-graphql";
import { DistrictKind } from "./district.type.js";

@InputType("DistrictFilter", {
  description: "Narrows a list of districts (аудандар сүзгісі); all given conditions must hold.",
})
export class DistrictFilterInput {
  @Field(() => ID, {
    nullable: true,
    description: "Only districts of this region, by its global id or its slug (`pavlodar`).",
  })
  regionId?: string | null;

  @Field(() => DistrictKind, { nullable: true, description: "Only districts of this kind." })
  kind?: DistrictKind | null;

  @Field(() => Int, {
    nullable: true,
    description: "Only districts where some provider gives the service with this number.",
  })
  serviceNumber?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Only districts whose names contain every word of this text (any case, Cyrillic or Latin).",
  })
  text?: string | null;
}
