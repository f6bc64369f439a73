/**
 * Webhook signatures (README, "For integrators"). Every delivery carries
 *
 *   Qyzmet-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>
 *
 * where the HMAC is keyed with the endpoint's secret (`whsec_…`, as UTF-8)
 * over `<t>.<raw body>`. The receiver recomputes it over the body exactly as
 * received, compares in constant time, and refuses a timestamp outside its
 * replay window (5 minutes by default): a captured request replayed later is
 * refused even though its signature is valid. Several `v1=` values may appear
 * (room for a secret rotation); one matching is enough.
 *
 * `verifySignature` is what an integrator's receiver runs; it has no
 * dependency but node:crypto, so it can be copied as it is.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "qyzmet-signature";
/** The replay window `verifySignature` enforces unless told otherwise (seconds). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function signatureHeader(
  secret: string,
  body: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

export type Verification =
  | { ok: true; timestamp: number }
  | { ok: false; reason: "malformed" | "outside-window" | "mismatch" };

export function verifySignature(
  secret: string,
  header: string | undefined,
  rawBody: string,
  { toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = Date.now() }: { toleranceSeconds?: number; now?: number } = {},
): Verification {
  const parts = (header ?? "").split(",").map((part) => part.trim().split("="));
  const t = Number(parts.find(([key]) => key === "t")?.[1]);
  const given = parts
    .filter(([key, value]) => key === "v1" && /^[0-9a-f]{64}$/.test(value ?? ""))
    .map(([, value]) => Buffer.from(value!, "hex"));
  if (!Number.isInteger(t) || given.length === 0) return { ok: false, reason: "malformed" };
  if (Math.abs(now / 1000 - t) > toleranceSeconds) return { ok: false, reason: "outside-window" };
  const expected = createHmac("sha256", secret).update(`${t}.${rawBody}`).digest();
  return given.some((mac) => timingSafeEqual(mac, expected))
    ? { ok: true, timestamp: t }
    : { ok: false, reason: "mismatch" };
}
