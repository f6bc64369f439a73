/**
 * Abuse limits, checked once an operation is parsed, validated and chosen,
 * before anything runs (so a rejected operation costs no query):
 *
 * - depth: fields nested at most `MAX_DEPTH` deep (fragments count where spread);
 * - cost: at most `MAX_COST` objects the operation could return, counted
 *   the way GitHub counts nodes: each connection multiplies what is under it
 *   by its page size (`first`/`last`, else the default 20), a plain list by
 *   `LIST_ESTIMATE`, `nodes(ids)` by the number of ids; a field whose own
 *   work is more than one object (`search`) counts what it reads (`FIELD_COSTS`);
 * - aliases: at most `MAX_ALIASES` aliased fields;
 * - page size: `first`/`last` above `MAX_PAGE_SIZE` is refused here already;
 * - request size: `MAX_REQUEST_BYTES` of body, enforced by the HTTP layer;
 * - errors: a response lists at most `MAX_ERRORS` errors, then one
 *   `TOO_MANY_ERRORS` error saying how many were left out (`capErrors`, run
 *   as the response is sent, after every error has been formatted).
 *
 * Introspection fields (`__schema`, `__type`) count for depth and aliases but not for cost.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./connection.js";
import { LimitError, PageSizeError } from "./errors.js";

export const MAX_DEPTH = 15;
export const MAX_COST = 250_000;
export const MAX_ALIASES = 30;
/** Most errors one response lists (graphql-js itself stops coercing variables after 50). */
export const MAX_ERRORS = 50;
/** What a plain list (not a connection) is assumed to hold, for the cost. */
export const LIST_ESTIMATE = 20;

/**
 * Fields whose work is not the objects they return: what one call reads, in
 * the same unit (objects). `search` ranks every name of the directory
 * (regions, districts, providers, services and their other spellings) to
 * return its page: measured on this machine it took as long as reading
 * about two thousand objects of a walk, so 30 aliased searches now cost what
 * they do instead of 600 objects. The typo lookup (pg_trgm over the
 * vocabulary) and the providers' contact fields about doubled a search's
 * time (26 ms against 13 ms a query, measured the same way), hence 4,000.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  "Query.search": 4_000,
};

export interface OperationMeasure {
  depth: number;
  cost: number;
  aliases: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  measure: OperationMeasure;
  aliasNodes: FieldNode[];
}

function argumentValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.LIST) return node.values;
  return undefined;
}

function intArgument(field: FieldNode, name: string, walk: Walk): number | undefined {
  const value = argumentValue(field.arguments?.find((arg) => arg.name.value === name)?.value, walk.variables);
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

function fieldDefinition(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return parent instanceof GraphQLObjectType || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

function multiplierOf(field: FieldNode, type: GraphQLOutputType, parent: GraphQLNamedType, walk: Walk): number {
  const named = getNamedType(type);
  // A connection's page size already counts its edges and nodes.
  if (parent.name.endsWith("Connection") && (field.name.value === "edges" || field.name.value === "nodes")) return 1;
  if (named.name.endsWith("Connection")) {
    for (const name of ["first", "last"] as const) {
      const size = intArgument(field, name, walk);
      if (size !== undefined && size > MAX_PAGE_SIZE) {
        throw new PageSizeError(
          `\`${name}\` is at most ${MAX_PAGE_SIZE} (got ${size} on \`${field.name.value}\`); page with \`after\`/\`before\``,
        );
      }
    }
    return intArgument(field, "first", walk) ?? intArgument(field, "last", walk) ?? DEFAULT_PAGE_SIZE;
  }
  if (isListType(getNullableType(type))) {
    if (field.name.value === "nodes") {
      const ids = argumentValue(field.arguments?.find((arg) => arg.name.value === "ids")?.value, walk.variables);
      if (Array.isArray(ids)) return Math.max(1, ids.length);
    }
    return LIST_ESTIMATE;
  }
  return 1;
}

function walkSelections(
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  depth: number,
  multiplier: number,
  introspection: boolean,
  walk: Walk,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments[selection.name.value];
      if (!fragment) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value) ?? parent;
      walkSelections(fragment.selectionSet, type, depth, multiplier, introspection, walk);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? (walk.schema.getType(selection.typeCondition.name.value) ?? parent)
        : parent;
      walkSelections(selection.selectionSet, type, depth, multiplier, introspection, walk);
      continue;
    }
    if (selection.alias) {
      walk.measure.aliases += 1;
      walk.aliasNodes.push(selection);
    }
    const fieldDepth = depth + 1;
    walk.measure.depth = Math.max(walk.measure.depth, fieldDepth);
    if (walk.measure.depth > MAX_DEPTH) {
      throw new LimitError("DEPTH_LIMIT_EXCEEDED", `the operation nests fields more than ${MAX_DEPTH} deep`, [
        selection,
      ]);
    }
    if (!selection.selectionSet) continue;
    const name = selection.name.value;
    const isIntrospection = introspection || name.startsWith("__");
    const definition = fieldDefinition(parent, name);
    const type = definition?.type;
    const childType = type ? getNamedType(type) : undefined;
    let childMultiplier = multiplier;
    if (type && !isIntrospection) {
      walk.measure.cost += multiplier * (FIELD_COSTS[`${parent.name}.${name}`] ?? 1);
      childMultiplier = multiplier * multiplierOf(selection, type, parent, walk);
    }
    walkSelections(
      selection.selectionSet,
      childType && isCompositeType(childType) ? childType : parent,
      fieldDepth,
      childMultiplier,
      isIntrospection,
      walk,
    );
  }
}

/** Depth, cost and aliases of one operation; throws the first limit it breaks. */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const root =
    operation.operation === "mutation"
      ? schema.getMutationType()
      : operation.operation === "subscription"
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const walk: Walk = { schema, fragments, variables, measure: { depth: 0, cost: 0, aliases: 0 }, aliasNodes: [] };
  if (root) walkSelections(operation.selectionSet, root, 0, 1, false, walk);
  if (walk.measure.aliases > MAX_ALIASES) {
    throw new LimitError(
      "ALIAS_LIMIT_EXCEEDED",
      `the operation uses ${walk.measure.aliases} aliases; at most ${MAX_ALIASES} are allowed`,
      walk.aliasNodes.slice(MAX_ALIASES, MAX_ALIASES + 1),
    );
  }
  if (walk.measure.cost > MAX_COST) {
    throw new LimitError(
      "COST_LIMIT_EXCEEDED",
      `the operation could return up to ${walk.measure.cost} objects; at most ${MAX_COST} are allowed (ask for smaller pages)`,
    );
  }
  return walk.measure;
}

