/** The webhook configuration of the server serving a database (set by the server at start; resolvers read it to check URLs). */
import { type WebhookConfig, parseWebhookConfig } from "../../config/config.js";
import type { Database } from "../../db/database.js";

const settings = new WeakMap<Database, WebhookConfig>();
/** Without a server's configuration: the defaults, which allow no webhook host. */
const DEFAULTS = parseWebhookConfig({});

export function setWebhookConfig(db: Database, config: WebhookConfig): void {
  settings.set(db, config);
}

export function webhookConfigOf(db: Database): WebhookConfig {
  return settings.get(db) ?? DEFAULTS;
}
