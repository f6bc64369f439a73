/**
 * Tells the request's record (request.ts) what Apollo learnt: the operation's
 * name and type once it validated, the codes of the errors sent, and who the
 * caller is when a resolver looked the key up. Never the variables.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../graphql/context.js";
import { knownCaller } from "../modules/access/access.service.js";
import { recordOf } from "./request.js";

export function observabilityPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const record = recordOf(contextValue);
      if (!record) return;
      return {
        // Called after parsing and validation: only names of valid operations reach metrics' labels.
        async didResolveOperation({ operation }) {
          if (!operation) return;
          record.operationName = operation.name?.value ?? null;
          record.operationType = operation.operation;
        },
        async willSendResponse({ response }) {
          const errors =
            response.body.kind === "single" ? response.body.singleResult.errors : response.body.initialResult.errors;
          for (const error of errors ?? []) {
            const code = error.extensions?.code;
            record.errorCodes.push(typeof code === "string" ? code : "UNKNOWN");
          }
          // The key is checked only by resolvers that need it; a lookup is not made for the log's sake.
          const caller = knownCaller(contextValue);
          if (!caller) return;
          const known = await caller.catch(() => null);
          if (known) record.client = known.kind === "key" ? known.role.toLowerCase() : known.kind;
        },
      };
    },
  };
}
