/**
 * The bulk exports over HTTP from the real server: every CSV opened with a
 * real CSV parser (csv-parse) and its rows counted against GraphQL's
 * totals, NDJSON beside it, `datapackage.json` describing every file and
 * column, the byte-order mark, caching by data version, and a round trip:
 * provider counts per region rebuilt from the NDJSON equal `stats`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { ideHtml } from "../../src/server/ide.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_TABLES } from "../../src/modules/export/export.tables.js";
import { committedSeedData, databaseTargets } from "../support/database.js";
import { type GraphHarness, startSeededGraph } from "../graphql/support.js";

type Json = Record<string, any>;

const COUNTS = `query ExportCounts {
  regions { totalCount } districts { totalCount } conflicts { totalCount } services { totalCount nodes { number
    deadlines { channel } documents { lists { items { code } } } refusalGrounds { grounds { code } termination { code } } suspensionGrounds { grounds { code } } complaints { routes { kind } } } }
  authorities { totalCount } akimatApparatus { totalCount } serviceCentres { totalCount }
  stats { providers listings byRegion { region { slug } providers authorities akimatApparatus serviceCentres } }
  legalAct { date sourceLines(start: 23652, end: 23653) { no text } }
}`;

describe.each(databaseTargets())("bulk exports on $name", (target) => {
  let graph: GraphHarness;
  let origin: string;
  let graphql: Json;
  beforeAll(async () => {
    graph = await startSeededGraph(target);
    origin = new URL(graph.server.url).origin;
    const result = await graph.execute<Json, Record<string, never>>(COUNTS);
    expect(result.errors).toBeUndefined();
    graphql = result.data!;
  });
  afterAll(async () => {
    await graph?.close();
  });

  async function get(path: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${origin}${path}`, { headers });
    return {
      status: response.status,
      headers: response.headers,
      text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer()),
    };
  }
  const csvRows = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];
  const ndjsonRows = (text: string) =>
    text
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Json);

  /** Providers' phones, as GraphQL serves them (no totalCount: crawled). */
  async function graphqlPhones(): Promise<number> {
    let phones = 0;
    for (const field of ["authorities", "akimatApparatus", "serviceCentres"]) {
      let after: string | null = null;
      for (;;) {
        const result: { data?: Json | null } = await graph.execute<Json, Json>(
          `query P($after: String) { ${field}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { phones { raw } } } }`,
          { after },
        );
        const page = result.data![field];
        phones += page.nodes.reduce((sum: number, node: Json) => sum + node.phones.length, 0);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
    }
    return phones;
  }

  it("serves every table as CSV with as many rows as GraphQL counts, and the same as NDJSON", async () => {
    const services = graphql.services.nodes as Json[];
    const sum = (of: (service: Json) => number) => services.reduce((total, service) => total + of(service), 0);
    const expected: Record<string, number> = {
      regions: graphql.regions.totalCount,
      districts: graphql.districts.totalCount,
      providers:
        graphql.authorities.totalCount + graphql.akimatApparatus.totalCount + graphql.serviceCentres.totalCount,
      phones: await graphqlPhones(),
      listings: graphql.stats.listings,
      conflicts: graphql.conflicts.totalCount,
      services: graphql.services.totalCount,
      documents: sum((service) =>
        (service.documents?.lists ?? []).reduce((n: number, list: Json) => n + list.items.length, 0),
      ),
      refusal_grounds: sum(
        (service) =>
          (service.refusalGrounds?.grounds.length ?? 0) +
          (service.refusalGrounds?.termination.length ?? 0) +
          (service.suspensionGrounds?.grounds.length ?? 0),
      ),
      complaint_routes: sum((service) => service.complaints?.routes.length ?? 0),
      deadlines: sum((service) => service.deadlines.length),
      source_lines: committedSeedData().sourceText.split("\n").length,
    };
    expect(expected).toMatchObject({
      regions: 16,
      districts: 212,
      providers: 479,
      listings: 5427,
      conflicts: 325,
      services: 18,
      source_lines: 84765,
    });
    const version = committedSeedData().hash;
    for (const table of EXPORT_TABLES) {
      const csv = await get(`/export/${table.name}.csv`);
      expect(csv.status, table.name).toBe(200);
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
      expect(csv.headers.get("content-disposition")).toBe(
        `inline; filename="qyzmet-${table.name}-${version.slice(0, 12)}.csv"`,
      );
      expect(csv.text.startsWith("\uFEFF"), "a byte-order mark for Excel").toBe(true);
      const rows = csvRows(csv.text);
      expect(rows.length, table.name).toBe(expected[table.name]);
      const header = (parse(csv.text, { bom: true, to_line: 1 }) as string[][])[0];
      expect(header).toEqual([...table.columns.map((column) => column.name), "data_version", "act_date"]);
      expect(rows.every((row) => row.data_version === version && row.act_date === graphql.legalAct.date)).toBe(true);
      const ndjson = await get(`/export/${table.name}.ndjson`);
      expect(ndjson.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
      const records = ndjsonRows(ndjson.text);
      expect(records.length, table.name).toBe(rows.length);
      // The same records: a CSV cell is the NDJSON value, lists joined with « | ».
      for (const [index, record] of records.entries()) {
        for (const column of table.columns) {
          const value = record[column.name];
          const cell = Array.isArray(value) ? value.join(" | ") : value === null ? "" : String(value);
          if (cell !== rows[index]![column.name])
            expect(`${table.name}[${index}].${column.name}: ${rows[index]![column.name]}`).toBe(
              `${table.name}[${index}].${column.name}: ${cell}`,
            );
          if (Array.isArray(value)) for (const item of value) expect(String(item)).not.toContain("|");
        }
      }
    }
  });

  it("agrees with GraphQL on sampled values", async () => {
    const providers = ndjsonRows((await get("/export/providers.ndjson")).text);
    const akkol = providers.find((row) => row.id === "authority:akmola:akkol")!;
    const result = await graph.execute<Json, Record<string, never>>(
      `{ authorities(filter: { districtId: "akmola/akkol" }) { nodes { slug name kind address { full postalCode } phones { raw e164 } services(first: 20) { nodes { number } } listings { id } conflicts { field } } } }`,
    );
    const node = result.data!.authorities.nodes.find((candidate: Json) => candidate.slug === "authority:akmola:akkol");
    expect(akkol).toMatchObject({
      name: node.name,
      kind: node.kind,
      address: node.address.full,
      postal_code: node.address.postalCode,
    });
    expect(akkol.phones).toEqual(node.phones.map((phone: Json) => phone.raw));
    expect(akkol.service_numbers).toEqual(node.services.nodes.map((service: Json) => service.number));
    expect(akkol.listing_count).toBe(node.listings.length);
    expect(akkol.conflict_fields).toEqual(node.conflicts.map((conflict: Json) => conflict.field).sort());
    const lines = ndjsonRows((await get("/export/source_lines.ndjson")).text).filter(
      (row) => row.no === 23652 || row.no === 23653,
    );
    expect(lines.map((row) => ({ no: row.no, text: row.text }))).toEqual(graphql.legalAct.sourceLines);
  });

  it("rebuilds the provider counts per region from the NDJSON: they equal stats", async () => {
    const providers = ndjsonRows((await get("/export/providers.ndjson")).text);
    const rebuilt = new Map<string, Json>();
    for (const provider of providers) {
      const counts = rebuilt.get(provider.region_id) ?? {
        providers: 0,
        authorities: 0,
        akimatApparatus: 0,
        serviceCentres: 0,
      };
      counts.providers += 1;
      if (["DISTRICT_DEPARTMENT", "REGIONAL_ADMINISTRATION", "MINISTRY"].includes(provider.kind))
        counts.authorities += 1;
      else if (provider.kind === "SERVICE_CENTRE") counts.serviceCentres += 1;
      else counts.akimatApparatus += 1;
      rebuilt.set(provider.region_id, counts);
    }
    const stats = graphql.stats.byRegion.map((entry: Json) => ({
      region: entry.region.slug,
      providers: entry.providers,
      authorities: entry.authorities,
      akimatApparatus: entry.akimatApparatus,
      serviceCentres: entry.serviceCentres,
    }));
    expect(stats.map((entry: Json) => ({ region: entry.region, ...rebuilt.get(entry.region) }))).toEqual(stats);
    expect(providers).toHaveLength(graphql.stats.providers);
  });

  it("describes every file and column in datapackage.json, with type, description and Kazakh term", async () => {
    const response = await get("/export/datapackage.json");
    expect(response.status).toBe(200);
    const pack = JSON.parse(response.text);
    expect(pack).toMatchObject({
      profile: "tabular-data-package",
      version: committedSeedData().hash,
      act_date: graphql.legalAct.date,
    });
    expect(pack.resources).toHaveLength(EXPORT_TABLES.length * 2);
    for (const resource of pack.resources) {
      const file = await get(`/export/${resource.path}`);
      expect(file.status, resource.path).toBe(200);
      const names =
        resource.format === "csv"
          ? (parse(file.text, { bom: true, to_line: 1 }) as string[][])[0]
          : Object.keys(JSON.parse(file.text.split("\n")[0]!));
      expect(
        resource.schema.fields.map((field: Json) => field.name),
        resource.path,
      ).toEqual(names);
      for (const field of resource.schema.fields) {
        expect(field.type).toMatch(/^(string|integer|boolean|date|array)$/);
        expect(field.description.length, `${resource.path} ${field.name}`).toBeGreaterThan(3);
        expect(field.kazakh, `${resource.path} ${field.name}`).toMatch(/[\u0400-\u04FF]/);
      }
    }
  });

  it("is documented: every table and column in docs/open-data.md, the README and the IDE link to /export", () => {
    const doc = readFileSync(join(PROJECT_ROOT, "docs", "open-data.md"), "utf8");
    for (const table of EXPORT_TABLES) {
      const section = doc.split(`### \`${table.name}\``)[1]?.split("### ")[0] ?? "";
      expect(section, table.name).not.toBe("");
      for (const column of table.columns)
        expect(section, `${table.name}.${column.name}`).toContain(`| \`${column.name}\` |`);
    }
    const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
    expect(readme).toContain("## For data journalists");
    for (const table of EXPORT_TABLES) expect(readme).toContain(`/export/${table.name}.csv`);
    expect(ideHtml("/graphql")).toContain('href: "/export"');
  });

  it("caches by data version, omits the byte-order mark on request, answers HEAD and refuses unknown files", async () => {
    const first = await get("/export/regions.csv");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}-/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    expect(first.headers.get("x-data-version")).toBe(committedSeedData().hash);
    expect((await get("/export/regions.csv", { "if-none-match": etag })).status).toBe(304);
    const plain = await get("/export/regions.csv?bom=0");
    expect(plain.text.startsWith("id,")).toBe(true);
    expect(plain.headers.get("etag")).not.toBe(etag);
    expect(csvRows(plain.text)[0]!.name).toBe("Ақмола облысы");
    const head = await fetch(`${origin}/export/listings.csv`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBeTruthy();
    expect((await get("/export/nothing.csv")).status).toBe(404);
    expect((await get("/export/regions.xlsx")).status).toBe(404);
    const index = JSON.parse((await get("/export")).text);
    expect(index.files.map((file: Json) => file.name)).toEqual(EXPORT_TABLES.map((table) => table.name));
    expect((await get("/export", { accept: "text/html" })).text).toContain('href="/export/listings.csv"');
  });
});
