/**
 * What a piece of text says about itself: how strongly its own words read
 * as a name, an address, a phone or a schedule.
 */
import { squash } from "../../segment.js";
import { SCHEDULE_WORDS } from "../../vocabulary.js";
import { CELLS, type CellKind, type PieceKind } from "./piece.js";

const NAME_WORDS =
  /бөлім|басқарма|филиал|әкімдіг|әкімінің|аппарат|жұмыспен|қамту|әлеуметтік|бағдарлама|ауданының|қаласының|ауылының|кентінің|облысының|ауданның|ауданындағы/;
/** The words that close a name: a line holding one is a name even beside a place word («Бостандық ауданы бөлімі»). */
const NAME_END_WORDS = /(бөлімі|басқармасы|филиалы|аппараты|әкімдігі)(?![а-яәіңғүұқөһё])/;
const ADDRESS_WORDS =
  /(көшесі|к-сі|көш\.|даңғылы|даңғ\.|шағын аудан|ықшам аудан|мөлтек аудан|ш\/а|ауылы|кенті|қаласы|ауданы|алаңы|тұйық|квартал|ғимарат|селосы|-үй|\bүй)(?![а-яәіңғүұқөһё])/g;
const EMAIL_OR_SITE =
  /@|www|https?:|[a-z0-9_-]\.(kz|ru|com|net|org|gov)\b|^(kz|ru|mail|online|kostanay|kostanai|enbek|gov|akmo|akto|yandex|rambler|bk)\b/;
const PHONE_CHARS = /^[\d\s\-–‑().,/+]+$/;
const PHONE_LABEL = /^(тел|факс|т\/ф|телефон|ф\.)/;

interface Scores {
  name: number;
  address: number;
  phone: number;
  schedule: number;
  /** Digits too few to stand alone as a phone: a tail such as «48» or «-00», or a house number. */
  weakPhone: boolean;
}

const scoreCache = new Map<string, Scores>();

/** How strongly a text reads as each cell (memoised: the lists repeat the same texts many times). */
export function score(text: string): Scores {
  let scores = scoreCache.get(text);
  if (!scores) {
    scores = computeScore(text.trim());
    scoreCache.set(text, scores);
  }
  return scores;
}

function computeScore(raw: string): Scores {
  const result: Scores = { name: 0, address: 0, phone: 0, schedule: 0, weakPhone: false };
  if (raw === "") return result;
  const flat = squash(raw);
  const words = raw.toLowerCase().replace(/i/g, "і").replace(/\s+/g, " ");
  const latin = raw.toLowerCase().replace(/\s+/g, "");

  if (SCHEDULE_WORDS.test(flat)) result.schedule += 3;

  if (PHONE_CHARS.test(raw) && /\d/.test(raw)) {
    const digits = raw.replace(/\D/g, "").length;
    result.weakPhone = digits < 5;
    result.phone += result.weakPhone ? 1 : 3;
  } else if (PHONE_LABEL.test(flat) || /^8-?7\d{2,4}[\s-]/.test(raw)) {
    result.phone += 3;
  }

  if (EMAIL_OR_SITE.test(latin)) result.address += 3;
  // A postal code opens an address («020100, Ақкөл қаласы»); a bare six-digit number is a phone.
  if (/(^|\s)\d{6}\s*,/.test(raw)) result.address += 3;
  const places = Math.min(words.match(ADDRESS_WORDS)?.length ?? 0, 3);
  result.address += places;
  if (places > 0 && /\d/.test(raw)) result.address += 1;

  if (raw.startsWith("«")) result.name += 2;
  if (NAME_WORDS.test(flat)) result.name += 2;
  if (NAME_END_WORDS.test(words) || /(^|[\s»"])ММ(?=[\s»"]|$)/.test(raw)) result.name += 2;
  return result;
}

/** The cell a text argues for by itself, or "unknown" when its words do not decide. */
export function ownKind(text: string): PieceKind {
  const scores = score(text);
  let best: CellKind | null = null;
  let tie = false;
  for (const kind of CELLS) {
    if (best === null || scores[kind] > scores[best]) {
      best = kind;
      tie = false;
    } else if (scores[kind] === scores[best]) tie = true;
  }
  return best === null || scores[best] === 0 || tie ? "unknown" : best;
}
