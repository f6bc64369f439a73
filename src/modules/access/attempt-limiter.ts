/**
 * Limits wrong guesses of an access code. A code has about 50 bits, so
 * guessing is hopeless anyway; the limit keeps a scripted guesser from even
 * trying, and from using the lookup to probe which numbers exist. It must
 * never become a way to lock a citizen out of their own file, so:
 *
 * - the submitting portal and the provider's officers need no code at all
 *   and are never counted (see `lookUpByAccessCode`);
 * - wrong codes are counted per *client and number* (a client is the API
 *   key, else the address the request came from, an IPv6 address by its
 *   /64): a stranger's guesses lock only the stranger out of that number;
 * - each client also has a budget of wrong codes over all numbers, so
 *   walking the sequential numbers gets a guesser nowhere;
 * - numbers are normalised (trimmed, upper-cased) and must be well-formed
 *   before anything is counted.
 *
 * Counting is rate-limiter-flexible's (fixed windows that start at a key's
 * first wrong code). `RateLimiterMemory` keeps the counts in this process;
 * with `REDIS_URL` set, `RateLimiterRedis` keeps them in Redis under the
 * same keys and windows, so every process counts against one budget and a
 * restart keeps the count (`redisWrongCodeLimiter`). When Redis cannot be
 * asked, a lookup that needs a code fails closed with
 * `LimiterUnavailableError` (a guesser must not get an uncounted window),
 * while the directory itself keeps answering. In
 * memory each key expires with its window, and at most `MAX_TRACKED_KEYS`
 * keys of each kind are held: past that, new keys are not counted until old
 * ones expire (refusing everyone instead would hand a flood the lock-out
 * this module exists to prevent). `npm run bench -- limiter` measures it.
 */
import { GraphQLError } from "graphql";
import { isIPv6 } from "node:net";
import type { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from "rate-limiter-flexible";

/** Wrong codes one client may give for one number within a window. */
export const MAX_FAILED_LOOKUPS = 10;
/** Wrong codes one client may give over all numbers within a window. */
export const MAX_FAILED_LOOKUPS_PER_CLIENT = 100;
/** The window, in milliseconds (15 minutes). */
export const LOOKUP_WINDOW_MS = 15 * 60 * 1000;
/**
 * Most keys of each kind (client-and-number, client) held in memory: about
 * 0.5 KB each with the library's expiry timer, so at most about 50 MB in all
 * (`npm run bench -- limiter`).
 */
export const MAX_TRACKED_KEYS = 50_000;

export class TooManyAttemptsError extends GraphQLError {
  constructor(retryAfterSeconds: number, scope: "NUMBER" | "CLIENT") {
    super(
      scope === "NUMBER"
        ? `too many wrong access codes for this number from this client; try again in ${retryAfterSeconds} s`
        : `too many wrong access codes from this client; try again in ${retryAfterSeconds} s`,
      { extensions: { code: "TOO_MANY_ATTEMPTS", retryAfterSeconds, scope } },
    );
  }
}

/** Seconds a client is told to wait when the shared counts cannot be reached. */
export const LIMITER_RETRY_AFTER_SECONDS = 5;

/**
 * The wrong-code counts (in Redis) cannot be read or written: the lookup is
 * refused rather than answered uncounted. The whole response becomes a 503
 * with Retry-After (src/graphql/unavailable.ts).
 */
export class LimiterUnavailableError extends GraphQLError {
  constructor() {
    super(`access codes cannot be checked right now; try again in ${LIMITER_RETRY_AFTER_SECONDS} s`, {
      extensions: {
        code: "SERVICE_UNAVAILABLE",
        reason: "attempt-limiter-unavailable",
        retryAfterSeconds: LIMITER_RETRY_AFTER_SECONDS,
      },
    });
  }
}

/** A store's failure (Redis unreachable, a timeout) as the typed error; a refusal passes through. */
function unavailable(error: unknown): never {
  if (error instanceof TooManyAttemptsError) throw error;
  throw new LimiterUnavailableError();
}

/** What the tracking lookups need from a limiter; an implementation over a shared store (Redis) keeps the same shape. */
export interface AttemptLimiter {
  /** Throws `TooManyAttemptsError` when `client` may not try `number` now. */
  check(client: string, number: string): Promise<void>;
  /** Counts one wrong code (or unknown number) of `client` for `number`. */
  fail(client: string, number: string): Promise<void>;
}

/**
 * Counts keys that are alive in a fixed-window store. Every key of one store
 * has the same duration, so keys expire in the order they were created: a
 * queue of expiry times is the whole bookkeeping.
 */
class LiveKeys {
  private expiries: number[] = [];
  private head = 0;

  size(now: number): number {
    while (this.head < this.expiries.length && this.expiries[this.head]! <= now) this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.expiries.length) {
      this.expiries = this.expiries.slice(this.head);
      this.head = 0;
    }
    return this.expiries.length - this.head;
  }

  add(expiresAt: number): void {
    this.expiries.push(expiresAt);
  }
}

/** One kind of count: a rate-limiter-flexible store, its budget and, in memory, a cap on the keys it holds. */
interface Counter {
  store: RateLimiterAbstract;
  points: number;
  live: LiveKeys | null;
}

export interface WrongCodeLimiterOptions {
  perNumber?: number;
  perClient?: number;
  windowMs?: number;
  maxTrackedKeys?: number;
}

