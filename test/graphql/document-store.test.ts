/**
 * Requests that arrive together with one new document parse and validate it
 * once (src/graphql/document-store.ts), through Apollo's own pipeline.
 */
import { ApolloServer } from "@apollo/server";
import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { CoalescingDocumentStore } from "../../src/graphql/document-store.js";

const schema = buildSchema("type Query { hello(name: String): String }");

function countingServer() {
  const counts = { parsed: 0, validated: 0 };
  const server = new ApolloServer({
    schema,
    documentStore: new CoalescingDocumentStore(),
    plugins: [
      {
        async requestDidStart() {
          return {
            async parsingDidStart() {
              counts.parsed += 1;
            },
            async validationDidStart() {
              counts.validated += 1;
            },
          };
        },
      },
    ],
  });
  return { server, counts };
}

describe("CoalescingDocumentStore", () => {
  it("parses and validates a new document once for twenty requests that bring it together", async () => {
    const { server, counts } = countingServer();
    await server.start();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => server.executeOperation({ query: '{ hello(name: "a") }' })),
    );
    expect(answers.every((answer) => answer.body.kind === "single" && !answer.body.singleResult.errors)).toBe(true);
    expect(counts).toEqual({ parsed: 1, validated: 1 });
    await server.stop();
  });

  it("lets the waiters do the work themselves when the first request's document is invalid", async () => {
    const { server, counts } = countingServer();
    await server.start();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => server.executeOperation({ query: "{ goodbye }" })),
    );
    for (const answer of answers) {
      expect(answer.body.kind === "single" && answer.body.singleResult.errors?.[0]?.extensions?.code).toBe(
        "GRAPHQL_VALIDATION_FAILED",
      );
    }
    // Never stored, so each request validated it (as without coalescing), after waiting one loop iteration at most.
    expect(counts.validated).toBe(5);
    await server.stop();
  });

  it("answers later lookups of a key that missed from the document stored for it", async () => {
    const store = new CoalescingDocumentStore();
    const document = parse("{ hello }");
    expect(await store.get("k")).toBeUndefined();
    const waiting = [store.get("k"), store.get("k")];
    await store.set("k", document);
    expect(await Promise.all(waiting)).toEqual([document, document]);
    expect(await store.get("k")).toBe(document);
  });
});
