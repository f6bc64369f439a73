/**
 * Postal addresses of the provider lists, taken apart (seed map §4.2, §6):
 * «020100, Ақкөл қаласы, Нұрмағамбетов көшесі, 81»,
 * «Ақкөл ауданы, Ақкөл қаласы, Нұрмағамбетов көшесі, 8-үй»,
 * «Қонаев к-сі 122», «Тәуелсіздік көшесі, 67 «б»», «Орынбор көшесі № 8 үй».
 *
 * Parts are told apart by the Kazakh word that ends them (қаласы, ауылы,
 * ауданы, көшесі …), not by position: lists print them in different orders
 * and leave parts out.
 */
import type { Address } from "../model.js";
import { normaliseText, type Lexicon } from "./text.js";

/** `Address` plus the parts above the settlement that the contract has no field for. */
export interface ParsedAddress extends Address {
  /** «Ақкөл ауданы», «Жетісу ауданы» (a city district) — the district part, when printed. */
  district?: string | null;
  /** «Қарағанды облысы», when printed. */
  region?: string | null;
  /** «Құлагер шағын ауданы», «12-шағын аудан»; also the `street` when no street is printed (Ақтау). */
  microdistrict?: string | null;
}

/** «Баянауыл ауданы Баянауыл ауылы»: a comma lost after a district, region or settlement word. */
function restoreLostCommas(text: string): string {
  return text.replace(/(?<=\s)(ауданы|облысы|қаласы|ауылы|кенті)\s+(?=\p{Lu})/gu, "$1, ");
}

const POSTAL_CODE = /^\d{6}$/u;

/** Settlement words: city, village, settlement, and their abbreviations. */
const LOCALITY = /(?:^|\s)(?:қаласы|қ\.|ауылы|а\.|кенті|селосы|поселкесі|ауылдық округі|станциясы)$/u;
/** «… ауданы» is a district, except a microdistrict («12-шағын ауданы») which is part of the street. */
const DISTRICT = /(?:^|\s)ауданы$/u;
const MICRODISTRICT = /(?:шағын|мөлтек)\s*аудан(?:ы)?$|(?:^|\s)ш\/а$|(?:^|\s)ықшам\s*ауданы$/u;
const REGION = /(?:^|\s)облысы$/u;
/** Street words, full and abbreviated. The house may follow on the same part («Қонаев к-сі 122»). */
const STREET_WORD =
  "(?:көшесі|көше|к-сі|даңғылы|даң\\.|даңғ\\.|гүлзары|бульвары|алаңы|алаң|тас\\s+жолы|тұйығы|жолы|шағын\\s*ауданы|шағын\\s*аудан|мөлтек\\s*ауданы|ш\\/а|квартал|орамы|-орам|қиылысы)";
const STREET_AT_END = new RegExp(`${STREET_WORD}$`, "u");
const STREET_THEN_REST = new RegExp(`^(.*?${STREET_WORD})\\s+(.+)$`, "u");

/**
 * The house as a short value: «81», «81-үй» → «81»; «67 «б»», «3 «а»-үй»,
 * «26 б ғимараты», «2 А» → «67б», «3а», «26б», «2а»; «47/3» stays; «№ 8 үй» → «8»;
 * «17-ғимарат» → «17». «н/з», «н/ж» (no number) give null.
 */
export function parseHouse(text: string): string | null {
  const match = /^(?:№\s*)?(\d+(?:\s*\/\s*\d+)?)(?:\s*[-‐]?\s*«?([а-яәіА-ЯӘІa-zA-Z])»?(?![\p{L}]{2}))?/u.exec(
    text.trim(),
  );
  if (!match) return null;
  const number = match[1]!.replace(/\s+/g, "");
  const letter = match[2];
  // «8-үй»: the «ү» of «үй» is not a house letter; neither is the first letter of «ғимарат».
  return letter && !/^[үҮ]$/u.test(letter) ? number + letter.toLowerCase() : number;
}

