/**
 * Name-based UUIDs (RFC 9562 version 5): the standards want UUIDs, the
 * directory has slugs, and a v5 UUID of a slug is the same on every
 * deployment and after every re-seed. `organization_identifiers` (HSDS) and
 * `dct:identifier` (CPSV-AP) keep the slug beside it.
 */
import { createHash } from "node:crypto";

/** RFC 9562's namespace for URLs. */
export const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

export function uuidv5(name: string, namespace: string): string {
  const bytes = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Qyzmet's namespace: the v5 UUID of the name below in the URL namespace. */
export const QYZMET_NAMESPACE = uuidv5("urn:qyzmet:hsds", URL_NAMESPACE);

/** The UUID of one record: `kind:key` (`organization:authority:akmola:akkol`, `service:6`). */
export const recordUuid = (kind: string, key: string | number) => uuidv5(`${kind}:${key}`, QYZMET_NAMESPACE);
