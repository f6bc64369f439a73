/**
 * User text → the words matched against `search_key` columns. The key is
 * made by the same `searchKey()` the seed loader used, so «Akkol», «Aqköl»,
 * «akkol» and «Ақкөл» all become `akkol`.
 */
import { searchKey } from "../../../seeds/extract/clean/latin.js";
import { BadInputError } from "../../graphql/errors.js";

/** Longest text accepted by `search` and by `text` filters. */
export const MAX_SEARCH_TEXT = 200;

export function searchWords(text: string): string[] {
  if (text.length > MAX_SEARCH_TEXT) throw new BadInputError(`search text is at most ${MAX_SEARCH_TEXT} characters`);
  return searchKey(text).split(" ").filter(Boolean);
}

/** A Prisma condition: the row's search key contains every word. */
export function searchKeyContainsAll(words: readonly string[]): { AND: { searchKey: { contains: string } }[] } {
  return { AND: words.map((word) => ({ searchKey: { contains: word } })) };
}
