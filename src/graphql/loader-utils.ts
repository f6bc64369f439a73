/**
 * The two shapes every loader of the API has. Both keep DataLoader's
 * contract: values in key order, same length, a missing row is `null` or
 * `[]`, never a thrown error.
 */
import DataLoader from "dataloader";

/** The batch schedule of the loaders built inside `withBatchSchedule`; DataLoader's own when unset. */
let batchSchedule: ((dispatch: () => void) => void) | undefined;

/**
 * Builds loaders (synchronously, in `build`) that dispatch their batches
 * through `schedule`: a heavy operation's loaders wait for their turns
 * (src/graphql/loaders.ts, LoaderTurns in src/modules/common/cpu-turn.ts).
 */
export function withBatchSchedule<T>(schedule: (dispatch: () => void) => void, build: () => T): T {
  batchSchedule = schedule;
  try {
    return build();
  } finally {
    batchSchedule = undefined;
  }
}

/** One row per key, looked up by id. */
export function byIdLoader<R>(
  load: (ids: string[]) => Promise<R[]>,
  idOf: (row: R) => string,
): DataLoader<string, R | null> {
  return new DataLoader(
    async (ids) => {
      const rows = await load([...ids]);
      const byId = new Map(rows.map((row) => [idOf(row), row]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { batchScheduleFn: batchSchedule },
  );
}

/** Copies of the rows `ids` name in an in-memory table (src/db/reference-tables.ts), skipping ids it lacks. */
export function pick<R extends object>(table: ReadonlyMap<string, R>, ids: readonly string[]): R[] {
  return ids.flatMap((id) => {
    const row = table.get(id);
    return row ? [{ ...row }] : [];
  });
}

export interface ListKey<F> {
  parentId: string;
  /** Field arguments that narrow the list; keys with equal filters share one query. */
  filter: F;
  /**
   * The fields the operation selects on the rows (src/graphql/selection.ts),
   * so the query reads only the columns they need; every column when unset.
   * Keys that differ only here still share one query, reading the union.
   */
  fields?: ReadonlySet<string>;
  /**
   * The kinds of row this key keeps (for providers, their types), which the
   * caller picks out of the rows itself; the query reads only the kinds some
   * key of its group wants, every kind when one key leaves this unset.
   */
  within?: readonly string[];
}

const fieldsKey = (fields: ReadonlySet<string> | undefined) => (fields ? [...fields].sort().join(",") : "*");

/**
 * The rows under each parent. Keys are grouped by filter, so one field of one
 * operation costs one query however many parents it runs under; the query
 * returns rows in list order and grouping keeps that order.
 */
export function listLoader<F, R>(
  load: (
    parentIds: string[],
    filter: F,
    fields: ReadonlySet<string> | undefined,
    within: ReadonlySet<string> | undefined,
  ) => Promise<R[]>,
  parentsOf: (row: R) => readonly string[],
): DataLoader<ListKey<F>, R[], string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<
        string,
        { filter: F; parentIds: Set<string>; fields: Set<string> | undefined; within: Set<string> | undefined }
      >();
      for (const key of keys) {
        const filterKey = JSON.stringify(key.filter ?? null);
        let group = groups.get(filterKey);
        if (!group) {
          group = {
            filter: key.filter,
            parentIds: new Set<string>(),
            fields: key.fields && new Set<string>(),
            within: key.within && new Set<string>(),
          };
          groups.set(filterKey, group);
        }
        group.parentIds.add(key.parentId);
        // One key that needs every column (or every kind) makes the group read them all.
        if (!key.fields) group.fields = undefined;
        else for (const field of key.fields) group.fields?.add(field);
        if (!key.within) group.within = undefined;
        else for (const kind of key.within) group.within?.add(kind);
      }
      const results = new Map<string, R[]>();
      await Promise.all(
        [...groups].map(async ([filterKey, group]) => {
          const rows = await load([...group.parentIds], group.filter, group.fields, group.within);
          for (const parentId of group.parentIds) results.set(`${filterKey}\u0000${parentId}`, []);
          for (const row of rows) {
            for (const parentId of parentsOf(row)) results.get(`${filterKey}\u0000${parentId}`)?.push(row);
          }
        }),
      );
      return keys.map((key) => results.get(`${JSON.stringify(key.filter ?? null)}\u0000${key.parentId}`) ?? []);
    },
    {
      batchScheduleFn: batchSchedule,
      cacheKeyFn: (key) =>
        `${JSON.stringify(key.filter ?? null)}\u0000${key.parentId}\u0000${fieldsKey(key.fields)}\u0000${key.within?.join(",") ?? "*"}`,
    },
  );
}
