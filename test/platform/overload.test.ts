/**
 * The edge under load: admission control turns excess requests away early
 * with 503 + Retry-After, queued ones run when a slot frees, /health never
 * waits behind them, and a client cannot stretch a request by sending it
 * slowly. A schema with one slow field stands in for heavy work, so the
 * test controls exactly how long each request holds its slot.
 */
import { connect } from "node:net";
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { type QyzmetServer, startServer } from "../../src/server/server.js";
import { databaseTargets, openEmptyDatabase, type TestDatabase } from "../support/database.js";

const slowSchema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
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

const target = databaseTargets()[0]!;

describe("admission control and timeouts", () => {
  let server: QyzmetServer | undefined;
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await server?.close();
    await db?.dispose();
    server = undefined;
  });

  const slow = (ms: number) =>
    fetch(server!.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ slow(ms: ${ms}) }` }),
    });

  it("runs what fits, queues what may wait, turns the rest away at once with 503 + Retry-After, and keeps /health answering", async () => {
    db = await openEmptyDatabase(target);
    server = await startServer({
      db,
      schema: slowSchema,
      host: "127.0.0.1",
      port: 0,
      admission: { maxConcurrent: 2, maxQueued: 2, queueTimeoutMs: 10_000, maxEventLoopDelayMs: 0, maxHeavy: 1 },
    });
    const started = performance.now();
    const requests = Array.from({ length: 8 }, () =>
      slow(600).then(async (response) => ({
        status: response.status,
        retryAfter: response.headers.get("retry-after"),
        body: await response.json(),
        at: performance.now() - started,
      })),
    );
    // Wait until all eight have arrived (no fixed sleep: a loaded machine may take its time).
    await expect
      .poll(() => server!.admission.stats(), { timeout: 10_000 })
      .toMatchObject({ running: 2, queued: 2, shed: 4 });
    // /health does not wait behind the admitted requests: it answers while both still hold their slots.
    expect((await fetch(new URL("/health", server.url))).status).toBe(200);
    expect(server.admission.stats()).toMatchObject({ running: 2 });
    const answers = await Promise.all(requests);
    const shed = answers.filter((answer) => answer.status === 503);
    expect(shed).toHaveLength(4);
    const firstServed = Math.min(...answers.filter((answer) => answer.status === 200).map((answer) => answer.at));
    for (const answer of shed) {
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(answer.body.errors[0].extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", reason: "overloaded" });
      // Turned away at once: before any admitted request was done, not after waiting for them.
      expect(answer.at).toBeLessThan(firstServed);
    }
    expect(answers.filter((answer) => answer.status === 200).map((answer) => answer.body)).toEqual(
      Array(4).fill({ data: { slow: "done" } }),
    );
    expect(server.admission.stats()).toMatchObject({ running: 0, queued: 0, shed: 4 });
  });

  it("turns a queued request away when no slot frees up in time", async () => {
    db = await openEmptyDatabase(target);
    server = await startServer({
      db,
      schema: slowSchema,
      host: "127.0.0.1",
      port: 0,
      admission: { maxConcurrent: 1, maxQueued: 5, queueTimeoutMs: 200, maxEventLoopDelayMs: 0, maxHeavy: 1 },
    });
    const [first, second] = await Promise.all([slow(1_000), slow(10)]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(503);
    expect((await second.json()).errors[0].message).toContain("no request slot freed up within 200 ms");
  });

  it("cuts off a client that sends its body slowly, and one that sends its headers slowly", async () => {
    db = await openEmptyDatabase(target);
    server = await startServer({
      db,
      schema: slowSchema,
      host: "127.0.0.1",
      port: 0,
      timeouts: { headersMs: 1_000, requestMs: 2_000 },
    });
    /** Sends `instant` at once, then `slow` one byte every `everyMs`, and waits for the server to close the connection. */
    const trickle = (instant: string, slow: string, everyMs: number) =>
      new Promise<{ answer: string }>((resolve) => {
        const socket = connect(server!.port, "127.0.0.1");
        let answer = "";
        let sent = 0;
        socket.setEncoding("utf8");
        socket.on("connect", () => socket.write(instant));
        socket.on("data", (chunk: string) => (answer += chunk));
        socket.on("error", () => undefined);
        socket.on("close", () => {
          clearInterval(timer);
          resolve({ answer });
        });
        // One byte at a time: a slow-loris client.
        const timer = setInterval(() => {
          if (sent < slow.length && !socket.destroyed) socket.write(slow[sent++]!);
        }, everyMs);
      });
    const body = JSON.stringify({ query: "{ slow(ms: 1) }" });
    const slowBody = await trickle(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      body,
      150,
    );
    // Sent in full, this request would be answered 200; cut off, it gets 408.
    expect(slowBody.answer).toMatch(/^HTTP\/1\.1 408/);
    const slowHeaders = await trickle(
      "",
      "GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n",
      150,
    );
    expect(slowHeaders.answer).toMatch(/^HTTP\/1\.1 408/);
  });
});
