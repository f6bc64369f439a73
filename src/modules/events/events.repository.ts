/**
 * The transactional outbox (README, "For integrators"): every creation and
 * transition of an application or a complaint writes one `event` row in the
 * change's own transaction, and, in the same statement batch, one pending
 * webhook delivery per endpoint of the submitting portal that wants it. A
 * change that rolls back leaves neither; one that commits leaves both, so a
 * process that dies right after the commit loses nothing: any process
 * delivers them later (src/modules/webhook/dispatcher.ts).
 *
 * Ordering. The feed and the subscriptions read "events after id N". A
 * sequence alone does not make that safe: two transactions may take ids 7
 * and 8 and commit 8 first, and a reader that saw 8 would never look at 7.
 * So the id is taken under one transaction-scoped advisory lock, held until
 * commit: ids become visible in the order they were taken. The lock is
 * taken last, after every row lock of the change, so it serialises only the
 * few statements between it and the commit (and cannot deadlock with them).
 */
import { randomUUID } from "node:crypto";
import type { Database, Tx } from "../../db/database.js";
import type { OutboxEvent, Prisma } from "../../generated/prisma/client.js";
import type { EventType } from "../../generated/prisma/enums.js";

/** The advisory lock key of the outbox's order ("qyzmet-events" folded to 63 bits; any constant no one else uses). */
export const OUTBOX_LOCK_KEY = 7_318_204_955_112_301n;

export interface NewEvent {
  type: EventType;
  subjectId: bigint;
  number: string;
  fromStatus: string | null;
  toStatus: string;
  version: number;
  serviceNumber: number | null;
  occurredAt: Date;
  portalKeyId: string;
  providerId: string;
  receivedAtId: string | null;
}

/** Writes the event and its pending webhook deliveries inside `tx` (the change's own transaction). */
export async function recordEvent(tx: Tx, event: NewEvent): Promise<OutboxEvent> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${OUTBOX_LOCK_KEY})`);
  const row = await tx.outboxEvent.create({ data: { eventId: randomUUID(), ...event } });
  // Fan-out to the portal's endpoints that want this type; the dispatcher takes them from here.
  await tx.$executeRawUnsafe(
    `INSERT INTO webhook_delivery (endpoint_id, event_id, status, attempts, next_attempt_at, created_at)
     SELECT id, $1, 'PENDING', 0, $2, $2 FROM webhook_endpoint
     WHERE api_key_id = $3 AND disabled_at IS NULL AND (event_types IS NULL OR cardinality(event_types) = 0 OR $4::text = ANY(event_types::text[]))`,
    row.id,
    event.occurredAt,
    event.portalKeyId,
    event.type,
  );
  return row;
}

/** Whose events a caller reads: a portal its own submissions', an officer its provider's. */
export type EventAudience = { portalKeyId: string } | { providerId: string };

export function audienceWhere(audience: EventAudience): Prisma.OutboxEventWhereInput {
  return "portalKeyId" in audience
    ? { portalKeyId: audience.portalKeyId }
    : { OR: [{ providerId: audience.providerId }, { receivedAtId: audience.providerId }] };
}

/** Whether `event` is for `audience` (the same rule as `audienceWhere`, for events already read). */
export function isFor(
  audience: EventAudience,
  event: Pick<OutboxEvent, "portalKeyId" | "providerId" | "receivedAtId">,
): boolean {
  return "portalKeyId" in audience
    ? event.portalKeyId === audience.portalKeyId
    : event.providerId === audience.providerId || event.receivedAtId === audience.providerId;
}

/** Events after `afterId`, in order, at most `limit` (the subscription hub's read; every audience at once). */
export function eventsAfter(db: Database, afterId: bigint, limit: number): Promise<OutboxEvent[]> {
  return db.prisma.outboxEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit });
}

/** The newest event's id (0 when none): where a new subscription starts. */
export async function lastEventId(db: Database): Promise<bigint> {
  const row = await db.prisma.outboxEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0n;
}

/** An event by its public id, if `audience` may see it. */
export function findEvent(db: Database, audience: EventAudience, eventId: string): Promise<OutboxEvent | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(eventId)) return Promise.resolve(null);
  return db.prisma.outboxEvent.findFirst({
    where: { AND: [{ eventId: eventId.toLowerCase() }, audienceWhere(audience)] },
  });
}

/** The wire form of an event: the webhook body, as the GraphQL types show it (ApplicationUpdate, ComplaintUpdate). No personal data. */
export type EventPayload = {
  id: string;
  type: EventType;
  occurredAt: string;
  number: string;
  version: number;
  serviceNumber: number | null;
  from: string | null;
  to: string;
} & ({ providerId: string; receivedAtId: string } | { addresseeId: string });

/** The columns of an outbox row that its wire form (`eventPayload`) is made from. */
export type PayloadColumns = Pick<
  OutboxEvent,
  | "eventId"
  | "type"
  | "occurredAt"
  | "number"
  | "version"
  | "serviceNumber"
  | "fromStatus"
  | "toStatus"
  | "providerId"
  | "receivedAtId"
>;

export function eventPayload(row: PayloadColumns): EventPayload {
  const common = {
    id: row.eventId,
    type: row.type,
    occurredAt: row.occurredAt.toISOString(),
    number: row.number,
    version: row.version,
    serviceNumber: row.serviceNumber,
    from: row.fromStatus,
    to: row.toStatus,
  };
  return row.type === "APPLICATION_SUBMITTED" || row.type === "APPLICATION_STATUS_CHANGED"
    ? { ...common, providerId: row.providerId, receivedAtId: row.receivedAtId ?? row.providerId }
    : { ...common, addresseeId: row.providerId };
}
