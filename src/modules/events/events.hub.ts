/**
 * Live events for subscriptions: one reader per process and database, shared
 * by every subscription. While at least one subscription is open it reads
 * the outbox for events after the last one it saw (an indexed range read),
 * when nudged (events.signal.ts: a commit here, or in another process through
 * Redis) and every `pollMs` otherwise, so a transition committed by any
 * process reaches subscribers of every process, with or without Redis, on
 * PGlite and PostgreSQL alike, and nothing is skipped: ids are visible in
 * commit order (events.repository.ts). With no subscriptions it reads nothing.
 */
import type { Database } from "../../db/database.js";
import type { OutboxEvent } from "../../generated/prisma/client.js";
import type { Logger } from "../../server/log.js";
import { silentLogger } from "../../server/log.js";
import { eventsAfter, lastEventId } from "./events.repository.js";
import { nextNudge } from "./events.signal.js";

/** Events read per query; a longer backlog is read in several. */
const BATCH = 500;
/** Events a subscription may have waiting to be sent; past it, it is closed (README: catch up with `events(after:)`). */
export const MAX_PENDING_EVENTS = 1_000;

export class SubscriberOverflowError extends Error {
  constructor() {
    super(
      `the subscription fell more than ${MAX_PENDING_EVENTS} events behind and was closed; read the rest with events(after:) and subscribe again`,
    );
  }
}

interface Subscriber {
  wants(event: OutboxEvent): boolean;
  queue: OutboxEvent[];
  wake: (() => void) | null;
  failed: Error | null;
}

export class EventHub {
  private readonly subscribers = new Set<Subscriber>();
  private last: bigint | null = null;
  private running: Promise<void> | null = null;
  private readonly stop = new AbortController();
  private failing = false;

  constructor(
    private readonly db: Database,
    private readonly pollMs: number,
    private readonly logger: Logger = silentLogger,
  ) {}

  /** Events for which `wants` is true, from now on, until the iterator is returned. */
  async subscribe(wants: (event: OutboxEvent) => boolean): Promise<AsyncIterableIterator<OutboxEvent>> {
    // Start after the newest committed event, so that nothing committed after this returns is missed.
    if (this.last === null || this.subscribers.size === 0) this.last = await lastEventId(this.db);
    const subscriber: Subscriber = { wants, queue: [], wake: null, failed: null };
    this.subscribers.add(subscriber);
    this.ensureRunning();
    const remove = () => {
      this.subscribers.delete(subscriber);
      subscriber.wake?.();
    };
    const iterator: AsyncIterableIterator<OutboxEvent> = {
      next: async () => {
        for (;;) {
          if (subscriber.failed) {
            remove();
            throw subscriber.failed;
          }
          const event = subscriber.queue.shift();
          if (event) return { value: event, done: false };
          if (!this.subscribers.has(subscriber)) return { value: undefined, done: true };
          await new Promise<void>((resolve) => (subscriber.wake = resolve));
          subscriber.wake = null;
        }
      },
      return: async () => {
        remove();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /** How many subscriptions are open (tests, metrics). */
  get size(): number {
    return this.subscribers.size;
  }

  /** One reader while anyone listens; a subscriber that arrives as the reader stops gets a new one. */
  private ensureRunning(): void {
    if (this.running) return;
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.subscribers.size > 0 && !this.stop.signal.aborted) this.ensureRunning();
    });
  }

  private async run(): Promise<void> {
    while (this.subscribers.size > 0 && !this.stop.signal.aborted) {
      let rows: OutboxEvent[] = [];
      try {
        rows = await eventsAfter(this.db, this.last ?? 0n, BATCH);
        if (this.failing) this.logger.info("subscriptions read events again");
        this.failing = false;
      } catch (error) {
        // The database being away is logged once; subscriptions wait for it rather than end.
        if (!this.failing) this.logger.error(`subscriptions cannot read events: ${(error as Error).message}`);
        this.failing = true;
      }
      for (const row of rows) {
        this.last = row.id;
        for (const subscriber of this.subscribers) {
          if (!subscriber.wants(row)) continue;
          if (subscriber.queue.length >= MAX_PENDING_EVENTS) subscriber.failed = new SubscriberOverflowError();
          else subscriber.queue.push(row);
          subscriber.wake?.();
        }
      }
      if (rows.length < BATCH) await nextNudge(this.pollMs, this.stop.signal);
    }
  }

  /** Ends every subscription (server shutdown). */
  async close(): Promise<void> {
    this.stop.abort();
    for (const subscriber of this.subscribers) {
      this.subscribers.delete(subscriber);
      subscriber.wake?.();
    }
    await this.running;
  }
}

const hubs = new WeakMap<Database, EventHub>();

/** The hub of `db`: the one the server configured, else one with the default poll. */
export function hubOf(db: Database): EventHub {
  let hub = hubs.get(db);
  if (!hub) {
    hub = new EventHub(db, 500);
    hubs.set(db, hub);
  }
  return hub;
}

export function configureHub(db: Database, pollMs: number, logger: Logger): EventHub {
  const hub = new EventHub(db, pollMs, logger);
  hubs.set(db, hub);
  return hub;
}
