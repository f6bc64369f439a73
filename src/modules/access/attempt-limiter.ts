/**
 * Limits wrong guesses of an access code. A code has about 50 bits, so
 * guessing is hopeless anyway; the limit keeps a scripted guesser from even
 * trying, and from using the lookup to probe which numbers exist.
 *
 * The count lives in this process (several processes each allow their own
 * budget), per database; it is per application or complaint number, so a guesser cannot
 * lock out other citizens' numbers, only the one being guessed.
 */
import { GraphQLError } from "graphql";

/** Wrong codes allowed per number within one window. */
export const MAX_FAILED_LOOKUPS = 10;
/** The window, in milliseconds (15 minutes). */
export const LOOKUP_WINDOW_MS = 15 * 60 * 1000;

export class TooManyAttemptsError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super(`too many wrong access codes for this number; try again in ${retryAfterSeconds} s`, {
      extensions: { code: "TOO_MANY_ATTEMPTS", retryAfterSeconds },
    });
  }
}

export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max = MAX_FAILED_LOOKUPS,
    private readonly windowMs = LOOKUP_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const times = (this.failures.get(key) ?? []).filter((at) => at > cutoff);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  /** Throws when `key` has used up its wrong guesses. */
  check(key: string): void {
    const times = this.recent(key);
    if (times.length >= this.max) {
      throw new TooManyAttemptsError(Math.max(1, Math.ceil((times[0]! + this.windowMs - this.now()) / 1000)));
    }
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  /** Runs a lookup that answers null for a wrong code, counting the nulls. */
  async guard<T>(key: string, lookup: () => Promise<T | null>): Promise<T | null> {
    this.check(key);
    const found = await lookup();
    if (found === null) this.fail(key);
    return found;
  }
}

const limiters = new WeakMap<object, AttemptLimiter>();

/** The limiter of one database's numbers (numbers repeat across databases), shared by application and complaint lookups. */
export function accessCodeLookups(db: object): AttemptLimiter {
  let limiter = limiters.get(db);
  if (!limiter) limiters.set(db, (limiter = new AttemptLimiter()));
  return limiter;
}
