/**
 * What an operation selects of the objects a list returns, so a repository
 * reads only the columns those fields need (a page of names need not carry
 * every address, phone and schedule as JSON).
 */
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/** Field names selected directly in `selectionSet`, through fragments and inline fragments. */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  into: Map<string, FieldNode[]>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD)
      into.set(selection.name.value, [...(into.get(selection.name.value) ?? []), selection]);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, info, into);
    else fieldsOf(info.fragments[selection.name.value]?.selectionSet, info, into);
  }
}

/** The fields selected on a connection's items: under `nodes` and under `edges { node }`, in every place the connection is asked for. */
export function selectedItemFields(info: GraphQLResolveInfo): Set<string> {
  const connection = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes) fieldsOf(node.selectionSet, info, connection);
  const items = new Map<string, FieldNode[]>();
  for (const field of connection.get("nodes") ?? []) fieldsOf(field.selectionSet, info, items);
  for (const edges of connection.get("edges") ?? []) {
    const edge = new Map<string, FieldNode[]>();
    fieldsOf(edges.selectionSet, info, edge);
    for (const field of edge.get("node") ?? []) fieldsOf(field.selectionSet, info, items);
  }
  return new Set(items.keys());
}

/** The fields selected on the object a field returns (through fragments and inline fragments). */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const fields = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes) fieldsOf(node.selectionSet, info, fields);
  return new Set(fields.keys());
}
