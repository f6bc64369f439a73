/**
 * The public reads' response cache (src/server/response-cache.ts) in Redis,
 * shared by every process, with the in-memory store's semantics: least
 * recently used first out within a budget of bytes (`RESPONSE_CACHE_MB`).
 *
 * The budget is kept by the store itself, not left to Redis' `maxmemory`:
 * a shared Redis usually has no eviction policy set (or one that would
 * evict the limiter's counts first). Three keys:
 *
 * - `rc:entries`, a hash: request key → the answer as JSON;
 * - `rc:lru`, a sorted set: request key → when it was last used (Redis' clock, in µs);
 * - `rc:bytes`: the bytes held (key and JSON, as Redis counts them).
 *
 * Each read and write is one Lua script, so processes racing each other
 * cannot tear the bookkeeping. Keys already carry the data version (the seed
 * hash), so a re-seed needs no coordination: an old version's answers are
 * never read again and are the first out. `clear()` therefore does nothing
 * here (each process notices a re-seed on its own clock; one clearing the
 * shared cache would throw away what the quicker ones already stored).
 *
 * With Redis down, every read is a miss and every write is dropped: the
 * request runs, as with the cache off.
 */
import type { Redis } from "ioredis";
import type { CachedResponse, ResponseStore } from "../server/response-cache.js";

const KEYS = ["rc:entries", "rc:lru", "rc:bytes"] as const;

const GET = `
local value = redis.call('HGET', KEYS[1], ARGV[1])
if value then
  local now = redis.call('TIME')
  redis.call('ZADD', KEYS[2], 'XX', now[1] * 1000000 + now[2], ARGV[1])
end
return value`;

const SET = `
local max = tonumber(ARGV[3])
local size = #ARGV[1] + #ARGV[2]
if size > max then return 0 end
local old = redis.call('HSTRLEN', KEYS[1], ARGV[1])
if old > 0 then redis.call('DECRBY', KEYS[3], old + #ARGV[1]) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
local now = redis.call('TIME')
redis.call('ZADD', KEYS[2], now[1] * 1000000 + now[2], ARGV[1])
local total = redis.call('INCRBY', KEYS[3], size)
while total > max do
  local oldest = redis.call('ZPOPMIN', KEYS[2])
  if #oldest == 0 then
    redis.call('SET', KEYS[3], 0)
    break
  end
  local length = redis.call('HSTRLEN', KEYS[1], oldest[1])
  redis.call('HDEL', KEYS[1], oldest[1])
  total = redis.call('DECRBY', KEYS[3], length + #oldest[1])
end
return 1`;

interface ResponseCommands {
  responseGet(entries: string, lru: string, bytes: string, key: string): Promise<string | null>;
  responseSet(
    entries: string,
    lru: string,
    bytes: string,
    key: string,
    value: string,
    maxBytes: number,
  ): Promise<number>;
}

export class RedisResponseStore implements ResponseStore {
  private readonly redis: Redis & ResponseCommands;

  constructor(
    redis: Redis,
    private readonly maxBytes: number,
  ) {
    // defineCommand sends EVALSHA and falls back to EVAL; ioredis puts the key prefix in front of KEYS.
    redis.defineCommand("responseGet", { numberOfKeys: 3, lua: GET });
    redis.defineCommand("responseSet", { numberOfKeys: 3, lua: SET });
    this.redis = redis as Redis & ResponseCommands;
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    try {
      const value = await this.redis.responseGet(...KEYS, key);
      return value === null ? undefined : (JSON.parse(value) as CachedResponse);
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: CachedResponse): Promise<void> {
    try {
      await this.redis.responseSet(...KEYS, key, JSON.stringify(value), this.maxBytes);
    } catch {
      // Dropped: the next request for it runs, as with the cache off.
    }
  }

  async clear(): Promise<void> {
    // Keys carry the data version: the old version's answers go first out (see above).
  }

  /** Bytes held, as the store counts them (for tests and the bench). */
  async bytes(): Promise<number> {
    return Number((await this.redis.get(KEYS[2])) ?? 0);
  }
}
