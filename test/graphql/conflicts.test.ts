/**
 * The root `conflicts` list and the providers' `hasConflicts` filter, over
 * the whole committed directory. Expected values come from the committed
 * seed data (seeds/data/conflicts.json), not from copies of it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { ConflictsDocument, type ConflictsQuery, ProvidersWithConflictsDocument } from "../generated/graphql.js";
import { committedSeedData, databaseTargets } from "../support/database.js";
import { type GraphHarness, startSeededGraph } from "./support.js";

const data = () => committedSeedData();
const conflictId = (conflict: { providerId: string; field: string }) => `${conflict.providerId}/${conflict.field}`;

describe.each(databaseTargets())("conflicts on $name", (target) => {
  let graph: GraphHarness;
  beforeAll(async () => {
    graph = await startSeededGraph(target);
  });
  afterAll(async () => {
    await graph?.close();
  });

  async function allConflicts(filter?: Record<string, unknown>) {
    const nodes: ConflictsQuery["conflicts"]["edges"][number]["node"][] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const result = await graph.execute(ConflictsDocument, { filter, first: 100, after });
      expect(result.errors).toBeUndefined();
      const page: ConflictsQuery["conflicts"] = result.data!.conflicts;
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return { totalCount: page.totalCount, nodes };
      after = page.pageInfo.endCursor;
    }
  }

  it("lists all 325 conflicts, each once, with the values and listings the seed data holds", async () => {
    const { totalCount, nodes } = await allConflicts();
    expect(totalCount).toBe(data().conflicts.length);
    expect(totalCount).toBe(325);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(325);
    expect(nodes.map((node) => node.id).sort()).toEqual(
      data()
        .conflicts.map((conflict) => toGlobalId("DataConflict", conflictId(conflict)))
        .sort(),
    );
    const atbasar = nodes.find((node) => node.provider.slug === "akimat:akmola:atbasar" && node.field === "emails")!;
    expect(atbasar).toMatchObject({
      chosen: "Atbasar_OORA@mail.ru",
      rule: "sound value over a damaged one",
      ruleKind: "SOUND_VALUE",
    });
    expect(atbasar.values[1]!.listings.map((listing) => listing.id)).toEqual(
      ["s6-a5#akmola-4", "s7-a4#akmola-4"].map((id) => toGlobalId("Listing", id)),
    );
  });

  it("orders them by the act's order of regions, then provider and field", async () => {
    const { nodes } = await allConflicts();
    const position = new Map(data().regions.map((region) => [region.id, region.order]));
    const keys = nodes.map(
      (node) => [position.get(node.provider.region!.slug)!, node.provider.slug, node.field] as const,
    );
    const sorted = [...keys].sort(
      (a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0),
    );
    expect(keys).toEqual(sorted);
  });

  it("filters by field, region, provider kind and rule, alone and together", async () => {
    const conflicts = data().conflicts;
    const providers = new Map(data().providers.map((provider) => [provider.id, provider]));
    const phones = await allConflicts({ field: "PHONES" });
    expect(phones.totalCount).toBe(conflicts.filter((conflict) => conflict.field === "phones").length);
    expect(phones.nodes.every((node) => node.field === "phones")).toBe(true);

    const pavlodar = await allConflicts({ regionId: "pavlodar" });
    expect(pavlodar.totalCount).toBe(
      conflicts.filter((conflict) => providers.get(conflict.providerId)!.regionId === "pavlodar").length,
    );
    expect(pavlodar.totalCount).toBeGreaterThan(0);

    const centres = await allConflicts({ kind: "SERVICE_CENTRE" });
    expect(centres.totalCount).toBe(
      conflicts.filter((conflict) => providers.get(conflict.providerId)!.type === "SERVICE_CENTRE").length,
    );
    expect(centres.nodes.every((node) => node.provider.kind === "SERVICE_CENTRE")).toBe(true);

    for (const [rule, prefix] of [
      ["MAJORITY", "majority"],
      ["TIE", "tie"],
      ["SOUND_VALUE", "sound value"],
    ] as const) {
      const result = await allConflicts({ rule });
      expect(result.totalCount).toBe(conflicts.filter((conflict) => conflict.rule.startsWith(prefix)).length);
      expect(result.nodes.every((node) => node.ruleKind === rule)).toBe(true);
    }
    expect((await allConflicts({ rule: "TIE" })).totalCount).toBe(6);

    const both = await allConflicts({
      field: "SCHEDULE",
      regionId: "almaty-city",
      kind: "DISTRICT_AKIMAT_APPARATUS",
      rule: "MAJORITY",
    });
    const expected = conflicts.filter((conflict) => {
      const provider = providers.get(conflict.providerId)!;
      return (
        conflict.field === "schedule" &&
        provider.regionId === "almaty-city" &&
        provider.type === "AKIMAT_APPARATUS" &&
        provider.akimatLevel === "DISTRICT" &&
        conflict.rule.startsWith("majority")
      );
    });
    expect(both.totalCount).toBe(expected.length);
    expect(both.totalCount).toBeGreaterThan(0);
  });

  it("binds cursors to their list: a cursor of the unfiltered list is refused by a filtered one", async () => {
    const first = await graph.execute(ConflictsDocument, { first: 2 });
    const cursor = first.data!.conflicts.pageInfo.endCursor!;
    const other = await graph.execute(ConflictsDocument, { filter: { field: "PHONES" }, first: 2, after: cursor });
    expect(other.errors?.[0]?.extensions?.code).toBe("INVALID_CURSOR");
    const back = await graph.execute(ConflictsDocument, { last: 1, before: cursor });
    expect(back.data!.conflicts.edges[0]!.cursor).toBe(first.data!.conflicts.edges[0]!.cursor);
    const tooMany = await graph.execute(ConflictsDocument, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_EXCEEDED");
  });

  it("filters providers by whether their listings disagree", async () => {
    const withConflicts = new Set(data().conflicts.map((conflict) => conflict.providerId));
    const all = data().providers;
    const yes = await graph.execute(ProvidersWithConflictsDocument, { hasConflicts: true, first: 100 });
    const no = await graph.execute(ProvidersWithConflictsDocument, { hasConflicts: false, first: 100 });
    expect(yes.errors).toBeUndefined();
    const count = (result: typeof yes) =>
      result.data!.authorities.totalCount +
      result.data!.akimatApparatus.totalCount +
      result.data!.serviceCentres.totalCount;
    expect(count(yes)).toBe(withConflicts.size);
    expect(count(no)).toBe(all.length - withConflicts.size);
    for (const node of [...yes.data!.authorities.nodes, ...yes.data!.akimatApparatus.nodes])
      expect(node.conflicts.length).toBeGreaterThan(0);
    for (const node of [...no.data!.authorities.nodes, ...no.data!.serviceCentres.nodes])
      expect(node.conflicts).toEqual([]);
    const pavlodar = await graph.execute(ProvidersWithConflictsDocument, {
      hasConflicts: true,
      regionId: "pavlodar",
      first: 100,
    });
    expect(count(pavlodar)).toBe(
      all.filter((provider) => provider.regionId === "pavlodar" && withConflicts.has(provider.id)).length,
    );
  });
});
