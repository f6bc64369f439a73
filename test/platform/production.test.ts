/**
 * The public contract as users meet it: the real `npm start` process in
 * production mode, plain HTTP requests as curl, spreadsheets and CDNs send
 * them, and two third-party clients with their default settings (urql sends
 * queries as GET; Apollo Client POSTs, or GETs with `useGETForQueries`).
 */
import { createHash } from "node:crypto";
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIRECTORY_MAX_AGE_SECONDS } from "../../src/graphql/cache.js";
import { IDE_ASSET_PATH } from "../../src/server/ide.js";
import { type RunningServer, startNpmStart } from "../support/process.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const getUrl = (base: string, params: Record<string, unknown>) =>
  `${base}?${Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(typeof value === "string" ? value : JSON.stringify(value))}`)
    .join("&")}`;

describe("npm start, in production mode", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startNpmStart();
  }, 180_000);
  afterAll(async () => {
    // A supervisor stops `npm start` with SIGTERM to npm: the server must drain and exit 0, not linger behind a shell.
    expect(await server?.stop()).toBe(0);
    expect(server?.stderr()).toContain("SIGTERM: draining requests and closing the database");
  });

  it("answers introspection, so IDEs and code generators see the schema", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __schema { queryType { name } mutationType { name } } }" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { __schema: { queryType: { name: "Query" }, mutationType: { name: "Mutation" } } },
    });
  });

  it("answers a plain GET of a public query with 200 and the documented cache headers", async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent("{regions{totalCount}}")}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe(`max-age=${DIRECTORY_MAX_AGE_SECONDS}, public`);
    expect(await response.json()).toEqual({ data: { regions: { totalCount: 16 } } });
  });

  it("registers and answers an Automatic Persisted Query over GET with no extra header", async () => {
    const query = "query StatsByHash { stats { regions providers } }";
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const unknown = await (await fetch(getUrl(server.url, { extensions }))).json();
    expect(unknown.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await fetch(getUrl(server.url, { query, extensions }));
    expect(registered.status).toBe(200);
    const byHash = await fetch(getUrl(server.url, { extensions }));
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get("cache-control")).toBe(`max-age=${DIRECTORY_MAX_AGE_SECONDS}, public`);
    expect(await byHash.json()).toEqual(await registered.json());
  });

  it("never runs a mutation over GET, nor a write-side query that carries an access code", async () => {
    const mutation = await fetch(getUrl(server.url, { query: 'mutation { revokeApiKey(id: "x") { __typename } }' }));
    expect(mutation.status).toBe(405);
    const lookup = await fetch(
      getUrl(server.url, { query: '{ applicationByNumber(number: "A-2026-0000001", accessCode: "X") { number } }' }),
    );
    expect(lookup.status).toBe(405);
    expect((await lookup.json()).errors[0].extensions.code).toBe("METHOD_NOT_ALLOWED");
  });

  it("refuses a POST whose body is not declared JSON, the form a cross-site page could send unasked", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: '{"query":"{ stats { regions } }"}',
    });
    expect(response.status).toBe(415);
    expect((await response.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("serves the IDE page to a browser and every file the page loads", async () => {
    const page = await fetch(server.url, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    // graphiql's script and stylesheet, React, ReactDOM, and the graphql-ws client for subscriptions.
    expect(assets.length).toBe(5);
    for (const asset of assets) {
      expect(asset.startsWith(`${IDE_ASSET_PATH}/`)).toBe(true);
      const response = await fetch(`${server.origin}${asset}`);
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it("works with urql's default client, which sends queries as GET", async () => {
    const client = new Client({ url: server.url, exchanges: [cacheExchange, fetchExchange] });
    const sent: string[] = [];
    const counting = new Client({
      url: server.url,
      exchanges: [fetchExchange],
      fetch: (input, init) => {
        sent.push(init?.method ?? "GET");
        return fetch(input, init);
      },
    });
    const query = "query RegionNames($first: Int) { regions(first: $first) { nodes { name } } }";
    const result = await client.query(query, { first: 2 }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data.regions.nodes).toHaveLength(2);
    await counting.query(query, { first: 2 }).toPromise();
    expect(sent).toEqual(["GET"]);
  });

  it("works with Apollo Client over POST and over GET", async () => {
    const query = gql`
      query ServiceSix {
        service(number: 6) {
          id
          number
          title
        }
      }
    `;
    for (const useGETForQueries of [false, true]) {
      const client = new ApolloClient({
        link: new HttpLink({ uri: server.url, useGETForQueries }),
        cache: new InMemoryCache(),
      });
      const result = await client.query<{ service: { number: number; title: string } }>({ query });
      expect(result.error).toBeUndefined();
      expect(result.data?.service.number).toBe(6);
      client.stop();
    }
  });
});

describe("npm start with GRAPHQL_INTROSPECTION=false", () => {
  it("refuses introspection and still serves queries", async () => {
    const server = await startNpmStart({ GRAPHQL_INTROSPECTION: "false", DATABASE_URL: "memory:" });
    try {
      const post = (query: string) =>
        fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
          body: JSON.stringify({ query }),
        });
      const introspection = await post("{ __schema { queryType { name } } }");
      expect(introspection.status).toBe(400);
      expect((await introspection.json()).errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(await (await post("{ regions { totalCount } }")).json()).toEqual({
        data: { regions: { totalCount: 16 } },
      });
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 180_000);
});
