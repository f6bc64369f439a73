/**
 * Idempotent mutations. A caller may send an idempotency key with a
 * mutation; the first request with that key does the work and stores its
 * result in the same transaction, a retry gets that result back and creates
 * nothing, and the same key with different input is a `Conflict`.
 *
 * Keys are remembered for IDEMPOTENCY_RETENTION_HOURS.
 *
 * A result can hold an access code, which is otherwise stored only as a hash,
 * so it is stored encrypted (AES-256-GCM) under a key derived from the
 * client's idempotency key, which the database never sees in clear.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { Database, Tx } from "../../db/database.js";
import { Prisma } from "../../generated/prisma/client.js";
import { Conflict, type Outcome, Rollback, ValidationFailed, FieldError, failWith } from "./errors.type.js";
import { sha256 } from "../access/access.service.js";

/** Canonical JSON: object keys sorted, so the same input always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const secretFor = (apiKeyId: string, key: string) =>
  createHash("sha256").update(`qyzmet idempotency\0${apiKeyId}\0${key}`).digest();

export function seal(plain: string, apiKeyId: string, key: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", secretFor(apiKeyId, key), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export function unseal(sealed: string, apiKeyId: string, key: string): string {
  const raw = Buffer.from(sealed, "base64");
  const decipher = createDecipheriv("aes-256-gcm", secretFor(apiKeyId, key), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** Waiting for a pooled connection or a row lock under load must not abort a citizen's request. */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

export interface IdempotentRequest<T> {
  db: Database;
  apiKeyId: string;
  operation: string;
  /** The client's key, or null for a plain (not idempotent) request. */
  key: string | null | undefined;
  /** The input without the key itself. */
  input: unknown;
  /** The work, inside the transaction. Throw `Rollback` to answer with a failure. */
  work: (tx: Tx) => Promise<T>;
  /** What is stored for a replay, and how a replay is turned back into a result. */
  store: (value: T) => unknown;
  replay: (stored: unknown) => Promise<T> | T;
}

/** How long a key is remembered: retries come within minutes; a sealed receipt should not outlive that need by much. */
export const IDEMPOTENCY_RETENTION_HOURS = 72;
const PURGE_EVERY_MS = 60 * 60 * 1000;
let lastPurge = 0;

/** Forgets keys older than the retention; run at most hourly by `runIdempotent`, or by hand. */
export async function purgeIdempotencyKeys(db: Database, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000);
  return (await db.prisma.idempotencyKey.deleteMany({ where: { createdAt: { lt: before } } })).count;
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Runs `work` in one transaction, at most once per (caller, key). */
export async function runIdempotent<T>(request: IdempotentRequest<T>): Promise<Outcome<T>> {
  const { db, apiKeyId, operation, key } = request;
  if (key !== null && key !== undefined && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
    return failWith(
      new ValidationFailed([new FieldError("idempotencyKey", `must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`)]),
    );
  }
  const requestHash = sha256(`${operation}\n${canonicalJson(request.input)}`);
  const id = key ? sha256(`${apiKeyId}\0${key}`) : null;

  const previous = async (): Promise<Outcome<T> | null> => {
    if (!id || !key) return null;
    const row = await db.prisma.idempotencyKey.findUnique({ where: { id } });
    if (!row) return null;
    if (row.operation !== operation || row.requestHash !== requestHash) {
      return failWith(
        new Conflict(
          "IDEMPOTENCY_KEY_REUSED",
          `idempotency key was already used for a different ${row.operation === operation ? "input" : "operation"}`,
        ),
      );
    }
    return { ok: true, value: await request.replay(JSON.parse(unseal(row.result, apiKeyId, key))) };
  };

  if (id && Date.now() - lastPurge > PURGE_EVERY_MS) {
    lastPurge = Date.now();
    await purgeIdempotencyKeys(db);
  }
  const earlier = await previous();
  if (earlier) return earlier;
  try {
    const value = await db.prisma.$transaction(async (tx) => {
      // Claimed first: a concurrent request with the same key waits on this row and then replays.
      if (id && key) await tx.idempotencyKey.create({ data: { id, apiKeyId, operation, requestHash, result: "" } });
      const result = await request.work(tx);
      if (id && key)
        await tx.idempotencyKey.update({
          where: { id },
          data: { result: seal(JSON.stringify(request.store(result)), apiKeyId, key) },
        });
      return result;
    }, TRANSACTION_OPTIONS);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Rollback) return failWith(error.error);
    if (id && isUniqueViolation(error)) {
      const replayed = await previous();
      if (replayed) return replayed;
    }
    throw error;
  }
}
