/**
 * The public directory's whole-response cache, through the real server: a
 * repeated public read is answered without running anything and byte for
 * byte as the first time; keys, the write side and failures never touch it;
 * ETags revalidate; a re-seed empties it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VERSION_CHECK_MS } from "../../src/server/response-cache.js";
import { databaseTargets } from "../support/database.js";
import { type GraphHarness, startSeededGraph } from "./support.js";

const QUERY = { query: "{ regions(first: 3) { totalCount nodes { name districts(first: 2) { nodes { name } } } } }" };

describe.each(databaseTargets())("the response cache on $name", (target) => {
  let graph: GraphHarness;
  beforeAll(async () => {
    graph = await startSeededGraph(target);
  });
  afterAll(async () => {
    await graph?.close();
  });

  const raw = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(graph.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  it("answers a repeated public read from memory, byte for byte, without a statement", async () => {
    const first = await raw(QUERY);
    expect(first.status).toBe(200);
    const before = graph.db.statements.count;
    const hits = graph.server.responseCache!.stats().hits;
    const second = await raw(QUERY);
    expect(graph.db.statements.count).toBe(before);
    expect(graph.server.responseCache!.stats().hits).toBe(hits + 1);
    expect(second.text).toBe(first.text);
    for (const header of ["content-type", "cache-control", "etag"])
      expect(second.headers.get(header), header).toBe(first.headers.get(header));
    expect(first.headers.get("etag")).toMatch(/^W\/"/);
  });

  it("answers 304 to a client that already holds the answer", async () => {
    const first = await raw(QUERY);
    const again = await raw(QUERY, { "if-none-match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
  });

  it("never serves nor keeps a request with an API key, a write-side read, a failure, or one asking for no-cache", async () => {
    const stored = () => graph.server.responseCache!.stats().stored;
    const before = stored();
    const withKey = { query: "{ regions(first: 1) { totalCount } }" };
    await raw(withKey, { authorization: "Bearer qz_whoever" });
    await raw(withKey, { authorization: "Bearer qz_whoever" });
    await raw({ query: '{ applicationByNumber(number: "A-2026-0000001", accessCode: "XXXXXXXXXX") { number } }' });
    await raw({ query: "{ regions(first: 1000) { totalCount } }" });
    expect(stored()).toBe(before);
    const statements = graph.db.statements.count;
    await raw(QUERY, { "cache-control": "no-cache" });
    expect(graph.db.statements.count).toBeGreaterThan(statements);
  });

  it(`forgets every answer once the directory is reloaded (checked every ${VERSION_CHECK_MS / 1000} s)`, async () => {
    const first = await raw(QUERY);
    await graph.db.query("UPDATE seed_state SET hash = hash || 'x'");
    try {
      await new Promise((resolve) => setTimeout(resolve, VERSION_CHECK_MS + 500));
      const before = graph.db.statements.count;
      const after = await raw(QUERY);
      expect(graph.db.statements.count).toBeGreaterThan(before);
      expect(after.text).toBe(first.text);
      expect(after.headers.get("etag")).not.toBe(first.headers.get("etag"));
    } finally {
      await graph.db.query("UPDATE seed_state SET hash = left(hash, length(hash) - 1)");
    }
  }, 20_000);
});
