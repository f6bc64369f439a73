/**
 * Helpers of the standards' traceability audit (`test/seeds/standards-traceability.test.ts`).
 *
 * Like `audit.ts`, independent of the extractor: it reads `seeds/data/services.json`
 * and `seeds/source.txt` and imports only the extractor's types. Where it has to
 * undo the act's damage (letter-spacing, displaced link text, seed map §5.1–5.2)
 * it does so with its own, simpler means: letters compared without spaces and
 * in any order within the lines, appendix numbers read straight off the lines.
 */
import type { LineRange } from "../../../seeds/extract/model.js";
import type { ServiceRecord } from "../../../seeds/extract/standards/model.js";
import { foldCase, linesOf, loadData } from "./audit.js";

export const services = loadData<ServiceRecord[]>("services.json");

/** One text value of a service record with the lines it claims, and the appendices its object (or one holding it) cites by id. */
export interface TextValue {
  serviceNumber: number;
  /** Where it sits in the record: `providers[1].wording`, `complaints.routes[4].text`. */
  path: string;
  text: string;
  lines: LineRange;
  /** `appendixId` / `letterAppendixId` of the object that holds the text, and of the objects that hold that one. */
  appendixIds: string[];
}

/** Fields that hold codes, enums, ids or dates, not text of the act. */
const NOT_TEXT = new Set([
  "code",
  "kind",
  "target",
  "channel",
  "channels",
  "unit",
  "medium",
  "receives",
  "appendixId",
  "appendixKind",
  "letterAppendixId",
  "scope",
  "change",
  "date",
  "number",
  "id",
  "form",
  "methods",
  "days",
  "opens",
  "closes",
  "start",
  "end",
  "appendixIds",
]);

/**
 * Every text value of the standards' rules (not the titles, amendment notes, forms and quality tables, which
 * other tests audit): a string field of an object that has `lines` (or sits under one), and each category of
 * the recipients with its own `categoryLines`.
 */
export function textValues(service: ServiceRecord): TextValue[] {
  const out: TextValue[] = [];
  const walk = (node: unknown, path: string, lines: LineRange | null, inherited: string[]): void => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) walk(item, `${path}[${index}]`, lines, inherited);
      return;
    }
    if (!node || typeof node !== "object") return;
    const object = node as Record<string, unknown>;
    const own = isRange(object.lines) ? object.lines : lines;
    // An object's list counts for what it holds: S1's refusal cites the letter's form (appendix 2) for its grounds.
    const appendixIds = [
      ...inherited,
      ...["appendixId", "letterAppendixId"]
        .map((key) => object[key])
        .filter((id): id is string => typeof id === "string"),
    ];
    for (const [key, value] of Object.entries(object)) {
      if (NOT_TEXT.has(key) || key === "lines" || key === "categoryLines") continue;
      const at = path ? `${path}.${key}` : key;
      if (key === "categories" && Array.isArray(value)) {
        const ranges = object.categoryLines as LineRange[];
        for (const [index, category] of value.entries()) {
          out.push({
            serviceNumber: service.number,
            path: `${at}[${index}]`,
            text: String(category),
            lines: ranges[index]!,
            appendixIds: [],
          });
        }
      } else if (typeof value === "string") {
        if (own) out.push({ serviceNumber: service.number, path: at, text: value, lines: own, appendixIds });
      } else if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
        if (own) {
          for (const [index, item] of value.entries())
            out.push({ serviceNumber: service.number, path: `${at}[${index}]`, text: item, lines: own, appendixIds });
        }
      } else walk(value, at, own, appendixIds);
    }
  };
  const { title, preambleTitle, alternateTitles, amendments, qualityIndicators, forms, ...rules } = service;
  void [title, preambleTitle, alternateTitles, amendments, qualityIndicators, forms];
  walk(rules, "", null, []);
  return out;
}

