import "reflect-metadata";
import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../graphql/connection.js";
import { ServiceFilterInput } from "./service.inputs.js";

@ArgsType()
export class ServicesArgs extends ConnectionArgs {
  @Field(() => ServiceFilterInput, { nullable: true, description: "Conditions the services must meet." })
  filter?: ServiceFilterInput | null;
}
