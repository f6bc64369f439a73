/**
 * GraphQL over HTTP says a request error (unparsable or invalid document,
 * bad variables, a refused limit) SHOULD be answered with 200 when the
 * client accepts only `application/json`, which predates error status
 * codes; clients that accept `application/graphql-response+json` get 4xx.
 * Apollo answers 400 to both, so this plugin restores 200 for the former.
 */
import type { ApolloServerPlugin } from "@apollo/server";

export function legacyJsonStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const accept = request.http?.headers.get("accept") ?? "";
          if (accept.includes("application/graphql-response+json") || !accept.includes("application/json")) return;
          if (response.http.status === 400 && response.body.kind === "single" && response.body.singleResult.data === undefined) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
