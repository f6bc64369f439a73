/**
 * The CPSV-AP output, every document of it, against the release's own SHACL
 * shapes (../shared/standards/cpsv-ap-3.2.0/cpsv-ap-SHACL.ttl) with
 * rdf-validate-shacl: zero violations. JSON-LD becomes RDF with jsonld.js,
 * its context loaded from the release's local copy (no network).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import jsonld from "jsonld";
import { Parser, Store } from "n3";
import SHACLValidator from "rdf-validate-shacl";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { CPSV_AP_CONTEXT_URL } from "../../src/modules/export/cpsv.map.js";
import { committedSeedData, databaseTargets } from "../support/database.js";
import { type GraphHarness, startSeededGraph } from "../graphql/support.js";
import { CPSV_AP_DIR, describeWithStandards } from "./standards.js";

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const CPSV = "http://purl.org/vocab/cpsv#";
const CV = "http://data.europa.eu/m8g/";

/** Loads only the release's context, from the local copy; any other URL is an error (no network here). */
const documentLoader = async (url: string) => {
  if (url !== CPSV_AP_CONTEXT_URL) throw new Error(`the JSON-LD refers to ${url}, which the tests do not load`);
  return {
    contextUrl: undefined,
    documentUrl: url,
    document: JSON.parse(readFileSync(join(CPSV_AP_DIR, "cpsv-ap.jsonld"), "utf8")),
  };
};

async function toStore(document: unknown): Promise<Store> {
  const nquads = (await jsonld.toRDF(
    document as jsonld.JsonLdDocument,
    { format: "application/n-quads", documentLoader: documentLoader as never, safe: true } as never,
  )) as unknown as string;
  return new Store(new Parser({ format: "N-Quads" }).parse(nquads));
}

function shapes(): Store {
  return new Store(new Parser().parse(readFileSync(join(CPSV_AP_DIR, "cpsv-ap-SHACL.ttl"), "utf8")));
}

async function violations(data: Store) {
  const report = await new SHACLValidator(shapes() as never).validate(data as never);
  return {
    conforms: report.conforms,
    results: report.results.map(
      (result) =>
        `${result.focusNode?.value} ${result.path?.value ?? ""}: ${result.message.map((message) => message.value).join("; ")} (${result.sourceConstraintComponent?.value})`,
    ),
  };
}

const subjectsOfType = (store: Store, type: string) =>
  store.getSubjects(RDF_TYPE, type, null).map((term) => term.value);

describeWithStandards("CPSV-AP 3.2.0 output", () => {
  vi.setConfig({ testTimeout: 240_000 });
  const [target] = databaseTargets();
  let graph: GraphHarness;
  let origin: string;
  beforeAll(async () => {
    graph = await startSeededGraph(target!);
    origin = new URL(graph.server.url).origin;
  });
  afterAll(async () => {
    await graph?.close();
  });

  it("the release's own example fails the shapes (untyped concepts), which is why every node here is typed", async () => {
    const example = JSON.parse(readFileSync(join(CPSV_AP_DIR, "example-rdf_public_service.jsonld"), "utf8"));
    const result = await violations(await toStore(example));
    expect(result.conforms).toBe(false);
    expect(result.results.filter((line) => line.includes("ClassConstraintComponent")).length).toBeGreaterThan(0);
  });

  it("validates the document of all services with zero violations, and it holds what GraphQL serves", async () => {
    const response = await fetch(`${origin}/cpsv-ap/services.jsonld`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const store = await toStore(await response.json());
    const result = await violations(store);
    console.log(
      `CPSV-AP, all services: ${store.size} triples, ${store.getSubjects(null, null, null).length} nodes, ${result.results.length} violations`,
    );
    expect(result.results).toEqual([]);
    expect(result.conforms).toBe(true);

    const data = committedSeedData();
    const services = subjectsOfType(store, `${CPSV}PublicService`);
    expect(services).toHaveLength(data.services.filter((service) => !service.repealed).length);
    const six = `${origin}/cpsv-ap/services/6`;
    expect(store.getObjects(six, "http://purl.org/dc/terms/title", null)[0]!.value).toBe(
      data.services.find((service) => service.number === 6)!.title,
    );
    // Competent authorities: the authorities whose lists for service 6 name them.
    const authorities = data.providers
      .filter((provider) => provider.type === "AUTHORITY" && provider.serviceNumbers.includes(6))
      .map((provider) => `${origin}/cpsv-ap/organisations/${provider.id}`);
    expect(
      store
        .getObjects(six, `${CV}hasCompetentAuthority`, null)
        .map((term) => term.value)
        .sort(),
    ).toEqual(authorities.sort());
    // Every provider a list names is a typed organisation, once.
    expect(subjectsOfType(store, `${CV}PublicOrganisation`)).toHaveLength(data.providers.length);
    // Documents as evidence: as many as the documents export has rows for the 17 standards.
    const items = data.services.flatMap((service) => (service.documents?.lists ?? []).flatMap((list) => list.items));
    expect(subjectsOfType(store, `${CV}Evidence`)).toHaveLength(items.length);
  });

  it("validates each service's own document with zero violations", async () => {
    let total = 0;
    for (const service of committedSeedData().services.filter((candidate) => !candidate.repealed)) {
      const response = await fetch(`${origin}/cpsv-ap/services/${service.number}.jsonld`);
      expect(response.status).toBe(200);
      const store = await toStore(await response.json());
      const result = await violations(store);
      expect(result.results, `service ${service.number}`).toEqual([]);
      expect(subjectsOfType(store, `${CPSV}PublicService`)).toEqual([`${origin}/cpsv-ap/services/${service.number}`]);
      total += store.size;
    }
    console.log(`CPSV-AP, 17 service documents: ${total} triples, 0 violations`);
    expect((await fetch(`${origin}/cpsv-ap/services/11.jsonld`)).status).toBe(404);
    expect((await fetch(`${origin}/cpsv-ap/services/6`)).status).toBe(200);
  });
});
