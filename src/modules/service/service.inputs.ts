import "reflect-metadata";
import { Field, ID, InputType } from "type-graphql";

@InputType("ServiceFilter", {
  description: "Narrows a list of services (қызметтер сүзгісі); all given conditions must hold.",
})
export class ServiceFilterInput {
  @Field(() => Boolean, {
    nullable: true,
    description: "true: only repealed items; false: only services in force; unset: both.",
  })
  repealed?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Only services some provider of this region (облыс) gives, by the region's global id or slug (`pavlodar`).",
  })
  regionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Only services some provider of this district (аудан) gives, by the district's global id or slug (`akmola/akkol`).",
  })
  districtId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only services whose titles contain every word of this text (any case, Cyrillic or Latin).",
  })
  text?: string | null;
}
