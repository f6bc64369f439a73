/**
 * Which script a letter is in, and the repair of look-alike letters printed in
 * the wrong script (seed map §5.12). Pure string functions shared by the
 * extractor (`seeds/extract/clean/text.ts`) and the server (search keys, the
 * Kazakh sort order): both must repair text the same way.
 */

// ---------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------

const CYRILLIC = /[\u0400-\u04FF]/u;
const LATIN = /[A-Za-z]/;

export function isCyrillicLetter(char: string): boolean {
  return CYRILLIC.test(char) && /\p{L}/u.test(char);
}

export function isLatinLetter(char: string): boolean {
  return LATIN.test(char);
}

/** Latin letters that print like a Cyrillic (Kazakh) letter; i/I are the Kazakh і/І. */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  i: "і",
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  I: "І",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
};

/**
 * Cyrillic letters typed into Latin words (e-mails, URLs, «Еmail»). «у» maps
 * to «u», not to the look-alike «y»: the only such word in the act is
 * «kоkshеtау», the transliteration of Көкшетау whose domain elsewhere is
 * spelled «kokshetau».
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: "a",
  с: "c",
  е: "e",
  о: "o",
  р: "p",
  х: "x",
  у: "u",
  і: "i",
  к: "k",
  А: "A",
  В: "B",
  С: "C",
  Е: "E",
  Н: "H",
  І: "I",
  К: "K",
  М: "M",
  О: "O",
  Р: "P",
  Т: "T",
  Х: "X",
  У: "U",
};

// ---------------------------------------------------------------------------
// §5.12 look-alikes
// ---------------------------------------------------------------------------

function mapAll(word: string, table: Readonly<Record<string, string>>): string {
  return [...word].map((char) => table[char] ?? char).join("");
}

function repairMixedWord(word: string): string {
  const chars = [...word];
  const latin = chars.filter(isLatinLetter);
  const cyrillic = chars.filter(isCyrillicLetter);
  if (latin.length === 0 || cyrillic.length === 0) return word;
  const canBeCyrillic = latin.every((char) => char in LATIN_TO_CYRILLIC);
  const canBeLatin = cyrillic.every((char) => char in CYRILLIC_TO_LATIN);
  if (canBeCyrillic && (!canBeLatin || cyrillic.length >= latin.length)) return mapAll(word, LATIN_TO_CYRILLIC);
  if (canBeLatin) return mapAll(word, CYRILLIC_TO_LATIN);
  // «ғимаратaktau», «үйtalrot»: two words glued, not a misprint; the contact parser splits them.
  return word;
}

function neighbourLetter(text: string, from: number, step: 1 | -1): string | null {
  for (let index = from; index >= 0 && index < text.length; index += step) {
    const char = text[index]!;
    if (char === " " || char === "\t") continue;
    return /\p{L}/u.test(char) ? char : null;
  }
  return null;
}

/**
 * Puts misprinted look-alike letters back into the script of their word:
 * Latin i/I/C/c inside Kazakh words become і/І/С/с (`тiркеу`, `Cағат`),
 * Cyrillic letters inside Latin words become Latin (`Еmail`, `оnline.kz`,
 * `kоkshеtау`). A word decides by which script it can be written in
 * entirely; when both fit, the majority wins. A lone spaced letter
 * (`Ү к i м е т i`) follows its spaced neighbours. Words made of two
 * scripts that neither can write («ғимаратaktau») are left for the contact
 * parser, which splits them.
 */
export function fixLookalikes(text: string): string {
  return text.replace(/\p{L}+/gu, (word, offset: number) => {
    if ([...word].length === 1 && word in LATIN_TO_CYRILLIC) {
      const before = neighbourLetter(text, offset - 1, -1);
      const after = neighbourLetter(text, offset + word.length, 1);
      const cyrillicSide = (before !== null && isCyrillicLetter(before)) || (after !== null && isCyrillicLetter(after));
      const latinSide = (before !== null && isLatinLetter(before)) || (after !== null && isLatinLetter(after));
      // It must stand alone between spaces (punctuation allowed): in «abai_c@», «a.altynbek@» it is part of an e-mail.
      const chunkStart = text.lastIndexOf(" ", offset) + 1;
      const chunkEndAt = text.indexOf(" ", offset);
      const chunk = text.slice(chunkStart, chunkEndAt === -1 ? text.length : chunkEndAt);
      const spaced = [...chunk].filter((char) => /\p{L}/u.test(char)).length === 1;
      return cyrillicSide && !latinSide && spaced ? LATIN_TO_CYRILLIC[word]! : word;
    }
    return repairMixedWord(word);
  });
}
