/** What applications and complaints keep of the directory: the names it had when the record was made. */
import "reflect-metadata";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("ProviderRef", {
  description:
    "A provider as it was named when the record was made (its `node` field has the directory's record as it is now).",
})
export class ProviderRefType {
  @Field(() => String, { description: "The provider's slug." })
  slug!: string;

  @Field(() => String, {
    description:
      "The provider's name (атауы) as the directory had it when the record was made, or when the application was forwarded to it.",
  })
  name!: string;
}

@ObjectType("ServiceRef", { description: "A service as it was titled when the record was made." })
export class ServiceRefType {
  @Field(() => Int, { description: "The service's number in the act (1–18)." })
  number!: number;

  @Field(() => String, { description: "The service's title (атауы) as the directory had it when the record was made." })
  title!: string;
}
