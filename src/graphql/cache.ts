/**
 * Which responses caches may keep. Only the directory is public: an
 * operation that selects any other root field (the write side's queries,
 * which can carry personal data) is never cached, one sent with an API key
 * is private, and a mutation is never cached.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

/** How long caches may keep a directory response (the directory changes only with a re-seed). */
export const DIRECTORY_MAX_AGE_SECONDS = 300;

/** The read side's root fields: the directory, the same for every caller. */
export const DIRECTORY_ROOT_FIELDS: ReadonlySet<string> = new Set([
  "node",
  "nodes",
  "legalAct",
  "services",
  "service",
  "regions",
  "region",
  "district",
  "districts",
  "authorities",
  "akimatApparatus",
  "serviceCentres",
  "search",
  "stats",
  "dueDate",
  "__typename",
  "__schema",
  "__type",
]);

/**
 * Public root fields whose answer depends on the clock, so no cache may keep
 * it: `dueDate` counts from now unless given `from` (and with it, is cheap
 * to answer again).
 */
export const UNCACHED_ROOT_FIELDS: ReadonlySet<string> = new Set(["dueDate"]);

function selectsAny(selectionSet: SelectionSetNode, fields: ReadonlySet<string>): boolean {
  return selectionSet.selections.some((selection) =>
    selection.kind === Kind.FIELD
      ? fields.has(selection.name.value)
      : selection.kind === Kind.INLINE_FRAGMENT && selectsAny(selection.selectionSet, fields),
  );
}

/** True when every root field the operation selects is a directory field (fragment spreads at the root count as not). */
export function selectsOnlyDirectory(operation: OperationDefinitionNode): boolean {
  const check = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return DIRECTORY_ROOT_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return check(selection.selectionSet);
      return false;
    });
  return operation.operation === "query" && check(operation.selectionSet);
}

/** The `Cache-Control` an answer gets: decided by what the operation selects and who sends it. */
export function cacheControlOf(
  operation: OperationDefinitionNode | undefined,
  apiKey: string | null,
  failed: boolean,
): string {
  if (
    !operation ||
    failed ||
    !selectsOnlyDirectory(operation) ||
    selectsAny(operation.selectionSet, UNCACHED_ROOT_FIELDS)
  )
    return "no-store";
  return `max-age=${DIRECTORY_MAX_AGE_SECONDS}, ${apiKey === null ? "public" : "private"}`;
}

/**
 * Sets `Cache-Control` once per response, from the operation's root fields
 * (see `cacheControlOf`). Apollo's own cache-control plugin computed the same
 * from a hook on every resolved field, although no field sets a hint of its
 * own: 15–20 % of a full walk's time went there.
 */
export function cachePolicyPlugin<T extends { apiKey: string | null }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, response, errors }) {
          const failed =
            Boolean(errors?.length) ||
            response.body.kind !== "single" ||
            Boolean(response.body.singleResult.errors?.length);
          if (!response.http.headers.has("cache-control"))
            response.http.headers.set(
              "cache-control",
              cacheControlOf(operation ?? undefined, contextValue.apiKey ?? null, failed),
            );
        },
      };
    },
  };
}

/**
 * GET serves the public directory only. The write side's queries take access
 * codes as arguments, and a URL ends up in proxy logs, browser history and
 * CDN keys; they must be POSTed. (Mutations over GET are refused by Apollo
 * itself, with 405.)
 */
export function getReadsOnlyPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.method !== "GET") return;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === "query" && !selectsOnlyDirectory(operation)) {
            throw new GraphQLError(
              "only directory reads are served over GET; POST operations that use the write side (they carry access codes)",
              {
                extensions: {
                  code: "METHOD_NOT_ALLOWED",
                  http: { status: 405, headers: new Map([["allow", "POST"]]) },
                },
              },
            );
          }
        },
      };
    },
  };
}
