/** The served schema: committed SDL in step with the code, codegen output in step with the SDL, every part described. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import {
  getNamedType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { DIRECTORY_ROOT_FIELDS } from "../../src/graphql/cache.js";
import { printServedSchema, SCHEMA_PATH } from "../../src/graphql/emit-schema.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";

const BUILT_IN = new Set(["String", "Int", "Float", "Boolean", "ID"]);

/** The directory's root fields (the read side); the write side's mutations and queries have their own tests. */
const READ_SIDE_ROOT_FIELDS = [...DIRECTORY_ROOT_FIELDS].filter((name) => !name.startsWith("__"));

/** Types reachable from the read side's root fields. */
function readSideTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  const seen = new Map<string, GraphQLNamedType>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name) || type.name.startsWith("__") || BUILT_IN.has(type.name)) return;
    seen.set(type.name, type);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        visit(getNamedType(field.type));
        for (const arg of field.args) visit(getNamedType(arg.type));
      }
      for (const possible of isInterfaceType(type) ? schema.getPossibleTypes(type) : []) visit(possible);
    }
    if (isUnionType(type)) for (const member of type.getTypes()) visit(member);
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  };
  const query = schema.getQueryType()!.getFields();
  for (const name of READ_SIDE_ROOT_FIELDS) {
    const field = query[name];
    if (!field) continue;
    visit(getNamedType(field.type));
    for (const arg of field.args) visit(getNamedType(arg.type));
  }
  return [...seen.values()];
}

/** Every read-side type, field, argument and input field (and root field) that has no description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const query = schema.getQueryType()!.getFields();
  for (const name of READ_SIDE_ROOT_FIELDS) {
    const field = query[name];
    if (field && !field.description) missing.push(`Query.${name}`);
    for (const arg of field?.args ?? []) if (!arg.description) missing.push(`Query.${name}(${arg.name})`);
  }
  for (const type of readSideTypes(schema)) {
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields()))
        if (!field.description) missing.push(`${type.name}.${field.name}`);
  }
  return missing;
}

describe("the GraphQL schema", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema();
  });

  it("matches the committed schema/schema.graphql (run npm run schema:emit after changing the API)", async () => {
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(await printServedSchema());
  });

  it("describes every type, field and argument, in English with the Kazakh term", () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it("names the Kazakh term in the description of every read-side type", () => {
    const kazakh = /[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
    // Scalars (DateTime) are graphql-scalars' own.
    const ours = readSideTypes(schema).filter((type) => !isScalarType(type));
    expect(ours.filter((type) => !kazakh.test(type.description ?? "")).map((type) => type.name)).toEqual([]);
  });

  it("has the root fields the public contract names", () => {
    const query = Object.keys(schema.getQueryType()!.getFields());
    for (const field of [
      "node",
      "nodes",
      "legalAct",
      "services",
      "service",
      "regions",
      "region",
      "districts",
      "authorities",
      "akimatApparatus",
      "serviceCentres",
      "search",
      "stats",
    ]) {
      expect(query).toContain(field);
    }
  });

  it("lets every entity be fetched by a global id through the Node interface", () => {
    const nodeTypes = schema
      .getPossibleTypes(schema.getType("Node") as never)
      .map((type) => type.name)
      .sort();
    expect(nodeTypes).toEqual(
      [
        "AkimatApparatus",
        "Appendix",
        "Authority",
        "DataConflict",
        "District",
        "LegalAct",
        "Listing",
        "QualityIndicator",
        "Region",
        "Service",
        "ServiceCentre",
      ].sort(),
    );
    expect(isEnumType(schema.getType("ProviderKind"))).toBe(true);
  });

  it("matches the committed codegen output for the test operations (run npm run codegen after changing them)", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: join(PROJECT_ROOT, "codegen.yml") });
    const [output] = await generate({ ...config, cwd: PROJECT_ROOT, silent: true }, false);
    expect(output?.content).toBe(readFileSync(join(PROJECT_ROOT, "test", "generated", "graphql.ts"), "utf8"));
  });
});
