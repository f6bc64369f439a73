import "reflect-metadata";
import { Field, InputType, Int } from "type-graphql";
import { RegionKind } from "./region.type.js";

@InputType("RegionFilter", {
  description: "Narrows the list of regions (өңірлер сүзгісі); all given conditions must hold.",
})
export class RegionFilterInput {
  @Field(() => RegionKind, { nullable: true, description: "Only oblasts or only cities." })
  kind?: RegionKind | null;

  @Field(() => Int, {
    nullable: true,
    description: "Only regions where some provider gives the service with this number.",
  })
  serviceNumber?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Only regions whose names contain every word of this text (any case, Cyrillic or Latin).",
  })
  text?: string | null;
}
