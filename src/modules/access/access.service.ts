/**
 * API keys and who is calling. A key reads `qz_<id>_<secret>`: the id finds
 * the row, only a sha256 of the secret is stored, and the whole key is shown
 * once, when it is issued. Roles: PORTAL submits and tracks what it submitted,
 * OFFICER acts for one provider, ADMIN manages keys. The directory needs no
 * key at all.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Database } from "../../db/database.js";
import type { ApiKeyRole } from "../../generated/prisma/enums.js";
import type { Context } from "../../graphql/context.js";

export type Role = ApiKeyRole;

export type Caller =
  | { kind: "anonymous" }
  /** A key was sent but is unknown, malformed or revoked. */
  | { kind: "rejected"; reason: string }
  | { kind: "key"; keyId: string; role: Role; providerId: string | null; name: string };

export const ANONYMOUS: Caller = { kind: "anonymous" };

const KEY_FORMAT = /^qz_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

export interface IssuedKey {
  id: string;
  /** The whole key; never stored, shown once. */
  key: string;
  secretHash: string;
}

export function newApiKey(): IssuedKey {
  const id = randomBytes(9)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "0")
    .slice(0, 12);
  const secret = randomBytes(32).toString("base64url");
  return { id, key: `qz_${id}_${secret}`, secretHash: sha256(secret) };
}

/** The key from `Authorization: Bearer qz_…` or `X-Api-Key: qz_…`; null when neither is sent. */
export function apiKeyFromHeaders(headers: Record<string, string | string[] | undefined>): string | null {
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header("authorization") ?? "");
  return bearer?.[1] ?? header("x-api-key")?.trim() ?? null;
}

export async function authenticate(db: Database, key: string | null | undefined): Promise<Caller> {
  if (!key) return ANONYMOUS;
  const match = KEY_FORMAT.exec(key);
  if (!match) return { kind: "rejected", reason: "the API key is malformed (expected qz_<id>_<secret>)" };
  const [, id, secret] = match as unknown as [string, string, string];
  const row = await db.prisma.apiKey.findUnique({ where: { id } });
  const expected = Buffer.from(row?.secretHash ?? "0".repeat(64), "hex");
  const given = Buffer.from(sha256(secret), "hex");
  // Compared in constant time even when the id is unknown, so timing tells nothing.
  const matches = timingSafeEqual(expected, given) && row !== null;
  if (!row || !matches) return { kind: "rejected", reason: "the API key is not recognised" };
  if (row.revokedAt) return { kind: "rejected", reason: "the API key was revoked" };
  return { kind: "key", keyId: row.id, role: row.role, providerId: row.providerId, name: row.name };
}

const callers = new WeakMap<Context, Promise<Caller>>();

/** The caller of this request, looked up once per request. */
export function callerOf(ctx: Context): Promise<Caller> {
  let caller = callers.get(ctx);
  if (!caller) {
    caller = authenticate(ctx.db, ctx.apiKey);
    callers.set(ctx, caller);
  }
  return caller;
}

/** The caller of this request if something already looked it up, without looking it up (for logs). */
export function knownCaller(ctx: Context): Promise<Caller> | undefined {
  return callers.get(ctx);
}

export type KeyCaller = Extract<Caller, { kind: "key" }>;

/** The caller when it holds a key of one of `roles`, else why not (for a `Forbidden`). */
export function requireRole(
  caller: Caller,
  ...roles: Role[]
): { ok: true; caller: KeyCaller } | { ok: false; message: string; role: Role } {
  const role = roles[0] ?? "ADMIN";
  if (caller.kind === "anonymous")
    return { ok: false, message: `this needs an API key with role ${roles.join(" or ")}`, role };
  if (caller.kind === "rejected") return { ok: false, message: caller.reason, role };
  if (!roles.includes(caller.role))
    return {
      ok: false,
      message: `an API key with role ${caller.role} may not do this; it needs ${roles.join(" or ")}`,
      role,
    };
  return { ok: true, caller };
}

/** Issues a key outside GraphQL (the first ADMIN key of a deployment; see access.cli.ts). */
export async function issueApiKey(
  db: Database,
  input: { name: string; role: Role; providerId?: string | null; createdBy?: string | null },
) {
  const issued = newApiKey();
  const row = await db.prisma.apiKey.create({
    data: {
      id: issued.id,
      name: input.name,
      role: input.role,
      providerId: input.providerId ?? null,
      secretHash: issued.secretHash,
      createdBy: input.createdBy ?? null,
    },
  });
  return { key: issued.key, row };
}
