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

/** Reads a global id; throws `InvalidIdError` for anything we did not issue. */
export function fromGlobalId(globalId: string): DecodedId {
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) throw new InvalidIdError(globalId);
  const text = Buffer.from(globalId, "base64url").toString("utf8");
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1 || !/^[A-Z][A-Za-z]+$/.test(text.slice(0, colon))) throw new InvalidIdError(globalId);
  return { type: text.slice(0, colon), id: text.slice(colon + 1) };
}

/** The record id behind `globalId`, which must be of one of `types`. */
export function expectGlobalId(globalId: string, ...types: string[]): string {
  const decoded = fromGlobalId(globalId);
  if (!types.includes(decoded.type)) throw new InvalidIdError(globalId, types.join(" or "));
  return decoded.id;
}
