/**
 * Execution by compiled queries (graphql-jit). graphql-js interprets an
 * operation anew on every request, checking every field's type as it goes;
 * graphql-jit compiles each operation once into a function that only calls
 * the resolvers and builds the answer. Measured against PostGraphile on one
 * PostgreSQL (the peer harness), it is what brings the full walk, which
 * builds tens of thousands of objects, ahead (see README "Speed").
 *
 * Apollo Server runs it through its gateway interface: Apollo still parses,
 * validates, applies the limits and runs every plugin; only the execution
 * step is this. Compiled operations are kept per document and operation name
 * (Apollo's query hash), at most `MAX_COMPILED` of them.
 */
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { getVariableValues, GraphQLError, type GraphQLSchema, printSchema } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

/** Compiled operations kept; the least recently used goes first. */
export const MAX_COMPILED = 1_000;

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();
  const executor: GatewayExecutor = async (request) => {
    const key = `${request.queryHash}\u0000${request.operationName ?? ""}`;
    let query = compiled.get(key);
    if (query) {
      // Map keeps insertion order: re-inserting marks it recently used.
      compiled.delete(key);
      compiled.set(key, query);
    } else {
      const result = compileQuery(schema, request.document, request.operationName ?? undefined, {
        disableLeafSerialization: false,
      });
      if (!isCompiledQuery(result)) return result;
      query = result;
      compiled.set(key, query);
      if (compiled.size > MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    }
    // Variables are checked as graphql-js checks them, and their errors are the client's (BAD_USER_INPUT, 400),
    // as Apollo reports them when it executes itself; graphql-jit's own check would report them untyped.
    if (request.operation.variableDefinitions?.length) {
      const coerced = getVariableValues(
        schema,
        request.operation.variableDefinitions,
        request.request.variables ?? {},
        { maxErrors: 50 },
      );
      if (coerced.errors) {
        return {
          errors: coerced.errors.map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes,
                originalError: error.originalError,
                extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
              }),
          ),
        };
      }
    }
    const result = await query.query(undefined, request.context, request.request.variables ?? {});
    if (!result.errors) return result;
    // graphql-jit leaves `extensions` undefined on errors it wraps (a resolver's plain Error), and Apollo reads
    // `extensions.code` of every error: such errors are rebuilt as graphql-js builds them.
    return { ...result, errors: result.errors.map((error) => (error.extensions ? error : asGraphQLError(error))) };
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return { executor };
    },
    async stop() {
      compiled.clear();
    },
  };
}

function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? error,
    extensions: {},
  });
  (rebuilt as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return rebuilt;
}
