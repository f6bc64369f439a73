import "reflect-metadata";
import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../graphql/connection.js";
import { DistrictFilterInput } from "./district.inputs.js";

@ArgsType()
export class DistrictsArgs extends ConnectionArgs {
  @Field(() => DistrictFilterInput, { nullable: true, description: "Conditions the districts must meet." })
  filter?: DistrictFilterInput | null;
}
