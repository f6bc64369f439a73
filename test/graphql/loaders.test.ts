/**
 * The loaders' contract, checked by recording the batches they make: values
 * in key order, same length, `null`/`[]` for missing keys, and one batch per
 * distinct filter however many parents ask.
 */
import { describe, expect, it } from "vitest";
import { byIdLoader, listLoader } from "../../src/graphql/loader-utils.js";

interface Row {
  id: string;
  parent: string;
}

const rows: Row[] = [
  { id: "a1", parent: "a" },
  { id: "a2", parent: "a" },
  { id: "b1", parent: "b" },
];

function recordingById() {
  const batches: string[][] = [];
  const loader = byIdLoader<Row>(
    async (ids) => {
      batches.push(ids);
      return rows.filter((row) => ids.includes(row.id)).reverse();
    },
    (row) => row.id,
  );
  return { loader, batches };
}

function recordingList() {
  const batches: { parents: string[]; filter: string }[] = [];
  const loader = listLoader<string, Row>(
    async (parents, filter) => {
      batches.push({ parents, filter });
      return rows.filter((row) => parents.includes(row.parent) && row.id.endsWith(filter === "ones" ? "1" : ""));
    },
    (row) => [row.parent],
  );
  return { loader, batches };
}

describe("loaders", () => {
  it("answer by-id keys in key order with null for missing rows, in one batch", async () => {
    const { loader, batches } = recordingById();
    const result = await Promise.all(["b1", "zz", "a1"].map((id) => loader.load(id)));
    expect(result).toEqual([rows[2], null, rows[0]]);
    expect(batches).toEqual([["b1", "zz", "a1"]]);
  });

  it("answer list keys in key order with [] for parents without rows", async () => {
    const { loader, batches } = recordingList();
    const result = await Promise.all(["b", "c", "a"].map((parentId) => loader.load({ parentId, filter: "all" })));
    expect(result).toEqual([[rows[2]], [], [rows[0], rows[1]]]);
    expect(batches).toEqual([{ parents: ["b", "c", "a"], filter: "all" }]);
  });

  it("make one query per distinct filter, not per parent", async () => {
    const { loader, batches } = recordingList();
    const result = await Promise.all([
      loader.load({ parentId: "a", filter: "all" }),
      loader.load({ parentId: "a", filter: "ones" }),
      loader.load({ parentId: "b", filter: "all" }),
      loader.load({ parentId: "b", filter: "ones" }),
    ]);
    expect(result.map((list) => list.map((row) => row.id))).toEqual([["a1", "a2"], ["a1"], ["b1"], ["b1"]]);
    expect(batches).toEqual([
      { parents: ["a", "b"], filter: "all" },
      { parents: ["a", "b"], filter: "ones" },
    ]);
  });

  it("cache a key for the life of the loader, so a repeated key costs nothing", async () => {
    const { loader, batches } = recordingList();
    await loader.load({ parentId: "a", filter: "all" });
    await loader.load({ parentId: "a", filter: "all" });
    expect(batches).toHaveLength(1);
  });
});
