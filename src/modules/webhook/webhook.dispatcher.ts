/**
 * The webhook dispatcher: every process runs one; together they drain the
 * deliveries the outbox wrote (src/modules/events/events.repository.ts).
 *
 * Why not a job library. The issue asked for a maintained one if one fits;
 * neither candidate does here:
 * - graphile-worker 0.18 and pg-boss 12 declare Node >= 22.18 and >= 22.12;
 *   Qyzmet runs on Node 20, and `npm ci` would warn about a runtime
 *   dependency (.ci/run refuses unexpected warnings);
 * - both need connections of their own (graphile-worker holds one for
 *   LISTEN for its whole life, pg-boss keeps a pool and a maintenance loop),
 *   and the embedded PGlite is served as one connection, which the API's
 *   pool already holds (src/db/pglite-host.mjs): on PGlite they would either
 *   starve the API or not run, leaving two code paths;
 * - a job table beside `webhook_delivery` would hold the same facts twice
 *   (attempts, next try, last error), and the portal's delivery log must be
 *   ours anyway; enqueueing inside Prisma's transaction would also need their
 *   SQL run through the transaction's client.
 * So the delivery table is the queue: claimed with `FOR UPDATE SKIP LOCKED`
 * and a lease (webhook.repository.ts `claimDue`) through the same pool as
 * everything else, identical on PGlite and PostgreSQL. What a library would
 * add beyond that (cron, priorities, job kinds) Qyzmet does not need.
 *
 * Loop: claim up to BATCH due deliveries, send them in parallel, record each
 * outcome; claim again at once if the batch was full, else wait for a nudge
 * (a commit here, or in another process through Redis: events.signal.ts) or
 * `pollMs`. A 2xx answer is delivered; anything else (another status, a
 * redirect, a timeout, a refused connection) is retried after an exponential
 * backoff with jitter, until `maxAttempts`, then FAILED.
 */
import type { WebhookConfig } from "../../config/config.js";
import type { Database } from "../../db/database.js";
import type { Logger } from "../../server/log.js";
import { eventPayload } from "../events/events.repository.js";
import { nextNudge } from "../events/events.signal.js";
import { checkWebhookUrl } from "./webhook.allow-list.js";
import { type ClaimedDelivery, claimDue, recordAttempt } from "./webhook.repository.js";
import { SIGNATURE_HEADER, signatureHeader } from "./webhook.signature.js";

/** Deliveries one process sends at once. */
export const BATCH = 32;

/** The wait before attempt `attempt + 1` after attempt `attempt` failed: base · 2^(attempt−1), capped, then jittered into [½, 1] of itself. */
export function retryDelayMs(
  attempt: number,
  config: Pick<WebhookConfig, "retryBaseMs" | "retryMaxMs">,
  random: () => number = Math.random,
): number {
  const full = Math.min(config.retryMaxMs, config.retryBaseMs * 2 ** (attempt - 1));
  return Math.round(full / 2 + (random() * full) / 2);
}

/** How long a claim is held: the request's timeout and as long again for the database round trips around it. */
export const leaseMs = (config: Pick<WebhookConfig, "timeoutMs">) => 2 * config.timeoutMs + 1_000;

export class WebhookDispatcher {
  private readonly stop = new AbortController();
  private running: Promise<void> | null = null;
  private failing = false;

  constructor(
    private readonly db: Database,
    private readonly config: WebhookConfig,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.running ??= this.run();
  }

  private async run(): Promise<void> {
    while (!this.stop.signal.aborted) {
      let claimed: ClaimedDelivery[] = [];
      try {
        claimed = await claimDue(this.db, BATCH, leaseMs(this.config));
        if (this.failing) this.logger.info("webhook deliveries resume");
        this.failing = false;
      } catch (error) {
        // A server may serve a database that is not migrated yet (it says so at /ready): no table, nothing to send.
        const notMigrated = (error as { code?: string }).code === "42P01";
        if (!this.failing && !notMigrated)
          this.logger.error(`webhook deliveries paused, the database cannot be read: ${(error as Error).message}`);
        this.failing = !notMigrated;
      }
      await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
      if (claimed.length < BATCH) await nextNudge(this.config.pollMs, this.stop.signal);
    }
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const outcome = await this.send(delivery);
    const final = !outcome.delivered && (outcome.final || delivery.attempts >= this.config.maxAttempts);
    try {
      await recordAttempt(
        this.db,
        delivery,
        outcome.delivered
          ? outcome
          : { ...outcome, retryInMs: final ? null : retryDelayMs(delivery.attempts, this.config) },
      );
    } catch (error) {
      // The lease runs out and the delivery is tried again: at least once.
      this.logger.error(
        `webhook delivery ${delivery.id}: its outcome could not be recorded: ${(error as Error).message}`,
      );
    }
  }

  private async send(
    delivery: ClaimedDelivery,
  ): Promise<
    | { delivered: true; statusCode: number }
    | { delivered: false; final: boolean; statusCode: number | null; error: string }
  > {
    const check = checkWebhookUrl(delivery.url, this.config);
    if (!check.ok)
      return { delivered: false, final: true, statusCode: null, error: `not sent: the URL ${check.message}` };
    const body = JSON.stringify(eventPayload(delivery.event));
    try {
      const response = await fetch(check.url, {
        method: "POST",
        redirect: "manual",
        signal: AbortSignal.any([AbortSignal.timeout(this.config.timeoutMs), this.stop.signal]),
        headers: {
          "content-type": "application/json",
          "user-agent": "Qyzmet-Webhooks/1",
          "qyzmet-event-id": delivery.event.eventId,
          "qyzmet-event-type": delivery.event.type,
          "qyzmet-delivery-id": delivery.id,
          "qyzmet-delivery-attempt": String(delivery.attempts),
          [SIGNATURE_HEADER]: signatureHeader(delivery.secret, body),
        },
        body,
      });
      // The body is not read (nor kept): a receiver's answer is its status.
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 300) return { delivered: true, statusCode: response.status };
      const why =
        response.status >= 300 && response.status < 400 ? "redirects are not followed" : "a 2xx status was expected";
      return { delivered: false, final: false, statusCode: response.status, error: `HTTP ${response.status} (${why})` };
    } catch (error) {
      const err = error as Error & { cause?: { code?: string; message?: string } };
      const reason =
        err.name === "TimeoutError"
          ? `no answer within ${this.config.timeoutMs} ms`
          : this.stop.signal.aborted
            ? "the sending process shut down during the attempt"
            : (err.cause?.code ?? err.cause?.message ?? err.message);
      return { delivered: false, final: false, statusCode: null, error: reason };
    }
  }

  /** Stops claiming; waits for the deliveries in flight (each bounded by the timeout; aborted ones are retried after their lease). */
  async close(): Promise<void> {
    this.stop.abort();
    await this.running;
  }
}
