/**
 * The open-data routes, mounted by `mountExports(app, db)` (one line in
 * src/server/server.ts):
 *
 * - `/export`: the bulk exports (CSV and NDJSON per table, `datapackage.json`);
 * - `/hsds`: the Open Referral HSDS 3.0 API and its tabular CSV form;
 * - `/cpsv-ap`: the services as CPSV-AP 3.2.0 JSON-LD.
 *
 * Everything is a plain GET (spreadsheets and `curl` can fetch it), public,
 * cacheable for five minutes and tagged with the data version.
 */
import type { Express, NextFunction, Request, RequestHandler, Response } from "express";
import type { Database } from "../../db/database.js";
import { mountCpsvAp } from "./cpsv.routes.js";
import { dataPackage } from "./export.datapackage.js";
import { csvLine, exportHeaders, sendStreamed, UTF8_BOM } from "./export.stream.js";
import { EXPORT_TABLES, type ExportTable, VERSION_COLUMNS } from "./export.tables.js";
import { dataVersion, type DataVersion } from "./export.version.js";
import { mountHsds } from "./hsds.routes.js";

/** Paths the 404 answer lists. */
export const EXPORT_ENDPOINTS = ["/export", "/hsds", "/cpsv-ap/services.jsonld"];

/** A JSON error with a code, as the GraphQL endpoint's request errors have. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: message, code });
}

/** Handlers that need the data version: 503 while the database holds no directory yet. */
export function withVersion(
  db: Database,
  handler: (req: Request, res: Response, version: DataVersion) => Promise<void> | void,
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const version = await dataVersion(db);
      if (!version) {
        sendError(res, 503, "NOT_READY", "the directory is not loaded yet");
        return;
      }
      await handler(req, res, version);
    } catch (error) {
      next(error);
    }
  };
}

/** `?bom=0` (or false/no) leaves the byte-order mark out of a CSV. */
function wantsBom(req: Request): boolean {
  const value = String(req.query.bom ?? "1").toLowerCase();
  return !["0", "false", "no"].includes(value);
}

export function csvBody(db: Database, table: ExportTable, version: DataVersion, bom: boolean) {
  return async function* () {
    const columns = [...table.columns, ...VERSION_COLUMNS];
    yield `${bom ? UTF8_BOM : ""}${csvLine(columns.map((column) => column.name))}`;
    for await (const row of table.rows(db)) {
      yield csvLine([...table.columns.map((column) => row[column.name]), version.hash, version.act.date]);
    }
  };
}

export function ndjsonBody(db: Database, table: ExportTable, version: DataVersion) {
  return async function* () {
    for await (const row of table.rows(db)) {
      const record: Record<string, unknown> = {};
      for (const column of table.columns) record[column.name] = row[column.name] ?? (column.list ? [] : null);
      record.data_version = version.hash;
      record.act_date = version.act.date;
      yield `${JSON.stringify(record)}\n`;
    }
  };
}

const shortVersion = (version: DataVersion) => version.hash.slice(0, 12);

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function indexHtml(version: DataVersion): string {
  const rows = EXPORT_TABLES.map(
    (table) =>
      `<tr><td>${escapeHtml(table.title)} <small>(${escapeHtml(table.kazakh)})</small></td><td><a href="/export/${table.name}.csv">${table.name}.csv</a></td>` +
      `<td><a href="/export/${table.name}.ndjson">${table.name}.ndjson</a></td><td>${escapeHtml(table.description)}</td></tr>`,
  ).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Qyzmet exports</title>
<style>body{font-family:sans-serif;margin:2em;max-width:70em}td{padding:.3em .6em;vertical-align:top;border-bottom:1px solid #ddd}</style></head>
<body><h1>Qyzmet: bulk exports</h1>
<p>Data version <code>${version.hash}</code>, from resolution No. ${escapeHtml(version.act.number)} of ${version.act.date}.
Every file is one row per record; <a href="/export/datapackage.json">datapackage.json</a> describes every column.
CSV files open in Excel and LibreOffice with Cyrillic intact (UTF-8 with a byte-order mark; add <code>?bom=0</code> to leave it out).</p>
<table>${rows}</table>
<p>Standards: <a href="/hsds">HSDS 3.0 API</a> (<a href="/hsds/tabular">tabular CSV</a>), <a href="/cpsv-ap/services.jsonld">CPSV-AP 3.2.0 JSON-LD</a>. GraphQL: <a href="/graphql">/graphql</a>.</p>
</body></html>`;
}

export function mountExports(app: Express, db: Database): void {
  app.get(
    "/export",
    withVersion(db, (req, res, version) => {
      const html = req.accepts(["json", "html"]) === "html";
      exportHeaders(res, version, {
        type: html ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
        filename: html ? "index.html" : "index.json",
        variant: `/export ${html ? "html" : "json"}`,
      });
      res.setHeader("Vary", "Accept");
      if (html) {
        res.send(indexHtml(version));
        return;
      }
      res.json({
        data_version: version.hash,
        act: version.act,
        datapackage: "/export/datapackage.json",
        files: EXPORT_TABLES.map((table) => ({
          name: table.name,
          title: table.title,
          kazakh: table.kazakh,
          description: table.description,
          csv: `/export/${table.name}.csv`,
          ndjson: `/export/${table.name}.ndjson`,
        })),
        standards: { hsds: "/hsds", hsds_tabular: "/hsds/tabular", cpsv_ap: "/cpsv-ap/services.jsonld" },
      });
    }),
  );

  app.get(
    "/export/datapackage.json",
    withVersion(db, (_req, res, version) => {
      exportHeaders(res, version, {
        type: "application/json; charset=utf-8",
        filename: "datapackage.json",
        variant: "/export/datapackage.json",
      });
      res.send(JSON.stringify(dataPackage(version), null, 2));
    }),
  );

  const tables = new Map(EXPORT_TABLES.map((table) => [table.name, table]));
  app.get(
    "/export/:file",
    withVersion(db, async (req, res, version) => {
      const match = /^([a-z_]+)\.(csv|ndjson)$/.exec(String(req.params.file));
      const table = match ? tables.get(match[1]!) : undefined;
      if (!match || !table) {
        sendError(res, 404, "NOT_FOUND", `no export ${req.params.file}; see /export for the list`);
        return;
      }
      const filename = `qyzmet-${table.name}-${shortVersion(version)}.${match[2]}`;
      if (match[2] === "csv") {
        const bom = wantsBom(req);
        await sendStreamed(req, res, version, {
          type: "text/csv; charset=utf-8; header=present",
          filename,
          variant: `/export/${table.name}.csv bom=${bom}`,
          body: csvBody(db, table, version, bom),
        });
      } else {
        await sendStreamed(req, res, version, {
          type: "application/x-ndjson; charset=utf-8",
          filename,
          variant: `/export/${table.name}.ndjson`,
          body: ndjsonBody(db, table, version),
        });
      }
    }),
  );

  mountHsds(app, db);
  mountCpsvAp(app, db);
}
