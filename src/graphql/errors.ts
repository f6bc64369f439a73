/**
 * Every error a client is meant to read: a GraphQLError subclass with a
 * literal `extensions.code`. Anything else is masked by `createFormatError` in
 * `src/server/server.ts`.
 */
import { GraphQLError, type ASTNode } from "graphql";

export class BadInputError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT" } });
  }
}

/** `first`/`last` above the maximum page size, or negative. */
export class PageSizeError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "PAGE_SIZE_EXCEEDED" } });
  }
}

export class InvalidCursorError extends GraphQLError {
  constructor(cursor: string) {
    super(`"${cursor}" is not a cursor of this list`, { extensions: { code: "INVALID_CURSOR" } });
  }
}

/** An id that is not one of ours (not for ids of records that do not exist: those give null). */
export class InvalidIdError extends GraphQLError {
  constructor(id: string, expected?: string) {
    super(expected ? `"${id}" is not the id of a ${expected}` : `"${id}" is not a Qyzmet id`, {
      extensions: { code: "INVALID_ID" },
    });
  }
}

/** The operation breaks one of the documented limits (depth, cost, aliases). */
export class LimitError extends GraphQLError {
  constructor(
    code: "DEPTH_LIMIT_EXCEEDED" | "COST_LIMIT_EXCEEDED" | "ALIAS_LIMIT_EXCEEDED",
    message: string,
    nodes?: readonly ASTNode[],
  ) {
    super(message, { nodes, extensions: { code } });
  }
}

/** Codes a client can rely on; the server restores them where Apollo would wrap the error. */
export const CLIENT_ERROR_CODES = new Set([
  "BAD_USER_INPUT",
  "PAGE_SIZE_EXCEEDED",
  "INVALID_CURSOR",
  "INVALID_ID",
  "DEPTH_LIMIT_EXCEEDED",
  "COST_LIMIT_EXCEEDED",
  "ALIAS_LIMIT_EXCEEDED",
  // DateOutsideCalendarError (src/modules/calendar/calendar.service.ts).
  "DATE_OUTSIDE_CALENDAR",
]);
