/**
 * The folding search matches under: one key for every way a name is typed.
 *
 * It starts from `searchKey` (seeds/contract/latin.ts: Cyrillic →
 * 2021 Kazakh Latin → plain ASCII, zh → j, kh → h, q → k), which also makes
 * the slugs and so must not change, and folds further what people type
 * differently from the act:
 *
 * - Russian Cyrillic spellings of Kazakh names: Russian has no і, ұ, ү, қ,
 *   ғ, ң, ө, ә, һ and writes и, у, к, г, н, о, а, х instead; searchKey
 *   already folds all but the first to the same letter, and here ы, і, и, й
 *   all become `i` (Russian «Семей», «Есиль» = Kazakh «Семей», «Есіл»).
 *   Ё becomes Е (Russian writes «е» for «ё»), ь and ъ are dropped, х and һ
 *   are both `h`;
 * - English spellings: y for й or ы (Kostanay, Kyzylorda), gh for ғ, dzh
 *   or dj for ж (Dzhezkazgan, Джезказган), w for у.
 *
 * It is a loose key: it may merge names that differ (і/ы), which ranking
 * sorts out, and it never splits what searchKey joins. Doubled letters are
 * kept: counting them once would make «Ақкөл» a part of «Алакөл».
 *
 * The seed loader stores names folded: a change here must bump
 * LOADER_VERSION in src/db/seed.ts, or databases keep the old keys.
 */
import { searchKey } from "../../../seeds/contract/index.js";
import { memoized } from "../common/memo.js";

const WORD_FOLDS: readonly [RegExp, string][] = [
  // dzh → dj already (searchKey folds zh → j); Russian «Джамбул» and English «Dzhambul» meet «Жамбыл» here.
  [/dj/g, "j"],
  [/gh/g, "g"],
  [/y/g, "i"],
  [/w/g, "u"],
];

/** The folded form of one searchKey word. */
export function foldWord(word: string): string {
  let folded = word;
  for (const [pattern, replacement] of WORD_FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

/** Text → its search fold: «Қостанай», «Kostanay», «Костанай» and «QOSTANAI» all give `kostanai`. */
export const searchFold = memoized(function searchFold(text: string): string {
  const key = searchKey(text.replace(/ё/g, "е").replace(/Ё/g, "Е"));
  return key ? key.split(" ").map(foldWord).join(" ") : "";
});

/** The folded words of a text (empty strings dropped). */
export function foldedWords(text: string): string[] {
  return searchFold(text).split(" ").filter(Boolean);
}
