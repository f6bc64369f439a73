/**
 * The streaming machinery of every export: keyset reads in batches (the
 * same SQL on PGlite and PostgreSQL), CSV and NDJSON encoding, and an HTTP
 * response that pulls the next batch only when the client has taken the
 * last one, so memory stays flat however large the file.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Request, Response } from "express";
import type { Database } from "../../db/database.js";
import type { DataVersion } from "./export.version.js";

/** Rows read per statement. */
export const BATCH_SIZE = 500;

export interface KeysetRead<Row> {
  /** SELECT … with `{where}` where the keyset condition goes (`WHERE {where}` or `AND {where}`), without ORDER BY or LIMIT. */
  sql: string;
  /** The key expressions, in order; the query must return them as `k0`, `k1`, … */
  keys: string[];
  params?: unknown[];
  batchSize?: number;
  map?: (row: Record<string, unknown>) => Row;
}

/**
 * Every row of `read`, in key order, one batch in memory at a time:
 * `WHERE (k0, k1) > ($n, $n+1) ORDER BY k0, k1 LIMIT batch`.
 */
export async function* keysetRows<Row = Record<string, unknown>>(
  db: Database,
  read: KeysetRead<Row>,
): AsyncGenerator<Row> {
  const size = read.batchSize ?? BATCH_SIZE;
  const params = read.params ?? [];
  let last: unknown[] | null = null;
  for (;;) {
    const placeholders = read.keys.map((_, index) => `$${params.length + index + 1}`);
    const condition: string = last ? `(${read.keys.join(", ")}) > (${placeholders.join(", ")})` : "TRUE";
    const sql: string = `${read.sql.replace("{where}", condition)} ORDER BY ${read.keys.join(", ")} LIMIT ${size}`;
    const rows: Record<string, unknown>[] = await db.query<Record<string, unknown>>(
      sql,
      last ? [...params, ...last] : params,
    );
    for (const row of rows) yield (read.map ? read.map(row) : row) as Row;
    if (rows.length < size) return;
    const tail: Record<string, unknown> = rows.at(-1)!;
    last = read.keys.map((_, index): unknown => tail[`k${index}`]);
  }
}

/** Joins the items of a list cell in CSV: « | » (no value of the directory contains «|»). */
export const LIST_SEPARATOR = " | ";

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or leading/trailing space. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value)
    ? value.map((item) => String(item)).join(LIST_SEPARATOR)
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 has it. */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** The byte-order mark that tells Excel a CSV is UTF-8 (see README: "For data journalists"). */
export const UTF8_BOM = "\uFEFF";

/** Groups strings into chunks of about `size` characters, so a socket write carries many rows. */
export async function* chunked(
  lines: AsyncIterable<string> | Iterable<string>,
  size = 64 * 1024,
): AsyncGenerator<string> {
  let buffer = "";
  for await (const line of lines) {
    buffer += line;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

/** Seconds a client or CDN may reuse an export without asking (as the GraphQL directory responses). */
export const EXPORT_MAX_AGE_SECONDS = 300;

export interface StreamedFile {
  type: string;
  /** The file name a browser saves it under. */
  filename: string;
  /** What the body is, beyond the data version: the path and its options. */
  variant: string;
  body: () => AsyncIterable<string>;
}

/** The entity tag of one file of one data version: it changes exactly when the data does. */
export function etagOf(version: DataVersion, variant: string): string {
  return `"${version.hash.slice(0, 32)}-${Buffer.from(variant).toString("base64url")}"`;
}

function notModified(req: Request, etag: string): boolean {
  const header = req.headers["if-none-match"];
  if (!header) return false;
  return header.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed === etag || trimmed === `W/${etag}`;
  });
}

/** Headers every export carries: type, caching from the data version, file name, the version itself. */
export function exportHeaders(
  res: Response,
  version: DataVersion,
  file: Pick<StreamedFile, "type" | "filename" | "variant">,
): string {
  const etag = etagOf(version, file.variant);
  res.setHeader("Content-Type", file.type);
  res.setHeader("Cache-Control", `public, max-age=${EXPORT_MAX_AGE_SECONDS}`);
  res.setHeader("ETag", etag);
  res.setHeader("Content-Disposition", `inline; filename="${file.filename}"`);
  res.setHeader("X-Data-Version", version.hash);
  res.setHeader("X-Act-Date", version.act.date);
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Access-Control-Expose-Headers", "ETag, Content-Disposition, X-Data-Version, X-Act-Date");
  return etag;
}

/**
 * Answers with `file`, streamed: 304 when the client holds this version,
 * headers only for HEAD, else the body pulled batch by batch as the socket
 * drains. A client that goes away stops the reads.
 */
export async function sendStreamed(
  req: Request,
  res: Response,
  version: DataVersion,
  file: StreamedFile,
): Promise<void> {
  const etag = exportHeaders(res, version, file);
  if (notModified(req, etag)) {
    res.status(304).end();
    return;
  }
  if (req.method === "HEAD") {
    res.status(200).end();
    return;
  }
  res.status(200);
  const body = Readable.from(chunked(file.body()), { objectMode: false, highWaterMark: 1 });
  try {
    await pipeline(body, res);
  } catch (error) {
    // A client that hung up is not an error of ours; anything else already cut the response short.
    if ((error as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE") res.destroy(error as Error);
  }
}
