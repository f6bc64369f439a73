/**
 * Which responses caches may keep. Only the directory is public: an
 * operation that selects any other root field (the write side's queries,
 * which can carry personal data) is never cached, one sent with an API key
 * is private, and a mutation is never cached.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

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
