/**
 * Every `Node` type round-trips: `node(id)` answers exactly what the field a
 * client first met the object through answers, field for field. The fields
 * compared are generated from the schema (every field without required
 * arguments, objects two levels deep), so a field added later is compared
 * too, and a Node type added without a way to reach it fails the test.
 */
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  isRequiredArgument,
  isUnionType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { NODE_LOADERS } from "../../src/modules/node/node.resolver.js";
import { databaseTargets } from "../support/database.js";
import { type GraphHarness, startSeededGraph } from "./support.js";

/** Where a client first meets each Node type: an operation whose `reach` selection ends in the objects (`SELECTION` is replaced). */
const REACH: Record<string, string> = {
  Region: "regions(first: 3) { nodes { SELECTION } }",
  District: "districts(first: 3) { nodes { SELECTION } }",
  Authority: "authorities(first: 3) { nodes { SELECTION } }",
  AkimatApparatus: "akimatApparatus(first: 3) { nodes { SELECTION } }",
  ServiceCentre: "serviceCentres(first: 3) { nodes { SELECTION } }",
  Service: "services(first: 3) { nodes { SELECTION } }",
  LegalAct: "legalAct { SELECTION }",
  Appendix: "service(number: 6) { appendices { SELECTION } }",
  Listing: 'authorities(first: 1, filter: { text: "Akkol" }) { nodes { listings { SELECTION } } }',
  DataConflict: 'authorities(first: 1, filter: { text: "Shalqar" }) { nodes { conflicts { SELECTION } } }',
  QualityIndicator: "service(number: 18) { qualityIndicators { SELECTION } }",
};

/** Every field of `type` a client can select without arguments, objects two levels deep. */
function selectionOf(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (isUnionType(type)) {
    return [
      "__typename",
      ...type.getTypes().map((member) => `... on ${member.name} { ${selectionOf(schema, member, depth)} }`),
    ].join(" ");
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return "";
  const fields = Object.values(type.getFields() as Record<string, GraphQLField<unknown, unknown>>)
    .filter((field) => !field.args.some(isRequiredArgument))
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (!isObjectType(named) && !isInterfaceType(named) && !isUnionType(named)) return [field.name];
      if (depth === 0) return [];
      const inner = selectionOf(schema, named, depth - 1);
      return inner ? [`${field.name} { __typename ${inner} }`] : [];
    });
  return ["__typename", ...fields].join(" ");
}

function pick(data: unknown): Record<string, unknown>[] {
  // The objects the REACH selection ends in, wherever they sit in the answer.
  if (Array.isArray(data)) return data.flatMap(pick);
  if (data && typeof data === "object") {
    const record = data as Record<string, unknown>;
    if (typeof record.id === "string" && typeof record.__typename === "string") return [record];
    return Object.values(record).flatMap(pick);
  }
  return [];
}

describe.each(databaseTargets())("node(id) on $name", (target) => {
  let graph: GraphHarness;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    graph = await startSeededGraph(target);
    schema = await buildGraphQLSchema();
  });
  afterAll(async () => {
    await graph?.close();
  });

  it("has a way to reach every Node type of the schema", () => {
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter(
        (type): type is GraphQLObjectType =>
          isObjectType(type) && type.getInterfaces().some((face) => face.name === "Node"),
      )
      .map((type) => type.name)
      .sort();
    expect(nodeTypes).toEqual(Object.keys(REACH).sort());
    // … and `node(id)` a loader for each: its dispatch table names exactly the schema's Node types.
    expect(Object.keys(NODE_LOADERS).sort()).toEqual(nodeTypes);
  });

  it.each(Object.keys(REACH))("returns for a %s exactly what the field that lists it returns", async (typeName) => {
    const type = schema.getType(typeName)!;
    const selection = selectionOf(schema, type, 2);
    const reached = await graph.execute(`{ ${REACH[typeName]!.replace("SELECTION", selection)} }`);
    expect(reached.errors, JSON.stringify(reached.errors)).toBeUndefined();
    const objects = pick(reached.data);
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) {
      const again = await graph.execute(`query ($id: ID!) { node(id: $id) { ... on ${typeName} { ${selection} } } }`, {
        id: object.id,
      });
      expect(again.errors).toBeUndefined();
      expect(again.data).toEqual({ node: object });
    }
    const many = await graph.execute(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ${typeName} { ${selection} } } }`,
      { ids: objects.map((object) => object.id) },
    );
    expect(many.data).toEqual({ nodes: objects });
  });
});
