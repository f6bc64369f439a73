/**
 * Every HSDS object and API response the server produces, validated against
 * the standard's own JSON Schemas (../shared/standards/hsds-3.0) with Ajv
 * (JSON Schema 2020-12, formats asserted by ajv-formats): the API's responses
 * against openapi.json's response schemas, every object in full against its
 * schema, and every row of the tabular CSVs against its table's schema with
 * the tabular required columns.
 *
 * The schemas are loaded from the local copies under the URLs they have
 * upstream, so their `$ref`s resolve without network. openapi.json points
 * two responses at compiled/service.json and compiled/organization.json,
 * which the release's folder does not hold: service.json and
 * organization.json (the same objects, not inlined) stand in. It also points
 * /service_at_locations/{id} at the service schema, which a
 * service_at_location cannot meet (no name, no status): that response is
 * validated against service_at_location.json.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { committedSeedData, databaseTargets } from "../support/database.js";
import { type GraphHarness, startSeededGraph } from "../graphql/support.js";
import { describeWithStandards, HSDS_DIR } from "./standards.js";

const SCHEMA_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
// ajv-formats is CommonJS: its function is the default export under Node, `.default` of it under some loaders.
type AddFormats = (ajv: Ajv2020) => unknown;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;
type Json = Record<string, any>;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  // HSDS's annotations beside JSON Schema's own (Frictionless table metadata, examples).
  ajv.addVocabulary([
    "name",
    "path",
    "datapackage_metadata",
    "constraints",
    "example",
    "core",
    "tabular_required",
    "datapackage_type",
  ]);
  for (const file of readdirSync(HSDS_DIR).filter((name) => name.endsWith(".json") && name !== "openapi.json")) {
    ajv.addSchema(JSON.parse(readFileSync(join(HSDS_DIR, file), "utf8")), `${SCHEMA_BASE}${file}`);
  }
  for (const file of ["service_list.json", "organization_list.json", "service_at_location_list.json"]) {
    ajv.addSchema(JSON.parse(readFileSync(join(HSDS_DIR, "compiled", file), "utf8")), `${SCHEMA_BASE}compiled/${file}`);
  }
  return ajv;
}

const openapi = () => JSON.parse(readFileSync(join(HSDS_DIR, "openapi.json"), "utf8"));

/** The response schema of a GET in openapi.json, its Page `$ref` inlined and its missing compiled files replaced (see above). */
function responseSchema(path: string): Json {
  const spec = openapi();
  const schema = structuredClone(spec.paths[path].get.responses["200"].content["application/json"].schema);
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node && typeof node === "object") {
      const object = node as Json;
      if (object.$ref === "#/components/schemas/Page") return spec.components.schemas.Page;
      if (object.$ref === `${SCHEMA_BASE}compiled/service.json`) return { $ref: `${SCHEMA_BASE}service.json` };
      if (object.$ref === `${SCHEMA_BASE}compiled/organization.json`)
        return { $ref: `${SCHEMA_BASE}organization.json` };
      return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, rewrite(value)]));
    }
    return node;
  };
  return rewrite(schema) as Json;
}

