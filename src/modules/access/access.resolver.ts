import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, createUnionType, Field, ID, InputType, Mutation, ObjectType, Query, registerEnumType, Resolver } from "type-graphql";
import type { ApiKey } from "../../generated/prisma/client.js";
import type { Context } from "../../graphql/context.js";
import { providerSlug } from "../application/directory.repository.js";
import { ForbiddenError, UnauthenticatedError } from "./access.errors.js";
import { callerOf, newApiKey, requireRole, type Role } from "./access.service.js";
import { Conflict, FieldError, Forbidden, NotFound, ValidationFailed } from "./errors.type.js";
import { checkText } from "./personal-data.js";

export enum ApiKeyRoleEnum {
  PORTAL = "PORTAL",
  OFFICER = "OFFICER",
  ADMIN = "ADMIN",
}
registerEnumType(ApiKeyRoleEnum, {
  name: "ApiKeyRole",
  description: "PORTAL: submits applications and complaints and tracks what it submitted. OFFICER: acts for one provider. ADMIN: manages keys.",
});

@ObjectType("ApiKey", { description: "A key's public facts; the secret is never stored or shown again." })
export class ApiKeyType {
  @Field(() => ID, { description: "The public part of the key (`qz_<id>_…`)." })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ApiKeyRoleEnum)
  role!: ApiKeyRoleEnum;

  @Field(() => String, { nullable: true, description: "OFFICER: the provider's slug." })
  providerId!: string | null;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType("IssuedApiKey")
export class IssuedApiKeyType {
  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;

  @Field(() => String, { description: "The whole key, to send as `Authorization: Bearer <key>`. Shown once." })
  key!: string;
}

@InputType("CreateApiKeyInput")
export class CreateApiKeyInput {
  @Field(() => String, { description: "Who holds it: a portal's name, an officer's name and post." })
  name!: string;

  @Field(() => ApiKeyRoleEnum)
  role!: ApiKeyRoleEnum;

  @Field(() => ID, { nullable: true, description: "OFFICER keys: the provider (global id or slug)." })
  providerId?: string | null;
}

export const CreateApiKeyResult = createUnionType({ name: "CreateApiKeyResult", types: () => [IssuedApiKeyType, ValidationFailed, NotFound, Forbidden] as const });
export const RevokeApiKeyResult = createUnionType({ name: "RevokeApiKeyResult", types: () => [ApiKeyType, NotFound, Forbidden, Conflict] as const });

const toApiKeyType = (row: ApiKey): ApiKeyType =>
  Object.assign(new ApiKeyType(), { id: row.id, name: row.name, role: row.role as ApiKeyRoleEnum, providerId: row.providerId, createdAt: row.createdAt, revokedAt: row.revokedAt });

@Resolver(() => ApiKeyType)
export class AccessResolver {
  @Mutation(() => CreateApiKeyResult, { description: "ADMIN: issue a key. The answer holds the only copy of the secret." })
  async createApiKey(@Arg("input", () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context): Promise<typeof CreateApiKeyResult> {
    const auth = requireRole(await callerOf(ctx), "ADMIN");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    const errors: FieldError[] = [];
    const name = checkText(input.name, "name", { min: 2, max: 200 });
    if (!name.ok) errors.push(new FieldError("name", name.message));
    if (input.role === ApiKeyRoleEnum.OFFICER && !input.providerId) errors.push(new FieldError("providerId", "an OFFICER key is bound to one provider"));
    if (input.role !== ApiKeyRoleEnum.OFFICER && input.providerId) errors.push(new FieldError("providerId", "only OFFICER keys are bound to a provider"));
    if (errors.length > 0 || !name.ok) return new ValidationFailed(errors);
    const issued = newApiKey();
    return ctx.db.prisma.$transaction(async (tx) => {
      let providerId: string | null = null;
      if (input.role === ApiKeyRoleEnum.OFFICER && input.providerId) {
        const provider = await tx.provider.findUnique({ where: { id: providerSlug(input.providerId) } });
        if (!provider) return new NotFound("Provider", input.providerId);
        providerId = provider.id;
      }
      const row = await tx.apiKey.create({
        data: { id: issued.id, name: name.value, role: input.role as Role, providerId, secretHash: issued.secretHash, createdBy: auth.caller.keyId },
      });
      return Object.assign(new IssuedApiKeyType(), { apiKey: toApiKeyType(row), key: issued.key });
    });
  }

  @Mutation(() => RevokeApiKeyResult, { description: "ADMIN: revoke a key at once; it is kept for the history it signed." })
  async revokeApiKey(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<typeof RevokeApiKeyResult> {
    const auth = requireRole(await callerOf(ctx), "ADMIN");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    return ctx.db.prisma.$transaction(async (tx) => {
      const revoked = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
      const row = await tx.apiKey.findUnique({ where: { id } });
      if (!row) return new NotFound("ApiKey", id);
      if (revoked.count === 0) return new Conflict("INVALID_TRANSITION", `API key ${id} was already revoked`);
      return toApiKeyType(row);
    });
  }

  @Query(() => [ApiKeyType], { description: "ADMIN: every key, newest first." })
  async apiKeys(@Ctx() ctx: Context): Promise<ApiKeyType[]> {
    const caller = await callerOf(ctx);
    if (caller.kind !== "key") throw new UnauthenticatedError(caller.kind === "rejected" ? caller.reason : "listing keys needs an ADMIN API key");
    if (caller.role !== "ADMIN") throw new ForbiddenError("listing keys needs an ADMIN API key");
    return (await ctx.db.prisma.apiKey.findMany({ orderBy: { createdAt: "desc" } })).map(toApiKeyType);
  }
}
