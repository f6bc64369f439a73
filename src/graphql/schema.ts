/**
 * The one module that builds the GraphQL schema; the server, the SDL emitter
 * and the tests all call it, so they serve the same schema.
 */
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { resolvers } from "../modules/index.js";

let built: Promise<GraphQLSchema> | undefined;

export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, emitSchemaFile: false });
  return built;
}
