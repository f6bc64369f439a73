/**
 * Apollo's Automatic Persisted Queries cache in Redis: a hash one process
 * registered is known to every other. Apollo puts its own `apq:` prefix in
 * front of each hash, and `REDIS_KEY_PREFIX` goes in front of that.
 *
 * Written on ioredis directly (the three calls of Apollo's `KeyValueCache`)
 * rather than through keyv and `@keyv/redis`: that adapter brings a second
 * Redis client (node-redis) with its own queueing and reconnection, and the
 * point of `redis.ts` is one connection that fails fast in one documented way.
 *
 * With Redis down, a lookup is a miss and a registration is dropped (Apollo's
 * `ErrorsAreMissesCache` idea): a client that sends only a hash gets
 * `PERSISTED_QUERY_NOT_FOUND` and, as the APQ protocol has it, sends the
 * whole query, which runs. Nothing is logged here; redis.ts logs the outage.
 */
import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import type { Redis } from "ioredis";

/** How long a registered query is kept after its last registration (seconds); Apollo asks for no TTL by default, and an unbounded shared cache is a leak. */
export const PERSISTED_QUERY_TTL_SECONDS = 24 * 60 * 60;
/** Longest query text kept (characters); longer ones run but are not registered (requests are at most 100 KB anyway). */
export const PERSISTED_QUERY_MAX_CHARS = 100 * 1024;

export class RedisPersistedQueryCache implements KeyValueCache<string> {
  constructor(private readonly redis: Redis) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (value.length > PERSISTED_QUERY_MAX_CHARS) return;
    const ttl = options?.ttl ?? PERSISTED_QUERY_TTL_SECONDS;
    try {
      await this.redis.set(key, value, "EX", Math.max(1, Math.round(ttl)));
    } catch {
      // Dropped: the client will send the whole query again, which is all APQ promises.
    }
  }

  async delete(key: string): Promise<boolean | undefined> {
    try {
      return (await this.redis.del(key)) > 0;
    } catch {
      return false;
    }
  }
}