function looksLikeHouse(part: string): boolean {
  return /^(?:№\s*)?\d/u.test(part) || /^н\s*\/\s*[зж]$/u.test(part);
}

/** «Нұрмағамбетовкөшесі», «Тәуелсіздікгүлзары»: a street word glued to the name before it (§5.6). */
function ungluStreetWords(text: string): string {
  return text.replace(/(\p{Ll})(көшесі|даңғылы|гүлзары|бульвары)(?=[\s,.]|$)/gu, "$1 $2");
}

/** The parts an address names by their own word, in the order they are tried. */
const NAMED_PARTS: readonly [RegExp, "region" | "microdistrict" | "district" | "locality"][] = [
  [REGION, "region"],
  [MICRODISTRICT, "microdistrict"],
  [DISTRICT, "district"],
  [LOCALITY, "locality"],
];

/**
 * Takes an address apart: optional postal code, region, district, locality
 * (settlement), street (with microdistricts), house. `full` is the cleaned
 * text. A part that fits none stays only in `full`. Text before the first
 * recognised part (a phone number, a name the table reader left in the
 * cell) is ignored for the parts.
 */
export function parseAddress(text: string, lexicon: Lexicon): ParsedAddress {
  const full = ungluStreetWords(normaliseText(text, lexicon))
    .replace(/\s*,\s*/gu, ", ")
    .replace(/,\s*$/u, "")
    .trim();
  const result: ParsedAddress = {
    postalCode: null,
    locality: null,
    street: null,
    house: null,
    full,
    district: null,
    region: null,
    microdistrict: null,
  };
  // «010000 Астана, …»: the postal code without its comma.
  const parts = restoreLostCommas(full.replace(/^(\d{6})\s+(?=\D)/u, "$1, "))
    .split(/\s*,\s*/u)
    .filter((part) => part.length > 0);
  for (const [index, part] of parts.entries())
    classify(part, index === 0 || (index === 1 && result.postalCode !== null));
  result.street ??= result.microdistrict ?? null;
  return result;

  /** Files one comma-separated part into `result`; returns whether it was recognised (unrecognised parts stay in `full` only). */
  function classify(part: string, first: boolean): boolean {
    if (result.postalCode === null && POSTAL_CODE.test(part)) {
      result.postalCode = part;
      return true;
    }
    // A part named by its own word («облысы», «шағын аудан», «ауданы», «қаласы»): the first of each kind is kept.
    const named = NAMED_PARTS.find(([pattern]) => pattern.test(part));
    if (named) {
      result[named[1]] ??= part;
      return true;
    }
    if (result.street === null && STREET_AT_END.test(part)) {
      result.street = part;
      return true;
    }
    const streetAndHouse = STREET_THEN_REST.exec(part);
    if (result.street === null && streetAndHouse && looksLikeHouse(streetAndHouse[2]!)) {
      result.street = streetAndHouse[1]!;
      result.house = parseHouse(streetAndHouse[2]!);
      return true;
    }
    // «Ақтау қаласы, 12-шағын аудан 17-ғимарат»: a microdistrict with the house after it.
    const microdistrictAndHouse = /^(.*?(?:шағын|мөлтек)\s*аудан(?:ы)?)\s+(.+)$/u.exec(part);
    if (result.microdistrict === null && microdistrictAndHouse && looksLikeHouse(microdistrictAndHouse[2]!)) {
      result.microdistrict = microdistrictAndHouse[1]!;
      result.house = parseHouse(microdistrictAndHouse[2]!);
      return true;
    }
    if (result.house === null && looksLikeHouse(part)) {
      result.house = parseHouse(part);
      return true;
    }
    // «010000 Астана, …»: a bare settlement name first (after the postal code), with no settlement word.
    if (first && result.locality === null && /^\p{Lu}[\p{L}-]+$/u.test(part)) {
      result.locality = part;
      return true;
    }
    return false;
  }
}
