/**
 * Ranked search across regions, districts, providers and services.
 *
 * 1. The text is folded and its aliases expanded (search.text.ts).
 * 2. Each word that no record holds and that is not an alias is looked up
 *    in the vocabulary by trigram similarity (search.repository.ts); the
 *    nearest words become alternatives («Pavladar» → `pavlodar`).
 * 3. A text that is a phone number («8 7162 40-10-63», «401063») is also
 *    looked for among the providers' phones, in any spelling.
 * 4. Candidates are the rows whose keys hold every term; each is ranked by
 *    the field that meets the query best — a name, an alias, the address,
 *    an e-mail or site, a phone — and the edge says which one.
 */
import DataLoader from "dataloader";
import type { Provider as ProviderRow } from "../../generated/prisma/client.js";
import type { Database } from "../../db/database.js";
import { BadInputError } from "../../graphql/errors.js";
import { cpuTurn } from "../common/cpu-turn.js";
import { compareKazakh } from "../common/kazakh-order.js";
import type { Typed } from "../node/node.type.js";
import { asProvider } from "../provider/provider.repository.js";
import { asDistrict } from "../district/district.repository.js";
import { asRegion } from "../region/region.repository.js";
import { asService } from "../service/service.repository.js";
import { aliasNamesOf, findAliases } from "./search.aliases.js";
import { searchFold } from "./search.fold.js";
import { phoneDigits } from "./search.keys.js";
import { findByPhone, findCandidates, lookupWords } from "./search.repository.js";
import { type Alternative, ALTERNATIVE_WEIGHT, MAX_SEARCH_TEXT, searchTerms, type Term } from "./search.text.js";
import { SearchField, SearchInterpretationReason, SearchKind } from "./search.type.js";

export interface SearchHit {
  node: Typed;
  score: number;
  /** The name (or title) as the directory prints it: the one that matched, or the record's own name for other fields. */
  matchedName: string;
  matchedField: SearchField;
  /** The matched field's text: the name, the alias, the address, the e-mail, the phone as printed. */
  matchedText: string;
}

/** How the query was read beyond its own words: an alias's meaning, or a typo's correction. */
export interface SearchInterpretation {
  typed: string;
  readAs: string;
  reason: SearchInterpretationReason;
  /** ALIAS: the alias table's source id; TYPO: null. */
  source: string | null;
  /** TYPO: the trigram similarity; ALIAS: null. */
  similarity: number | null;
}

export interface SearchResult {
  hits: SearchHit[];
  interpretations: SearchInterpretation[];
}

/** Rank of a kind when scores tie: places before the bodies in them. */
const KIND_ORDER: Record<string, number> = {
  Region: 0,
  District: 1,
  Service: 2,
  Authority: 3,
  AkimatApparatus: 4,
  ServiceCentre: 5,
};

/**
 * How much a match in each field is worth: a name is what people look for; an
 * alias a shade less, so a record whose own name is the query comes first; an
 * address least, since many bodies share a town.
 */
const FIELD_WEIGHT: Record<SearchField, number> = {
  NAME: 1,
  LATIN_NAME: 1,
  ALTERNATE_NAME: 1,
  TITLE: 1,
  ALIAS: 0.99,
  EMAIL: 0.9,
  WEBSITE: 0.9,
  PHONE: 1,
  ADDRESS: 0.6,
};

/** Providers scored in one turn of the event loop (src/modules/common/cpu-turn.ts): about 6 ms of work, measured warm. */
const SCORING_SLICE = 50;

/** A phone match on the whole number, or on its last digits only. */
const PHONE_SCORE = { WHOLE: 1, END: 0.9 };

/** When no single field holds every term, the record still matched through its keys together; it ranks lowest. */
const SPREAD_SCORE = 0.2;

/**
 * How well `query` (folded) meets one folded name: 1 the whole name; 0.85
 * its first words; 0.7 whole words inside it; 0.65 its start, ending inside
 * a word; 0.6 the start of a word inside it; 0.5 the starts of its words,
 * in any order; 0.4 parts of its words; 0 otherwise. Whole words rank above
 * parts of words, so «отын» finds «отын сатып алу» before «өтініш».
 */
