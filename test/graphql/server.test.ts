/**
 * What the HTTP server adds to the schema: cache hints, Automatic Persisted
 * Queries, the IDE for browsers and typed errors. Migrated but empty
 * database: none of it depends on the directory's rows.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIRECTORY_MAX_AGE_SECONDS } from "../../src/server/server.js";
import { databaseTargets } from "../support/database.js";
import { type GraphHarness, startEmptyGraph } from "./support.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe.each(databaseTargets())("the HTTP server on $name", (target) => {
  let graph: GraphHarness;
  beforeAll(async () => {
    graph = await startEmptyGraph(target);
  });
  afterAll(async () => {
    await graph?.close();
  });

  it("marks directory responses public with a max-age", async () => {
    const response = await graph.post({ query: "{ regions { totalCount } services { totalCount } }" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe(`max-age=${DIRECTORY_MAX_AGE_SECONDS}, public`);
  });

  it("marks responses to a request that carries an API key private", async () => {
    const response = await graph.post({ query: "{ regions { totalCount } }" }, { authorization: "Bearer qz_example" });
    expect(response.body).toEqual({ data: { regions: { totalCount: 0 } } });
    expect(response.headers.get("cache-control")).toBe(`max-age=${DIRECTORY_MAX_AGE_SECONDS}, private`);
  });

  it("never caches an operation that selects anything outside the directory, such as an application looked up by its access code", async () => {
    const response = await graph.post({
      query: '{ regions { totalCount } applicationByNumber(accessCode: "x", number: "y") { __typename } }',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("runs an Automatic Persisted Query by its hash once the server has seen it, over POST and GET", async () => {
    const query = "query PersistedRegions { regions(first: 1) { totalCount } }";
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const unknown = await graph.post({ extensions });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await graph.post({ query, extensions });
    expect(registered.body).toEqual({ data: { regions: { totalCount: 0 } } });
    const byHash = await graph.post({ extensions });
    expect(byHash.body).toEqual({ data: { regions: { totalCount: 0 } } });
    const url = `${graph.server.url}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
    const get = await fetch(url, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect(await get.json()).toEqual({ data: { regions: { totalCount: 0 } } });
    expect(get.headers.get("cache-control")).toBe(`max-age=${DIRECTORY_MAX_AGE_SECONDS}, public`);
  });

  it("serves a browser at /graphql the IDE, with its scripts from this server and the example operations", async () => {
    const page = await fetch(graph.server.url, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain("WhoProvidesServiceInDistrict");
    // The page's own script compiles (it runs in the browser, after the bundles it names).
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect(inline).toHaveLength(1);
    expect(() => new Function(inline[0]!)).not.toThrow();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    // graphiql's script and stylesheet, React, ReactDOM, and the graphql-ws client for subscriptions.
    expect(sources.length).toBe(5);
    for (const source of sources) {
      expect(source.startsWith("/")).toBe(true);
      const asset = await fetch(new URL(source, graph.server.url));
      expect(asset.status, source).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, source).toBeGreaterThan(1000);
    }
  });

  it("still answers GraphQL at /graphql for a client that asks for JSON", async () => {
    const response = await fetch(`${graph.server.url}?query=${encodeURIComponent("{ stats { regions } }")}`, {
      headers: { accept: "application/graphql-response+json", "apollo-require-preflight": "true" },
    });
    expect(await response.json()).toMatchObject({ data: { stats: { regions: 0 } } });
  });

  it("refuses ids it did not issue with INVALID_ID and unknown kinds of id with null", async () => {
    const bad = await graph.post({ query: '{ node(id: "not an id") { id } }' });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("INVALID_ID");
    const wrongKind = await graph.post({
      query: `{ region(id: "${Buffer.from("District:akmola/akkol").toString("base64url")}") { id } }`,
    });
    expect(wrongKind.body.errors?.[0]?.extensions?.code).toBe("INVALID_ID");
    const unknownType = await graph.post({
      query: `{ node(id: "${Buffer.from("Planet:mars").toString("base64url")}") { id } }`,
    });
    expect(unknownType.body).toEqual({ data: { node: null } });
  });

  it("refuses more than 100 ids in one nodes call with BAD_USER_INPUT", async () => {
    const ids = Array.from({ length: 101 }, (_, index) => Buffer.from(`Region:r${index}`).toString("base64url"));
    const response = await graph.post({
      query: "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }",
      variables: { ids },
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps /health and /ready where they were", async () => {
    const health = await fetch(new URL("/health", graph.server.url));
    expect(health.status).toBe(200);
    const ready = await fetch(new URL("/ready", graph.server.url));
    expect(ready.status).toBe(503);
  });
});
