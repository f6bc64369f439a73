import "reflect-metadata";
import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../graphql/connection.js";
import { RegionFilterInput } from "./region.inputs.js";

@ArgsType()
export class RegionsArgs extends ConnectionArgs {
  @Field(() => RegionFilterInput, { nullable: true, description: "Conditions the regions must meet." })
  filter?: RegionFilterInput | null;
}