/**
 * At most `MAX_ERRORS` errors, then one that says how many were left out: an
 * operation that fails in every item of every list (or a document with a
 * hundred invalid fields) cannot make the answer grow with it.
 */
export function capErrors(errors: readonly GraphQLFormattedError[]): readonly GraphQLFormattedError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const omitted = errors.length - MAX_ERRORS;
  return [
    ...errors.slice(0, MAX_ERRORS),
    {
      message: `${omitted} more error${omitted === 1 ? " was" : "s were"} left out of this response (at most ${MAX_ERRORS} are listed)`,
      extensions: { code: "TOO_MANY_ERRORS", omitted },
    },
  ];
}

/**
 * Operations that cost at least `minCost` wait for a place at `gate` before
 * they run (src/server/admission.ts, createGate). A walk of the whole
 * directory (cost about 110,000) or thirty searches (120,000) keep the one
 * thread busy for a tenth of a second and more, in pieces; twenty of them
 * at once made every other request, and `/health`, wait behind all their
 * pieces. One at a time per core, they finish sooner and the rest flows.
 */
export interface HeavyOperations<T> {
  minCost: number;
  gate: { enter(): Promise<() => void> };
  retryAfterSeconds: number;
  /** Called once a heavy operation has its place, before it runs: the server makes its loaders yield (loaders.ts). */
  admitted?(context: T): void;
}

/** Operations from this cost on are heavy: about five searches, or a walk through a few regions. */
export const HEAVY_COST = 10_000;

/** Applies the limits to every operation the server runs. */
export function limitsPlugin<T extends object>(heavy?: HeavyOperations<T>): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      let leave: (() => void) | null = null;
      return {
        async willSendResponse({ response }) {
          leave?.();
          if (response.body.kind === "single" && response.body.singleResult.errors) {
            response.body.singleResult.errors = capErrors(response.body.singleResult.errors);
          }
        },
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          if (!operation) return;
          let measure: OperationMeasure;
          try {
            measure = measureOperation(schema, operation, fragments, request.variables ?? {});
          } catch (error) {
            // A refused operation is the client's fault: 400, not Apollo's default 500 for a plugin error.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(error.message, {
              nodes: error.nodes,
              extensions: { ...error.extensions, http: { status: 400 } },
            });
          }
          if (heavy && measure.cost >= heavy.minCost) {
            try {
              leave = await heavy.gate.enter();
            } catch (error) {
              // The server's condition, not the client's fault: 503 and when to come back (databaseUnavailablePlugin sends it).
              throw new GraphQLError(
                `the server is busy (${(error as Error).message}); try again in ${heavy.retryAfterSeconds} s`,
                {
                  extensions: {
                    code: "SERVICE_UNAVAILABLE",
                    reason: "overloaded",
                    retryAfterSeconds: heavy.retryAfterSeconds,
                    cost: measure.cost,
                  },
                },
              );
            }
            heavy.admitted?.(contextValue);
          }
        },
      };
    },
  };
}
