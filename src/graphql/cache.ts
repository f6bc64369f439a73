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
  // Public, but counted from "now" unless given `from`: its resolver then forbids caching (maxAge 0).
  "dueDate",
  "__typename",
  "__schema",
  "__type",
]);

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

/** Narrows the cache policy the cache-control plugin computed from the fields (set up with `DIRECTORY_MAX_AGE_SECONDS` as the default). */
export function cacheScopePlugin<T extends { apiKey: string | null }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        // After execution: restricting earlier would make the cache-control plugin skip its per-field policy.
        async executionDidStart({ operation, contextValue, overallCachePolicy }) {
          return {
            async executionDidEnd() {
              if (!selectsOnlyDirectory(operation)) overallCachePolicy.restrict({ maxAge: 0 });
              else if (contextValue.apiKey !== null) overallCachePolicy.restrict({ scope: "PRIVATE" });
            },
          };
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
            throw new GraphQLError("only directory reads are served over GET; POST operations that use the write side (they carry access codes)", {
              extensions: { code: "METHOD_NOT_ALLOWED", http: { status: 405, headers: new Map([["allow", "POST"]]) } },
            });
          }
        },
      };
    },
  };
}
