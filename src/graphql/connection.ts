/**
 * Relay connections (https://relay.dev/graphql/connections.htm): every list
 * of the API is one. Lists of the directory are small (hundreds of rows), so
 * a list is loaded whole — by one batched query — and paged here; that keeps
 * `totalCount` exact and paging identical for root and nested lists.
 *
 * Cursors are opaque offsets into the list as ordered for that field and its
 * arguments; they stay valid while the directory is unchanged.
 */
import "reflect-metadata";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { InvalidCursorError, PageSizeError } from "./errors.js";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType("PageInfo", { description: "Where a page sits in its list (бет туралы мәлімет), as Relay defines it." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when items follow this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when items precede this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page; null for an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of the page; null for an empty page." })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Items from the start (after \`after\`); default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor to start after." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Items from the end (before \`before\`); at most ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor to end before." })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

const CURSOR_PREFIX = "offset:";

export function offsetToCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, "utf8").toString("base64url");
}

export function cursorToOffset(cursor: string): number {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^offset:(0|[1-9]\d{0,8})$/.exec(text);
  if (!match) throw new InvalidCursorError(cursor);
  return Number(match[1]);
}

function checkSize(name: "first" | "last", value: number | null | undefined): void {
  if (value == null) return;
  if (value < 0) throw new PageSizeError(`\`${name}\` must not be negative (got ${value})`);
  if (value > MAX_PAGE_SIZE) throw new PageSizeError(`\`${name}\` is at most ${MAX_PAGE_SIZE} (got ${value}); page with \`after\`/\`before\``);
}

/** Checks the paging arguments before any data is loaded, so a bad request costs no query. */
export function checkConnectionArgs(args: ConnectionArgs): void {
  checkSize("first", args.first);
  checkSize("last", args.last);
  if (args.after != null) cursorToOffset(args.after);
  if (args.before != null) cursorToOffset(args.before);
}

/** One page of `items` (the whole list, in order) as the Relay algorithm cuts it. */
export function connectionFromArray<T>(items: readonly T[], args: ConnectionArgs): Connection<T> {
  checkConnectionArgs(args);
  let start = 0;
  let end = items.length;
  if (args.after != null) start = Math.max(start, Math.min(end, cursorToOffset(args.after) + 1));
  if (args.before != null) end = Math.max(start, Math.min(end, cursorToOffset(args.before)));
  const first = args.first ?? (args.last == null ? DEFAULT_PAGE_SIZE : null);
  if (first != null) end = Math.min(end, start + first);
  if (args.last != null) start = Math.max(start, end - args.last);
  const edges = items.slice(start, end).map((node, index) => ({ cursor: offsetToCursor(start + index), node }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount: items.length,
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: end < items.length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * The `<Name>Connection` and `<Name>Edge` types for a node type. Call once
 * per node type at module level (type-graphql registers the classes).
 */
export function connectionType<T extends object>(name: string, nodeType: () => ClassType<T> | object, kazakh: string) {
  const nodeThunk = nodeType as () => ClassType<T>;

  @ObjectType(`${name}Edge`, { description: `One ${name} in a list (${kazakh}, тізім элементі), with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: "Opaque cursor of this item, for `after`/`before`." })
    cursor!: string;

    @Field(nodeThunk, { description: `The ${name} (${kazakh}).` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (${kazakh}), as a Relay connection.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "The page's items with their cursors." })
    edges!: Edge<T>[];

    @Field(() => [nodeThunk()], { description: "The page's items without cursors." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Where the page sits in the list." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items the whole list has (all pages), after filters." })
    totalCount!: number;
  }
  return ConnectionType;
}