export function nameScore(query: string, name: string): number {
  if (!query) return 0;
  if (name === query) return 1;
  if (name.startsWith(`${query} `)) return 0.85;
  if (` ${name} `.includes(` ${query} `)) return 0.7;
  if (name.startsWith(query)) return 0.65;
  if (` ${name}`.includes(` ${query}`)) return 0.6;
  const words = query.split(" ");
  const nameWords = name.split(" ");
  if (words.every((word) => nameWords.some((candidate) => candidate.startsWith(word)))) return 0.5;
  if (words.every((word) => name.includes(word))) return 0.4;
  return 0;
}

interface Field {
  field: SearchField;
  text: string;
  folded: string;
}

const MAX_VARIANTS = 64;

/**
 * The best score of the query's terms against one field: every combination
 * of the terms' alternatives that the field holds, its weight times how the
 * combination meets the field. Alternatives the field does not hold are
 * left out first, so the combinations stay few.
 */
function fieldScore(terms: readonly Term[], folded: string): number {
  let variants: { words: string[]; weight: number }[] = [{ words: [], weight: 1 }];
  for (const term of terms) {
    const held = term.alternatives.filter((alternative) => alternative.words.every((word) => folded.includes(word)));
    if (held.length === 0) return 0;
    variants = variants
      .flatMap((variant) =>
        held.map((alternative) => ({
          words: [...variant.words, ...alternative.words],
          weight: variant.weight * alternative.weight,
        })),
      )
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_VARIANTS);
  }
  return Math.max(...variants.map((variant) => variant.weight * nameScore(variant.words.join(" "), folded)));
}

function field(kind: SearchField, text: string | null | undefined): Field[] {
  return text ? [{ field: kind, text, folded: searchFold(text) }] : [];
}

interface Scored {
  score: number;
  field: Field | null;
}

const NAME_FIELDS: ReadonlySet<SearchField> = new Set([
  SearchField.NAME,
  SearchField.LATIN_NAME,
  SearchField.ALTERNATE_NAME,
  SearchField.TITLE,
  SearchField.ALIAS,
]);

/** How many terms a field holds (one alternative of each). */
const termsHeld = (terms: readonly Term[], folded: string) =>
  terms.filter((term) =>
    term.alternatives.some((alternative) => alternative.words.every((word) => folded.includes(word))),
  ).length;

function best(terms: readonly Term[], fields: readonly Field[]): Scored {
  let result: Scored = { score: 0, field: null };
  for (const candidate of fields) {
    const score = fieldScore(terms, candidate.folded) * FIELD_WEIGHT[candidate.field];
    if (score > result.score) result = { score, field: candidate };
  }
  if (result.field) return result;
  // Matched only across fields («ЦОН Уральск»: ХҚО in the name, Орал in the address). The edge names the field
  // holding most terms, a contact before a name on a tie: the name is shown anyway, the contact says why.
  let spread: { field: Field; held: number } | null = null;
  for (const candidate of fields) {
    const held = termsHeld(terms, candidate.folded);
    if (
      held > 0 &&
      (!spread ||
        held > spread.held ||
        (held === spread.held && NAME_FIELDS.has(spread.field.field) && !NAME_FIELDS.has(candidate.field)))
    ) {
      spread = { field: candidate, held };
    }
  }
  return { score: 0, field: spread?.field ?? null };
}

function hit(node: Typed, name: string, scored: Scored): SearchHit {
  const matched = scored.field;
  const isName =
    matched &&
    (matched.field === "NAME" ||
      matched.field === "LATIN_NAME" ||
      matched.field === "ALTERNATE_NAME" ||
      matched.field === "TITLE");
  return {
    node,
    score: scored.score || SPREAD_SCORE,
    matchedName: isName ? matched.text : name,
    matchedField: matched?.field ?? SearchField.NAME,
    matchedText: matched?.text ?? name,
  };
}

/** A text that is only a phone number, in any spelling, with at least five digits. */
function phoneQuery(text: string): string | null {
  if (!/^[\s\d()+.\-–—]+$/u.test(text)) return null;
  const digits = phoneDigits(text);
  return digits.length >= 5 ? digits : null;
}

