/**
 * Helpers of the traceability audit (`test/seeds/traceability.test.ts`).
 *
 * The audit is independent of the extractor: it reads the committed files of
 * `seeds/data/` and `seeds/source.txt` with fs and imports only the extractor's
 * types, never its code, so a defect shared by the extractor and its own tests
 * cannot hide here.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type {
  AppendixRecord,
  ConflictRecord,
  DistrictRecord,
  Email,
  LineRange,
  ListingRecord,
  Phone,
  ProviderRecord,
  RegionRecord,
  TableAnomaly,
} from "../../../seeds/extract/model.js";

const ROOT = new URL("../../../", import.meta.url);

export function loadData<T>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`seeds/data/${name}`, ROOT)), "utf8")) as T;
}

/** The act, 1-based: `SOURCE[n]` is line n as `sed -n np` prints it; `SOURCE[0]` is unused. */
export const SOURCE: string[] = [
  "",
  ...readFileSync(fileURLToPath(new URL("seeds/source.txt", ROOT)), "utf8").split("\n"),
];
export const LAST_LINE = SOURCE.length - 1;

export const regions = loadData<RegionRecord[]>("regions.json");
export const districts = loadData<DistrictRecord[]>("districts.json");
export const providers = loadData<ProviderRecord[]>("providers.json");
export const listings = loadData<ListingRecord[]>("listings.json");
export const conflicts = loadData<ConflictRecord[]>("conflicts.json");
export const anomalies = loadData<TableAnomaly[]>("anomalies.json");
export const appendices = loadData<AppendixRecord[]>("appendices.json");
export const report = readFileSync(fileURLToPath(new URL("seeds/data/REPORT.md", ROOT)), "utf8");

export const appendixById = new Map(appendices.map((a) => [a.id, a]));
export const providerById = new Map(providers.map((p) => [p.id, p]));
export const listingById = new Map(listings.map((l) => [l.id, l]));
export const listingsByProvider = new Map<string, ListingRecord[]>();
for (const listing of listings) {
  const list = listingsByProvider.get(listing.providerId) ?? [];
  list.push(listing);
  listingsByProvider.set(listing.providerId, list);
}

export function kindOfListing(listing: ListingRecord): AppendixRecord["kind"] {
  return appendixById.get(listing.appendixId)!.kind;
}

/**
 * Cyrillic letters that the act prints where Latin ones belong, and back
 * (seed map §5.12: «оnline», «кz», Latin «i» for «і», Latin «C» in «Cағат»).
 * Both sides of every comparison are folded the same way.
 */
const LOOK_ALIKES: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "u",
  х: "x",
  і: "i",
  ј: "j",
  ү: "y",
  һ: "h",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
};

export function foldCase(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += LOOK_ALIKES[ch] ?? ch;
  return out;
}

/** Whitespace and line breaks removed, look-alikes folded, lower case. */
export function squeeze(text: string): string {
  return foldCase(text.replace(/\s+/gu, ""));
}

/** Letters only (no digits, spaces, punctuation or quotes), look-alikes folded. For names. */
export function lettersOnly(text: string): string {
  return foldCase(text).replace(/[^\p{L}]+/gu, "");
}

