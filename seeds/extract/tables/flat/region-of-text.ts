/** The region a flat list's row names, from the words of its name and address. */
import { REGIONS } from "../../regions.js";

function normaliseForMatch(text: string): string {
  return text.toLowerCase().replace(/i/g, "і").replace(/\s+/g, " ");
}

/** Towns that name a region in addresses and centre names, beyond the administrative centres of `regions.ts`. */
const TOWN_ALIASES: [string, string][] = [
  ["семей", "east-kazakhstan"],
  ["петропавловск", "north-kazakhstan"],
  // «Карағанды қаласы» (3887, 23557): Cyrillic К for Қ.
  ["карағанды", "karaganda"],
];

const REGION_STEMS: [string, string][] = REGIONS.map((region) => [region.stem, region.id]);
const REGION_TOWNS: [string, string][] = [
  ...REGIONS.map((region): [string, string] => [normaliseForMatch(region.centre), region.id]),
  ...TOWN_ALIASES,
];

function earliestMatch(normal: string, candidates: [string, string][]): string | null {
  let bestIndex = Number.POSITIVE_INFINITY;
  let bestId: string | null = null;
  for (const [stem, id] of candidates) {
    const index = normal.indexOf(stem);
    if (index >= 0 && index < bestIndex) {
      bestIndex = index;
      bestId = id;
    }
  }
  return bestId;
}

/**
 * The region a row belongs to, decided from its own words: the name first
 * («Алматы облысының …» vs «Алматы қаласының …»), then the town of the
 * address («Көкшетау қаласы» → akmola, «Семей қаласы» → east-kazakhstan).
 * The earliest match wins, so «Астана қаласы Алматы ауданының орталығы» is
 * Astana.
 */
export function regionOfText(nameText: string, addressText: string): string | null {
  for (const text of [nameText, addressText]) {
    const normal = normaliseForMatch(text);
    const found = earliestMatch(normal, REGION_STEMS) ?? earliestMatch(normal, REGION_TOWNS);
    if (found) return found;
  }
  return null;
}