/**
 * Adds the vocabulary's nearest words as alternatives of the words no
 * record's name holds (a word only an e-mail holds, «temirtay», is still read
 * as the name «temirtau» too). A word no record holds at all and none is near
 * («Ministry of Labour»: labour) is left out, unless nothing else would be
 * left: it could only make the query find nothing.
 */
async function correctTypos(
  db: Database,
  terms: Term[],
): Promise<{ terms: Term[]; interpretations: SearchInterpretation[] }> {
  const single = terms.filter((term) => term.alternatives.length === 1 && term.typed.length === 1);
  const lookups = await lookupWords(db, [...new Set(single.map((term) => term.typed[0]!))]);
  const interpretations: SearchInterpretation[] = [];
  const hopeless = new Set<Term>();
  for (const term of single) {
    const typed = term.typed[0]!;
    const lookup = lookups.get(typed);
    if (!lookup || lookup.known) continue;
    if (lookup.similar.length === 0 && !lookup.held) hopeless.add(term);
    for (const { word, similarity } of lookup.similar) {
      const weight = ALTERNATIVE_WEIGHT.TYPO + 0.2 * similarity;
      term.alternatives.push({ words: [word], weight, via: "TYPO", from: typed, similarity });
      interpretations.push({ typed, readAs: word, reason: SearchInterpretationReason.TYPO, source: null, similarity });
      // A corrected word may be an alias («Uralks» → uralsk): it then stands for the alias's Kazakh words too.
      for (const match of findAliases([word])) {
        for (const meaning of match.pattern.means) {
          term.alternatives.push({
            words: meaning,
            weight: weight * ALTERNATIVE_WEIGHT.ALIAS,
            via: "ALIAS",
            from: match.pattern.text,
            source: match.pattern.source,
          });
        }
      }
    }
  }
  if (hopeless.size === 0 || hopeless.size === terms.length) return { terms, interpretations };
  for (const term of hopeless) {
    interpretations.push({
      typed: term.typed[0]!,
      readAs: "",
      reason: SearchInterpretationReason.IGNORED,
      source: null,
      similarity: null,
    });
  }
  return { terms: terms.filter((term) => !hopeless.has(term)), interpretations };
}

function aliasInterpretations(terms: readonly Term[]): SearchInterpretation[] {
  return terms.flatMap((term) =>
    term.alternatives
      .filter((alternative: Alternative) => alternative.via === "ALIAS" && alternative.from !== undefined)
      .map((alternative) => ({
        typed: term.typed.join(" "),
        readAs: alternative.words.join(" "),
        reason: SearchInterpretationReason.ALIAS,
        source: alternative.source ?? null,
        similarity: null,
      })),
  );
}

