/**
 * The statements every kind of citizen's file shares: numbering a new row
 * before it is inserted, reading inside or outside a transaction, and
 * paging one owner's files newest first.
 */
import type { Database, Tx } from "../../db/database.js";
import type { ConnectionArgs } from "../../graphql/connection.js";
import {
  type KeysetColumn,
  type KeysetConnection,
  type KeysetList,
  type KeysetQuery,
  keysetColumns,
  keysetConnection,
} from "../../graphql/keyset.js";

/** The client to read through: the transaction's inside one, else the database's. */
export const clientOf = (db: Database | Tx): Tx => ("prisma" in db ? db.prisma : db);

/** The next id of a file table, taken before the insert so that the file's number can be made from it. */
export async function nextFileId(tx: Tx, table: "application" | "complaint"): Promise<bigint> {
  const [row] = await tx.$queryRawUnsafe<{ id: bigint }[]>(
    `SELECT nextval(pg_get_serial_sequence('${table}', 'id')) AS id`,
  );
  if (!row) throw new Error(`the ${table} sequence gave no id`);
  return BigInt(row.id);
}

/** Newest first: the primary key, descending (every owner's index ends in it). */
export const newestFirst = <Row extends { id: bigint }>(): KeysetColumn<Row>[] => [
  keysetColumns.bigint<Row>("id", "desc", (row) => row.id),
];

/** A page's query: the list's own filters (`where`) ANDed with the keyset's bound, in its order, at most its size. */
export interface FilePageQuery<Where> {
  where: Where | { AND: Where[] };
  orderBy: KeysetQuery["orderBy"];
  take: number;
}

/** A keyset page (src/graphql/keyset.ts) of one owner's files, cut by `where`; `fetch` runs the query. */
export function pageOfFiles<Row, Where extends object>(
  args: ConnectionArgs,
  of: KeysetList,
  columns: readonly KeysetColumn<NoInfer<Row>>[],
  where: Where,
  fetch: (query: FilePageQuery<Where>) => Promise<Row[]>,
): Promise<KeysetConnection<Row>> {
  return keysetConnection(args, of, columns, (page) =>
    // The bound is built from this list's own columns, so it is a filter of the same table.
    fetch({
      where: page.where ? { AND: [where, page.where as Where] } : where,
      orderBy: page.orderBy,
      take: page.take,
    }),
  );
}
