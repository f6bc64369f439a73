/**
 * Relay's compiler accepts every list of the schema as a connection. The
 * fragments are generated from schema/schema.graphql: one per field whose
 * type is a connection, with `@connection` and paging arguments (forward
 * for all, and a backward one per connection field), so a list added later
 * is compiled too. relay-compiler (from the npm registry) compiles them in a
 * scratch folder.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const sdlPath = fileURLToPath(new URL("../../schema/schema.graphql", import.meta.url));
const schema = buildSchema(readFileSync(sdlPath, "utf8"));

const fieldsOf = (type: GraphQLNamedType): Record<string, GraphQLField<unknown, unknown>> =>
  isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
const isConnection = (type: GraphQLNamedType) => "edges" in fieldsOf(type) && "pageInfo" in fieldsOf(type);

/** One fragment on `parent` that pages `field` with `@connection`, declaring a variable for each other required argument. */
function fragmentFor(parent: string, field: GraphQLField<unknown, unknown>, direction: "forward" | "backward"): string {
  const name = `Relay_${parent}_${field.name}_${direction}`;
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const definitions = [
    'count: { type: "Int", defaultValue: 5 }',
    'cursor: { type: "String" }',
    ...required.map((arg) => `${arg.name}: { type: "${arg.type}" }`),
  ];
  const paging = direction === "forward" ? "first: $count, after: $cursor" : "last: $count, before: $cursor";
  const args = [paging, ...required.map((arg) => `${arg.name}: $${arg.name}`)].join(", ");
  const edge = getNamedType(fieldsOf(getNamedType(field.type)).edges!.type);
  const node = getNamedType(fieldsOf(edge).node!.type);
  const leaf = Object.values(fieldsOf(node)).find(
    (candidate) => isLeafType(getNamedType(candidate.type)) && candidate.args.length === 0,
  );
  return `fragment ${name} on ${parent} @argumentDefinitions(${definitions.join(", ")}) {
  ${field.name}(${args}) @connection(key: "${name}_${field.name}") {
    edges { node { __typename ${leaf?.name ?? ""} } }
  }
}`;
}

function connectionFields() {
  const found: { parent: string; field: GraphQLField<unknown, unknown> }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
    if (type.name === "Mutation") continue;
    for (const field of Object.values(type.getFields())) {
      if (isConnection(getNamedType(field.type))) found.push({ parent: type.name, field });
    }
  }
  return found;
}

describe("relay-compiler", () => {
  const fields = connectionFields();

  it("finds the connections of both sides, applications and complaints among them", () => {
    const names = fields.map(({ parent, field }) => `${parent}.${field.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        "Query.applications",
        "Query.complaints",
        "Query.regions",
        "Query.search",
        "Region.districts",
        "Provider.services",
      ]),
    );
    expect(fields.length).toBeGreaterThanOrEqual(20);
  });

  it("compiles a fragment with @connection on every connection field, paging forward and backward", () => {
    const root = mkdtempSync(join(tmpdir(), "qyzmet-relay-"));
    try {
      mkdirSync(join(root, "src"));
      mkdirSync(join(root, "generated"));
      const fragments = fields.flatMap(({ parent, field }) => [
        fragmentFor(parent, field, "forward"),
        fragmentFor(parent, field, "backward"),
      ]);
      // relay-compiler reads documents from graphql`` tags in source files, as an application holds them.
      writeFileSync(
        join(root, "src", "fragments.ts"),
        fragments.map((fragment) => `graphql\`\n${fragment}\n\`;\n`).join("\n"),
      );
      writeFileSync(
        join(root, "relay.config.json"),
        JSON.stringify({ src: "./src", schema: sdlPath, language: "typescript", artifactDirectory: "./generated" }),
      );
      const bin = join(require.resolve("relay-compiler/package.json"), "..", "cli.js");
      const run = spawnSync(process.execPath, [bin], { cwd: root, encoding: "utf8", timeout: 120_000 });
      const output = `${run.stdout}\n${run.stderr}`.trim();
      expect(run.status, output).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
