/**
 * The HSDS 3.0 API (the standard's openapi.json) at /hsds, over the objects
 * of hsds.map.ts, and the tabular CSV form at /hsds/tabular.
 *
 * Lists page with `page` (from 1) and `per_page` (default 50, at most 500)
 * and answer the standard's Page object; `format=ndjson` streams every
 * result instead, one object a line, without paging. `search` matches every
 * word against names in either script (as GraphQL's `text` filters),
 * `modified_after` compares with the time this server loaded the data
 * version (every record's `last_modified`), `organization_id`,
 * `taxonomy_term_id` and `taxonomy_id` narrow as the standard says,
 * `postcode` matches the location's postal code; `proximity` is refused
 * (the directory has no coordinates).
 */
import type { Express, Request, Response } from "express";
import type { Database } from "../../db/database.js";
import { BadInputError } from "../../graphql/errors.js";
import { searchWords } from "../search/search.text.js";
import { csvLine, exportHeaders, sendStreamed, UTF8_BOM } from "./export.stream.js";
import { sendError, withVersion } from "./export.routes.js";
import type { DataVersion } from "./export.version.js";
import {
  HSDS_OPENAPI_URL,
  HSDS_PROFILE,
  HSDS_VERSION,
  type HsdsContext,
  hsdsContext,
  type HsdsObject,
  organizationBasic,
  organizationFull,
  organizationId,
  PROVIDER_SQL,
  type ProviderRecord,
  salFull,
  salId,
  salListItem,
  type SalRecord,
  serviceFullHead,
  serviceListItem,
  serviceUuid,
  TAXONOMY,
  taxonomyTerms,
} from "./hsds.map.js";
import { providerRecords, salRecords } from "./hsds.sources.js";
import { TABULAR_TABLES } from "./hsds.tabular.js";

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;

class RequestError extends Error {}

