/**
 * /metrics on the API's own port: only with METRICS_TOKEN set, and only for
 * a request that sends it; not there at all by default. (The listener of its
 * own, METRICS_PORT, is tested through npm start in observability.test.ts.)
 */
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "../../src/config/config.js";
import { createDatabase, type Database } from "../../src/db/database.js";
import { type QyzmetServer, startServer } from "../../src/server/server.js";
import { postgresUrl } from "../support/database.js";

const TOKEN = "api-port-metrics-token-0123";
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: "Query", fields: { hello: { type: GraphQLString, resolve: () => "hi" } } }),
});

describe("/metrics on the API's port", () => {
  let db: Database;
  let withToken: QyzmetServer;
  let byDefault: QyzmetServer;
  beforeAll(async () => {
    // Nothing here reads the database: PostgreSQL when there is one (it opens in milliseconds), else PGlite.
    db = await createDatabase(postgresUrl ? parseDatabaseUrl(postgresUrl) : { kind: "pglite", dataDir: null });
    const shared = { ...db, close: async () => undefined };
    withToken = await startServer({
      db: shared,
      schema,
      host: "127.0.0.1",
      port: 0,
      metrics: { port: null, host: "127.0.0.1", token: TOKEN },
    });
    byDefault = await startServer({ db: shared, schema, host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => {
    await withToken?.close();
    await byDefault?.close();
    await db?.close();
  });

  it("asks for the token, and serves Prometheus text to a request that sends it", async () => {
    const url = `http://127.0.0.1:${withToken.port}/metrics`;
    expect(withToken.metricsUrl).toBe(url);
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    expect((await fetch(url, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    expect((await fetch(url, { headers: { "x-api-key": TOKEN } })).status).toBe(401);
    const hello = await fetch(`http://127.0.0.1:${withToken.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "query Hello { hello }" }),
    });
    expect(await hello.json()).toEqual({ data: { hello: "hi" } });
    const scraped = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await scraped.text()).toMatch(
      /^qyzmet_http_requests_total\{route="\/graphql",operation="Hello",outcome="ok"\} 1$/m,
    );
  });

  it("is not there when metrics are not configured", async () => {
    expect(byDefault.metricsUrl).toBeNull();
    const response = await fetch(`http://127.0.0.1:${byDefault.port}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(404);
  });
});
