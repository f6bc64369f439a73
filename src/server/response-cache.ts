/**
 * A whole-response cache for the public directory. The directory changes
 * only when the act is reloaded, and most of its reads are the same few
 * operations, so an answer Apollo marked `public` (a directory-only query,
 * sent without an API key, answered without errors: see src/graphql/cache.ts)
 * is kept and served again to the same request without parsing, validating
 * or executing anything.
 *
 * - The key is the request as sent (method, URL query or body text, and the
 *   Accept header, which decides the answer's media type) and the data
 *   version (the seed hash): a re-seed makes every entry unreachable, and the
 *   cache checks the version every `VERSION_CHECK_MS`.
 * - Requests that carry an API key never read or write it; one that sends
 *   `Cache-Control: no-cache` (or `no-store`) is run afresh, as HTTP has it.
 * - Answers carry an ETag (the data version and the key); `If-None-Match`
 *   with it gets 304.
 * - Entries live in memory, least recently used first out, up to a budget in
 *   bytes (`RESPONSE_CACHE_MB`, 0 turns the cache off); with `REDIS_URL`, in
 *   Redis under the same rule, one cache for every process
 *   (src/shared-state/response-store.ts). A store that cannot answer is a miss.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "../db/database.js";
import { seededHash } from "../db/seed.js";
import { DIRECTORY_MAX_AGE_SECONDS } from "../graphql/cache.js";

/** How often the data version is read again: a re-seed reaches readers within this. */
export const VERSION_CHECK_MS = 5_000;

export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Where answers are kept; in memory by default. */
export interface ResponseStore {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse): Promise<void>;
  clear(): Promise<void>;
}

/** Least recently used first out, within a budget of bytes (body and headers, counted as UTF-16). */
export class MemoryResponseStore implements ResponseStore {
  private readonly entries = new Map<string, { value: CachedResponse; size: number }>();
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  async get(key: string): Promise<CachedResponse | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: CachedResponse): Promise<void> {
    const size = 2 * (value.body.length + JSON.stringify(value.headers).length + key.length);
    if (size > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.size -= old.size;
    this.entries.set(key, { value, size });
    this.size += size;
    for (const [oldest, entry] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.size -= entry.size;
    }
  }

  async clear(): Promise<void> {
    this.entries.clear();
    this.size = 0;
  }

  get bytes(): number {
    return this.size;
  }
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  stored: number;
  version: string | null;
}

export interface ResponseCache {
  /**
   * Answers the request from the cache and returns true; or returns a function
   * that keeps the answer Apollo gives, when it may be kept, and returns its ETag;
   * or null for a request the cache does not serve.
   */
  lookup(
    req: IncomingMessage,
    res: ServerResponse,
    body: string,
  ): Promise<true | ((answer: CachedResponse) => string | null) | null>;
  stats(): ResponseCacheStats;
  stop(): void;
}

const hasApiKey = (req: IncomingMessage) => Boolean(req.headers.authorization || req.headers["x-api-key"]);

export async function createResponseCache(db: Database, store: ResponseStore): Promise<ResponseCache> {
  let version = await seededHash(db).catch(() => null);
  const stats = { hits: 0, misses: 0, stored: 0 };
  const checker = setInterval(() => {
    seededHash(db).then(
      async (current) => {
        if (current === version) return;
        version = current;
        await store.clear();
      },
      () => undefined,
    );
  }, VERSION_CHECK_MS);
  checker.unref();

  const keyOf = (req: IncomingMessage, body: string) =>
    createHash("sha256")
      .update(`${version}\u0000${req.method}\u0000${req.url}\u0000${req.headers.accept ?? ""}\u0000${body}`)
      .digest("base64url");

  return {
    async lookup(req, res, body) {
      if (version === null || hasApiKey(req) || (req.method !== "GET" && req.method !== "POST")) return null;
      const asked = `${req.headers["cache-control"] ?? ""} ${req.headers.pragma ?? ""}`;
      if (/\bno-store\b/.test(asked)) return null;
      const key = keyOf(req, body);
      // The ETag names the data version and the request, so it validates without running anything,
      // also for a client that asks for a fresh answer (fetch sends no-cache with If-None-Match).
      const etag = `W/"${version.slice(0, 12)}-${key.slice(0, 16)}"`;
      if (req.headers["if-none-match"] === etag) {
        stats.hits += 1;
        res.writeHead(304, {
          etag,
          "cache-control": `max-age=${DIRECTORY_MAX_AGE_SECONDS}, public`,
          "access-control-allow-origin": "*",
        });
        res.end();
        return true;
      }
      const cached = /\bno-cache\b/.test(asked) ? undefined : await store.get(key);
      if (!cached) {
        stats.misses += 1;
        const seenVersion = version;
        return (answer) => {
          // Only what Apollo itself marked public: a directory read, without a key, without errors.
          if (
            answer.status !== 200 ||
            !/\bpublic\b/.test(answer.headers["cache-control"] ?? "") ||
            version !== seenVersion
          )
            return null;
          stats.stored += 1;
          void store.set(key, { ...answer, headers: { ...answer.headers, etag } });
          return etag;
        };
      }
      stats.hits += 1;
      res.writeHead(cached.status, {
        ...cached.headers,
        "access-control-allow-origin": "*",
        "content-length": Buffer.byteLength(cached.body),
      });
      res.end(cached.body);
      return true;
    },
    stats: () => ({ ...stats, version }),
    stop: () => clearInterval(checker),
  };
}
