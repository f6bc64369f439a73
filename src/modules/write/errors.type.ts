/**
 * The expected failures of the write side, as data: each mutation's result is
 * a union of its success type and these. Only unexpected failures become
 * GraphQL errors.
 */
import "reflect-metadata";
import { type ClassType, createUnionType, Field, Int, InterfaceType, ObjectType } from "type-graphql";

@InterfaceType("MutationError", { description: "What every expected failure of a mutation says." })
export abstract class MutationError {
  @Field(() => String, { description: "One sentence for a developer; not localised." })
  message!: string;
}

@ObjectType("FieldError", { description: "Why one input field was rejected." })
export class FieldError {
  @Field(() => String, { description: "The input path, e.g. `applicant.iin` or `documents[2]`." })
  field!: string;

  @Field(() => String, { description: "Why the field was rejected: one sentence for a developer, not localised." })
  message!: string;

  constructor(field: string, message: string) {
    this.field = field;
    this.message = message;
  }
}

/** Most `FieldError`s one `ValidationFailed` lists; past it, one more entry (field `*`) says how many were left out. */
export const MAX_FIELD_ERRORS = 20;

@ObjectType("ValidationFailed", {
  implements: MutationError,
  description: "The input broke a rule; nothing was changed.",
})
export class ValidationFailed extends MutationError {
  @Field(() => [FieldError], {
    description: `The rejected fields, in input order: at most ${MAX_FIELD_ERRORS}, then one entry with field \`*\` saying how many more were rejected and left out.`,
  })
  fields!: FieldError[];

  constructor(fields: FieldError[]) {
    super();
    const shown = fields.slice(0, MAX_FIELD_ERRORS);
    const more = fields.length - shown.length;
    this.message = `${fields.length} field${fields.length === 1 ? "" : "s"} rejected: ${shown.map((f) => f.field).join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
    this.fields =
      more > 0
        ? [
            ...shown,
            new FieldError(
              "*",
              `${more} more field${more === 1 ? " was" : "s were"} rejected and left out of this answer`,
            ),
          ]
        : shown;
  }
}

@ObjectType("NotFound", {
  implements: MutationError,
  description: "Something the input names does not exist (or the caller may not know it exists).",
})
export class NotFound extends MutationError {
  @Field(() => String, { description: "What kind of thing: Service, Provider, Application, Complaint, ApiKey." })
  entity!: string;

  @Field(() => String, { description: "The id or number as given." })
  reference!: string;

  constructor(entity: string, reference: string) {
    super();
    this.message = `${entity} ${reference} not found`;
    this.entity = entity;
    this.reference = reference;
  }
}

@ObjectType("Forbidden", { implements: MutationError, description: "The caller's API key may not do this." })
export class Forbidden extends MutationError {
  @Field(() => String, { nullable: true, description: "The role the caller needs, when one would do." })
  requiredRole!: string | null;

  constructor(message: string, requiredRole: string | null = null) {
    super();
    this.message = message;
    this.requiredRole = requiredRole;
  }
}

@ObjectType("Conflict", {
  implements: MutationError,
  description:
    "The request collides with the current state: a stale version, a transition the status does not allow, or an idempotency key reused with different input.",
})
export class Conflict extends MutationError {
  @Field(() => String, { description: "STALE_VERSION, INVALID_TRANSITION or IDEMPOTENCY_KEY_REUSED." })
  reason!: string;

  @Field(() => Int, { nullable: true, description: "The version the record has now, for a retry." })
  currentVersion!: number | null;

  @Field(() => String, { nullable: true, description: "The status the record has now." })
  currentStatus!: string | null;

  constructor(
    reason: "STALE_VERSION" | "INVALID_TRANSITION" | "IDEMPOTENCY_KEY_REUSED",
    message: string,
    current: { version?: number; status?: string } = {},
  ) {
    super();
    this.reason = reason;
    this.message = message;
    this.currentVersion = current.version ?? null;
    this.currentStatus = current.status ?? null;
  }
}

export type Failure = ValidationFailed | NotFound | Forbidden | Conflict;

/** A service's answer: the value, or the failure the resolver returns as a union member. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failWith = <T>(error: Failure): Outcome<T> => ({ ok: false, error });

/** Thrown inside a transaction to roll it back and answer with `error`. */
export class Rollback extends Error {
  constructor(readonly error: Failure) {
    super(error.message);
  }
}

/** A mutation's result type: its success type, or one of the expected failures. */
export function writeResultUnion<T extends object>(name: string, description: string, success: () => ClassType<T>) {
  return createUnionType({
    name,
    description,
    types: () => [success(), ValidationFailed, NotFound, Forbidden, Conflict] as const,
  });
}
