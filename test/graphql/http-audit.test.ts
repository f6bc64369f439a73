/**
 * GraphQL over HTTP: the graphql-http audit suite (`serverAudits`) against
 * the real server. Every MUST and every SHOULD passes.
 */
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../support/database.js";
import { type GraphHarness, startEmptyGraph } from "./support.js";

describe.each(databaseTargets())("GraphQL over HTTP on $name", (target) => {
  let graph: GraphHarness;
  beforeAll(async () => {
    graph = await startEmptyGraph(target);
  });
  afterAll(async () => {
    await graph?.close();
  });

  const audits = serverAudits({ url: () => graph.server.url, fetchFn: fetch });
  // Every MUST, and every SHOULD as well (the MAYs are options: GET with form encoding, variables in GETs).
  for (const audit of audits.filter(
    (candidate) => candidate.name.startsWith("MUST") || candidate.name.startsWith("SHOULD"),
  )) {
    it(`passes the audit "${audit.name}"`, async () => {
      const result = await audit.fn();
      expect(result.status === "ok" ? "ok" : `${result.status}: ${result.reason}`).toBe("ok");
    });
  }
});
