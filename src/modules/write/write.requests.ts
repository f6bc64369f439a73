/**
 * The request side every write module shares: who may write, and how a
 * citizen's file is looked up by its number. Applications and complaints
 * answer their mutations and their `…ByNumber` queries through these, so the
 * two modules differ only in what is theirs (rules, lifecycle, views).
 */
import type { Context } from "../../graphql/context.js";
import { ForbiddenError, UnauthenticatedError } from "../access/access.errors.js";
import { callerOf, type KeyCaller, requireRole, type Role } from "../access/access.service.js";
import { registrationNumber } from "../common/file-number.js";
import { lookUpByAccessCode } from "./access-code.js";
import { type Failure, Forbidden, type Outcome } from "./errors.type.js";

/** A write by a key of one of `roles`: the view of what it wrote, or why nothing was written (as data, never thrown). */
export async function answerWrite<T, V>(
  ctx: Context,
  roles: readonly [Role, ...Role[]],
  write: (caller: KeyCaller) => Promise<Outcome<T>>,
  view: (value: T, caller: KeyCaller) => V,
): Promise<V | Failure> {
  const auth = requireRole(await callerOf(ctx), ...roles);
  if (!auth.ok) return new Forbidden(auth.message, auth.role);
  const outcome = await write(auth.caller);
  return outcome.ok ? view(outcome.value, auth.caller) : outcome.error;
}

export interface TrackRequest<T extends { accessCodeHash: string }, V> {
  /** The number as typed, and the letter its kind of record is numbered with. */
  number: string;
  kind: "A" | "C";
  accessCode: string | null | undefined;
  load: (number: string) => Promise<T | null>;
  /** Whether a key may read the record without its code (and see the personal data). */
  owns: (caller: KeyCaller, record: T) => boolean;
  view: (record: T, caller: KeyCaller | null) => V;
}

/** A record by its registration number: for its owners by their key alone, for anyone else with the access code; null when either is wrong. */
export async function trackByNumber<T extends { accessCodeHash: string }, V>(
  ctx: Context,
  request: TrackRequest<T, V>,
): Promise<V | null> {
  const caller = await callerOf(ctx);
  if (caller.kind === "rejected") throw new UnauthenticatedError(caller.reason);
  const keyCaller = caller.kind === "key" ? caller : null;
  const record = await lookUpByAccessCode({
    db: ctx.db,
    caller: keyCaller,
    clientAddress: ctx.clientAddress,
    number: registrationNumber(request.number, request.kind),
    accessCode: request.accessCode,
    load: request.load,
    owns: request.owns,
  });
  return record && request.view(record, keyCaller);
}

/** Who reads a list of files: an officer for their provider, or a portal for what it sent. */
export type ListReader =
  | { role: "OFFICER"; providerId: string; caller: KeyCaller }
  | { role: "PORTAL"; caller: KeyCaller };

/** The reader of a list of `files` (a plural noun); anyone else is refused, thrown, as a query's errors are. */
export async function listReader(ctx: Context, files: string): Promise<ListReader> {
  const caller = await callerOf(ctx);
  if (caller.kind !== "key")
    throw new UnauthenticatedError(
      caller.kind === "rejected" ? caller.reason : `listing ${files} needs an OFFICER or PORTAL API key`,
    );
  if (caller.role === "OFFICER" && caller.providerId) return { role: "OFFICER", providerId: caller.providerId, caller };
  if (caller.role === "PORTAL") return { role: "PORTAL", caller };
  throw new ForbiddenError(`ADMIN keys manage keys; ${files} are read by officers and portals`);
}