export class WrongCodeLimiter implements AttemptLimiter {
  private readonly perNumber: Counter;
  private readonly perClient: Counter;
  private readonly maxTrackedKeys: number;
  /** Wrong codes that were not counted because the store was full (for the bench and logs). */
  untracked = 0;

  /** In-memory counts; pass `stores` to count elsewhere (a Redis-backed limiter of rate-limiter-flexible). */
  constructor(
    options: WrongCodeLimiterOptions = {},
    stores?: { perNumber: RateLimiterAbstract; perClient: RateLimiterAbstract },
  ) {
    const duration = Math.max(1, Math.round((options.windowMs ?? LOOKUP_WINDOW_MS) / 1000));
    const perNumber = options.perNumber ?? MAX_FAILED_LOOKUPS;
    const perClient = options.perClient ?? MAX_FAILED_LOOKUPS_PER_CLIENT;
    this.maxTrackedKeys = options.maxTrackedKeys ?? MAX_TRACKED_KEYS;
    this.perNumber = {
      store:
        stores?.perNumber ?? new RateLimiterMemory({ keyPrefix: "wrong-code-number", points: perNumber, duration }),
      points: perNumber,
      live: stores ? null : new LiveKeys(),
    };
    this.perClient = {
      store:
        stores?.perClient ?? new RateLimiterMemory({ keyPrefix: "wrong-code-client", points: perClient, duration }),
      points: perClient,
      live: stores ? null : new LiveKeys(),
    };
  }

  /** Keys held now, by kind (in memory only). */
  tracked(): { numbers: number; clients: number } {
    const now = Date.now();
    return { numbers: this.perNumber.live?.size(now) ?? 0, clients: this.perClient.live?.size(now) ?? 0 };
  }

  async check(client: string, number: string): Promise<void> {
    const [overall, forNumber] = await Promise.all([
      this.perClient.store.get(client),
      this.perNumber.store.get(`${client}|${number}`),
    ]).catch(unavailable);
    const refused = (res: RateLimiterRes | null, points: number) =>
      res !== null && res.consumedPoints >= points && res.msBeforeNext > 0;
    const seconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    if (refused(forNumber, this.perNumber.points)) throw new TooManyAttemptsError(seconds(forNumber!), "NUMBER");
    if (refused(overall, this.perClient.points)) throw new TooManyAttemptsError(seconds(overall!), "CLIENT");
  }

  async fail(client: string, number: string): Promise<void> {
    await Promise.all([this.count(this.perClient, client), this.count(this.perNumber, `${client}|${number}`)]).catch(
      unavailable,
    );
  }

  private async count(counter: Counter, key: string): Promise<void> {
    if (
      counter.live &&
      counter.live.size(Date.now()) >= this.maxTrackedKeys &&
      (await counter.store.get(key)) === null
    ) {
      this.untracked += 1;
      return;
    }
    const res = await counter.store.penalty(key, 1);
    if (counter.live && res.isFirstInDuration) counter.live.add(Date.now() + res.msBeforeNext);
  }
}

/**
 * Counts in Redis, shared by every process on it: the same key prefixes,
 * budgets and windows as in memory (rate-limiter-flexible's keys
 * `wrong-code-number:<client>|<number>` and `wrong-code-client:<client>`,
 * under `REDIS_KEY_PREFIX`). Redis expires each key with its window, so no
 * cap on keys is needed here.
 */
export function redisWrongCodeLimiter(redis: Redis, options: WrongCodeLimiterOptions = {}): WrongCodeLimiter {
  const duration = Math.max(1, Math.round((options.windowMs ?? LOOKUP_WINDOW_MS) / 1000));
  // rejectIfRedisNotReady: fail at once while disconnected instead of waiting for a command to time out.
  const store = (keyPrefix: string, points: number) =>
    new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, rejectIfRedisNotReady: true });
  return new WrongCodeLimiter(options, {
    perNumber: store("wrong-code-number", options.perNumber ?? MAX_FAILED_LOOKUPS),
    perClient: store("wrong-code-client", options.perClient ?? MAX_FAILED_LOOKUPS_PER_CLIENT),
  });
}

const limiters = new WeakMap<object, AttemptLimiter>();

/** The limiter of one database's numbers (numbers repeat across databases), shared by application and complaint lookups. */
export function accessCodeLookups(db: object): AttemptLimiter {
  let limiter = limiters.get(db);
  if (!limiter) {
    limiter = new WrongCodeLimiter();
    limiters.set(db, limiter);
  }
  return limiter;
}

/** Puts another limiter in front of one database's lookups (one over a shared store; the bench's). */
export function setAccessCodeLimiter(db: object, limiter: AttemptLimiter): void {
  limiters.set(db, limiter);
}

/**
 * Who is guessing: the API key when one was sent and accepted, else the
 * address the request came from. An IPv6 address counts by its /64 (one
 * subscriber usually holds a whole /64); an IPv4-mapped one as IPv4.
 */
export function clientOf(keyId: string | null, address: string | null | undefined): string {
  if (keyId) return `key:${keyId}`;
  if (!address) return "address:unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return `address:${mapped[1]}`;
  if (!isIPv6(address)) return `address:${address}`;
  const [head = "", tail = ""] = address.split("%")[0]!.toLowerCase().split("::") as [string, string?];
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `address:${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
