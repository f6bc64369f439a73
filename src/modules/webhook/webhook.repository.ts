/**
 * Webhook endpoints and deliveries. `webhook_delivery` is both the queue the
 * dispatcher drains and the log a portal reads: one row per event and
 * endpoint (plus one per redelivery), written with the event itself
 * (src/modules/events/events.repository.ts).
 */
import { randomBytes } from "node:crypto";
import type { Database } from "../../db/database.js";
import type { Prisma, WebhookDelivery, WebhookEndpoint, OutboxEvent } from "../../generated/prisma/client.js";
import type { EventType, WebhookDeliveryStatus } from "../../generated/prisma/enums.js";
import type { PayloadColumns } from "../events/events.repository.js";

/** Endpoints one portal may have at once (README, limits). */
export const MAX_ENDPOINTS_PER_PORTAL = 10;

export const newEndpointId = () =>
  `wh_${randomBytes(12)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "0")}`;
export const newSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

export function activeEndpointCount(db: Database, apiKeyId: string): Promise<number> {
  return db.prisma.webhookEndpoint.count({ where: { apiKeyId, disabledAt: null } });
}

export function createEndpoint(
  db: Database,
  input: { apiKeyId: string; url: string; eventTypes: EventType[] },
): Promise<WebhookEndpoint> {
  return db.prisma.webhookEndpoint.create({
    data: {
      id: newEndpointId(),
      apiKeyId: input.apiKeyId,
      url: input.url,
      eventTypes: input.eventTypes,
      secret: newSecret(),
    },
  });
}

