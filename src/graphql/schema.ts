/**
 * The one module that builds the GraphQL schema; the server, the SDL emitter
 * and the tests all call it, so they serve the same schema.
 */
import "reflect-metadata";
import { type GraphQLSchema, isAbstractType } from "graphql";
import { EventEmitter, on } from "node:events";
import { buildSchema, getMetadataStorage, type PubSub } from "type-graphql";
import { resolvers } from "../modules/index.js";
import { applyInputPolicy } from "./input-policy.js";

/** What the root types are for; read in the IDE's docs and the SDL (every type has a description: schema/eslint.config.mjs). */
const QUERY_DESCRIPTION =
  "Reads. The directory (services, regions, districts, providers, search, stats and the act's own lines) is public and needs no API key. " +
  "`applicationByNumber` and `complaintByNumber` need the number and its access code (or the submitting portal's or the provider's officers' key); `applications`, `complaints` and `events` need an OFFICER or PORTAL key, `webhookEndpoints` and `webhookDeliveries` a PORTAL key, `apiKeys` an ADMIN key.";
const MUTATION_DESCRIPTION =
  "Writes, each with an API key: PORTAL keys submit applications (өтініш) and file complaints (шағым) and may withdraw them, " +
  "OFFICER keys take the other lifecycle steps for their provider, ADMIN keys issue and revoke keys; PORTAL keys also manage their webhooks. Every mutation runs in one transaction and answers with a union of its result and the expected failures; a failure changes nothing.";

const SUBSCRIPTION_DESCRIPTION =
  "Live events over graphql-ws (the `graphql-transport-ws` protocol) at the same /graphql endpoint, with a PORTAL or OFFICER key in the connection's `Authorization` parameter: " +
  "each submission, filing and lifecycle step of the caller's applications and complaints, from every server process, as it commits.";

let built: Promise<GraphQLSchema> | undefined;

/**
 * type-graphql refuses to build subscriptions without a PubSub, even when, as
 * Qyzmet's do (src/modules/events/events.resolver.ts), each brings its own
 * `subscribe`. This one is in-process and serves topic-based subscriptions,
 * should one be added; cross-process delivery is the events hub's.
 */
const topics = new EventEmitter();
topics.setMaxListeners(0);
const pubSub: PubSub = {
  publish: (topic, ...payload) => void topics.emit(topic, payload[0]),
  subscribe: async function* (topic) {
    for await (const [payload] of on(topics, topic)) yield payload;
  },
};

export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, emitSchemaFile: false, pubSub }).then((schema) => {
    // type-graphql creates the Query and Mutation root types itself and offers no option to describe them,
    // so their descriptions are set here, on the types it built, before anything reads the schema.
    const query = schema.getQueryType();
    if (query) query.description = QUERY_DESCRIPTION;
    const mutation = schema.getMutationType();
    if (mutation) mutation.description = MUTATION_DESCRIPTION;
    const subscription = schema.getSubscriptionType();
    if (subscription) subscription.description = SUBSCRIPTION_DESCRIPTION;
    // Every string argument, at every depth, passes the input policy before any resolver sees it.
    applyInputPolicy(schema);
    resolveTypesSynchronously(schema);
    return schema;
  });
  return built;
}

/**
 * The compiled executor (executor.ts) needs interfaces and unions to name an
 * object's type synchronously; type-graphql wraps every `resolveType` in an
 * async function. Values of the directory carry their `__typename`; the
 * write side's results are instances of their type-graphql classes, whose
 * GraphQL names the metadata holds.
 */
function resolveTypesSynchronously(schema: GraphQLSchema): void {
  const nameOfClass = new Map<unknown, string>(
    getMetadataStorage().objectTypes.map((type) => [type.target, type.name]),
  );
  const resolveType = (value: unknown): string | undefined => {
    if (value === null || typeof value !== "object") return undefined;
    const typename = (value as { __typename?: unknown }).__typename;
    if (typeof typename === "string") return typename;
    for (let proto = Object.getPrototypeOf(value); proto; proto = Object.getPrototypeOf(proto)) {
      const name = nameOfClass.get(proto.constructor);
      if (name) return name;
    }
    return undefined;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type)) type.resolveType = resolveType;
  }
}
