/**
 * The search columns the seed loader writes, and the phone numbers' forms
 * shared with the query side:
 *
 * - `search_key`: the folded forms of every name a record goes by, its
 *   aliases included (search-aliases.json), joined by « | »;
 * - `contact_key` (providers): the folded address, e-mails and web sites;
 * - `phone_key` (providers): each phone's digits in international form
 *   (`77163821048`) and as printed (`401063` for a local number),
 *   space-separated and space-padded, so that `LIKE '% 77163821048 %'` finds
 *   a whole number and `LIKE '%21048 %'` its last digits;
 * - `search_word`: every word of the first two, with the number of records
 *   holding it and of those whose names do: the vocabulary typos are
 *   corrected against.
 */
import { searchFold } from "./search.fold.js";

/** One folded string for substring search: every name, Cyrillic, Latin and aliases, distinct, joined by « | ». */
export function searchText(...names: (string | null | undefined)[]): string {
  const keys = new Set<string>();
  for (const name of names) {
    const key = name ? searchFold(name) : "";
    if (key) keys.add(key);
  }
  return [...keys].join(" | ");
}

/**
 * A number's digits as it is meant, whatever way it is typed: 11 digits
 * after a trunk 8 or a country 7 (`8 7162 40-10-63`, `+7 7162 401063`) and
 * 10 digits without either give the international form `77162401063`; a
 * shorter number (a local one) stays as typed.
 */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, "");
  if (digits.length === 11 && (digits.startsWith("8") || digits.startsWith("7"))) return `7${digits.slice(1)}`;
  if (digits.length === 10) return `7${digits}`;
  return digits;
}

export interface PhoneLike {
  raw: string;
  e164: string | null;
}

/** The `phone_key` of a provider's phones: « 77162257716 77162401063 401063 ». */
export function phoneKey(phones: readonly PhoneLike[]): string {
  const tokens = new Set<string>();
  for (const phone of phones) {
    if (phone.e164) tokens.add(phone.e164.replace(/\D/g, ""));
    const printed = phoneDigits(phone.raw);
    if (printed.length >= 5) tokens.add(printed);
  }
  return tokens.size ? ` ${[...tokens].join(" ")} ` : "";
}

export interface ContactLike {
  address: { full?: string | null } | null;
  emails: readonly { value?: string | null; raw?: string | null }[];
  websites: readonly string[];
}

/** The folded address, e-mails and web sites of a provider. */
export function contactText(provider: ContactLike): string {
  return searchText(
    provider.address?.full,
    ...provider.emails.map((email) => email.value ?? email.raw),
    ...provider.websites,
  );
}

/** Every word of the keys (folded already; letters in it, three characters or more), with how many records' keys and names hold it. */
export function vocabulary(
  records: readonly { names: string; contacts: string }[],
): Map<string, { rows: number; names: number }> {
  const counts = new Map<string, { rows: number; names: number }>();
  // Split, not fold again: folding is not idempotent (a folded «akhan» would lose its h).
  const words = (key: string) => new Set(key.split(/[\s|]+/).filter((word) => word.length >= 3 && /[a-z]/.test(word)));
  for (const record of records) {
    const inNames = words(record.names);
    for (const word of new Set([...inNames, ...words(record.contacts)])) {
      const count = counts.get(word) ?? { rows: 0, names: 0 };
      count.rows += 1;
      if (inNames.has(word)) count.names += 1;
      counts.set(word, count);
    }
  }
  return counts;
}