export function listEndpoints(db: Database, apiKeyId: string): Promise<WebhookEndpoint[]> {
  return db.prisma.webhookEndpoint.findMany({ where: { apiKeyId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
}

export function findEndpoint(db: Database, apiKeyId: string, id: string): Promise<WebhookEndpoint | null> {
  return db.prisma.webhookEndpoint.findFirst({ where: { id, apiKeyId } });
}

/** Disables an endpoint and fails its pending deliveries, in one transaction; null when it was already disabled. */
export async function disableEndpoint(db: Database, endpoint: WebhookEndpoint): Promise<WebhookEndpoint | null> {
  return db.prisma.$transaction(async (tx) => {
    const now = new Date();
    const changed = await tx.webhookEndpoint.updateMany({
      where: { id: endpoint.id, disabledAt: null },
      data: { disabledAt: now },
    });
    if (changed.count === 0) return null;
    await tx.webhookDelivery.updateMany({
      where: { endpointId: endpoint.id, status: "PENDING" },
      data: { status: "FAILED", lastError: "the endpoint was deleted" },
    });
    return tx.webhookEndpoint.findUnique({ where: { id: endpoint.id } });
  });
}

export type DeliveryRecord = WebhookDelivery & { event: OutboxEvent };

/** A new pending delivery of `eventId` to `endpointId`, unless one is pending already (then null). */
export async function queueRedelivery(
  db: Database,
  endpointId: string,
  eventRowId: bigint,
): Promise<DeliveryRecord | null> {
  return db.prisma.$transaction(async (tx) => {
    // The endpoint row is locked so two redeliveries of one event cannot both see "none pending".
    await tx.$queryRawUnsafe(`SELECT id FROM webhook_endpoint WHERE id = $1 FOR UPDATE`, endpointId);
    const pending = await tx.webhookDelivery.count({ where: { endpointId, eventId: eventRowId, status: "PENDING" } });
    if (pending > 0) return null;
    const now = new Date();
    return tx.webhookDelivery.create({
      data: { endpointId, eventId: eventRowId, status: "PENDING", attempts: 0, nextAttemptAt: now, createdAt: now },
      include: { event: true },
    });
  });
}

export function deliveriesWhere(
  apiKeyId: string,
  endpointId: string | null,
  status: WebhookDeliveryStatus[] | null,
): Prisma.WebhookDeliveryWhereInput {
  return {
    endpoint: { apiKeyId },
    ...(endpointId ? { endpointId } : {}),
    ...(status?.length ? { status: { in: status } } : {}),
  };
}

// --- the dispatcher's statements -------------------------------------------------

/** A delivery a process has claimed: what to send and where. */
export interface ClaimedDelivery {
  id: string;
  attempts: number;
  endpointId: string;
  url: string;
  secret: string;
  event: PayloadColumns;
}

/**
 * Claims up to `limit` due deliveries for this process: `FOR UPDATE SKIP
 * LOCKED` lets processes claim side by side without waiting for or taking
 * each other's rows, and the claim moves `next_attempt_at` to the end of a
 * lease, so no other process takes the row while this one sends it. One
 * statement, so no transaction stays open during the HTTP request (on PGlite
 * that would hold the server's only connection). A process that dies while
 * sending leaves the row to be claimed again when the lease ends: at least
 * once, never lost.
 */
export async function claimDue(db: Database, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  // Through `transaction`, which `db.statements` does not count: every process polls here, and a poll landing
  // inside a request must not show in the per-request statement counts that tests and benchmarks read.
  const rows = await db.transaction((tx) =>
    tx.query<Record<string, unknown>>(
      `WITH due AS (
       SELECT id FROM webhook_delivery
       WHERE status = 'PENDING' AND next_attempt_at <= now()
       ORDER BY next_attempt_at, id
       LIMIT $1
       FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE webhook_delivery d
       SET attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
       FROM due WHERE d.id = due.id
       RETURNING d.id, d.attempts, d.endpoint_id, d.event_id
     )
     SELECT c.id::text AS id, c.attempts, w.id AS endpoint_id, w.url, w.secret,
            e.event_id::text AS event_id, e.type::text AS type, e.occurred_at, e.number, e.version, e.service_number,
            e.from_status, e.to_status, e.provider_id, e.received_at_id
     FROM claimed c JOIN webhook_endpoint w ON w.id = c.endpoint_id JOIN event e ON e.id = c.event_id`,
      [limit, leaseMs],
    ),
  );
  return rows.map((row) => ({
    id: row.id as string,
    attempts: Number(row.attempts),
    endpointId: row.endpoint_id as string,
    url: row.url as string,
    secret: row.secret as string,
    event: {
      eventId: row.event_id as string,
      type: row.type as EventType,
      occurredAt: row.occurred_at as Date,
      number: row.number as string,
      version: Number(row.version),
      serviceNumber: row.service_number === null ? null : Number(row.service_number),
      fromStatus: row.from_status as string | null,
      toStatus: row.to_status as string,
      providerId: row.provider_id as string,
      receivedAtId: row.received_at_id as string | null,
    },
  }));
}

/**
 * Records an attempt's outcome, if the claim is still this process's (the
 * attempt count is the claim's token: a process whose lease ran out and
 * whose row was claimed again writes nothing).
 */
export async function recordAttempt(
  db: Database,
  claim: Pick<ClaimedDelivery, "id" | "attempts">,
  outcome:
    | { delivered: true; statusCode: number }
    | { delivered: false; statusCode: number | null; error: string; retryInMs: number | null },
): Promise<void> {
  if (outcome.delivered) {
    await db.query(
      `UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = now(), last_status_code = $3, last_error = NULL, next_attempt_at = now()
       WHERE id = $1 AND attempts = $2 AND status = 'PENDING'`,
      [claim.id, claim.attempts, outcome.statusCode],
    );
    return;
  }
  await db.query(
    `UPDATE webhook_delivery
     SET status = CASE WHEN $5::double precision IS NULL THEN 'FAILED'::"WebhookDeliveryStatus" ELSE 'PENDING'::"WebhookDeliveryStatus" END,
         next_attempt_at = CASE WHEN $5::double precision IS NULL THEN now() ELSE now() + make_interval(secs => $5::double precision / 1000) END,
         last_status_code = $3, last_error = $4
     WHERE id = $1 AND attempts = $2 AND status = 'PENDING'`,
    [claim.id, claim.attempts, outcome.statusCode, outcome.error.slice(0, 500), outcome.retryInMs],
  );
}
