/**
 * Search the way people type, through the real server on each database:
 * contacts with the field that matched, aliases and typo corrections said
 * back, and text filters that take aliases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { AuthoritiesDocument, DistrictsDocument, RegionsDocument, SearchDocument } from "../generated/graphql.js";
import { databaseTargets } from "../support/database.js";
import { type GraphHarness, startSeededGraph } from "../graphql/support.js";

describe.each(databaseTargets())("search on $name", (target) => {
  let graph: GraphHarness;
  beforeAll(async () => {
    graph = await startSeededGraph(target);
  });
  afterAll(async () => {
    await graph?.close();
  });

  async function search(query: string, kinds?: string[]) {
    const result = await graph.execute(SearchDocument, { query, kinds: kinds as never, first: 5 });
    expect(result.errors, query).toBeUndefined();
    return result.data!.search;
  }

  it("finds a provider by any spelling of its phone number, and says which number matched", async () => {
    const ekibastuz = toGlobalId("Authority", "authority:pavlodar:ekibastuz");
    for (const typed of [
      "8-71877 7-07-56",
      "8 (71877) 7-07-56",
      "+7 718 777 0756",
      "87187770756",
      "7187770756",
      "7-07-56",
    ]) {
      const found = await search(typed);
      expect(found.edges[0], typed).toMatchObject({
        matchedField: "PHONE",
        matchedText: "8-71877 7-07-56",
        node: { id: ekibastuz },
      });
    }
  });

  it("finds providers by e-mail, web site and address, and says which field matched", async () => {
    expect((await search("bostan_zan@mail.ru")).edges[0]).toMatchObject({
      matchedField: "EMAIL",
      matchedText: "bostan_zan@mail.ru",
      node: { id: toGlobalId("Authority", "authority:almaty-city:bostandyk") },
    });
    expect((await search("akimat-temirtau.kz")).edges[0]).toMatchObject({
      matchedField: "WEBSITE",
      node: { id: toGlobalId("AkimatApparatus", "akimat:karaganda:temirtau") },
    });
    const street = await search("Мәшһүр Жүсіп көшесі 87");
    expect(street.edges[0]).toMatchObject({
      matchedField: "ADDRESS",
      matchedText: "Екібастұз қаласы, Мәшһүр Жүсіп көшесі, 87 а",
    });
    // A name that matches outranks an address that does.
    const akkol = await search("Ақкөл");
    expect(akkol.edges.slice(0, 3).every((edge) => edge.matchedField === "NAME")).toBe(true);
  });

  it("finds places by their official Russian and former names, and says which alias it read, with its source", async () => {
    const oral = await search("Уральск");
    expect(oral.edges[0]).toMatchObject({
      matchedField: "ALIAS",
      matchedText: "Уральск",
      matchedName: "Орал қаласы",
      node: { id: toGlobalId("District", "west-kazakhstan/oral") },
    });
    expect(oral.interpretations).toEqual([
      { typed: "uralsk", readAs: "oral", reason: "ALIAS", source: "kato", similarity: null },
    ]);
    // The alias also stands for Орал inside other names.
    expect(oral.edges.map((edge) => edge.node.id)).toContain(toGlobalId("Authority", "authority:west-kazakhstan:oral"));
    expect((await search("Петропавловск")).interpretations[0]).toMatchObject({ reason: "ALIAS", source: "act" });
    expect((await search("Семипалатинск")).edges[0]?.node.id).toBe(toGlobalId("District", "east-kazakhstan/semei"));
  });

  it("reads ЦОН as a service centre", async () => {
    const found = await search("ЦОН Медеу");
    expect(found.edges[0]?.node).toMatchObject({
      __typename: "ServiceCentre",
      id: toGlobalId("ServiceCentre", "centre:almaty-city:medeu"),
    });
    expect(found.interpretations.map((interpretation) => interpretation.readAs)).toContain("hko");
  });

  it("corrects a typo against the directory's words by trigram similarity, and says so", async () => {
    const found = await search("Pavladar");
    expect(found.edges[0]?.node.id).toBe(toGlobalId("Region", "pavlodar"));
    expect(found.interpretations[0]).toMatchObject({
      typed: "pavladar",
      readAs: "pavlodar",
      reason: "TYPO",
      source: null,
    });
    expect(found.interpretations[0]!.similarity).toBeGreaterThanOrEqual(0.3);
    expect(found.edges[0]!.score).toBeLessThan(0.9);
    // A word the directory holds is not corrected.
    expect((await search("Павлодар")).interpretations).toEqual([]);
  });

  it("leaves out a word nothing holds or is near, and stop words, when other words remain", async () => {
    const found = await search("Ministry of Labour");
    expect(found.edges[0]?.node.id).toBe(toGlobalId("Authority", "ministry"));
    expect(found.interpretations).toContainEqual({
      typed: "labour",
      readAs: "",
      reason: "IGNORED",
      source: null,
      similarity: null,
    });
    // Alone, such a word is kept: it finds nothing rather than everything.
    expect((await search("qwxzv")).totalCount).toBe(0);
  });

  it("keeps to the kinds asked for, contacts included", async () => {
    expect((await search("aktau@enbek.kz", ["DISTRICT"])).totalCount).toBe(0);
    expect((await search("7-07-56", ["SERVICE_CENTRE"])).totalCount).toBe(0);
  });

  it("takes aliases in text filters too (typos are corrected by search only)", async () => {
    const districts = await graph.execute(DistrictsDocument, { filter: { text: "Уральск" } });
    expect(districts.errors).toBeUndefined();
    expect(districts.data!.districts.nodes.map((district) => district.slug)).toEqual(["west-kazakhstan/oral"]);
    const regions = await graph.execute(RegionsDocument, { filter: { text: "Карагандинская область" } });
    expect(regions.data!.regions.edges.map((edge) => edge.node.slug)).toEqual(["karaganda"]);
    const authorities = await graph.execute(AuthoritiesDocument, { filter: { text: "отдел Уральск" } });
    expect(authorities.data!.authorities.edges.map((edge) => edge.node.id)).toEqual([
      toGlobalId("Authority", "authority:west-kazakhstan:oral"),
    ]);
    const typo = await graph.execute(DistrictsDocument, { filter: { text: "Pavladar" } });
    expect(typo.data!.districts.totalCount).toBe(0);
  });
});
