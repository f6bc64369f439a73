/**
 * Identity keys: the form in which two spellings of the same name compare
 * equal. The act mixes Latin look-alikes into Kazakh words (seed map §5.12),
 * splits words with stray spaces and quotes names in «…» or "…", none of
 * which may make two listings of one body look like two bodies.
 */

/** Latin letters the PDF dump substitutes for their Cyrillic twins. */
const LATIN_LOOKALIKES: Record<string, string> = {
  a: "а",
  c: "с",
  e: "е",
  i: "і",
  k: "к",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  h: "һ",
};

/** Lower-cased, look-alikes mapped, quotes and punctuation dropped, spaces collapsed. */
export function identityKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[acehikopxy]/g, (letter) => LATIN_LOOKALIKES[letter] ?? letter)
    .replace(/ё/g, "е")
    .replace(/[«»"“”„'`’]/g, " ")
    .replace(/[.,;:()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The identity key without spaces and hyphens: «Бөкей ордасы» and «Бөкейорда» differ only in the tail. */
export function compactKey(text: string): string {
  return identityKey(text).replace(/[\s-]/g, "");
}

/** True when `a` turns into `b` by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < shorter.length && j < longer.length) {
    if (shorter[i] === longer[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (shorter.length === longer.length) i++;
    j++;
  }
  return edits + (longer.length - j) <= 1;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Whether two compact place keys are spellings of one name (seed map §4.2
 * "Spelling variants"): one letter apart (Мерке/Меркі, Түрксіб/Түркісіб,
 * Шарбақты/Шербақты, Алматы/Алмалы), or sharing all but the last two letters
 * of the shorter one (Степногор/Степногорск, Железинка/Железинский,
 * Бөкейорда/Бөкей ордасы), or the shorter being the whole beginning of the
 * longer (Успен/Успенка). Short names never match loosely: «Шу» is not «Іле».
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  if (withinOneEdit(a, b)) return true;
  const prefix = commonPrefixLength(a, b);
  return (shorter >= 6 && prefix >= shorter - 2) || (shorter >= 5 && prefix === shorter);
}
