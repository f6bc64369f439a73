/**
 * Makes a table hold exactly a given set of rows, keyed by id: inserts the
 * new ones, updates the changed ones in place, leaves equal ones untouched
 * and deletes the ones that are gone. One statement per step, with the rows
 * passed as one JSON parameter, so it is fast on PGlite and PostgreSQL alike.
 */
import type { SqlTransaction } from "./database.js";

export interface TableSpec {
  table: string;
  /** Primary-key columns. */
  key: string[];
  /** Every column that is written, with its SQL type as `jsonb_to_recordset` needs it. */
  columns: [name: string, sqlType: string][];
}

export interface SyncCounts {
  inserted: number;
  updated: number;
  deleted: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function syncTable(
  tx: SqlTransaction,
  spec: TableSpec,
  rows: Record<string, unknown>[],
): Promise<SyncCounts> {
  const table = quote(spec.table);
  const names = spec.columns.map(([name]) => quote(name));
  const definitions = spec.columns.map(([name, type]) => `${quote(name)} ${type}`).join(", ");
  const keys = spec.key.map(quote);
  const valueColumns = spec.columns
    .map(([name]) => name)
    .filter((name) => !spec.key.includes(name))
    .map(quote);
  const payload = JSON.stringify(rows);

  const onConflict = valueColumns.length
    ? `DO UPDATE SET ${valueColumns.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}
       WHERE (${valueColumns.map((c) => `${table}.${c}`).join(", ")}) IS DISTINCT FROM (${valueColumns.map((c) => `EXCLUDED.${c}`).join(", ")})`
    : "DO NOTHING";
  // `xmax = 0` tells a freshly inserted row from an updated one.
  const upserted = await tx.query<{ inserted: boolean }>(
    `INSERT INTO ${table} (${names.join(", ")})
     SELECT ${names.join(", ")} FROM jsonb_to_recordset($1::jsonb) AS r(${definitions})
     ON CONFLICT (${keys.join(", ")}) ${onConflict}
     RETURNING (xmax = 0) AS inserted`,
    [payload],
  );
  const keyDefinitions = spec.columns
    .filter(([name]) => spec.key.includes(name))
    .map(([name, type]) => `${quote(name)} ${type}`);
  const deleted = await tx.query(
    `DELETE FROM ${table} WHERE (${keys.join(", ")}) NOT IN (
       SELECT ${keys.join(", ")} FROM jsonb_to_recordset($1::jsonb) AS r(${keyDefinitions.join(", ")}))
     RETURNING 1`,
    [JSON.stringify(rows.map((row) => Object.fromEntries(spec.key.map((k) => [k, row[k]]))))],
  );
  const inserted = upserted.filter((row) => row.inserted).length;
  return { inserted, updated: upserted.length - inserted, deleted: deleted.length };
}
