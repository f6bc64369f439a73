import type { DistrictKind } from "../model.js";
import type { RegionDefinition } from "../regions.js";
import { identityKey } from "./keys.js";

/**
 * Where a provider sits, as its printed name says it. The act names every
 * district body after its place: «Ақкөл ауданының жұмыспен қамту…»,
 * «Көкшетау қаласы әкімінің аппараты», «Әйтеке би кентінің әкімдігі»,
 * «Астана қаласы «Сарыарқа» ауданы әкімінің аппараты», «Алматы қаласы Алмалы
 * ауданының орталығы». Reading the place from the name (not from the row's
 * position) is what lets a DEPT row and an AKIM row of the same place meet,
 * although the two kinds of list order their rows differently.
 */
export interface PlaceName {
  /** The distinctive place name as printed («Ақкөл», «Бұхар жырау»); null for a region-level body. */
  place: string | null;
  /** DISTRICT, CITY or SETTLEMENT as the name's marker word says (CITY_DISTRICT is decided by the region). */
  kind: Exclude<DistrictKind, "CITY_DISTRICT"> | null;
  /** «Байқоңыр» for «…бөлімінің Қармақшы ауданындағы Байқоңыр филиалы». */
  branch: string | null;
  /** «1» for «Шығыс Қазақстан облысының № 1 орталығы». */
  number: string | null;
}

type MarkerKind = "DISTRICT" | "CITY" | "SETTLEMENT";

/**
 * The inflected forms of аудан/қала/кент/ауыл the names use, including the
 * misprints of seed map §5.14 («аудандының», «ауданның»). A department named
 * after its village («Железинка ауылының», Павлодар) is the district's body,
 * so ауыл counts as a district marker.
 */
const MARKERS: [RegExp, MarkerKind][] = [
  [/^аудан(ы|ының|ның|дының|дық|ындағы|ындық|ына)?$/, "DISTRICT"],
  [/^ауыл(ы|ының|дық)?$/, "DISTRICT"],
  [/^қала(сы|сының|лық|ның)?$/, "CITY"],
  // «Ақтөбе қ. жұмыспен қамту…» (S1.a1 Ақтөбе row 13): the abbreviation, its dot dropped by the key.
  [/^қ$/, "CITY"],
  [/^кент(і|інің|тік)?$/, "SETTLEMENT"],
];

/** Words of the body's title, never part of a place name. */
const TITLE_WORDS = new Set([
  "облысы",
  "облысының",
  "облыстық",
  "облыстардың",
  "жұмыспен",
  "қамту",
  "қамтуды",
  "үйлестіру",
  "және",
  "әлеуметтік",
  "бағдарламалар",
  "бағдарламалары",
  "бөлімі",
  "бөлімінің",
  "басқармасы",
  "басқармасының",
  "халықты",
  "қорғау",
  "әкімдігі",
  "әкімдігінің",
  "әкімінің",
  "әкімінінің",
  "аппараты",
  "мм",
  "мемлекеттік",
  "мекемесі",
  "халыққа",
  "қызмет",
  "көрсету",
  "орталығы",
  "орталығының",
  "хқо",
  "№",
  "ның",
]);

/** Words that sit between a place name and its marker: «Ғабит Мүсірепов атындағы ауданның». */
const SKIPPED_WORDS = new Set(["атындағы"]);

function markerKind(word: string): MarkerKind | null {
  for (const [pattern, kind] of MARKERS) if (pattern.test(word)) return kind;
  return null;
}

/**
 * Splits marker words glued to their neighbours by the dump (seed map §5.6,
 * §5.14: «Ақсуқаласының», «ауданыныңжұмыспен»). Only the long genitive forms
 * are split, since a short form can end a real name («Жаңақала»).
 */
function splitGluedMarkers(text: string): string {
  return text
    .replace(/([^\s«»"]{2,})(қаласының|ауданының)/g, "$1 $2")
    .replace(/(қаласының|ауданының)([^\s«»",.])/g, "$1 $2");
}

interface Word {
  printed: string;
  key: string;
}

function words(name: string): Word[] {
  return (
    splitGluedMarkers(name)
      .replace(/[«»"“”„]/g, " ")
      .split(/\s+/)
      .filter((word) => word.length > 0)
      // Trailing punctuation goes, but not an initial's dot: «Т. Рысқұлов».
      .map((printed) => ({
        printed: printed.replace(/[,;:]+$/, "").replace(/(?<=\p{L}{2})\.$/u, ""),
        key: identityKey(printed),
      }))
      .filter((word) => word.key.length > 0)
  );
}

/**
 * Reads the place of a provider from its cleaned name. `region` matters for
 * the cities of republican significance: «Астана қаласы …» and «Алматы
 * қаласы …» name the region itself, so the place is the district that follows
 * (or none), while «Алматы ауданының әкімдігі» in Алматы is a district.
 */
export function readPlaceName(name: string, region: RegionDefinition): PlaceName {
  const all = words(name);
  const centreKey = identityKey(region.centre);
  let branch: string | null = null;
  let number: string | null = null;

  const numberMatch = /№\s*(\d+)/.exec(name);
  if (numberMatch?.[1]) number = numberMatch[1];

  // A branch is named after its own town, right before «филиалы»
  // («…Қармақшы ауданындағы Байқоңыр филиалы», «…бөлімінің Байқоңыр қаласы
  // бойынша филиалы»); the district is the place named before the branch.
  let scanEnd = all.length;
  const branchAt = all.findIndex((word) => word.key.startsWith("филиал"));
  if (branchAt > 0) {
    let end = branchAt;
    while (end > 0 && (all[end - 1]!.key === "бойынша" || markerKind(all[end - 1]!.key))) end--;
    const found = collectPlace(all, 0, end);
    if (found) {
      branch = found;
      scanEnd = end - found.split(" ").length;
    }
  }

  let place: string | null = null;
  let kind: MarkerKind | null = null;
  let windowStart = 0;
  for (let index = 0; index < scanEnd; index++) {
    const word = all[index]!;
    const marker = markerKind(word.key);
    if (!marker) continue;
    const found = collectPlace(all, windowStart, index);
    windowStart = index + 1;
    const isRegionCity =
      marker === "CITY" && region.kind === "CITY" && (found === null || identityKey(found) === centreKey);
    if (isRegionCity) continue;
    if (found === null) {
      // «Қалалық жұмыспен қамту…» (Ақтөбе, S18.a1) names the oblast's own centre.
      if (marker === "CITY" && place === null && region.kind === "OBLAST") {
        place = region.centre;
        kind = "CITY";
      }
      continue;
    }
    if (place === null) {
      place = found;
      kind = marker;
    }
  }
  return { place, kind, branch, number };
}

/** The run of place words right before `end`, back to a title word or the previous marker. */
function collectPlace(all: Word[], start: number, end: number): string | null {
  const taken: string[] = [];
  for (let index = end - 1; index >= start; index--) {
    const word = all[index]!;
    if (SKIPPED_WORDS.has(word.key)) continue;
    if (TITLE_WORDS.has(word.key) || markerKind(word.key) || /^\d/.test(word.key)) break;
    taken.unshift(word.printed);
    if (taken.length === 3) break;
  }
  return taken.length > 0 ? taken.join(" ") : null;
}
