/** Relay paging over a whole list: the algorithm every list of the API shares, and cursors bound to their list. */
import { describe, expect, it } from "vitest";
import {
  type ConnectionArgs,
  connectionFromArray,
  cursorToOffset,
  DEFAULT_PAGE_SIZE,
  listIdentity,
  MAX_PAGE_SIZE,
  offsetToCursor,
  pageRequest,
} from "../../src/graphql/connection.js";

const letters = "abcdefghijklmnopqrstuvwxyz".split("");
const field = { parentType: { name: "Query" }, fieldName: "letters" } as const;
const list = listIdentity(field, {});
const page = (args: ConnectionArgs) => connectionFromArray(letters, pageRequest(args, field));

describe("connections", () => {
  it("gives the first 20 items when no page is asked for, and says more follow", () => {
    const result = page({});
    expect(result.nodes).toEqual(letters.slice(0, DEFAULT_PAGE_SIZE));
    expect(result.totalCount).toBe(26);
    expect(result.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it("pages forward with first/after until the last page, which has no next page", () => {
    const first = page({ first: 10 });
    const second = page({ first: 10, after: first.pageInfo.endCursor });
    const third = page({ first: 10, after: second.pageInfo.endCursor });
    expect([...first.nodes, ...second.nodes, ...third.nodes]).toEqual(letters);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("pages backward with last/before", () => {
    const last = page({ last: 5 });
    expect(last.nodes).toEqual(["v", "w", "x", "y", "z"]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = page({ last: 5, before: last.pageInfo.startCursor });
    expect(before.nodes).toEqual(["q", "r", "s", "t", "u"]);
  });

  it("returns an empty page with null cursors after the last item and for an empty list", () => {
    const after = page({ first: 5, after: offsetToCursor(list, 25) });
    expect(after.edges).toEqual([]);
    expect(after.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    expect(connectionFromArray([], pageRequest({ first: 5 }, field))).toMatchObject({
      totalCount: 0,
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
    });
  });

  it("gives every edge a cursor that reads back as its position", () => {
    const result = page({ first: 3, after: offsetToCursor(list, 2) });
    expect(result.edges.map((edge) => cursorToOffset(list, edge.cursor))).toEqual([3, 4, 5]);
  });

  it("refuses cursors it did not issue with INVALID_CURSOR", () => {
    for (const cursor of [
      "nonsense",
      "",
      "b2Zmc2V0Oi0x",
      Buffer.from("offset:3").toString("base64url"),
      Buffer.from(`o:${list}:x`).toString("base64url"),
    ]) {
      expect(() => page({ after: cursor }), cursor).toThrow(
        expect.objectContaining({ extensions: { code: "INVALID_CURSOR" } }),
      );
    }
  });

  it("refuses a cursor of another list, another parent or other filters with INVALID_CURSOR", () => {
    const cursor = page({ first: 2 }).pageInfo.endCursor!;
    const elsewhere = [
      pageRequest.bind(null, { after: cursor }, { parentType: { name: "Query" }, fieldName: "numbers" }),
      pageRequest.bind(null, { after: cursor }, field, "a-parent"),
      pageRequest.bind(null, { after: cursor, filter: { text: "a" } } as ConnectionArgs, field),
    ];
    for (const request of elsewhere)
      expect(request).toThrow(expect.objectContaining({ extensions: { code: "INVALID_CURSOR" } }));
    // The page size is not part of the list: the same cursor pages on with another size.
    expect(page({ first: 5, after: cursor }).nodes).toEqual(["c", "d", "e", "f", "g"]);
  });

  it("names the same list the same way whatever the order of the filter's members, and null members count as absent", () => {
    expect(listIdentity(field, { filter: { a: 1, b: 2 } })).toBe(listIdentity(field, { filter: { b: 2, a: 1 } }));
    expect(listIdentity(field, { filter: null })).toBe(listIdentity(field, {}));
    expect(listIdentity(field, { filter: { a: 1 } })).not.toBe(listIdentity(field, { filter: { a: 2 } }));
  });

  it(`refuses pages above ${MAX_PAGE_SIZE} and negative sizes with PAGE_SIZE_EXCEEDED instead of capping them`, () => {
    expect(() => page({ first: MAX_PAGE_SIZE + 1 })).toThrow(
      expect.objectContaining({ extensions: { code: "PAGE_SIZE_EXCEEDED" } }),
    );
    expect(() => page({ last: -1 })).toThrow(expect.objectContaining({ extensions: { code: "PAGE_SIZE_EXCEEDED" } }));
    expect(page({ first: MAX_PAGE_SIZE }).nodes).toHaveLength(26);
  });
});
