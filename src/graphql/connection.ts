/**
 * Relay connections (https://relay.dev/graphql/connections.htm): every list
 * of the API is one. Lists of the directory are small (hundreds of rows), so
 * a list is loaded whole — by one batched query — and paged here; that keeps
 * `totalCount` exact and paging identical for root and nested lists.
 *
 * Cursors are opaque offsets into the list as ordered for that field, its
 * parent and its arguments, and name that list: a cursor of another list is
 * `INVALID_CURSOR`. They stay valid while the directory is unchanged.
 */
import "reflect-metadata";
import { createHash } from "node:crypto";
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
  @Field(() => Int, {
    nullable: true,
    description: `Items from the start (after \`after\`); default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor to start after." })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Items from the end (before \`before\`); at most ${MAX_PAGE_SIZE}.`,
  })
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

/** The field a list is served by: what `GraphQLResolveInfo` says of it. */
export interface ListField {
  parentType: { name: string };
  fieldName: string;
}

/**
 * Which list a cursor belongs to: the field (`Region.districts`), its parent
 * (which region) and every argument but the paging ones (filter, order,
 * search text). An offset means something only in the list it came from, so
 * a cursor carries this identity and any other list refuses it.
 */
export function listIdentity(info: ListField, args: object, parentId?: string | null): string {
  const {
    first: _first,
    last: _last,
    after: _after,
    before: _before,
    ...rest
  } = args as ConnectionArgs & Record<string, unknown>;
  const text = `${info.parentType.name}.${info.fieldName}|${parentId ?? ""}|${stableJson(rest)}`;
  return createHash("sha256").update(text).digest("base64url").slice(0, 12);
}

/** JSON with sorted keys and without null or undefined members, so equal arguments give equal text. */
export function stableJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== null && member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${stableJson(member)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function offsetToCursor(list: string, offset: number): string {
  return Buffer.from(`o:${list}:${offset}`, "utf8").toString("base64url");
}

/** The offset a cursor of `list` names; `INVALID_CURSOR` for a cursor of another list, or one we never issued. */
export function cursorToOffset(list: string, cursor: string): number {
  const text = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^o:([A-Za-z0-9_-]{12}):(0|[1-9]\d{0,8})$/.exec(text);
  if (!match || match[1] !== list) throw new InvalidCursorError(cursor);
  return Number(match[2]);
}

/** `first`/`last` must be 0…MAX_PAGE_SIZE: a larger page is refused, never silently capped. */
export function checkPageSize(name: "first" | "last", value: number | null | undefined): void {
  if (value == null) return;
  if (value < 0) throw new PageSizeError(`\`${name}\` must not be negative (got ${value})`);
  if (value > MAX_PAGE_SIZE)
    throw new PageSizeError(`\`${name}\` is at most ${MAX_PAGE_SIZE} (got ${value}); page with \`after\`/\`before\``);
}

/** A page asked of one list, its arguments checked. */
export interface PageRequest {
  list: string;
  first: number | null;
  last: number | null;
  after: number | null;
  before: number | null;
}

/**
 * Checks the paging arguments of one list before any data is loaded, so a
 * bad request costs no query. `info` and `parentId` name the list (see
 * `listIdentity`).
 */
export function pageRequest(args: ConnectionArgs, info: ListField, parentId?: string | null): PageRequest {
  checkPageSize("first", args.first);
  checkPageSize("last", args.last);
  const list = listIdentity(info, args, parentId);
  return {
    list,
    first: args.first ?? null,
    last: args.last ?? null,
    after: args.after != null ? cursorToOffset(list, args.after) : null,
    before: args.before != null ? cursorToOffset(list, args.before) : null,
  };
}

/** The items [start, end) of a list of `total` the Relay algorithm cuts for `page`. */
function window(total: number, page: PageRequest): { start: number; end: number } {
  let start = 0;
  let end = total;
  if (page.after != null) start = Math.max(start, Math.min(end, page.after + 1));
  if (page.before != null) end = Math.max(start, Math.min(end, page.before));
  const first = page.first ?? (page.last == null ? DEFAULT_PAGE_SIZE : null);
  if (first != null) end = Math.min(end, start + first);
  if (page.last != null) start = Math.max(start, end - page.last);
  return { start, end };
}

/** A page whose edges (and their cursors) are made only if the operation asks for them. */
class Page<T> implements Connection<T> {
  constructor(
    readonly nodes: T[],
    private readonly list: string,
    private readonly start: number,
    readonly totalCount: number,
  ) {}

  get edges(): Edge<T>[] {
    return this.nodes.map((node, index) => ({ cursor: offsetToCursor(this.list, this.start + index), node }));
  }

  get pageInfo(): PageInfo {
    const end = this.start + this.nodes.length;
    return {
      hasPreviousPage: this.start > 0,
      hasNextPage: end < this.totalCount,
      startCursor: this.nodes.length ? offsetToCursor(this.list, this.start) : null,
      endCursor: this.nodes.length ? offsetToCursor(this.list, end - 1) : null,
    };
  }
}

/** One page of `items` (the whole list, in order) as the Relay algorithm cuts it. */
export function connectionFromArray<T>(items: readonly T[], page: PageRequest): Connection<T> {
  const { start, end } = window(items.length, page);
  return new Page(items.slice(start, end), page.list, start, items.length);
}

/**
 * One page cut by the database: `count` says how long the whole list is,
 * `fetch(skip, take)` reads only the page's rows. Paging forward, both run at
 * once, and the count only when `counted` (the operation selects
 * `totalCount` or `pageInfo`: see `countSelected`); paging from the end
 * needs the count first.
 */
export async function connectionFromQuery<T>(
  page: PageRequest,
  count: () => Promise<number>,
  fetch: (skip: number, take: number) => Promise<T[]>,
  counted = true,
): Promise<Connection<T>> {
  if (page.last == null && page.before == null) {
    const start = page.after == null ? 0 : page.after + 1;
    const take = page.first ?? DEFAULT_PAGE_SIZE;
    const rowsOf = () => (take > 0 ? fetch(start, take) : Promise.resolve([]));
    if (!counted) {
      // Nothing reads the length: the page's own end stands in for it.
      const rows = await rowsOf();
      return new Page(rows, page.list, start, start + rows.length);
    }
    const [total, rows] = await Promise.all([count(), rowsOf()]);
    return new Page(rows, page.list, Math.min(start, total), total);
  }
  const total = await count();
  const { start, end } = window(total, page);
  return new Page(end > start ? await fetch(start, end - start) : [], page.list, start, total);
}

/** True when the operation reads a connection's length: its `totalCount` or its `pageInfo`. */
export function countSelected(connectionFields: ReadonlySet<string>): boolean {
  return connectionFields.has("totalCount") || connectionFields.has("pageInfo");
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
