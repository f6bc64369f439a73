/**
 * The alias table (search-aliases.json): other names of the directory's
 * places, and other words for the generic words of its bodies' names, each
 * with its source. Used twice:
 *
 * - by the seed loader, which adds a place's aliases to the target row's
 *   search key (so `filter: { text: "Уральск" }` finds Орал қаласы);
 * - at query time, where an alias found among the query's words also stands
 *   for the Kazakh words it names («отдел Уральск» looks for «бөлім» and
 *   «Орал» too), and a target's aliases count as its names in ranking.
 */
import { readFileSync } from "node:fs";
import { foldedWords } from "./search.fold.js";

export interface AliasEntry {
  text: string;
  lang: "ru" | "en" | "kk";
  source: "act" | "kato" | "renamed" | "ru-term" | "usage";
  note?: string;
  /** For `act`: the lines of seeds/source.txt that print the form. */
  lines?: number[];
}

export interface PlaceAliases {
  /** `Type:slug`, as global ids spell it: `District:west-kazakhstan/oral`. */
  target: string;
  /** The target's Kazakh name, as the directory prints it (checked by a test). */
  name: string;
  /** The distinctive part of that name, which the names of bodies in the place carry («Орал»). */
  core: string;
  aliases: AliasEntry[];
}

export interface WordAliases {
  kazakh: string[];
  aliases: AliasEntry[];
}

export interface AliasTable {
  about: string;
  sources: { id: AliasEntry["source"]; title: string; checked: string }[];
  places: PlaceAliases[];
  words: WordAliases[];
}

export const ALIAS_TABLE_URL = new URL("./search-aliases.json", import.meta.url);
export const ALIAS_TABLE: AliasTable = JSON.parse(readFileSync(ALIAS_TABLE_URL, "utf8"));

/** The alias texts of one record (`Type:slug`), for its search key and its ranking. */
const byTarget = new Map<string, string[]>();
for (const place of ALIAS_TABLE.places)
  byTarget.set(
    place.target,
    place.aliases.map((alias) => alias.text),
  );

export function aliasNamesOf(typename: string, id: string): string[] {
  return byTarget.get(`${typename}:${id}`) ?? [];
}

/** One alias as the query matcher uses it: its folded words and what it stands for. */
export interface AliasPattern {
  words: string[];
  /** The folded Kazakh phrases it stands for. */
  means: string[][];
  text: string;
  source: AliasEntry["source"];
}

function buildPatterns(table: AliasTable): AliasPattern[] {
  const patterns: AliasPattern[] = [];
  const generic: string[] = [];
  for (const group of table.words) {
    const means = group.kazakh.map(foldedWords);
    for (const alias of group.aliases) {
      const words = foldedWords(alias.text);
      patterns.push({ words, means, text: alias.text, source: alias.source });
      if (words.length === 1) generic.push(words[0]!);
    }
  }
  for (const place of table.places) {
    for (const alias of place.aliases) {
      const words = foldedWords(alias.text);
      const last = words.at(-1)!;
      if (words.length > 1 && generic.some((word) => isFormOf(last, word))) {
        // «Жамбылская область» stands for «Жамбыл облысы», not every «Жамбыл …» (there are Жамбыл districts too);
        // typed without «область» it stands for the core name.
        patterns.push({ words, means: [foldedWords(place.name)], text: alias.text, source: alias.source });
        patterns.push({
          words: words.slice(0, -1),
          means: [foldedWords(place.core)],
          text: alias.text,
          source: alias.source,
        });
      } else {
        patterns.push({ words, means: [foldedWords(place.core)], text: alias.text, source: alias.source });
      }
    }
  }
  // The same folded alias in two groups (English «department»: бөлім and басқарма) stands for both.
  const merged = new Map<string, AliasPattern>();
  for (const pattern of patterns) {
    const key = pattern.words.join(" ");
    const known = merged.get(key);
    if (!known) merged.set(key, { ...pattern, means: [...pattern.means] });
    else
      for (const phrase of pattern.means)
        if (!known.means.some((other) => other.join(" ") === phrase.join(" "))) known.means.push(phrase);
  }
  // Longest first, so «public service centre» wins over «service centre».
  return [...merged.values()].sort((a, b) => b.words.length - a.words.length);
}

export const ALIAS_PATTERNS: readonly AliasPattern[] = buildPatterns(ALIAS_TABLE);

/**
 * Whether a typed word is a form of an alias word. Russian and Kazakh
 * inflect at the end, so the alias word's start must be typed: a long word
 * (7 letters or more) may differ in its last three letters and run up to six
 * longer («Карагандинской» for «Карагандинская», «Караганды» for «Караганда»,
 * «Казахстанская» for «Казахстан»), a shorter one may take up to three more
 * («Уральска», «области»), a word of three letters or fewer (ЦОН, ВКО) must
 * be typed whole.
 */
export function isFormOf(typed: string, alias: string): boolean {
  if (typed === alias) return true;
  if (alias.length < 4) return false;
  if (alias.length >= 7) {
    let common = 0;
    while (common < typed.length && common < alias.length && typed[common] === alias[common]) common += 1;
    return common >= alias.length - 3 && typed.length <= alias.length + 6;
  }
  return typed.startsWith(alias) && typed.length <= alias.length + 3;
}

export interface AliasMatch {
  /** Index of the first query word the alias covers, and one past the last. */
  start: number;
  end: number;
  pattern: AliasPattern;
}

/** The aliases among the query's words, left to right, longest first, never overlapping. */
export function findAliases(
  words: readonly string[],
  patterns: readonly AliasPattern[] = ALIAS_PATTERNS,
): AliasMatch[] {
  const matches: AliasMatch[] = [];
  for (let start = 0; start < words.length; ) {
    const pattern = patterns.find(
      (candidate) =>
        start + candidate.words.length <= words.length &&
        candidate.words.every((word, i) => isFormOf(words[start + i]!, word)),
    );
    if (pattern) {
      matches.push({ start, end: start + pattern.words.length, pattern });
      start += pattern.words.length;
    } else {
      start += 1;
    }
  }
  return matches;
}
