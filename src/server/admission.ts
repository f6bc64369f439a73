/**
 * Admission control for the API's routes: at most `maxConcurrent` requests
 * run at once, at most `maxQueued` wait (each at most `queueTimeoutMs`), and
 * the rest are turned away at once with 503 and `Retry-After`, before their
 * body is read. While the event loop lags (its delay over the last interval
 * above `maxEventLoopDelayMs`), new requests are turned away too, so work
 * already admitted finishes and `/health` and `/ready`, which never pass
 * through here, keep answering.
 *
 * Without it, 200 heavy queries at once all started, shared the CPU and the
 * database pool, and each took 15 s or failed on a pool timeout; a liveness
 * probe waited seconds for its turn.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { RequestHandler } from "express";
import { cpuTurn } from "../modules/common/cpu-turn.js";

export interface AdmissionOptions {
  maxConcurrent: number;
  maxQueued: number;
  queueTimeoutMs: number;
  /** Shed new requests while the event loop's p99 delay over the last interval is above this. 0 turns the check off. */
  maxEventLoopDelayMs: number;
  /** What `Retry-After` says, in seconds. */
  retryAfterSeconds: number;
}

export interface AdmissionStats {
  running: number;
  queued: number;
  shed: number;
  eventLoopDelayMs: number;
}

export interface Admission {
  /** Runs `run` now or when a slot frees, or answers 503 itself. */
  admit(req: IncomingMessage, res: ServerResponse, run: () => void): void;
  /** The same, as Express middleware. */
  middleware: RequestHandler;
  stats(): AdmissionStats;
  stop(): void;
}

const LAG_INTERVAL_MS = 500;

/** The one answer to a request the server will not run now: 503, when to try again, and a GraphQL-shaped error. */
export function sendUnavailable(
  res: ServerResponse,
  retryAfterSeconds: number,
  reason: "overloaded" | "database-unavailable",
  message: string,
): void {
  const body = JSON.stringify({
    errors: [{ message, extensions: { code: "SERVICE_UNAVAILABLE", reason, retryAfterSeconds } }],
  });
  res.writeHead(503, {
    "retry-after": String(retryAfterSeconds),
    "cache-control": "no-store",
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

export function createAdmission(options: AdmissionOptions): Admission {
  let running = 0;
  let shed = 0;
  const queue: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let lagMs = 0;
  // Lag counts only when requests were running: a pause of the process's own (start-up, a load of the
  // directory) is no reason to turn clients away.
  let busy = false;
  const sampler = setInterval(() => {
    lagMs = busy ? delay.percentile(99) / 1e6 : 0;
    busy = running > 0;
    delay.reset();
  }, LAG_INTERVAL_MS);
  sampler.unref();

  const release = () => {
    const next = queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit();
    } else {
      running -= 1;
    }
  };

  const refuse = (res: ServerResponse, why: string) => {
    shed += 1;
    sendUnavailable(
      res,
      options.retryAfterSeconds,
      "overloaded",
      `the server is busy (${why}); try again in ${options.retryAfterSeconds} s`,
    );
  };

  const admit = (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const start = () => {
      // The slot is given back when the answer is sent, or when the client goes away first.
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        release();
      };
      res.once("finish", finish);
      res.once("close", finish);
      // Admitted requests start in turns (cpu-turn.ts): a burst of them does not hold the loop, and /health, in one piece.
      // Run later, a handler's throw would be an unhandled rejection, which ends the process: it ends this response instead.
      cpuTurn()
        .then(next)
        .catch(() => {
          if (!res.headersSent) res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
          res.end(
            JSON.stringify({
              errors: [{ message: "internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
            }),
          );
        });
    };
    if (options.maxEventLoopDelayMs > 0 && lagMs > options.maxEventLoopDelayMs) {
      refuse(res, "its event loop is lagging");
      return;
    }
    if (running < options.maxConcurrent) {
      running += 1;
      busy = true;
      start();
      return;
    }
    if (queue.length >= options.maxQueued) {
      refuse(res, "too many requests are waiting");
      return;
    }
    const waiter = {
      admit: start,
      timer: setTimeout(() => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        refuse(res, `no request slot freed up within ${options.queueTimeoutMs} ms`);
      }, options.queueTimeoutMs),
    };
    queue.push(waiter);
    // A client that gives up while waiting frees its place in the queue.
    res.once("close", () => {
      const index = queue.indexOf(waiter);
      if (index < 0) return;
      queue.splice(index, 1);
      clearTimeout(waiter.timer);
    });
  };

  return {
    admit,
    middleware: (req, res, next) => admit(req, res, () => next()),
    stats: () => ({ running, queued: queue.length, shed, eventLoopDelayMs: lagMs }),
    stop() {
      clearInterval(sampler);
      delay.disable();
      for (const waiter of queue.splice(0)) clearTimeout(waiter.timer);
    },
  };
}

export interface GateOptions {
  maxConcurrent: number;
  /** Callers that may wait; more are refused at once. */
  maxQueued: number;
  queueTimeoutMs: number;
}

/** A gate refused entry: the caller answers 503 with `Retry-After` (see heavyOperationGate in src/graphql/limits.ts). */
export class GateClosedError extends Error {}

export interface Gate {
  /** Waits for a place and returns the function that gives it back; rejects with GateClosedError. */
  enter(): Promise<() => void>;
  stats(): { running: number; queued: number; shed: number };
}

/**
 * At most `maxConcurrent` holders at once, the rest wait in order. Admission
 * counts requests before their body is read; this counts operations once
 * their cost is known (src/graphql/limits.ts), so that a few heavy ones
 * (a whole-directory walk, a page of searches) run at a time however many
 * light ones run beside them.
 */
export function createGate(options: GateOptions): Gate {
  let running = 0;
  let refused = 0;
  const queue: { resolve: (release: () => void) => void; timer: NodeJS.Timeout }[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.resolve(once());
    } else {
      running -= 1;
    }
  };
  const once = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
  return {
    enter() {
      if (running < options.maxConcurrent) {
        running += 1;
        return Promise.resolve(once());
      }
      if (queue.length >= options.maxQueued) {
        refused += 1;
        return Promise.reject(new GateClosedError("too many heavy operations are waiting"));
      }
      return new Promise((resolve, reject) => {
        const waiter = {
          resolve,
          timer: setTimeout(() => {
            queue.splice(queue.indexOf(waiter), 1);
            refused += 1;
            reject(new GateClosedError(`no slot for a heavy operation freed up within ${options.queueTimeoutMs} ms`));
          }, options.queueTimeoutMs),
        };
        queue.push(waiter);
      });
    },
    stats: () => ({ running, queued: queue.length, shed: refused }),
  };
}