export async function search(db: Database, text: string, kinds?: SearchKind[] | null): Promise<SearchResult> {
  if (text.length > MAX_SEARCH_TEXT) throw new BadInputError(`search text is at most ${MAX_SEARCH_TEXT} characters`);
  const parsed = searchTerms(text);
  if (parsed.length === 0) throw new BadInputError("search needs at least one letter or digit");
  const digits = phoneQuery(text);
  const wanted = new Set(kinds?.length ? kinds : Object.values(SearchKind));
  const providerTypes = (
    [
      [SearchKind.AUTHORITY, "AUTHORITY"],
      [SearchKind.AKIMAT_APPARATUS, "AKIMAT_APPARATUS"],
      [SearchKind.SERVICE_CENTRE, "SERVICE_CENTRE"],
    ] as const
  )
    .filter(([kind]) => wanted.has(kind))
    .map(([, type]) => type);

  // A number is not corrected: 401063 is no typo of 401064.
  const corrected = digits ? { terms: parsed, interpretations: [] } : await correctTypos(db, parsed);
  const terms = corrected.terms;
  const interpretations = [...aliasInterpretations(terms), ...corrected.interpretations];

  // A number typed in groups («8 7162 40-10-63») is a phone, not words to find in names; one group may also be a postal code.
  const byKeys = !digits || terms.length === 1;
  const [[regions, districts, providers, services], byPhone] = await Promise.all([
    findCandidates(db, terms, {
      regions: byKeys && wanted.has(SearchKind.REGION),
      districts: byKeys && wanted.has(SearchKind.DISTRICT),
      services: byKeys && wanted.has(SearchKind.SERVICE),
      providerTypes: byKeys ? providerTypes : [],
    }),
    digits ? findByPhone(db, digits, providerTypes) : [],
  ]);
  // Scoring is the long synchronous part (hundreds of candidates for a common word): it waits for a turn of its own.
  await cpuTurn();

  const names = (
    row: { name: string; nameLatin: string; alternateNames: string[] },
    typename: string,
    id: string,
  ): Field[] => [
    ...field(SearchField.NAME, row.name),
    ...field(SearchField.LATIN_NAME, row.nameLatin),
    ...row.alternateNames.flatMap((name) => field(SearchField.ALTERNATE_NAME, name)),
    ...aliasNamesOf(typename, id).flatMap((alias) => field(SearchField.ALIAS, alias)),
  ];

  const hits: SearchHit[] = [
    ...regions.map((row) => {
      const node = asRegion(row);
      return hit(node, row.name, best(terms, names(row, node.__typename, row.id)));
    }),
    ...districts.map((row) => {
      const node = asDistrict(row);
      return hit(node, row.name, best(terms, names(row, node.__typename, row.id)));
    }),
    ...services.map((row) => {
      const node = asService(row);
      const fields = [
        ...field(SearchField.TITLE, row.title),
        ...field(SearchField.TITLE, row.preambleTitle),
        ...row.alternateTitles.flatMap((title) => field(SearchField.ALTERNATE_NAME, title)),
      ];
      return hit(node, row.title ?? row.preambleTitle ?? "", best(terms, fields));
    }),
  ];

  const providerHits = new Map<string, SearchHit>();
  for (const [index, { row, address, emails }] of providers.entries()) {
    // A common word («қала», «бөлім») has two to three hundred candidates: they are scored a slice per turn.
    if (index > 0 && index % SCORING_SLICE === 0) await cpuTurn();
    // Read without the columns scoring skips; the resolver serves the page's providers whole.
    const node = asProvider(row as ProviderRow);
    const fields = [
      ...names(row, node.__typename, row.id),
      ...field(SearchField.ADDRESS, address?.full),
      ...emails.flatMap((email) => field(SearchField.EMAIL, email.value ?? email.raw)),
      ...row.websites.flatMap((site) => field(SearchField.WEBSITE, site)),
    ];
    providerHits.set(row.id, hit(node, row.name, best(terms, fields)));
  }
  for (const { row, phones } of byPhone) {
    const phone = phones.find((candidate) => {
      const forms = [candidate.e164?.replace(/\D/g, "") ?? "", phoneDigits(candidate.raw)];
      return forms.some((form) => (digits!.length === 11 ? form === digits : form.endsWith(digits!)));
    });
    const score = digits!.length === 11 ? PHONE_SCORE.WHOLE : PHONE_SCORE.END;
    const known = providerHits.get(row.id);
    if (known && known.score >= score) continue;
    providerHits.set(row.id, {
      node: asProvider(row as ProviderRow),
      score,
      matchedName: row.name,
      matchedField: SearchField.PHONE,
      matchedText: phone?.raw ?? digits!,
    });
  }
  hits.push(...providerHits.values());

  hits.sort(
    (a, b) =>
      b.score - a.score ||
      (KIND_ORDER[a.node.__typename] ?? 9) - (KIND_ORDER[b.node.__typename] ?? 9) ||
      a.matchedName.length - b.matchedName.length ||
      compareKazakh(a.matchedName, b.matchedName) ||
      ((a.node as { id?: string }).id ?? "").localeCompare((b.node as { id?: string }).id ?? ""),
  );
  return { hits, interpretations };
}

/**
 * Factories of the per-request loaders (src/graphql/loaders.ts): one search
 * asked again under another alias, or on another page, is run once.
 */
export function createSearchLoaders(db: Database) {
  return {
    searchResults: () =>
      new DataLoader<{ text: string; kinds: SearchKind[] | null }, SearchResult, string>(
        async ([asked]) => [await search(db, asked!.text, asked!.kinds)],
        {
          batch: false,
          cacheKeyFn: ({ text, kinds }) => JSON.stringify([text, kinds?.length ? [...new Set(kinds)].sort() : null]),
        },
      ),
  };
}
