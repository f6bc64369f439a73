/**
 * Kazakh Cyrillic → Kazakh Latin, and the folding key used for search and
 * slugs. The extractor writes the keys and the server folds queries with the
 * same function, so both import it from here.
 *
 * The alphabet is the 2021 revision of the Kazakh Latin alphabet (presented
 * by the Government on 28 January 2021, amending Presidential Decree No. 569
 * of 26 October 2017): 31 letters, A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q
 * R S Ş T U Ū Ü V Y Z, plus Ç. In it І is «I ı» (dotless lower case), И and Й
 * are both «İ i», Ы is «Y y», У is «U u», Ұ is «Ū ū», Ү is «Ü ü», Х and Һ are
 * both «H h», Ч is «Ç ç».
 *
 * Letters found only in Russian loanwords have no letter of their own; the
 * orthography rules published with the 2021 alphabet spell them by sound,
 * and we follow them: Ц → ts, Щ → şş (a long ş), Ё → io, Ю → iu, Я → ia,
 * Э → e, and the signs Ь, Ъ are dropped. These rules are recalled, not
 * quoted from the decree; if the official text is found to differ, only
 * `RUSSIAN_LETTERS` below changes.
 */
import { fixLookalikes } from "./script.js";

const KAZAKH_LETTERS: Readonly<Record<string, string>> = {
  а: "a",
  ә: "ä",
  б: "b",
  в: "v",
  г: "g",
  ғ: "ğ",
  д: "d",
  е: "e",
  ж: "j",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  ң: "ñ",
  о: "o",
  ө: "ö",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "ū",
  ү: "ü",
  ф: "f",
  х: "h",
  һ: "h",
  ч: "ç",
  ш: "ş",
  ы: "y",
  і: "ı",
};

const RUSSIAN_LETTERS: Readonly<Record<string, string>> = {
  ц: "ts",
  щ: "şş",
  ё: "io",
  ю: "iu",
  я: "ia",
  э: "e",
  ь: "",
  ъ: "",
};

/** Upper-case forms that `toUpperCase` gets wrong for Turkic letters: ı → I, i → İ. */
const UPPER_CASE: Readonly<Record<string, string>> = { ı: "I", i: "İ" };

function upper(latin: string): string {
  return [...latin].map((char) => UPPER_CASE[char] ?? char.toUpperCase()).join("");
}

function isUpperCaseLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{Lu}/u.test(char);
}

/**
 * Transliterates Kazakh (and Russian) Cyrillic into the 2021 Kazakh Latin
 * alphabet: «Ақкөл» → «Aqköl», «Үкіметі» → «Ükımetı», «Шығыс» → «Şyğys».
 * Latin text (e-mails, sites) passes through; look-alike misprints are
 * repaired first so «тiркеу» with a Latin i reads as «tırkeu». A capital that
 * becomes two letters is «Ts» before lower case and «TS» inside capitals.
 */
export function toLatin(text: string): string {
  const chars = [...fixLookalikes(text)];
  let out = "";
  chars.forEach((char, index) => {
    const lower = char.toLowerCase();
    const latin = KAZAKH_LETTERS[lower] ?? RUSSIAN_LETTERS[lower];
    if (latin === undefined) {
      out += char;
      return;
    }
    if (char === lower) {
      out += latin;
      return;
    }
    const wordInCapitals =
      isUpperCaseLetter(chars[index + 1]) ||
      (isUpperCaseLetter(chars[index - 1]) && !/\p{Ll}/u.test(chars[index + 1] ?? ""));
    out += wordInCapitals ? upper(latin) : upper(latin.slice(0, 1)) + latin.slice(1);
  });
  return out;
}

/**
 * Folding of Kazakh Latin letters to plain ASCII. Digraphs are used where
 * English-language spellings of Kazakh names use them (Shymkent, Zhambyl,
 * Khromtau), so that what a user types folds like what the act prints.
 */
const LATIN_FOLD: Readonly<Record<string, string>> = {
  ä: "a",
  ğ: "g",
  ı: "i",
  ñ: "n",
  ö: "o",
  q: "k",
  ş: "sh",
  ū: "u",
  ü: "u",
  ç: "ch",
  // Other accents a user may type (2018 alphabet, Turkish keyboards).
  á: "a",
  ǵ: "g",
  ń: "n",
  ó: "o",
  ú: "u",
  ý: "i",
  é: "e",
  ŋ: "n",
};

/**
 * English-style digraphs a user may type: Zhambyl = Jambyl, Khromtau =
 * Hromtau. They are folded before q → k, so «Ақхан» (aqhan) keeps its h. Yu,
 * ya, yo are deliberately not folded: «Сарыарқа» is Sary+arqa, not «ia».
 */
const DIGRAPH_FOLD: readonly [RegExp, string][] = [
  [/zh/g, "j"],
  [/kh/g, "h"],
  [/['’`ʼ]/g, ""],
];

/**
 * A key under which spellings of the same name meet: «Ақкөл», «АҚКӨЛ»,
 * «Aqköl», «Akkol» and «akkol» all give `akkol`. Steps: repair look-alikes,
 * transliterate Cyrillic by the 2021 table, lower-case, strip diacritics (ä→a,
 * ğ→g, ñ→n, ö→o, ū/ü→u, ı/İ→i), fold zh→j, kh→h, then q→k, ş→sh, ç→ch,
 * drop apostrophes, and reduce everything that is not a
 * letter or digit to single spaces. The same function runs at query time on
 * user input, so Latin and Cyrillic input fold alike.
 */
export function searchKey(text: string): string {
  let key = toLatin(text).toLowerCase().normalize("NFC");
  for (const [pattern, replacement] of DIGRAPH_FOLD) key = key.replace(pattern, replacement);
  key = [...key].map((char) => LATIN_FOLD[char] ?? char).join("");
  // Anything still carrying a combining mark (İ lower-cased to i + ̇, é typed as e + ´) loses it.
  key = key.normalize("NFD").replace(/\p{M}/gu, "");
  return key.replace(/[^a-z0-9]+/g, " ").trim();
}

/** A stable URL-safe slug: the search key with dashes, `[a-z0-9-]`, no leading, trailing or double dashes. */
export function slugify(text: string): string {
  return searchKey(text).replace(/ /g, "-");
}
