/**
 * Global, opaque ids: base64url of "<Type>:<record id>". Clients must treat
 * them as opaque; the server reads the type back so `node(id)` can dispatch.
 */
import { InvalidIdError } from "./errors.js";

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

export interface DecodedId {
  type: string;
  id: string;
}

/** Reads a global id; null for anything that is not one. */
export function readGlobalId(globalId: string): DecodedId | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(globalId)) return null;
  const text = Buffer.from(globalId, "base64url").toString("utf8");
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1 || !/^[A-Z][A-Za-z]+$/.test(text.slice(0, colon))) return null;
  return { type: text.slice(0, colon), id: text.slice(colon + 1) };
}

/** Reads a global id; throws `InvalidIdError` for anything we did not issue. */
export function fromGlobalId(globalId: string): DecodedId {
  const decoded = readGlobalId(globalId);
  if (!decoded) throw new InvalidIdError(globalId);
  return decoded;
}

/**
 * The shape of each entity's record id (its slug), as the extractor makes
 * them (seeds/data/REPORT.md, "Rules"): `pavlodar`, `akmola/akkol`,
 * `authority:akmola:akkol`. Global ids always start with an upper-case
 * letter (the base64 of a type name), slugs never do, so neither is mistaken
 * for the other.
 */
export const SLUG_PATTERNS = {
  Region: /^[a-z]+(?:-[a-z]+)*$/,
  District: /^[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
  Provider: /^(?:ministry|(?:authority|basqarma|apparatus|akimat|centre)(?::[a-z0-9]+(?:-[a-z0-9]+)*){1,2})$/,
} as const;

/**
 * The record id a reference names: a global id of one of `types`, or the
 * record's slug (what the write side's inputs and the exports use). Anything
 * else is `INVALID_ID`; a well-formed slug of no record simply finds nothing.
 */
export function expectIdOrSlug(reference: string, slug: RegExp, ...types: string[]): string {
  const trimmed = reference.trim();
  const decoded = readGlobalId(trimmed);
  if (decoded) {
    if (!types.includes(decoded.type)) throw new InvalidIdError(reference, types.join(" or "));
    return decoded.id;
  }
  if (slug.test(trimmed)) return trimmed;
  throw new InvalidIdError(reference, `${types.join(" or ")} (a global id or a slug)`);
}

/** The record id behind `globalId`, which must be of one of `types`. */
export function expectGlobalId(globalId: string, ...types: string[]): string {
  const decoded = fromGlobalId(globalId);
  if (!types.includes(decoded.type)) throw new InvalidIdError(globalId, types.join(" or "));
  return decoded.id;
}
