/**
 * Words of the standards that name a channel (who serves the applicant), and
 * amounts of time written in digits or in Kazakh number words.
 */
import type { Channel, DeadlineUnit } from "./model.js";

interface Mention {
  channel: Channel;
  index: number;
  end: number;
}

/**
 * AUTHORITY: «уәкілетті орган», S2's «арнайы комиссияның жұмыс органы»;
 * AKIM: a settlement, village or rural-okrug akim («ауылдық округ әкіміне»,
 * «селолық округтың әкіміне», «Кент, ауыл, ауылдық округ әкіміне»);
 * SERVICE_CENTRE: «орталық» in any case form, «ХҚО».
 */
const CHANNEL_PATTERNS: [Channel, RegExp][] = [
  ["AUTHORITY", /уәкілетті\s+орган\p{L}*|жұмыс\s+орган\p{L}*/giu],
  ["AKIM", /(?:ауыл|село|кент)\p{L}*(?:,?\s+\(?\p{L}+\)?){0,6}?\s+әкім(?!дер|дік|шілік|ат)\p{L}*/giu],
  ["SERVICE_CENTRE", /орталы[қғ]\p{L}*|ХҚО/giu],
];

/** Channel mentions in text order. */
export function channelMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [channel, pattern] of CHANNEL_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0;
      mentions.push({ channel, index, end: index + match[0].length });
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

export function channelsMentioned(text: string): Channel[] {
  const seen: Channel[] = [];
  for (const mention of channelMentions(text)) if (!seen.includes(mention.channel)) seen.push(mention.channel);
  return seen;
}

const NUMBER_WORDS: Record<string, number> = {
  бір: 1,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
  алты: 6,
  жеті: 7,
  сегіз: 8,
  тоғыз: 9,
  он: 10,
  жиырма: 20,
  отыз: 30,
  қырық: 40,
  елу: 50,
};
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join("|");

/** «жиырма екі» → 22, «он бес» → 15, «17» → 17. */
export function parseKazakhNumber(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  let total = 0;
  for (const word of trimmed.split(/\s+/)) {
    const value = NUMBER_WORDS[word];
    if (value === undefined) return null;
    total += value;
  }
  return total;
}

export interface Amount {
  amount: number;
  unit: DeadlineUnit;
  index: number;
  end: number;
}

const AMOUNT = new RegExp(
  `(?<![\\p{L}\\d-])(\\d+|(?:${NUMBER_WORD})(?:\\s+(?:${NUMBER_WORD}))?)\\s*(?:\\([^)]*\\)\\s*)?(жұмыс\\s+күн|күнтізбелік\\s+күн|минут)`,
  "giu",
);

/** Amounts of time with their unit, in text order. */
export function amountsOf(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const amount = parseKazakhNumber(match[1] ?? "");
    if (amount === null) continue;
    const word = (match[2] ?? "").toLowerCase();
    const unit: DeadlineUnit = word.startsWith("жұмыс")
      ? "WORKING_DAYS"
      : word.startsWith("күнтізбелік")
        ? "CALENDAR_DAYS"
        : "MINUTES";
    const index = match.index ?? 0;
    amounts.push({ amount, unit, index, end: index + match[0].length });
  }
  return amounts;
}
