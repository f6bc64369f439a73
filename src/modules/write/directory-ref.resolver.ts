/**
 * The live directory record behind a snapshot reference: an application or
 * complaint keeps the names the directory had when it was made, and `node`
 * reaches the provider or service as the directory has it now (null when a
 * re-seed dropped it). Batched through the read side's per-request loaders.
 */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ProviderInterface, type ProviderValue } from "../provider/provider.type.js";
import { ServiceType, type ServiceValue } from "../service/service.type.js";
import { ProviderRefType, ServiceRefType } from "./directory-ref.type.js";

@Resolver(() => ProviderRefType)
export class ProviderRefResolver {
  @FieldResolver(() => ProviderInterface, { nullable: true, description: "The provider as the directory has it now." })
  node(@Root() ref: ProviderRefType, @Ctx() ctx: Context): Promise<ProviderValue | null> {
    return ctx.loaders.providerById.load(ref.slug);
  }
}

@Resolver(() => ServiceRefType)
export class ServiceRefResolver {
  @FieldResolver(() => ServiceType, { nullable: true, description: "The service as the directory has it now." })
  node(@Root() ref: ServiceRefType, @Ctx() ctx: Context): Promise<ServiceValue | null> {
    return ctx.loaders.serviceByNumber.load(String(ref.number));
  }
}