function isRange(value: unknown): value is LineRange {
  return (
    !!value &&
    typeof value === "object" &&
    typeof (value as LineRange).start === "number" &&
    typeof (value as LineRange).end === "number"
  );
}

/** Letters only, look-alikes folded, lower case: spacing, hyphenation and punctuation do not count. */
export function letters(text: string): string {
  return foldCase(text).replace(/[^\p{L}]+/gu, "");
}

/**
 * How many pieces of `text` it takes to spell `value`, each piece found anywhere in `text` (greedy longest
 * first). Order is free because the dump moved link text within its line (§5.2); Infinity when some letter
 * cannot be found at all.
 */
export function piecesAnywhere(value: string, text: string): number {
  let pieces = 0;
  let at = 0;
  while (at < value.length) {
    let lo = 1;
    let hi = value.length - at;
    let best = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (text.includes(value.slice(at, at + mid))) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best === 0) return Infinity;
    pieces += 1;
    at += best;
  }
  return pieces;
}

/** A letter-spaced line («к ө р с е т і л г е н .») with its letters glued; other lines as they are. */
export function glueSpacedLine(line: string): string {
  const chunks = line.trim().split(/ {2,}/);
  const spaced = chunks.filter((chunk) => {
    const tokens = chunk.split(" ");
    return (
      tokens.length >= 2 &&
      tokens.every((token) => [...token].length <= 2) &&
      tokens.filter((token) => [...token].length === 1).length >= tokens.length * 0.8
    );
  }).length;
  return spaced > 0 && spaced >= chunks.length / 2 ? chunks.map((chunk) => chunk.replace(/ /g, "")).join(" ") : line;
}

/** Appendix numbers a cleaned text cites: «1-қосымшада», «1, 4, 5-қосымшаларда», «1 және 2-қосымшаларда». */
export function citedInText(text: string): number[] {
  const numbers = new Set<number>();
  for (const match of text.matchAll(/((?:\d+\s*(?:,|және)\s*)*\d+)\s*-\s*қосымша/gu)) {
    for (const number of match[1]!.split(/\s*(?:,|және)\s*/u)) numbers.add(Number(number));
  }
  return [...numbers].sort((a, b) => a - b);
}

/**
 * Appendix numbers the printed lines cite, read without the extractor's repair: every number directly
 * before «-қосымша» («1 2 6-қосымшаларда», 4213; «.5 - қ о с ы м ш а л а р д а», 23930), and a run of bare
 * numbers the dump moved to a line's end («стандартқа , , 1 4», 23928; «стандартқа  және 1 3-» /
 * «… қосымшаларда», 10981–10983).
 */
export function citedInLines(range: LineRange): number[] {
  const lines = linesOf(range).map(glueSpacedLine);
  const numbers = new Set<number>();
  lines.forEach((line, index) => {
    for (const match of line.matchAll(/((?:\d+[\s,]+(?:және\s+)?)*\d+)\s*-\s*қосымша/gu))
      for (const number of match[1]!.match(/\d+/gu)!) numbers.add(Number(number));
    const trailing = /(?<![\d.\-–/])((?:\d+[\s,]+(?:және\s+)?)+\d+\s*-?|\d+\s*-)\s*$/u.exec(line)?.[1];
    if (!trailing) return;
    const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== "") ?? "";
    const list = /\d[\s,]+(?:және\s+)?\d/u.test(trailing) && !/-\s*$/u.test(trailing);
    // A number with its hyphen ends the line («1 3-»): its «қосымшаларда» is on the next line, at its start or, displaced, at its end.
    if (list || /қосымша/u.test(next)) for (const number of trailing.match(/\d+/gu)!) numbers.add(Number(number));
  });
  return [...numbers].sort((a, b) => a - b);
}

/** The number of an appendix id («s2-a6» → 6). */
export function appendixNumber(id: string): number {
  return Number(/-a(\d+)$/.exec(id)?.[1]);
}
