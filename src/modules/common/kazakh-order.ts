/**
 * Ordering by name in the Kazakh alphabet, the same on every database.
 *
 * The 42 letters of the Kazakh Cyrillic alphabet (the order of the 1940
 * alphabet as taught and printed in dictionaries):
 *
 *   А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я
 *
 * Neither database sorts text this way by itself, which is why names carry a
 * sort key of our own (`name_sort`, written by the seed loader):
 * - PGlite 0.5 accepts `CREATE COLLATION … (provider = icu, locale = 'kk')`
 *   but its ICU has no Kazakh tailoring: it sorts by the root order, which
 *   puts І after И and Ү before Ұ;
 * - PostgreSQL's `kk-x-icu` (when the server is built with ICU) puts every
 *   letter where the alphabet does except Ё, which ICU weighs as Е with a
 *   mark (so «Ёл» sorts between «Ел» and «Еш»), and a server built without
 *   ICU has no Kazakh collation at all.
 *
 * The key is plain ASCII made of two-character tokens, compared byte by byte
 * (the column is `COLLATE "C"`), so both databases and JavaScript (`<`) put
 * names in the same order.
 */
import { fixLookalikes } from "../../../seeds/contract/index.js";
import { memoized } from "./memo.js";

export const KAZAKH_ALPHABET = [..."АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"] as const;

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * One token per character class, each two characters long, so no token is a
 * prefix of another and comparing keys compares tokens in order:
 * a word break `00` (before everything, so «Ақ су» precedes «Ақсу»), digits
 * `1d`, Latin letters `2a`…`2z`, then the Kazakh letters `30`…`45` in the
 * alphabet's order. Case does not count.
 */
const TOKENS = new Map<string, string>();
for (let digit = 0; digit <= 9; digit += 1) TOKENS.set(String(digit), `1${digit}`);
for (const letter of "abcdefghijklmnopqrstuvwxyz") TOKENS.set(letter, `2${letter}`);
KAZAKH_ALPHABET.forEach((letter, index) => {
  const token = `${index < 36 ? "3" : "4"}${BASE36[index % 36]}`;
  TOKENS.set(letter.toLowerCase(), token);
});
const WORD_BREAK = "00";

/**
 * The sort key of a name: «Ақкөл ауданы» and «АҚКӨЛ АУДАНЫ» get the same
 * key, «Әйтеке би» sorts after «Аягөз» and before «Байзақ». Punctuation and
 * spaces become one word break; a letter outside both alphabets loses its
 * marks (ї → і) or, failing that, is skipped.
 */
export const kazakhSortKey = memoized(function kazakhSortKey(name: string): string {
  let key = "";
  let pendingBreak = false;
  for (const char of fixLookalikes(name).toLowerCase()) {
    let token = TOKENS.get(char);
    if (token === undefined) {
      const base = char.normalize("NFD").replace(/\p{M}/gu, "");
      token = base !== char ? TOKENS.get(base) : undefined;
    }
    if (token === undefined) {
      if (!/[\p{L}\p{N}]/u.test(char)) pendingBreak = key.length > 0;
      continue;
    }
    if (pendingBreak) key += WORD_BREAK;
    pendingBreak = false;
    key += token;
  }
  return key;
});

/** Compares two names in the Kazakh alphabet's order (for sorting in JavaScript what the databases sort by `name_sort`). */
export function compareKazakh(a: string, b: string): number {
  const left = kazakhSortKey(a);
  const right = kazakhSortKey(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
