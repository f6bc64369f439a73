import "reflect-metadata";
import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../graphql/connection.js";
import { ProviderFilterInput, ProviderOrderInput } from "./provider.inputs.js";

@ArgsType()
export class ProvidersArgs extends ConnectionArgs {
  @Field(() => ProviderFilterInput, { nullable: true, description: "Conditions the providers must meet." })
  filter?: ProviderFilterInput | null;
}

@ArgsType()
export class OrderedProvidersArgs extends ProvidersArgs {
  @Field(() => ProviderOrderInput, { nullable: true, description: "Sort order; by region, then name, unless given." })
  orderBy?: ProviderOrderInput | null;
}
