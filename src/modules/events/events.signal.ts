/**
 * "An event was committed": a nudge, never the event itself. The outbox
 * table is the only source of events; readers (the subscription hub, the
 * webhook dispatcher) poll it on a timer, and a nudge makes them read at
 * once instead of at the next tick. So a lost nudge (Redis down, a process
 * that died after commit) only delays, never loses.
 *
 * Within a process the nudge is an EventEmitter; between processes, when
 * REDIS_URL is set, a Redis pub/sub channel (`<REDIS_KEY_PREFIX>events`),
 * the same Redis the other shared state uses (src/shared-state/).
 */
import { EventEmitter } from "node:events";
import type { Database } from "../../db/database.js";

const local = new EventEmitter();
// One listener per reader (the hub and the dispatcher of each server in the process).
local.setMaxListeners(0);

const remote = new WeakMap<Database, () => void>();

/** Call after a transaction that wrote events has committed. */
export function announceCommit(db: Database): void {
  local.emit("commit");
  remote.get(db)?.();
}

/** Called on every nudge, local or from another process; returns the unsubscribe. */
export function onCommit(listener: () => void): () => void {
  local.on("commit", listener);
  return () => local.off("commit", listener);
}

/** A nudge from another process (the Redis subscriber calls this). */
export function commitElsewhere(): void {
  local.emit("commit");
}

/** Makes `announceCommit(db)` also tell other processes (set by the server when it shares Redis). */
export function publishCommits(db: Database, publish: (() => void) | null): void {
  if (publish) remote.set(db, publish);
  else remote.delete(db);
}

/** Resolves on the next nudge or after `ms`, whichever is first; `cancel` resolves it at once. */
export function nextNudge(ms: number, cancel?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      off();
      cancel?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const off = onCommit(done);
    cancel?.addEventListener("abort", done);
  });
}
