/**
 * Where webhooks may go: only to hosts the operator listed in
 * `WEBHOOK_ALLOWED_HOSTS` (src/config/config.ts), so a portal cannot make
 * Qyzmet send requests into the operator's network or anywhere else it did
 * not choose. Checked when an endpoint is registered and again before every
 * delivery (the list may have changed since). Redirects are never followed
 * (a 3xx is a failed attempt), so an allowed host cannot hand the request on.
 * The check is on the URL's host as written; a listed host name is trusted
 * to resolve where the operator meant.
 */
import { isIP } from "node:net";
import type { WebhookConfig } from "../../config/config.js";

/** Longest URL accepted (also the input policy's limit). */
export const MAX_WEBHOOK_URL_LENGTH = 2_000;

function ipv4ToInt(address: string): number {
  return address.split(".").reduce((value, part) => value * 256 + Number(part), 0);
}

function matches(entry: string, host: string): boolean {
  if (entry.startsWith("*.")) return host.endsWith(entry.slice(1)) && host.length > entry.length - 1;
  const range = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(entry);
  if (range) {
    if (isIP(host) !== 4) return false;
    const bits = Number(range[2]);
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return (ipv4ToInt(host) & mask) >>> 0 === (ipv4ToInt(range[1]!) & mask) >>> 0;
  }
  return entry === host;
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; message: string };

export function checkWebhookUrl(raw: string, config: Pick<WebhookConfig, "allowedHosts" | "allowHttp">): UrlCheck {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH)
    return { ok: false, message: `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, message: "is not a valid absolute URL" };
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && config.allowHttp)) {
    return {
      ok: false,
      message: config.allowHttp
        ? "must be an http:// or https:// URL"
        : "must be an https:// URL (this server does not send webhooks over plain http)",
    };
  }
  if (url.username || url.password) return { ok: false, message: "must not hold a user name or password" };
  if (url.hash) return { ok: false, message: "must not have a #fragment" };
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (config.allowedHosts.length === 0)
    return {
      ok: false,
      message: "cannot be accepted: this server's operator allows no webhook hosts (WEBHOOK_ALLOWED_HOSTS)",
    };
  if (!config.allowedHosts.some((entry) => matches(entry, host)))
    return { ok: false, message: `names host ${host}, which this server's operator does not allow for webhooks` };
  return { ok: true, url };
}