function integer(req: Request, name: string, fallback: number, min: number, max: number): number {
  const raw = req.query[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(String(raw)) || value < min || value > max)
    throw new RequestError(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

function flag(req: Request, name: string): boolean {
  return ["true", "1", "yes"].includes(String(req.query[name] ?? "").toLowerCase());
}

function text(req: Request, name: string): string | null {
  const raw = req.query[name];
  if (raw === undefined || raw === "") return null;
  if (typeof raw !== "string") throw new RequestError(`${name} must be given once`);
  return raw;
}

interface Query {
  page: number;
  perPage: number;
  ndjson: boolean;
  full: boolean;
  words: string[] | null;
  modifiedAfter: Date | null;
  organizationId: string | null;
  taxonomyTermId: string | null;
  taxonomyId: string | null;
  postcode: string | null;
}

function readQuery(req: Request): Query {
  const format = text(req, "format") ?? "json";
  if (format !== "json" && format !== "ndjson") throw new RequestError("format must be json or ndjson");
  if (text(req, "proximity") !== null)
    throw new RequestError("proximity is not supported: the directory has no coordinates (filter by postcode instead)");
  const search = text(req, "search");
  let words: string[] | null = null;
  try {
    words = search === null ? null : searchWords(search);
  } catch (error) {
    if (error instanceof BadInputError) throw new RequestError(error.message);
    throw error;
  }
  const modified = text(req, "modified_after");
  const modifiedAfter = modified === null ? null : new Date(modified);
  if (modifiedAfter && Number.isNaN(modifiedAfter.getTime()))
    throw new RequestError("modified_after must be an ISO 8601 date-time");
  return {
    page: integer(req, "page", 1, 1, 1_000_000),
    perPage: integer(req, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
    ndjson: format === "ndjson",
    full: flag(req, "full"),
    words,
    modifiedAfter,
    organizationId: text(req, "organization_id"),
    taxonomyTermId: text(req, "taxonomy_term_id"),
    taxonomyId: text(req, "taxonomy_id"),
    postcode: text(req, "postcode"),
  };
}

const matchesWords = (words: string[] | null, ...keys: string[]) =>
  !words || words.every((word) => keys.some((key) => key.includes(word)));
const TERM_IDS = new Set(taxonomyTerms().map((term) => term.id as string));
/** Whether a (full) object carries an attribute of the term, or of any term of the taxonomy. */
function matchesTaxonomy(query: Query, full: HsdsObject): boolean {
  if (!query.taxonomyTermId && !query.taxonomyId) return true;
  const json = JSON.stringify(full);
  if (query.taxonomyTermId && !json.includes(`"taxonomy_term_id":"${query.taxonomyTermId}"`)) return false;
  if (query.taxonomyId && (query.taxonomyId !== TAXONOMY.id || ![...TERM_IDS].some((id) => json.includes(id))))
    return false;
  return true;
}
const freshEnough = (query: Query, version: DataVersion) =>
  !query.modifiedAfter || version.loadedAt.getTime() >= query.modifiedAfter.getTime();

/** Answers a list: a Page of `per_page` items, or every item as NDJSON. */
async function sendList(
  req: Request,
  res: Response,
  version: DataVersion,
  query: Query,
  name: string,
  items: () => AsyncIterable<HsdsObject>,
): Promise<void> {
  const variant = `${req.path}?${new URLSearchParams(req.query as Record<string, string>).toString()}`;
  if (query.ndjson) {
    await sendStreamed(req, res, version, {
      type: "application/x-ndjson; charset=utf-8",
      filename: `qyzmet-hsds-${name}-${version.hash.slice(0, 12)}.ndjson`,
      variant,
      body: async function* () {
        for await (const item of items()) yield `${JSON.stringify(item)}\n`;
      },
    });
    return;
  }
  const start = (query.page - 1) * query.perPage;
  const contents: HsdsObject[] = [];
  let total = 0;
  for await (const item of items()) {
    if (total >= start && total < start + query.perPage) contents.push(item);
    total += 1;
  }
  const totalPages = Math.ceil(total / query.perPage);
  exportHeaders(res, version, {
    type: "application/json; charset=utf-8",
    filename: `qyzmet-hsds-${name}-page-${query.page}.json`,
    variant,
  });
  res.json({
    total_items: total,
    total_pages: totalPages,
    page_number: query.page,
    size: contents.length,
    first_page: query.page === 1,
    last_page: query.page >= totalPages,
    empty: contents.length === 0,
    contents,
  });
}

function sendObject(res: Response, version: DataVersion, variant: string, name: string, object: unknown): void {
  exportHeaders(res, version, {
    type: "application/json; charset=utf-8",
    filename: `qyzmet-hsds-${name}.json`,
    variant,
  });
  res.json(object);
}

/** A provider's slug from its organization UUID (479 hashes: cheap). */
async function providerSlugOf(db: Database, uuid: string): Promise<string | null> {
  const rows = await db.query<{ id: string }>(`SELECT id FROM provider`);
  return rows.find((row) => organizationId(row.id) === uuid || row.id === uuid)?.id ?? null;
}

export function mountHsds(app: Express, db: Database): void {
  const route = (
    path: string,
    handler: (req: Request, res: Response, version: DataVersion, ctx: HsdsContext) => Promise<void>,
  ) =>
    app.get(
      path,
      withVersion(db, async (req, res, version) => {
        try {
          await handler(req, res, version, await hsdsContext(db, version));
        } catch (error) {
          if (error instanceof RequestError) sendError(res, 400, "BAD_REQUEST", error.message);
          else throw error;
        }
      }),
    );

  route("/hsds", async (_req, res, version) => {
    sendObject(res, version, "/hsds", "api", {
      version: HSDS_VERSION,
      profile: HSDS_PROFILE,
      openapi_url: HSDS_OPENAPI_URL,
      data_version: version.hash,
      act: version.act,
      tabular: "/hsds/tabular",
    });
  });

  route("/hsds/services", async (req, res, version, ctx) => {
    const query = readQuery(req);
    const minimal = flag(req, "minimal");
    let linked: Set<number> | null = null;
    if (query.organizationId) {
      const slug = await providerSlugOf(db, query.organizationId);
      const numbers = slug
        ? await db.query<{ number: number }>(
            `SELECT s.number FROM provider_service ps JOIN service s ON s.id = ps.service_id WHERE ps.provider_id = $1`,
            [slug],
          )
        : [];
      linked = new Set(numbers.map((row) => row.number));
    }
    await sendList(req, res, version, query, "services", async function* () {
      if (!freshEnough(query, version)) return;
      for (const service of ctx.services.values()) {
        if (linked && !linked.has(service.number)) continue;
        if (!matchesWords(query.words, service.search_key)) continue;
        const full = serviceFullHead(service, ctx);
        if (!matchesTaxonomy(query, full)) continue;
        if (minimal) yield { id: full.id, name: full.name, status: full.status, last_modified: full.last_modified };
        else yield query.full ? full : serviceListItem(service, ctx);
      }
    });
  });

  route("/hsds/services/:id", async (req, res, version, ctx) => {
    const id = String(req.params.id);
    const service = [...ctx.services.values()].find(
      (candidate) => serviceUuid(candidate.number) === id || String(candidate.number) === id,
    );
    if (!service) {
      sendError(res, 404, "NOT_FOUND", `no service ${id} (a service's UUID, or its number 1–18 but 11)`);
      return;
    }
    const head = JSON.stringify(serviceFullHead(service, ctx));
    await sendStreamed(req, res, version, {
      type: "application/json; charset=utf-8",
      filename: `qyzmet-hsds-service-${service.number}.json`,
      variant: `/hsds/services/${service.number}`,
      body: async function* () {
        yield `${head.slice(0, -1)},"service_at_locations":[`;
        let first = true;
        for await (const row of salRecords(db, "s.number = $1", [service.number])) {
          yield `${first ? "" : ","}${JSON.stringify(salFull(row, ctx))}`;
          first = false;
        }
        yield "]}";
      },
    });
  });

  route("/hsds/organizations", async (req, res, version, ctx) => {
    const query = readQuery(req);
    await sendList(req, res, version, query, "organizations", async function* () {
      if (!freshEnough(query, version)) return;
      for await (const row of providerRecords(db)) {
        if (!matchesWords(query.words, row.search_key)) continue;
        yield query.full ? organizationFull(row, ctx) : organizationBasic(row);
      }
    });
  });

  route("/hsds/organizations/:id", async (req, res, version, ctx) => {
    const slug = await providerSlugOf(db, String(req.params.id));
    const [row] = slug ? await db.query<ProviderRecord>(PROVIDER_SQL.replace("{where}", "p.id = $1"), [slug]) : [];
    if (!row) {
      sendError(
        res,
        404,
        "NOT_FOUND",
        `no organization ${req.params.id} (an organization's UUID or a provider's slug)`,
      );
      return;
    }
    const fullService = flag(req, "full_service");
    const services: HsdsObject[] = [];
    const sals: SalRecord[] = [];
    for await (const sal of salRecords(db, "p.id = $1", [row.id])) sals.push(sal);
    for (const number of row.service_numbers) {
      const service = ctx.services.get(number);
      if (!service) continue;
      services.push(
        fullService
          ? {
              ...serviceFullHead(service, ctx),
              service_at_locations: sals.filter((sal) => sal.number === number).map((sal) => salFull(sal, ctx)),
            }
          : { id: serviceUuid(number), name: service.title, status: "inactive" },
      );
    }
    sendObject(
      res,
      version,
      `/hsds/organizations/${row.id} full_service=${fullService}`,
      `organization-${row.id.replace(/:/g, "-")}`,
      { ...organizationFull(row, ctx), services },
    );
  });

  route("/hsds/service_at_locations", async (req, res, version, ctx) => {
    const query = readQuery(req);
    const slug = query.organizationId ? await providerSlugOf(db, query.organizationId) : null;
    await sendList(req, res, version, query, "service_at_locations", async function* () {
      if (!freshEnough(query, version)) return;
      if (query.organizationId && !slug) return;
      for await (const row of slug ? salRecords(db, "p.id = $1", [slug]) : salRecords(db)) {
        if (!matchesWords(query.words, row.search_key, ctx.services.get(row.number)!.search_key)) continue;
        if (query.postcode && (row.address as { postalCode?: string } | null)?.postalCode !== query.postcode) continue;
        const full = salFull(row, ctx);
        if (!matchesTaxonomy(query, full)) continue;
        yield query.full ? full : salListItem(row, ctx);
      }
    });
  });

  route("/hsds/service_at_locations/:id", async (req, res, version, ctx) => {
    const id = String(req.params.id);
    const links = await db.query<{ provider_id: string; number: number }>(
      `SELECT ps.provider_id, s.number FROM provider_service ps JOIN service s ON s.id = ps.service_id WHERE NOT s.repealed`,
    );
    const link = links.find((candidate) => salId(candidate.provider_id, candidate.number) === id);
    let row: SalRecord | undefined;
    if (link)
      for await (const candidate of salRecords(db, "p.id = $1 AND s.number = $2", [link.provider_id, link.number]))
        row = candidate;
    if (!row) {
      sendError(res, 404, "NOT_FOUND", `no service_at_location ${id}`);
      return;
    }
    sendObject(res, version, `/hsds/service_at_locations/${id}`, `service-at-location-${id}`, salFull(row, ctx));
  });

  route("/hsds/taxonomies", async (req, res, version) => {
    const query = readQuery(req);
    await sendList(req, res, version, query, "taxonomies", async function* () {
      if (matchesWords(query.words, TAXONOMY.name, TAXONOMY.description.toLowerCase())) yield TAXONOMY;
    });
  });

  route("/hsds/taxonomies/:id", async (req, res, version) => {
    if (req.params.id !== TAXONOMY.id && req.params.id !== TAXONOMY.name) {
      sendError(res, 404, "NOT_FOUND", `no taxonomy ${req.params.id}`);
      return;
    }
    sendObject(res, version, "/hsds/taxonomies/qyzmet", "taxonomy", TAXONOMY);
  });

  route("/hsds/taxonomy_terms", async (req, res, version) => {
    const query = readQuery(req);
    const parent = text(req, "parent_id");
    await sendList(req, res, version, query, "taxonomy_terms", async function* () {
      if (parent !== null) return;
      for (const term of taxonomyTerms()) {
        if (query.taxonomyId && query.taxonomyId !== TAXONOMY.id) continue;
        if (
          matchesWords(
            query.words,
            String(term.code),
            String(term.name).toLowerCase(),
            String(term.description).toLowerCase(),
          )
        )
          yield term;
      }
    });
  });

  route("/hsds/taxonomy_terms/:id", async (req, res, version) => {
    const term = taxonomyTerms().find(
      (candidate) => candidate.id === req.params.id || candidate.code === req.params.id,
    );
    if (!term) {
      sendError(res, 404, "NOT_FOUND", `no taxonomy term ${req.params.id}`);
      return;
    }
    sendObject(res, version, `/hsds/taxonomy_terms/${term.code}`, `taxonomy-term-${term.code}`, term);
  });

  route("/hsds/tabular", async (_req, res, version) => {
    sendObject(res, version, "/hsds/tabular", "tabular", {
      description:
        "HSDS 3.0's tabular form: one CSV per table, columns as the standard's schema/compiled/tabular.json lists them, UTF-8 with a byte-order mark (?bom=0 leaves it out).",
      data_version: version.hash,
      files: TABULAR_TABLES.map((table) => ({ table: table.table, path: `/hsds/tabular/${table.path}` })),
    });
  });

  const tabular = new Map(TABULAR_TABLES.map((table) => [table.path, table]));
  route("/hsds/tabular/:file", async (req, res, version, ctx) => {
    const table = tabular.get(String(req.params.file));
    if (!table) {
      sendError(res, 404, "NOT_FOUND", `no tabular file ${req.params.file}; see /hsds/tabular`);
      return;
    }
    const bom = !["0", "false", "no"].includes(String(req.query.bom ?? "1").toLowerCase());
    await sendStreamed(req, res, version, {
      type: "text/csv; charset=utf-8; header=present",
      filename: `qyzmet-hsds-${table.path}`,
      variant: `/hsds/tabular/${table.path} bom=${bom}`,
      body: async function* () {
        yield `${bom ? UTF8_BOM : ""}${csvLine(table.columns)}`;
        for await (const row of table.rows(db, ctx)) yield csvLine(table.columns.map((column) => row[column]));
      },
    });
  });
}
