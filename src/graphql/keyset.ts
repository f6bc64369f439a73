/**
 * Relay connections for lists that grow without bound (the write side's
 * applications and complaints): paged by position in an indexed order
 * ("keyset"), never by offset, so a page costs the same at row one and at
 * row a million. `first/after` walks the order forward, `last/before`
 * backward; both give the same `edges`, `nodes` and `pageInfo` as the
 * directory's lists.
 *
 * A cursor holds the sort key of its row and the identity of its list (the
 * field, whose list it is, the filters and the order; see `listIdentity`): a
 * cursor of another list is `INVALID_CURSOR`. There is no `totalCount`:
 * counting a million rows per page is what keyset paging avoids.
 */
import "reflect-metadata";
import { type ClassType, Field, ObjectType } from "type-graphql";
import {
  checkPageSize,
  type ConnectionArgs,
  DEFAULT_PAGE_SIZE,
  type Edge,
  type ListField,
  listIdentity,
  PageInfo,
} from "./connection.js";
import { BadInputError, InvalidCursorError } from "./errors.js";

/** One column of an order: its name in the query builder, its direction, and how its value travels in a cursor. */
export interface KeysetColumn<Row> {
  field: string;
  direction: "asc" | "desc";
  read(row: Row): string;
  /** The cursor's text back to a value the query builder takes; null when the text cannot be one. */
  parse(text: string): unknown;
}

export interface KeysetConnection<Row> {
  edges: Edge<Row>[];
  nodes: Row[];
  pageInfo: PageInfo;
}

/** What to fetch: rows past `where` (null: from the start), in `orderBy`, at most `take`. */
export interface KeysetQuery {
  where: Record<string, unknown> | null;
  orderBy: Record<string, "asc" | "desc">[];
  take: number;
}

function encode(list: string, key: string[]): string {
  return Buffer.from(`k:${list}:${JSON.stringify(key)}`, "utf8").toString("base64url");
}

function decode<Row>(list: string, cursor: string, columns: readonly KeysetColumn<Row>[]): unknown[] {
  const text = /^[A-Za-z0-9_-]{1,512}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const prefix = `k:${list}:`;
  if (!text.startsWith(prefix)) throw new InvalidCursorError(cursor);
  let key: unknown;
  try {
    key = JSON.parse(text.slice(prefix.length));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (!Array.isArray(key) || key.length !== columns.length) throw new InvalidCursorError(cursor);
  return columns.map((column, index) => {
    const value = typeof key[index] === "string" ? column.parse(key[index]) : null;
    if (value === null) throw new InvalidCursorError(cursor);
    return value;
  });
}

/**
 * Rows strictly past `key` in the order (forward), or strictly before it
 * (backward): (c1 > v1) OR (c1 = v1 AND c2 > v2) OR …, each comparison
 * turned by its column's direction.
 */
function beyond<Row>(columns: readonly KeysetColumn<Row>[], key: unknown[], forward: boolean): Record<string, unknown> {
  const branches = columns.map((column, index) => {
    const equal = Object.fromEntries(columns.slice(0, index).map((previous, at) => [previous.field, key[at]]));
    const ascending = (column.direction === "asc") === forward;
    return { ...equal, [column.field]: { [ascending ? "gt" : "lt"]: key[index] } };
  });
  return branches.length === 1 ? branches[0]! : { OR: branches };
}

/** Which list is paged: the field serving it, whose list it is and the filters that cut it. */
export interface KeysetList {
  field: ListField;
  /** The owner of the list (a provider, a portal's key): a cursor of one portal's list is not one of another's. */
  owner: string;
  filters: object;
}

/** One page of a keyset list. `fetch` runs the query, with filters of its own ANDed with `where`. */
export async function keysetConnection<Row>(
  args: ConnectionArgs,
  of: KeysetList,
  columns: readonly KeysetColumn<NoInfer<Row>>[],
  fetch: (query: KeysetQuery) => Promise<Row[]>,
): Promise<KeysetConnection<Row>> {
  checkPageSize("first", args.first);
  checkPageSize("last", args.last);
  if (args.first != null && args.last != null)
    throw new BadInputError("pass `first` or `last`, not both: a keyset page is read from one end");
  const order = columns.map((column) => `${column.field} ${column.direction}`);
  const list = listIdentity(of.field, { filters: of.filters, order }, of.owner);
  const after = args.after != null ? decode(list, args.after, columns) : null;
  const before = args.before != null ? decode(list, args.before, columns) : null;
  const forward = args.last == null;
  const size = (forward ? args.first : args.last) ?? DEFAULT_PAGE_SIZE;
  const bounds = [after && beyond(columns, after, true), before && beyond(columns, before, false)].filter(
    (bound) => bound !== null,
  );
  const rows = await fetch({
    where: bounds.length === 0 ? null : bounds.length === 1 ? bounds[0]! : { AND: bounds },
    orderBy: columns.map((column) => ({ [column.field]: (column.direction === "asc") === forward ? "asc" : "desc" })),
    take: size + 1,
  });
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (!forward) page.reverse();
  const edges = page.map((node) => ({
    node,
    cursor: encode(
      list,
      columns.map((column) => column.read(node)),
    ),
  }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      // Past a cursor there is at least the cursor's own row on the other side.
      hasNextPage: forward ? more : before !== null,
      hasPreviousPage: forward ? after !== null : more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The same page with every node turned into its view (a row into its GraphQL object); the cursors stay. */
export function mapConnection<Row, View>(
  page: KeysetConnection<Row>,
  view: (row: Row) => View,
): KeysetConnection<View> {
  const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: view(node) }));
  return { edges, nodes: edges.map((edge) => edge.node), pageInfo: page.pageInfo };
}

/** Column helpers for the usual key types. */
export const keysetColumns = {
  bigint<Row>(field: string, direction: "asc" | "desc", read: (row: Row) => bigint): KeysetColumn<Row> {
    return {
      field,
      direction,
      read: (row) => String(read(row)),
      parse: (text) => (/^\d{1,19}$/.test(text) ? BigInt(text) : null),
    };
  },
  date<Row>(field: string, direction: "asc" | "desc", read: (row: Row) => Date): KeysetColumn<Row> {
    return {
      field,
      direction,
      read: (row) => read(row).toISOString(),
      parse: (text) =>
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(text) && !Number.isNaN(Date.parse(text))
          ? new Date(text)
          : null,
    };
  },
};

/**
 * The `<Name>Connection` and `<Name>Edge` types of a keyset list: the
 * directory's connection shape (edges, nodes, pageInfo) without `totalCount`.
 */
export function keysetConnectionType<T extends object>(name: string, nodeType: () => ClassType<T>, kazakh: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list (${kazakh}, тізім элементі), with its cursor.` })
  class EdgeType {
    @Field(() => String, {
      description: "Opaque cursor of this item, for `after`/`before`; valid only in the list that issued it.",
    })
    cursor!: string;

    @Field(nodeType, { description: `The ${name} (${kazakh}).` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `A keyset page of ${name} items (${kazakh}), as a Relay connection: pass \`pageInfo.endCursor\` as \`after\` for the next page, \`startCursor\` as \`before\` (with \`last\`) for the previous one. No totalCount: the list grows without bound.`,
  })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "The page's items with their cursors." })
    edges!: Edge<T>[];

    @Field(() => [nodeType()], { description: "The page's items without cursors." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Where the page sits in the list." })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}
