/**
 * Names sort in the Kazakh alphabet's order on every database: the key of
 * src/modules/common/kazakh-order.ts, stored in `name_sort`, checked here
 * against an oracle written from the alphabet itself, through the real
 * server on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareKazakh, KAZAKH_ALPHABET, kazakhSortKey } from "../../src/modules/common/kazakh-order.js";
import { databaseTargets } from "../support/database.js";
import { type GraphHarness, startSeededGraph } from "./support.js";

/** The alphabet as the brief and any Kazakh primer print it. */
const ALPHABET = "А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я".split(" ");

/** An oracle independent of the key: letter by letter, by position in ALPHABET; a word break before any letter. */
function oracle(a: string, b: string): number {
  const rank = (char: string): number => {
    if (char === " ") return -1;
    if (/\d/.test(char)) return Number(char);
    if (/[a-z]/.test(char)) return 10 + char.charCodeAt(0) - 97;
    const index = ALPHABET.indexOf(char.toUpperCase());
    if (index < 0) throw new Error(`the oracle does not know «${char}»`);
    return 100 + index;
  };
  const clean = (text: string) => [
    ...text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  ];
  const left = clean(a);
  const right = clean(b);
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const difference = rank(left[i]!) - rank(right[i]!);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

const isSortedBy = (names: string[], compare: (a: string, b: string) => number) =>
  names.every((name, i) => i === 0 || compare(names[i - 1]!, name) <= 0);

describe("the Kazakh sort key", () => {
  it("puts the 42 letters in the alphabet's order, capitals and small letters alike", () => {
    expect(KAZAKH_ALPHABET.join(" ")).toBe(ALPHABET.join(" "));
    const shuffled = [...ALPHABET].reverse().flatMap((letter) => [letter, letter.toLowerCase()]);
    const sorted = [...shuffled].sort(compareKazakh);
    expect(sorted.filter((_, i) => i % 2 === 0).map((letter) => letter.toUpperCase())).toEqual(ALPHABET);
    expect(kazakhSortKey("АҚКӨЛ АУДАНЫ")).toBe(kazakhSortKey("Ақкөл ауданы"));
  });

  it("orders the letters where byte order and ICU's root order go wrong: Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І, and Ё apart from Е", () => {
    const cases: [string, string][] = [
      ["Аягөз", "Әйтеке би"], // Ә after every А-word (byte order puts it after Я)
      ["Гүлжан", "Ғабит"],
      ["Күршім", "Қарасай"],
      ["Нұра", "Ңу"],
      ["Оспан", "Өскемен"],
      ["Уалиханов", "Ұлытау"],
      ["Ұлытау", "Үржар"], // Ұ before Ү (ICU's root order has them the other way round)
      ["Хромтау", "Һ"],
      ["Ыдырыс", "Іле"], // І after Ы (ICU's root order puts it after И)
      ["Еш", "Ёл"], // Ё a letter of its own (ICU's kk weighs it as Е with a mark)
      ["Ақ су", "Ақсу"], // a word break before any letter
      ["Алматы 2", "Алматы ауданы"], // digits before letters
    ];
    for (const [first, second] of cases) {
      expect(compareKazakh(first, second), `${first} < ${second}`).toBeLessThan(0);
      expect(oracle(first, second), `oracle: ${first} < ${second}`).toBeLessThan(0);
    }
  });

  it("is plain ASCII, so any collation compares it as bytes", () => {
    expect(kazakhSortKey("«Әйтеке би» кенті, № 2")).toMatch(/^[0-9a-z]+$/);
  });
});

describe.each(databaseTargets())("ordering by name on $name", (target) => {
  let graph: GraphHarness;
  beforeAll(async () => {
    graph = await startSeededGraph(target);
  });
  afterAll(async () => {
    await graph?.close();
  });

  async function allNames(
    field: "authorities" | "akimatApparatus" | "serviceCentres",
    direction: "ASC" | "DESC",
  ): Promise<string[]> {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: any = await graph.execute(
        `query($after: String) { ${field}(first: 100, after: $after, orderBy: { field: NAME, direction: ${direction} }) { nodes { name } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      names.push(...result.data[field].nodes.map((node: { name: string }) => node.name));
      if (!result.data[field].pageInfo.hasNextPage) return names;
      after = result.data[field].pageInfo.endCursor;
    }
  }

  it("lists every kind of provider by name in the Kazakh alphabet's order, and reversed for DESC", async () => {
    for (const field of ["authorities", "akimatApparatus", "serviceCentres"] as const) {
      const ascending = await allNames(field, "ASC");
      expect(isSortedBy(ascending, oracle), field).toBe(true);
      expect(await allNames(field, "DESC"), field).toEqual([...ascending].reverse());
    }
  });

  it("is not the database's own order of the names: the data holds names that order gets wrong", async () => {
    const ascending = await allNames("akimatApparatus", "ASC");
    const byBytes = [...ascending].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(byBytes).not.toEqual(ascending);
    // Әйтеке би (Ә) comes right after the А-names, not after the Я-names as code points would put it.
    const aiteke = ascending.findIndex((name) => name.startsWith("Әйтеке"));
    expect(aiteke).toBeGreaterThan(0);
    expect(ascending[aiteke - 1]!.startsWith("А")).toBe(true);
  });

  it("lists districts within a region by name in the Kazakh alphabet's order", async () => {
    const result: any = await graph.execute(
      `{ regions(first: 16) { nodes { slug districts(first: 100) { nodes { name } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    for (const region of result.data.regions.nodes) {
      const names = region.districts.nodes.map((node: { name: string }) => node.name);
      expect(isSortedBy(names, oracle), region.slug).toBe(true);
    }
  });

  it("sorts name_sort in SQL exactly as JavaScript compares the keys, whatever the database's collation", async () => {
    const rows = await graph.db.query<{ name_sort: string }>(`SELECT name_sort FROM provider ORDER BY name_sort, id`);
    const keys = rows.map((row) => row.name_sort);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
