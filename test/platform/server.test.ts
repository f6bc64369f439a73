import { once } from "node:events";
import { request } from "node:http";
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "../../src/db/migrate.js";
import { type QyzmetServer, startServer } from "../../src/server/server.js";
import { databaseTargets, openEmptyDatabase, type TestDatabase } from "../support/database.js";

/** A schema with one deliberately slow field, to have a request in flight while the server shuts down. */
const slowSchema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
      boom: {
        type: GraphQLString,
        resolve: () => {
          throw new Error("connection string postgres://secret@db leaked");
        },
      },
      slow: {
        type: GraphQLString,
        args: { ms: { type: GraphQLInt } },
        resolve: async (_root, { ms }: { ms: number }) => {
          await new Promise((resolve) => setTimeout(resolve, ms));
          return "done";
        },
      },
    },
  }),
});

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.each(databaseTargets())("the HTTP server on $name", (target) => {
  let server: QyzmetServer | undefined;
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await server?.close();
    await db?.dispose();
    server = undefined;
    db = undefined;
  });

  it("answers /health at once and /ready only when the database is migrated and loaded", async () => {
    db = await openEmptyDatabase(target);
    server = await startServer({ db, schema: slowSchema, host: "127.0.0.1", port: 0 });
    const base = `http://127.0.0.1:${server.port}`;
    expect(await getJson(`${base}/health`)).toMatchObject({ status: 200, body: { status: "ok" } });
    expect(await getJson(`${base}/ready`)).toEqual({
      status: 503,
      body: { status: "not-ready", database: target.name, migrated: false, seeded: false },
    });
    await migrate(db);
    expect(await getJson(`${base}/ready`)).toMatchObject({ status: 503, body: { migrated: true, seeded: false } });
    await db.query(`INSERT INTO seed_state (key, hash, seeded_at) VALUES ('directory', 'h', now())`);
    expect(await getJson(`${base}/ready`)).toMatchObject({
      status: 200,
      body: { status: "ready", migrated: true, seeded: true },
    });
    expect(await getJson(`${base}/nowhere`)).toMatchObject({ status: 404 });
  });

  it("lets a request in flight finish when it closes, then refuses new connections and closes the database", async () => {
    db = await openEmptyDatabase(target);
    server = await startServer({ db, schema: slowSchema, host: "127.0.0.1", port: 0 });
    const url = `http://127.0.0.1:${server.port}/graphql`;
    const inFlight = fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ slow(ms: 400) }" }),
    }).then((response) => response.json());
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = server.close();
    expect(await inFlight).toEqual({ data: { slow: "done" } });
    await closed;
    await expect(fetch(`http://127.0.0.1:${server.port}/health`)).rejects.toThrow();
    await expect(db.query("SELECT 1")).rejects.toThrow();
    server = undefined;
  });

  it("rejects a request body over the documented limit with 413", async () => {
    db = await openEmptyDatabase(target);
    server = await startServer({ db, schema: slowSchema, host: "127.0.0.1", port: 0 });
    const body = JSON.stringify({ query: `{ slow(ms: 1) }`, variables: { pad: "x".repeat(200 * 1024) } });
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `http://127.0.0.1:${server!.port}/graphql`,
        { method: "POST", headers: { "content-type": "application/json" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    expect(status).toBe(413);
  });
});

describe("unexpected errors", () => {
  it("reach the client masked, with a code, and the log in full", async () => {
    const db = await openEmptyDatabase(databaseTargets()[0]!);
    const logged: string[] = [];
    const logger = { error: (m: string) => logged.push(m), info: () => undefined, debug: () => undefined };
    const server = await startServer({ db, schema: slowSchema, host: "127.0.0.1", port: 0, logger });
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ boom }" }),
      });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({
        message: "Internal server error",
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(JSON.stringify(body)).not.toContain("secret");
      expect(logged).toEqual([
        expect.stringContaining("unexpected error at boom: Error: connection string postgres://secret@db leaked"),
      ]);
    } finally {
      await server.close();
    }
  });
});

describe("listening", () => {
  it("says in one line that the port is taken", async () => {
    const db = await openEmptyDatabase(databaseTargets()[0]!);
    const first = await startServer({ db, schema: slowSchema, host: "127.0.0.1", port: 0 });
    const second = await openEmptyDatabase(databaseTargets()[0]!);
    await expect(startServer({ db: second, schema: slowSchema, host: "127.0.0.1", port: first.port })).rejects.toThrow(
      `port ${first.port} on 127.0.0.1 is already in use (set PORT to another port)`,
    );
    await second.dispose();
    await first.close();
    expect(first.httpServer.listening).toBe(false);
    void once;
  });
});
