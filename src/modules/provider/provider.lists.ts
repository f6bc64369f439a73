import type DataLoader from "dataloader";
import { checkConnectionArgs, type Connection, connectionFromArray } from "../../graphql/connection.js";
import type { ListKey } from "../../graphql/loader-utils.js";
import type { ProvidersArgs } from "./provider.args.js";
import { type ProviderQuery, providerQuery } from "./provider.repository.js";
import type { ProviderKind, ProviderValue } from "./provider.type.js";

export type ProviderScope = { type?: ProviderValue["type"]; kinds?: ProviderKind[] };

export const AUTHORITIES: ProviderScope = { type: "AUTHORITY" };
export const AKIMAT_APPARATUS: ProviderScope = { type: "AKIMAT_APPARATUS" };
export const SERVICE_CENTRES: ProviderScope = { type: "SERVICE_CENTRE" };
export const REGIONAL_ADMINISTRATIONS: ProviderScope = { type: "AUTHORITY", kinds: ["REGIONAL_ADMINISTRATION" as ProviderKind] };

/** A page of the providers under one parent (a region, a district, a service), through the batching loader. */
export async function providersUnder(
  loader: DataLoader<ListKey<ProviderQuery>, ProviderValue[], string>,
  parentId: string,
  scope: ProviderScope,
  args: ProvidersArgs,
): Promise<Connection<ProviderValue>> {
  checkConnectionArgs(args);
  const rows = await loader.load({ parentId, filter: providerQuery(scope, args.filter) });
  return connectionFromArray(rows, args);
}
