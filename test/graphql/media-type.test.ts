/**
 * The answer's media type is chosen by the server's own remembered
 * negotiation (src/graphql/http-status.ts) instead of Apollo's per-response
 * one: it must choose exactly what Apollo would, for any Accept header.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { HeaderMap } from "@apollo/server";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { singleResultMediaType } from "../../src/graphql/http-status.js";

// Apollo's own function, which its package does not export: loaded by file.
const apollo = (await import(
  pathToFileURL(join(PROJECT_ROOT, "node_modules/@apollo/server/dist/esm/ApolloServer.js")).href
)) as {
  chooseContentTypeForSingleResultResponse(head: { headers: HeaderMap }): string | null;
};

const ACCEPT_HEADERS = [
  undefined,
  "application/json",
  "application/graphql-response+json",
  "application/graphql-response+json, application/json",
  "application/json, application/graphql-response+json",
  "application/json;q=0.9, application/graphql-response+json",
  "application/graphql-response+json;q=0.5, application/json;q=0.8",
  "*/*",
  "application/*",
  "text/html",
  "text/html, application/xhtml+xml, */*;q=0.8",
  "application/json; callbackSpec=1.0",
  "multipart/mixed",
  "application/xml",
  "",
];

describe("the media type of a single result", () => {
  it.each(ACCEPT_HEADERS.map((accept) => [accept ?? "(none)", accept]))(
    "is Apollo's choice for Accept: %s",
    (_label, accept) => {
      const headers = new HeaderMap();
      if (accept !== undefined) headers.set("accept", accept);
      const expected = apollo.chooseContentTypeForSingleResultResponse({ headers });
      // Asked twice: the second answer comes from memory.
      expect(singleResultMediaType(accept)).toBe(expected ?? false);
      expect(singleResultMediaType(accept)).toBe(expected ?? false);
    },
  );
});