/** Letters and digits only, look-alikes folded. For addresses. */
export function alnumOnly(text: string): string {
  return foldCase(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

export function digitsOf(text: string): string {
  return text.replace(/\D+/gu, "");
}

export function linesOf(range: LineRange): string[] {
  return SOURCE.slice(range.start, range.end + 1);
}

export function textOf(range: LineRange): string {
  return linesOf(range).join("\n");
}

/**
 * How many ordered, contiguous pieces of `text` it takes to spell `value`
 * (greedy longest match, each piece after the previous one). 1 means `value`
 * is a substring of `text`; Infinity means some character of `value` is not in
 * `text` after the previous piece at all.
 */
export function piecesIn(value: string, text: string): number {
  let pieces = 0;
  let from = 0;
  let i = 0;
  while (i < value.length) {
    const { length, at } = longestPrefixIn(value, i, text, from);
    if (length === 0) return Infinity;
    pieces += 1;
    i += length;
    from = at + length;
  }
  return pieces;
}

/** The longest prefix of `value[i..]` that occurs in `text` at or after `from`, and where (binary search on its length). */
function longestPrefixIn(value: string, i: number, text: string, from: number): { length: number; at: number } {
  let length = 0;
  let found = -1;
  let lo = 1;
  let hi = value.length - i;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = text.indexOf(value.slice(i, i + mid), from);
    if (at >= 0) {
      length = mid;
      found = at;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return { length, at: found };
}

/**
 * Like `piecesIn`, over the lines of a row: `value` (already normalised by
 * `norm`) is spelled by ordered pieces of the normalised lines, and every
 * break between two pieces falls on line boundaries, i.e. only whole lines of
 * other cells come between them (seed map §5.3, §5.4, §5.7, §5.8: page breaks,
 * interleaved columns, a block schedule split by other rows). Returns the
 * number of pieces, or Infinity when the value cannot be spelled that way.
 */
export function linePiecesIn(value: string, lines: string[], norm: (s: string) => string): number {
  const parts = lines.map(norm);
  const starts = new Set<number>();
  const ends = new Set<number>();
  let text = "";
  for (const part of parts) {
    starts.add(text.length);
    text += part;
    ends.add(text.length);
  }
  let pieces = 0;
  let from = 0;
  let i = 0;
  while (i < value.length) {
    const { length: best, at: first } = longestPrefixIn(value, i, text, from);
    let bestAt = first;
    if (best === 0) return Infinity;
    if (pieces > 0) {
      // a later piece must begin a line, and the previous one must have ended one
      if (!ends.has(from)) return Infinity;
      let at = bestAt;
      while (at >= 0 && !starts.has(at)) at = text.indexOf(value.slice(i, i + best), at + 1);
      if (at < 0) return Infinity;
      bestAt = at;
    }
    pieces += 1;
    i += best;
    from = bestAt + best;
  }
  return pieces;
}

/**
 * The one reordering the extractor documents (seed map §5.2, `standards/prose.ts`): the dump moved the text of a
 * hyperlink (a law, an article, an appendix) to the end of its line, and a single leading space or a double space
 * marks where it was. This puts a trailing link word back at that mark, so that the audit can compare a cleaned
 * value with its lines («…туралы» / « бекітілген мереке заңымен» → «заңымен бекітілген мереке», 77561).
 */
export function undisplaceLink(line: string): string {
  const trimmed = line.replace(/\s+$/u, "");
  const match = /^(.*?)\s?(\S*(?:заң|Заң|бап|баб|қосымша|тармақ|тармағ|қаулы|кодекс)\S*)$/u.exec(trimmed);
  if (!match) return line;
  const [, rest = "", link = ""] = match;
  const glued = /^(\p{Ll}{3,}?)((?:заң)\p{L}*)$/u.exec(link);
  const [head, word] = glued ? [`${rest} ${glued[1]}`, glued[2]!] : [rest, link];
  if (/^ \S/u.test(head)) return `${word} ${head.trim()}`;
  const gap = /\S( {2,})\S/u.exec(head);
  if (gap) return `${head.slice(0, gap.index + 1)} ${word} ${head.slice(gap.index + 1 + gap[1]!.length)}`;
  return line;
}

export function overlaps(a: LineRange, b: LineRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function inside(inner: LineRange, outer: LineRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** «+77162267426», «fax +77162763687», «reception 40-10-63» (e164, else raw). */
function renderPhone(p: Phone): string {
  return `${p.kind === "PHONE" ? "" : `${p.kind.toLowerCase()} `}${p.e164 ?? p.raw}`;
}

/** How a conflict prints the value of one listing (the format of `conflicts.json`). */
export function renderField(listing: ListingRecord, field: string): string | null {
  const v = listing.values;
  switch (field) {
    case "address":
      return v.address;
    case "emails":
      return v.emails.length ? v.emails.map((e: Email) => e.value).join(", ") : null;
    case "websites":
      return v.websites.length ? v.websites.join(", ") : null;
    case "phones":
      return v.phones.length ? v.phones.map(renderPhone).join(", ") : null;
    case "schedule":
      return v.schedule?.text ?? null;
    case "responsibleUnit":
      return v.responsibleUnit;
    default:
      throw new Error(`unknown conflict field ${field}`);
  }
}

/** The same rendering of a provider's canonical value. */
export function renderProviderField(provider: ProviderRecord, field: string): string | null {
  switch (field) {
    case "address":
      return provider.address?.full ?? null;
    case "emails":
      return provider.emails.length ? provider.emails.map((e) => e.value).join(", ") : null;
    case "websites":
      return provider.websites.length ? provider.websites.join(", ") : null;
    case "phones": {
      const phones = provider.responsibleUnit ? provider.responsibleUnit.phones : provider.phones;
      return phones.length ? phones.map(renderPhone).join(", ") : null;
    }
    case "schedule":
      return provider.schedule?.text ?? null;
    case "responsibleUnit":
      return provider.responsibleUnit?.name ?? null;
    default:
      throw new Error(`unknown conflict field ${field}`);
  }
}

/** Area codes of the regional centres (the code of the oblast's capital city). */
export const REGION_AREA_CODE: Record<string, string> = {
  akmola: "7162",
  aktobe: "7132",
  "almaty-oblast": "7282",
  atyrau: "7122",
  "east-kazakhstan": "7232",
  zhambyl: "7262",
  "west-kazakhstan": "7112",
  karaganda: "7212",
  kostanay: "7142",
  kyzylorda: "7242",
  mangystau: "7292",
  pavlodar: "7182",
  "north-kazakhstan": "7152",
  "south-kazakhstan": "7252",
  astana: "7172",
  "almaty-city": "727",
};

/**
 * A formatting-insensitive key of a rendered value: whitespace removed,
 * look-alikes folded, and the items of a list field (e-mails, web sites,
 * phones) sorted, since the order of the items is not a disagreement.
 */
export function sameKey(field: string, value: string): string {
  if (field === "emails" || field === "websites" || field === "phones")
    return value.split(", ").map(squeeze).sort().join(",");
  return squeeze(value);
}

/** Collects violations as readable strings, so a failing `expect(...).toEqual([])` prints them all. */
export function collect<T>(items: Iterable<T>, check: (item: T) => string | string[] | null | undefined): string[] {
  const out: string[] = [];
  for (const item of items) {
    const r = check(item);
    if (r == null) continue;
    if (Array.isArray(r)) out.push(...r);
    else out.push(r);
  }
  return out;
}
