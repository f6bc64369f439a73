/**
 * User text → what is matched against the `search_key` columns. The text is
 * folded as the seed loader folded the names (search.fold.ts), so «Akkol»,
 * «Aqköl», «Аккол» and «Ақкөл» become `akol`; then every alias among its
 * words (search-aliases.json) also stands for the Kazakh words it names:
 * «Уральск» for «Орал», «ЦОН» for «ХҚО» and «халыққа қызмет көрсету
 * орталығы», «отдел» for «бөлім».
 *
 * The result is a list of terms, each with its alternatives: a record
 * matches when, for every term, its key contains every word of one of the
 * term's alternatives. Typo corrections (search.repository.ts) add
 * alternatives the same way; text filters use the terms as parsed here.
 */
import { BadInputError } from "../../graphql/errors.js";
import { findAliases } from "./search.aliases.js";
import { foldedWords } from "./search.fold.js";

/** Longest text accepted by `search` and by `text` filters. */
export const MAX_SEARCH_TEXT = 200;

/** How much a match through each kind of alternative is worth, against 1 for the words as typed. */
export const ALTERNATIVE_WEIGHT = {
  TYPED: 1,
  /** An alias's Kazakh words: below a name that holds the typed words themselves. */
  ALIAS: 0.9,
  /** A typo correction: 0.7 plus up to 0.2 for the trigram similarity, so always below an alias. */
  TYPO: 0.7,
} as const;

export type AlternativeVia = keyof typeof ALTERNATIVE_WEIGHT;

export interface Alternative {
  /** Folded words that must all occur. */
  words: string[];
  weight: number;
  via: AlternativeVia;
  /** ALIAS: the alias as the table spells it; TYPO: the word as typed. */
  from?: string;
  /** ALIAS: the alias's source (search-aliases.json); TYPO: the trigram similarity. */
  source?: string;
  similarity?: number;
}

export interface Term {
  /** The folded words as typed. */
  typed: string[];
  alternatives: Alternative[];
}

export function searchWords(text: string): string[] {
  if (text.length > MAX_SEARCH_TEXT) throw new BadInputError(`search text is at most ${MAX_SEARCH_TEXT} characters`);
  return foldedWords(text);
}

/**
 * Function words of Russian and English that names do not hold («Ministry of
 * Labour», «г. Уральск», «отдел по Семею»), folded. Left out of a query that
 * has other words. Kazakh «және» is not one: names hold it.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "of",
  "the",
  "and",
  "for",
  "in",
  "on",
  "at",
  "to",
  "i",
  "v",
  "vo",
  "na",
  "po",
  "dlia",
  "g",
  "gor",
]);

/** The terms of a text: one per alias found (its words), one per other word; stop words left out. */
export function searchTerms(text: string): Term[] {
  const all = searchWords(text);
  const words = all.some((word) => !STOP_WORDS.has(word)) ? all.filter((word) => !STOP_WORDS.has(word)) : all;
  const terms: Term[] = [];
  const aliases = findAliases(words);
  for (let index = 0; index < words.length; ) {
    const alias = aliases.find((match) => match.start === index);
    if (alias) {
      const typed = words.slice(alias.start, alias.end);
      const alternatives: Alternative[] = [{ words: typed, weight: ALTERNATIVE_WEIGHT.TYPED, via: "TYPED" }];
      for (const meaning of alias.pattern.means) {
        if (meaning.join(" ") !== typed.join(" ")) {
          alternatives.push({
            words: meaning,
            weight: ALTERNATIVE_WEIGHT.ALIAS,
            via: "ALIAS",
            from: alias.pattern.text,
            source: alias.pattern.source,
          });
        }
      }
      terms.push({ typed, alternatives });
      index = alias.end;
    } else {
      terms.push({
        typed: [words[index]!],
        alternatives: [{ words: [words[index]!], weight: ALTERNATIVE_WEIGHT.TYPED, via: "TYPED" }],
      });
      index += 1;
    }
  }
  return terms;
}

type Contains = { contains: string };
export type KeyColumn = "searchKey" | "contactKey";

/**
 * A Prisma condition: for every term, one alternative whose words all occur
 * in one of `columns` (each word may sit in either column).
 */
export function termsCondition<C extends KeyColumn = "searchKey">(
  terms: readonly Term[],
  columns: readonly C[] = ["searchKey" as C],
): { AND: { OR: { AND: { OR: { [K in C]?: Contains }[] }[] }[] }[] } {
  return {
    AND: terms.map((term) => ({
      OR: term.alternatives.map((alternative) => ({
        AND: alternative.words.map((word) => ({
          OR: columns.map((column) => ({ [column]: { contains: word } }) as { [K in C]?: Contains }),
        })),
      })),
    })),
  };
}
