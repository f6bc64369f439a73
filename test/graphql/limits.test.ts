/**
 * The documented abuse limits, through the HTTP server: each refusal is a
 * 4xx with a typed `extensions.code`, and the operations we ship stay inside
 * every limit. The limits need no data, so the database is migrated but empty.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getIntrospectionQuery, Kind, type OperationDefinitionNode, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { FIELD_COSTS, MAX_ALIASES, MAX_COST, MAX_DEPTH, measureOperation } from "../../src/graphql/limits.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { MAX_REQUEST_BYTES } from "../../src/server/server.js";
import { IDE_EXAMPLES } from "../../src/server/ide-examples.js";
import { databaseTargets } from "../support/database.js";
import { type GraphHarness, startEmptyGraph } from "./support.js";

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

describe.each(databaseTargets())("abuse limits on $name", (target) => {
  let graph: GraphHarness;
  beforeAll(async () => {
    graph = await startEmptyGraph(target);
  });
  afterAll(async () => {
    await graph?.close();
  });

  it(`refuses fields nested deeper than ${MAX_DEPTH} with DEPTH_LIMIT_EXCEEDED`, async () => {
    const deep =
      "regions { nodes { districts { nodes { region { districts { nodes { region { districts { nodes { region { districts { nodes { region { districts { nodes { name } } } } } } } } } } } } } } } }";
    const response = await graph.post({ query: `{ ${deep} }` });
    expect(response.status).toBe(400);
    expect(codeOf(response.body)).toBe("DEPTH_LIMIT_EXCEEDED");
  });

  it(`refuses an operation that could return more than ${MAX_COST} objects with COST_LIMIT_EXCEEDED`, async () => {
    const query =
      "{ authorities(first: 100) { nodes { services(first: 100) { nodes { authorities(first: 100) { nodes { services(first: 100) { nodes { number } } } } } } } } }";
    const response = await graph.post({ query });
    expect(response.status).toBe(400);
    expect(codeOf(response.body)).toBe("COST_LIMIT_EXCEEDED");
  });

  it(`refuses more than ${MAX_ALIASES} aliases with ALIAS_LIMIT_EXCEEDED`, async () => {
    const fields = Array.from({ length: MAX_ALIASES + 1 }, (_, index) => `a${index}: stats { regions }`).join(" ");
    const response = await graph.post({ query: `{ ${fields} }` });
    expect(response.status).toBe(400);
    expect(codeOf(response.body)).toBe("ALIAS_LIMIT_EXCEEDED");
  });

  it("refuses a page above 100, written inline or passed as a variable, with PAGE_SIZE_EXCEEDED", async () => {
    const inline = await graph.post({ query: "{ regions(first: 101) { totalCount } }" });
    expect([inline.status, codeOf(inline.body)]).toEqual([400, "PAGE_SIZE_EXCEEDED"]);
    const variable = await graph.post({
      query: "query ($n: Int) { authorities(last: $n) { totalCount } }",
      variables: { n: 1000 },
    });
    expect([variable.status, codeOf(variable.body)]).toEqual([400, "PAGE_SIZE_EXCEEDED"]);
  });

  it(`refuses a body larger than ${MAX_REQUEST_BYTES} bytes with 413 and REQUEST_TOO_LARGE`, async () => {
    const response = await graph.post({
      query: `{ stats { regions } }`,
      variables: { padding: "x".repeat(MAX_REQUEST_BYTES) },
    });
    expect(response.status).toBe(413);
    expect(codeOf(response.body)).toBe("REQUEST_TOO_LARGE");
  });

  it("answers a body that is not JSON with 400 and BAD_REQUEST", async () => {
    const response = await graph.post("{ not json");
    expect([response.status, codeOf(response.body)]).toEqual([400, "BAD_REQUEST"]);
  });

  it("lets a full introspection query (what IDEs send) through", async () => {
    const response = await graph.post({ query: getIntrospectionQuery() });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.__schema.queryType.name).toBe("Query");
  });
});

describe("the operations we ship", () => {
  const operations: [string, string][] = [
    ...["walk", "regions", "providers", "services", "search"].map((name): [string, string] => [
      `test/operations/${name}.graphql`,
      readFileSync(join(PROJECT_ROOT, "test", "operations", `${name}.graphql`), "utf8"),
    ]),
    ...IDE_EXAMPLES.map((example): [string, string] => [`IDE example "${example.title}"`, example.query]),
  ];

  it.each(operations)("%s is valid against the schema and stays inside every limit", async (_name, source) => {
    const schema = await buildGraphQLSchema();
    const document = parse(source);
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    const fragments = Object.fromEntries(
      document.definitions.flatMap((definition) =>
        definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
      ),
    );
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const measure = measureOperation(schema, definition, fragments, { first: 100, number: 6 });
      expect(measure.depth).toBeLessThanOrEqual(MAX_DEPTH);
      expect(measure.cost).toBeLessThanOrEqual(MAX_COST);
    }
  });
});

describe("the cost model", () => {
  const costOf = async (source: string) => {
    const definition = parse(source).definitions[0] as OperationDefinitionNode;
    return measureOperation(await buildGraphQLSchema(), definition, {}).cost;
  };

  it("counts a search for the names it ranks, not the page it returns", async () => {
    const one = await costOf(`{ search(query: "Akkol", first: 1) { totalCount } }`);
    expect(one).toBeGreaterThanOrEqual(FIELD_COSTS["Query.search"]!);
    const thirty = await costOf(
      `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: search(query: "Akkol", first: 1) { totalCount }`).join(" ")} }`,
    );
    expect(thirty).toBe(30 * one);
    // A region's 100 authorities is a hundred objects of work, far less than one search.
    expect(await costOf(`{ authorities(first: 100) { nodes { name } } }`)).toBeLessThan(one);
  });
});
