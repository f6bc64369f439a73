/**
 * Tracking an application or a complaint by its number: who may, and with
 * what. The submitting portal and the provider's officers (whoever may see
 * the personal data) are served by their API key alone; anyone else needs
 * the access code, and their wrong codes are counted per client and number
 * (attempt-limiter.ts), never per number alone.
 */
import { randomInt } from "node:crypto";
import { BadInputError } from "../../graphql/errors.js";
import { accessCodeLookups, clientOf } from "../access/attempt-limiter.js";
import type { Database } from "../../db/database.js";
import type { KeyCaller } from "../access/access.service.js";
import { sha256 } from "../access/access.service.js";

/** 10 characters of Crockford's base32 (no I, L, O, U): about 50 bits, read out over a phone without confusion. */
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export function newAccessCode(): string {
  let code = "";
  for (let i = 0; i < 10; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The stored form of an access code (case and surrounding spaces do not matter). */
export const hashAccessCode = (code: string): string => sha256(`access-code\0${code.trim().toUpperCase()}`);

export interface TrackingLookup<T extends { accessCodeHash: string }> {
  db: Database;
  /** The caller's key, when it sent an accepted one. */
  caller: KeyCaller | null;
  /** Where the request came from (`Context.clientAddress`). */
  clientAddress: string | null;
  /** The normalised number (`registrationNumber`, common/file-number.ts). */
  number: string;
  accessCode: string | null | undefined;
  load: (number: string) => Promise<T | null>;
  /** Whether the caller's key may read the record without its code (the submitting portal, the provider's officers). */
  owns: (caller: KeyCaller, record: T) => boolean;
}

/** The record, or null when the number or the code is wrong (the two are not told apart). */
export async function lookUpByAccessCode<T extends { accessCodeHash: string }>(
  lookup: TrackingLookup<T>,
): Promise<T | null> {
  const { caller, number } = lookup;
  let record: T | null | undefined;
  if (caller) {
    record = await lookup.load(number);
    if (record && lookup.owns(caller, record)) return record;
  }
  const code = lookup.accessCode?.trim();
  if (!code) {
    throw new BadInputError(
      "`accessCode` is needed, unless the API key is the submitting portal's or an officer's of the provider",
    );
  }
  const limiter = accessCodeLookups(lookup.db);
  const client = clientOf(caller?.keyId ?? null, lookup.clientAddress);
  await limiter.check(client, number);
  record ??= await lookup.load(number);
  if (record && record.accessCodeHash === hashAccessCode(code)) return record;
  await limiter.fail(client, number);
  return null;
}
