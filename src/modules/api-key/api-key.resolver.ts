/**
 * The ADMIN's GraphQL for API keys: issue, revoke, list. Its mutations are
 * writes that answer with the write core's failures (src/modules/write), so
 * they live here rather than in `access`, which the write core itself uses
 * for keys and callers and so must not depend on it.
 */
import { GraphQLDateTime } from "graphql-scalars";
import { ApiKeyRole as PrismaApiKeyRole } from "../../generated/prisma/enums.js";
import {
  Arg,
  Ctx,
  createUnionType,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from "type-graphql";
import type { ApiKey } from "../../generated/prisma/client.js";
import type { Context } from "../../graphql/context.js";
import { providerSlug } from "../write/directory.repository.js";
import { ForbiddenError, UnauthenticatedError } from "../access/access.errors.js";
import { callerOf, newApiKey, requireRole, type Role } from "../access/access.service.js";
import { Conflict, FieldError, Forbidden, NotFound, ValidationFailed } from "../write/errors.type.js";
import { checkText } from "../write/personal-data.js";

/** The database's enum (prisma/schema.prisma), registered for GraphQL below: declared once. */
export const ApiKeyRoleEnum = PrismaApiKeyRole;
export type ApiKeyRoleEnum = PrismaApiKeyRole;
registerEnumType(ApiKeyRoleEnum, {
  name: "ApiKeyRole",
  description:
    "PORTAL: submits applications and complaints and tracks what it submitted. OFFICER: acts for one provider. ADMIN: manages keys.",
  valuesConfig: {
    PORTAL: {
      description:
        "An e-government portal: submits applications (өтініш) and files complaints (шағым), lists, tracks and withdraws what it submitted, and sees the personal data in those only.",
    },
    OFFICER: {
      description:
        "An officer of one provider (the key's `providerId`): lists the applications and complaints addressed to it (and applications handed in there), takes their lifecycle steps and sees their personal data.",
    },
    ADMIN: { description: "Issues, lists and revokes API keys; reads no applications, complaints or personal data." },
  },
});

@ObjectType("ApiKey", { description: "A key's public facts; the secret is never stored or shown again." })
export class ApiKeyType {
  @Field(() => ID, { description: "The public part of the key (`qz_<id>_…`)." })
  id!: string;

  @Field(() => String, {
    description:
      "Who holds the key, as named when it was issued: a portal's name, or an officer's name and post. Histories record it as the actor's name when a step gives none.",
  })
  name!: string;

  @Field(() => ApiKeyRoleEnum, { description: "What the key may do (see ApiKeyRole)." })
  role!: ApiKeyRoleEnum;

  @Field(() => String, { nullable: true, description: "OFFICER: the provider's slug." })
  providerId!: string | null;

  @Field(() => GraphQLDateTime, { description: "When the key was issued (ISO 8601 date-time, UTC)." })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      "When the key was revoked (ISO 8601 date-time, UTC); null while it is valid. A revoked key is refused at once.",
  })
  revokedAt!: Date | null;
}

@ObjectType("IssuedApiKey", {
  description: "A key just issued: its public facts and the whole key, which this answer is the only one to show.",
})
export class IssuedApiKeyType {
  @Field(() => ApiKeyType, { description: "The key's public facts, as `apiKeys` lists them." })
  apiKey!: ApiKeyType;

  @Field(() => String, { description: "The whole key, to send as `Authorization: Bearer <key>`. Shown once." })
  key!: string;
}

@InputType("CreateApiKeyInput", {
  description: "The key to issue: who holds it, its role and, for an officer, the provider it acts for.",
})
export class CreateApiKeyInput {
  @Field(() => String, { description: "Who holds it: a portal's name, an officer's name and post (2–200 characters)." })
  name!: string;

  @Field(() => ApiKeyRoleEnum, {
    description: "What the key may do. An OFFICER key must name `providerId`; PORTAL and ADMIN keys must not.",
  })
  role!: ApiKeyRoleEnum;

  @Field(() => ID, { nullable: true, description: "OFFICER keys: the provider (global id or slug)." })
  providerId?: string | null;
}

export const CreateApiKeyResult = createUnionType({
  name: "CreateApiKeyResult",
  description:
    "The issued key, or why none was issued: ValidationFailed (the name, or `providerId` missing for an OFFICER key or given for another role), " +
    "NotFound (no such provider) or Forbidden (the caller has no ADMIN key).",
  types: () => [IssuedApiKeyType, ValidationFailed, NotFound, Forbidden] as const,
});
export const RevokeApiKeyResult = createUnionType({
  name: "RevokeApiKeyResult",
  description:
    "The revoked key, or why nothing changed: ValidationFailed (an id the input policy refuses), NotFound (no key with this id), Forbidden (the caller has no ADMIN key) or Conflict (INVALID_TRANSITION: already revoked).",
  types: () => [ApiKeyType, ValidationFailed, NotFound, Forbidden, Conflict] as const,
});

const toApiKeyType = (row: ApiKey): ApiKeyType =>
  Object.assign(new ApiKeyType(), {
    id: row.id,
    name: row.name,
    role: row.role as ApiKeyRoleEnum,
    providerId: row.providerId,
    createdAt: row.createdAt,
    revokedAt: row.revokedAt,
  });

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Mutation(() => CreateApiKeyResult, {
    description: "ADMIN: issue a key. The answer holds the only copy of the secret.",
  })
  async createApiKey(
    @Arg("input", () => CreateApiKeyInput, {
      description: "Who holds the new key, its role and (OFFICER) its provider.",
    })
    input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<typeof CreateApiKeyResult> {
    const auth = requireRole(await callerOf(ctx), "ADMIN");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    const errors: FieldError[] = [];
    const name = checkText(input.name, "name", { min: 2, max: 200 });
    if (!name.ok) errors.push(new FieldError("name", name.message));
    if (input.role === ApiKeyRoleEnum.OFFICER && !input.providerId)
      errors.push(new FieldError("providerId", "an OFFICER key is bound to one provider"));
    if (input.role !== ApiKeyRoleEnum.OFFICER && input.providerId)
      errors.push(new FieldError("providerId", "only OFFICER keys are bound to a provider"));
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
        data: {
          id: issued.id,
          name: name.value,
          role: input.role as Role,
          providerId,
          secretHash: issued.secretHash,
          createdBy: auth.caller.keyId,
        },
      });
      return Object.assign(new IssuedApiKeyType(), { apiKey: toApiKeyType(row), key: issued.key });
    });
  }

  @Mutation(() => RevokeApiKeyResult, {
    description: "ADMIN: revoke a key at once; it is kept for the history it signed.",
  })
  async revokeApiKey(
    @Arg("id", () => ID, { description: "The key's id (`ApiKey.id`: the `<id>` of `qz_<id>_<secret>`)." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<typeof RevokeApiKeyResult> {
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
    if (caller.kind !== "key")
      throw new UnauthenticatedError(
        caller.kind === "rejected" ? caller.reason : "listing keys needs an ADMIN API key",
      );
    if (caller.role !== "ADMIN") throw new ForbiddenError("listing keys needs an ADMIN API key");
    return (await ctx.db.prisma.apiKey.findMany({ orderBy: { createdAt: "desc" } })).map(toApiKeyType);
  }
}