// Validating some 25,000 objects takes tens of seconds on a busy machine.
describeWithStandards("HSDS 3.0 output", () => {
  vi.setConfig({ testTimeout: 240_000 });
  const [target] = databaseTargets();
  let graph: GraphHarness;
  let origin: string;
  let ajv: ReturnType<typeof validator>;
  const counts = new Map<string, number>();

  beforeAll(async () => {
    graph = await startSeededGraph(target!);
    origin = new URL(graph.server.url).origin;
    ajv = validator();
  });
  afterAll(async () => {
    console.log(
      `HSDS objects and responses validated, 0 errors: ${[...counts].map(([name, count]) => `${name} ${count}`).join(", ")}`,
    );
    await graph?.close();
  });

  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  function check(name: string, schema: Json | string, value: unknown) {
    const key = typeof schema === "string" ? schema : JSON.stringify(schema);
    let validate = compiled.get(key);
    if (!validate) {
      validate = typeof schema === "string" ? ajv.getSchema(schema)! : ajv.compile(schema);
      compiled.set(key, validate);
    }
    const valid = validate(value);
    expect(valid ? [] : validate.errors?.slice(0, 5), `${name}: ${JSON.stringify(value).slice(0, 300)}`).toEqual([]);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }

  async function get(path: string): Promise<{ status: number; headers: Headers; text: string }> {
    const response = await fetch(`${origin}${path}`);
    // ignoreBOM: keep a byte-order mark, to see that CSVs carry one.
    return {
      status: response.status,
      headers: response.headers,
      text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer()),
    };
  }
  async function getJson(path: string): Promise<Json> {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    return JSON.parse(response.text);
  }
  async function getNdjson(path: string): Promise<Json[]> {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    return response.text
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  }

  it("serves the API's root as openapi.json describes it", async () => {
    check("GET /", responseSchema("/"), await getJson("/hsds"));
  });

  it("pages services, each page and each service valid; 17 standards, item 11 left out", async () => {
    const schema = responseSchema("/services");
    const page = await getJson("/hsds/services?per_page=5&page=2");
    check("GET /services", schema, page);
    expect(page).toMatchObject({
      total_items: 17,
      total_pages: 4,
      page_number: 2,
      size: 5,
      first_page: false,
      last_page: false,
      empty: false,
    });
    for (const variant of [
      "",
      "?full=true",
      "?minimal=true",
      "?search=zhumyssyz",
      "?modified_after=2000-01-01T00:00:00Z",
      "?modified_after=2999-01-01T00:00:00Z",
    ]) {
      check("GET /services", schema, await getJson(`/hsds/services${variant}`));
    }
    expect((await getJson("/hsds/services?modified_after=2999-01-01T00:00:00Z")).total_items).toBe(0);
    expect((await getJson("/hsds/services?search=жұмыссыз")).total_items).toBe(
      (await getJson("/hsds/services?search=zhumyssyz")).total_items,
    );
    const list = await getNdjson("/hsds/services?format=ndjson");
    expect(list).toHaveLength(17);
    for (const item of list) check("service (list)", `${SCHEMA_BASE}compiled/service_list.json`, item);
    const data = committedSeedData();
    for (const service of data.services.filter((candidate) => !candidate.repealed)) {
      const full = await getJson(`/hsds/services/${list.find((item) => item.name === service.title)!.id}`);
      check("GET /services/{id}", responseSchema("/services/{id}"), full);
      check("service", `${SCHEMA_BASE}service.json`, full);
      expect(full.service_at_locations).toHaveLength(
        data.providers.filter((provider) => provider.serviceNumbers.includes(service.number)).length,
      );
      for (const sal of full.service_at_locations)
        check("service_at_location", `${SCHEMA_BASE}service_at_location.json`, sal);
      const documents = (service.documents?.lists ?? []).flatMap((docs) => docs.items);
      expect(full.required_documents.map((document: Json) => document.document)).toEqual(
        documents.map((item) => item.text),
      );
    }
    expect((await get("/hsds/services/11")).status).toBe(404);
  });

  it("serves every organization, in pages and whole, valid, and each one by id", async () => {
    const data = committedSeedData();
    const page = await getJson("/hsds/organizations?per_page=500");
    check("GET /organizations", responseSchema("/organizations"), page);
    expect(page.total_items).toBe(data.providers.length);
    for (const item of page.contents)
      check("organization (list)", `${SCHEMA_BASE}compiled/organization_list.json`, item);
    const full = await getNdjson("/hsds/organizations?format=ndjson&full=true");
    expect(full).toHaveLength(data.providers.length);
    for (const organization of full) check("organization", `${SCHEMA_BASE}organization.json`, organization);
    const akkol = full.find(
      (organization) => organization.organization_identifiers[0].identifier === "authority:akmola:akkol",
    )!;
    const provider = data.providers.find((candidate) => candidate.id === "authority:akmola:akkol")!;
    expect(akkol.name).toBe(provider.name);
    expect(akkol.locations[0].phones.map((phone: Json) => phone.number)).toEqual(
      provider.phones.map((phone) => phone.e164 ?? phone.raw),
    );
    for (const id of [akkol.id, "ministry", "centre:akmola"]) {
      for (const flag of ["", "?full_service=true"])
        check(
          "GET /organizations/{id}",
          responseSchema("/organizations/{id}"),
          await getJson(`/hsds/organizations/${id}${flag}`),
        );
    }
    expect((await getJson("/hsds/organizations?search=akkol")).total_items).toBeGreaterThan(0);
  });

  it("serves every service_at_location, in pages and whole, valid", async () => {
    const data = committedSeedData();
    const links = data.providers.reduce((sum, provider) => sum + provider.serviceNumbers.length, 0);
    let pages = 0;
    let seen = 0;
    for (let page = 1; ; page += 1) {
      const body = await getJson(`/hsds/service_at_locations?per_page=500&page=${page}`);
      check("GET /service_at_locations", responseSchema("/service_at_locations"), body);
      for (const item of body.contents)
        check("service_at_location (list)", `${SCHEMA_BASE}compiled/service_at_location_list.json`, item);
      seen += body.size;
      pages += 1;
      if (body.last_page) break;
    }
    expect(seen).toBe(links);
    expect(pages).toBe(Math.ceil(links / 500));
    const full = await getNdjson("/hsds/service_at_locations?format=ndjson&full=true");
    expect(full).toHaveLength(links);
    for (const item of full) check("service_at_location", `${SCHEMA_BASE}service_at_location.json`, item);
    const one = await getJson(`/hsds/service_at_locations/${full[0]!.id}`);
    check("GET /service_at_locations/{id}", `${SCHEMA_BASE}service_at_location.json`, one);
    const filtered = await getJson(
      `/hsds/service_at_locations?organization_id=${full[0]!.location.organization_id}&postcode=${full[0]!.location.addresses[0]?.postal_code ?? ""}`,
    );
    check("GET /service_at_locations", responseSchema("/service_at_locations"), filtered);
    expect((await get("/hsds/service_at_locations?proximity=1000")).status).toBe(400);
  });

  it("serves the taxonomy of its attributes, valid", async () => {
    const taxonomies = await getJson("/hsds/taxonomies");
    check("GET /taxonomies", responseSchema("/taxonomies"), taxonomies);
    check(
      "GET /taxonomies/{id}",
      responseSchema("/taxonomies/{id}"),
      await getJson(`/hsds/taxonomies/${taxonomies.contents[0].id}`),
    );
    const terms = await getJson("/hsds/taxonomy_terms?per_page=100");
    check("GET /taxonomy_terms", responseSchema("/taxonomy_terms"), terms);
    for (const term of terms.contents)
      check(
        "GET /taxonomy_terms/{id}",
        responseSchema("/taxonomy_terms/{id}"),
        await getJson(`/hsds/taxonomy_terms/${term.id}`),
      );
  });

  it("serves the tabular form: each CSV's columns as tabular.json lists them, every row valid with the tabular required columns", async () => {
    const tabular = JSON.parse(readFileSync(join(HSDS_DIR, "compiled", "tabular.json"), "utf8")).properties as Json;
    const schemaCsv = parse(readFileSync(join(HSDS_DIR, "schema.csv"), "utf8"), {
      columns: true,
      relax_column_count: true,
    }) as Json[];
    const index = await getJson("/hsds/tabular");
    expect(index.files).toHaveLength(Object.keys(tabular).length);
    for (const [name, table] of Object.entries(tabular)) {
      const item = table.items as Json;
      const columns = Object.entries(item.properties as Json)
        .filter(([, property]) => !["array", "object"].includes(property.type) && !property.$ref)
        .map(([column]) => column);
      const response = await get(`/hsds/tabular/${item.path}`);
      expect(response.status, item.path).toBe(200);
      expect(response.text.startsWith("\uFEFF")).toBe(true);
      const rows = parse(response.text, { bom: true, columns: true }) as Record<string, string>[];
      const header = (parse(response.text, { bom: true, to_line: 1 }) as string[][])[0];
      expect(header, item.path).toEqual(columns);
      for (const row of schemaCsv.filter(
        (entry) => entry.table_name === name && entry.type !== "array" && !entry.one_to_many && !entry.one_to_one,
      ))
        expect(columns).toContain(row.name);
      const schema = {
        ...item,
        $id: `${SCHEMA_BASE}tabular-${name}.json`,
        required: [...new Set([...(item.required ?? []), ...(item.tabular_required ?? [])])],
      };
      for (const row of rows) {
        const object: Json = {};
        for (const [column, value] of Object.entries(row)) {
          if (value === "" && !(item.required ?? []).includes(column)) continue;
          object[column] = item.properties[column].type === "number" && value !== "" ? Number(value) : value;
        }
        check(`tabular ${item.path}`, schema, object);
      }
    }
    const services = parse((await get("/hsds/tabular/services.csv")).text, { bom: true, columns: true }) as Json[];
    expect(services).toHaveLength(17);
  });
});
