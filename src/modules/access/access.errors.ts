/** Client-facing errors of the write side's queries (mutations answer with union members instead; bad input is `BadInputError`, src/graphql/errors.ts). */
import { GraphQLError } from "graphql";

/** No API key, or one that is malformed, unknown or revoked. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "UNAUTHENTICATED" } });
  }
}

/** A valid key whose role may not read this. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "FORBIDDEN" } });
  }
}
