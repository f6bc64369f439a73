/**
 * Search's judged relevance set (relevance.json), run through the real server
 * on each database: precision@1 (the first result is one the judges put
 * first) and recall@5 (how many of those are among the first five, out of at
 * most five). The goal is precision@1 ≥ 0.95; the measures and every miss
 * are printed.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGlobalId } from "../../src/graphql/global-id.js";
import { committedSeedData, databaseTargets } from "../support/database.js";
import { type GraphHarness, startSeededGraph } from "../graphql/support.js";

interface Judged {
  group: string;
  query: string;
  first: string[];
  note?: string;
}

const SET: { queries: Judged[] } = JSON.parse(readFileSync(new URL("./relevance.json", import.meta.url), "utf8"));

const GOAL = { precisionAt1: 0.95, recallAt5: 0.9 };

const SEARCH = `query Judged($query: String!) {
  search(query: $query, first: 5) {
    edges { score matchedField matchedText node { ... on Node { id } } }
  }
}`;

describe("the judged relevance set", () => {
  it("has at least 60 queries, each naming records that exist, and every reported failure among them", () => {
    expect(SET.queries.length).toBeGreaterThanOrEqual(60);
    const data = committedSeedData();
    const known = new Set([
      ...data.regions.map((row) => `Region:${row.id}`),
      ...data.districts.map((row) => `District:${row.id}`),
      ...data.services.map((row) => `Service:service-${row.number}`),
      ...data.providers.map(
        (row) =>
          `${{ AUTHORITY: "Authority", AKIMAT_APPARATUS: "AkimatApparatus", SERVICE_CENTRE: "ServiceCentre" }[row.type]}:${row.id}`,
      ),
    ]);
    for (const judged of SET.queries) {
      expect(judged.first.length, judged.query).toBeGreaterThan(0);
      for (const id of judged.first) expect(known.has(id), `${judged.query}: ${id}`).toBe(true);
    }
    const reported = [
      "Kostanay",
      "Semey",
      "Kapshagay",
      "Baykonur",
      "Караганда",
      "Усть-Каменогорск",
      "Уральск",
      "Чимкент",
      "Петропавловск",
      "ЦОН",
      "Pavladar",
      "Aktube",
    ];
    expect(SET.queries.map((judged) => judged.query)).toEqual(expect.arrayContaining(reported));
  });
});

describe.each(databaseTargets())("search relevance on $name", (target) => {
  let graph: GraphHarness;
  beforeAll(async () => {
    graph = await startSeededGraph(target);
  });
  afterAll(async () => {
    await graph?.close();
  });

  it(`reaches precision@1 ≥ ${GOAL.precisionAt1} and recall@5 ≥ ${GOAL.recallAt5}`, async () => {
    let hitsAt1 = 0;
    let recall = 0;
    const misses: string[] = [];
    for (const judged of SET.queries) {
      const result: any = await graph.execute(SEARCH, { query: judged.query });
      expect(result.errors, judged.query).toBeUndefined();
      const edges: { score: number; matchedField: string; matchedText: string; node: { id: string } }[] =
        result.data.search.edges;
      const found = edges.map((edge) => {
        const decoded = readGlobalId(edge.node.id)!;
        return `${decoded.type}:${decoded.id}`;
      });
      const wanted = new Set(judged.first);
      const first = found[0] !== undefined && wanted.has(found[0]);
      const inTop5 = found.filter((id) => wanted.has(id)).length;
      hitsAt1 += first ? 1 : 0;
      recall += inTop5 / Math.min(wanted.size, 5);
      if (!first || inTop5 < Math.min(wanted.size, 5)) {
        misses.push(
          `  «${judged.query}» [${judged.group}]: got ${found.map((id, i) => `${id} (${edges[i]!.score.toFixed(2)} ${edges[i]!.matchedField})`).join(", ") || "nothing"}; want ${judged.first.slice(0, 3).join(" | ")}${judged.first.length > 3 ? " …" : ""}`,
        );
      }
    }
    const precisionAt1 = hitsAt1 / SET.queries.length;
    const recallAt5 = recall / SET.queries.length;
    console.log(
      `search relevance on ${target.name}: ${SET.queries.length} queries, precision@1 ${precisionAt1.toFixed(3)}, recall@5 ${recallAt5.toFixed(3)}` +
        (misses.length ? `\n${misses.join("\n")}` : ""),
    );
    expect(precisionAt1).toBeGreaterThanOrEqual(GOAL.precisionAt1);
    expect(recallAt5).toBeGreaterThanOrEqual(GOAL.recallAt5);
  }, 300_000);
});
