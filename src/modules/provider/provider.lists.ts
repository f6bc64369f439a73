import type DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { type Connection, connectionFromArray, pageRequest } from "../../graphql/connection.js";
import type { ListKey } from "../../graphql/loader-utils.js";
import { selectedItemFields } from "../../graphql/selection.js";
import type { ProvidersArgs } from "./provider.args.js";
import { type ProviderQuery, providerQuery } from "./provider.repository.js";
import { type ProviderKind, providerKind, type ProviderValue } from "./provider.type.js";

export type ProviderScope = { type?: ProviderValue["type"]; kinds?: ProviderKind[] };

export const AUTHORITIES: ProviderScope = { type: "AUTHORITY" };
export const AKIMAT_APPARATUS: ProviderScope = { type: "AKIMAT_APPARATUS" };
export const SERVICE_CENTRES: ProviderScope = { type: "SERVICE_CENTRE" };
export const REGIONAL_ADMINISTRATIONS: ProviderScope = {
  type: "AUTHORITY",
  kinds: ["REGIONAL_ADMINISTRATION" as ProviderKind],
};

/**
 * The providers under one parent (a region, a district, a service) that
 * match `filter` and `scope`. The kind is picked here from rows of the types
 * asked for, so a region's authorities, akimat apparatus, centres and
 * administration come from one batched query instead of four, and a query
 * that asks only for authorities reads no centres.
 */
export async function providersOf(
  loader: DataLoader<ListKey<ProviderQuery>, ProviderValue[], string>,
  parentId: string,
  scope: ProviderScope,
  filter?: ProvidersArgs["filter"],
  fields?: ReadonlySet<string>,
): Promise<ProviderValue[]> {
  const { type, kinds, ...rest } = providerQuery(scope, filter);
  const rows = await loader.load({ parentId, filter: rest, fields, within: type ? [type] : undefined });
  return rows.filter((row) => (!type || row.type === type) && (!kinds || kinds.includes(providerKind(row))));
}

/** A page of the providers under one parent, through the batching loader. */
export async function providersUnder(
  loader: DataLoader<ListKey<ProviderQuery>, ProviderValue[], string>,
  parentId: string,
  scope: ProviderScope,
  args: ProvidersArgs,
  info: GraphQLResolveInfo,
): Promise<Connection<ProviderValue>> {
  const page = pageRequest(args, info, parentId);
  // Only the columns the selected fields need (a page of names leaves the JSON columns in the database).
  return connectionFromArray(await providersOf(loader, parentId, scope, args.filter, selectedItemFields(info)), page);
}
