import "reflect-metadata";
import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../graphql/connection.js";
import { ConflictFilterInput } from "./conflict.inputs.js";

@ArgsType()
export class ConflictsArgs extends ConnectionArgs {
  @Field(() => ConflictFilterInput, { nullable: true, description: "Conditions the conflicts must meet." })
  filter?: ConflictFilterInput | null;
}
