/** The HSDS objects, streamed: providers and (provider, service) links in keyset batches, the 17 services from the context. */
import type { Database } from "../../db/database.js";
import { keysetRows } from "./export.stream.js";
import {
  type HsdsContext,
  type HsdsObject,
  organizationFull,
  PROVIDER_KEYS,
  PROVIDER_SQL,
  type ProviderRecord,
  SAL_KEYS,
  SAL_SQL,
  salFull,
  type SalRecord,
  serviceFullHead,
} from "./hsds.map.js";

export function providerRecords(db: Database, where = "TRUE", params: unknown[] = []): AsyncGenerator<ProviderRecord> {
  return keysetRows<ProviderRecord>(db, {
    sql: PROVIDER_SQL.replace("{where}", `${where} AND {where}`),
    keys: PROVIDER_KEYS,
    params,
    batchSize: 200,
  });
}

export function salRecords(db: Database, where = "TRUE", params: unknown[] = []): AsyncGenerator<SalRecord> {
  return keysetRows<SalRecord>(db, {
    sql: SAL_SQL.replace("{where}", `${where} AND {where}`),
    keys: SAL_KEYS,
    params,
    batchSize: 250,
  });
}

export async function* organizationsFull(db: Database, ctx: HsdsContext): AsyncGenerator<HsdsObject> {
  for await (const row of providerRecords(db)) yield organizationFull(row, ctx);
}

export async function* servicesFull(ctx: HsdsContext): AsyncGenerator<HsdsObject> {
  for (const service of ctx.services.values()) yield serviceFullHead(service, ctx);
}

export async function* salsFull(db: Database, ctx: HsdsContext): AsyncGenerator<HsdsObject> {
  for await (const row of salRecords(db)) yield salFull(row, ctx);
}
