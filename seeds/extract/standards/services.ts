/**
 * The 17 standards as service records, plus preamble item 11 (repealed, no
 * body). Segmentation hands over where each standard and each appendix is;
 * this stage reads the facts out of the standard's own paragraphs.
 */
import type { AppendixRecord, SourceLine } from "../model.js";
import { sliceLines } from "../source.js";
import type { Lexicon } from "../clean/text.js";
import type { Channel, MinistryContact, ServiceRecord, SubService } from "./model.js";
import type { StandardSpan } from "../segment.js";
import { findAmendmentNotes, readAmendmentNote } from "./legal-act.js";
import { readStandardText, type Paragraph } from "./paragraphs.js";
import { proseOf, rangeOf } from "./prose.js";
import {
  readCost,
  readForm,
  readLegalBasis,
  readProviders,
  readRecipients,
  readResult,
  readSchedules,
} from "./facts.js";
import { readServiceTimes } from "./deadlines.js";
import {
  isFormsParagraph,
  nominative,
  readComplaints,
  readDelivery,
  readDocuments,
  readHandIn,
  readMinistryParagraph,
  readRefusal,
} from "./procedure.js";
import { extractQualityIndicators } from "./quality.js";
import { extractForm } from "./forms.js";

export interface PreambleItem {
  number: number;
  /** The quoted title, cleaned; null for a repealed item. */
  title: string | null;
  repealed: boolean;
  text: string;
  lines: { start: number; end: number };
}

/**
 * The list of approved standards in paragraph 1 of the resolution: an item
 * is an indented «N)» line and the unindented lines after it (the RҚАО notes
 * between items 16–18 are indented and end the item before them).
 */
export function readPreambleItems(lines: SourceLine[], lexicon: Lexicon): PreambleItem[] {
  const start = lines.findIndex((l) => /Қ\s?о\s?с\s?а\s+б\s?е\s?р|Қоса берілі/u.test(l.text));
  const items: PreambleItem[] = [];
  let current: SourceLine[] | null = null;
  const close = (): void => {
    if (!current) return;
    const text = proseOf(current, lexicon);
    const number = Number(/^(\d+)\)/.exec(text)?.[1]);
    const repealed = /^\d+\)\s*күші жойылды/iu.test(text);
    const quoted = /«(.+)»\s*мемлекеттік қызмет/u.exec(text);
    items.push({
      number,
      title: repealed ? null : (quoted?.[1]?.trim() ?? null),
      repealed,
      text,
      lines: rangeOf(current),
    });
    current = null;
  };
  for (const line of lines.slice(start + 1)) {
    if (/^\s*Ескерту\s*\./u.test(line.text) || /^\s*2\.\s*Осы қаулы/u.test(line.text)) break;
    if (line.text.trim().length === 0) continue;
    if (/^ {3,}\d+\)/.test(line.text)) {
      close();
      current = [line];
    } else if (/^ {3,}\S/.test(line.text)) {
      close();
    } else if (current) {
      current.push(line);
    }
  }
  close();
  return items;
}

/** «…» мемлекеттік қызмет стандарты(на) → the quoted name. */
function quotedTitle(text: string): string | null {
  const match = /«(.+)»/u.exec(text);
  return match?.[1]?.trim() ?? null;
}

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\d]+/gu, "");
  return norm(a) === norm(b);
}

function channelsOf(providers: ServiceRecord["providers"]): Channel[] {
  return providers.map((p) => p.channel);
}

/** The paragraphs of one section. */
function section(paragraphs: Paragraph[], number: number): Paragraph[] {
  return paragraphs.filter((p) => p.section === number);
}

function byNumber(paragraphs: Paragraph[], number: number): Paragraph | null {
  return paragraphs.find((p) => p.number === number) ?? null;
}

function repealedRecord(item: PreambleItem, amendments: ServiceRecord["amendments"]): ServiceRecord {
  return {
    number: item.number,
    repealed: true,
    title: null,
    preambleTitle: null,
    alternateTitles: [],
    form: null,
    lines: item.lines,
    providers: [],
    legalBasis: null,
    result: null,
    recipients: null,
    deadlines: [],
    waitingTimes: [],
    cost: null,
    schedules: null,
    documents: null,
    refusalGrounds: null,
    suspensionGrounds: null,
    handIn: [],
    delivery: [],
    complaints: null,
    appendixIds: [],
    qualityIndicators: [],
    forms: [],
    amendments,
    subServices: [],
  };
}

function readService(
  lines: SourceLine[],
  lexicon: Lexicon,
  span: StandardSpan,
  appendices: AppendixRecord[],
  preamble: PreambleItem | undefined,
): ServiceRecord {
  const own = appendices.filter((a) => a.serviceNumber === span.serviceNumber).sort((a, b) => a.number - b.number);
  // The standard's own text ends at its last printed line before the first appendix caption.
  let textEnd = Math.min(span.body.end, ...own.map((a) => a.caption.start - 1));
  while (textEnd > span.title.end && (lines[textEnd - 1]?.text.trim() ?? "") === "") textEnd -= 1;
  const standardText = readStandardText(sliceLines(lines, span.title.end + 1, textEnd), lexicon);
  const paragraphs = standardText.paragraphs;
  const title = quotedTitle(proseOf(sliceLines(lines, span.title.start, span.title.end), lexicon));

  const p1 = byNumber(paragraphs, 1);
  const providers = p1 ? readProviders(p1, span.serviceNumber, appendices) : [];
  const channels = channelsOf(providers);

  // Other names: the preamble's, paragraph 1's, and the appendix captions'.
  const alternateTitles: string[] = [];
  const addTitle = (candidate: string | null): void => {
    if (!candidate || (title && sameTitle(candidate, title))) return;
    if (alternateTitles.some((t) => sameTitle(t, candidate))) return;
    alternateTitles.push(candidate);
  };
  addTitle(preamble?.title ?? null);
  if (p1)
    for (const match of p1.clauses[0]?.text.matchAll(/«([^«»]+)»\s*мемлекеттік\s/gu) ?? [])
      addTitle(match[1]?.trim() ?? null);
  for (const appendix of own)
    addTitle(quotedTitle(proseOf(sliceLines(lines, appendix.caption.start, appendix.caption.end), lexicon)));

  const p7 = byNumber(paragraphs, 7);
  const times = p7 ? readServiceTimes(p7, channels) : { deadlines: [], waitingTimes: [] };

  const procedure = section(paragraphs, 2);
  const documentsParagraph = procedure[0] ?? null;
  const refusalParagraph = procedure[procedure.length - 1] ?? null;
  const formsParagraph = procedure.slice(1, -1).find(isFormsParagraph) ?? null;
  const middle = procedure.slice(1, -1);
  const handInParagraph =
    middle.find((p) => /талон|қолхат/u.test(p.clauses.map((c) => c.text).join(" ")) && !isFormsParagraph(p)) ??
    procedure[procedure.length - 3] ??
    null;
  const deliveryParagraph = procedure[procedure.indexOf(handInParagraph as Paragraph) + 1] ?? null;

  const subServices = p1 ? readSubServices(p1) : [];
  const refusal = refusalParagraph ? readRefusal(refusalParagraph, span.serviceNumber, appendices, subServices) : null;
  const complaints = readComplaints(section(paragraphs, 5), span.serviceNumber, appendices);

  const notes = findAmendmentNotes(sliceLines(lines, span.title.start, span.end), lexicon);
  const amendments = notes.flatMap((note) => readAmendmentNote(note.text, note.lines, span.serviceNumber, false));
  for (const record of amendments) {
    if (record.truncated) {
      const holder = own.find((a) => record.lines.start >= a.body.start && record.lines.start <= a.body.end);
      record.target = holder ? `appendix ${holder.number}` : "unknown";
    }
  }

  const record: ServiceRecord = {
    number: span.serviceNumber,
    repealed: false,
    title,
    preambleTitle: preamble?.title ?? null,
    alternateTitles,
    form: byNumber(paragraphs, 2) ? readForm(byNumber(paragraphs, 2) as Paragraph) : null,
    lines: { start: span.title.start, end: textEnd },
    providers,
    legalBasis: byNumber(paragraphs, 3) ? readLegalBasis(byNumber(paragraphs, 3) as Paragraph) : null,
    result: byNumber(paragraphs, 5) ? readResult(byNumber(paragraphs, 5) as Paragraph) : null,
    recipients: byNumber(paragraphs, 6) ? readRecipients(byNumber(paragraphs, 6) as Paragraph) : null,
    deadlines: times.deadlines,
    waitingTimes: times.waitingTimes,
    cost: byNumber(paragraphs, 8) ? readCost(byNumber(paragraphs, 8) as Paragraph) : null,
    schedules: byNumber(paragraphs, 9) ? readSchedules(byNumber(paragraphs, 9) as Paragraph, channels) : null,
    documents: documentsParagraph ? readDocuments(documentsParagraph, formsParagraph, channels) : null,
    refusalGrounds: refusal?.refusal ?? null,
    suspensionGrounds: refusal?.suspension ?? null,
    handIn: handInParagraph ? readHandIn(handInParagraph, channels) : [],
    delivery:
      deliveryParagraph && deliveryParagraph !== refusalParagraph ? readDelivery(deliveryParagraph, channels) : [],
    complaints,
    appendixIds: own.map((a) => a.id),
    qualityIndicators: own.filter((a) => a.kind === "QUAL").flatMap((a) => extractQualityIndicators(lines, a, lexicon)),
    forms: own.filter((a) => a.kind === "FORM").map((a) => extractForm(lines, a, lexicon)),
    amendments,
    subServices,
  };
  return record;
}

/**
 * S18 p.1 (80654–80663): ««…» мемлекеттік қызметі: 1) «…беруді»; 2) «…»; … 6) «…» қамтиды.» — the
 * numbered, quoted items of paragraph 1 are the services the standard comprises.
 */
function readSubServices(paragraph: Paragraph): SubService[] {
  return paragraph.clauses.flatMap((clause) => {
    const match = /^(\d+)\)\s*«([^«»]+)»/u.exec(clause.text);
    return match ? [{ number: Number(match[1]), title: nominative(match[2] ?? ""), lines: clause.lines }] : [];
  });
}

/**
 * All service records, in preamble order: one per preamble item, the
 * repealed item 11 as a record without a body.
 */
export function extractServices(
  lines: SourceLine[],
  lexicon: Lexicon,
  spans: StandardSpan[],
  appendices: AppendixRecord[],
): ServiceRecord[] {
  const preamble = readPreambleItems(lines, lexicon);
  const records: ServiceRecord[] = [];
  for (const item of preamble) {
    const span = spans.find((s) => s.serviceNumber === item.number);
    if (item.repealed || !span) {
      const amendments = readAmendmentNote(item.text, item.lines, item.number, true).map((a) => ({
        ...a,
        target: `item ${item.number}`,
      }));
      records.push(repealedRecord(item, amendments));
      continue;
    }
    records.push(readService(lines, lexicon, span, appendices, item));
  }
  return records;
}

/**
 * The Ministry's contact, as paragraph 26 (25 in S3) of every standard gives
 * it. The most frequent wording becomes the contact; each standard's own
 * wording stays in `sources`.
 */
export function extractMinistry(lines: SourceLine[], lexicon: Lexicon, services: ServiceRecord[]): MinistryContact {
  const sources: MinistryContact["sources"] = [];
  let name = "";
  for (const service of services) {
    if (!service.lines || service.repealed) continue;
    const text = readStandardText(sliceLines(lines, service.lines.start, service.lines.end), lexicon);
    for (const paragraph of text.paragraphs.filter((p) => p.section === 5)) {
      const ministry = readMinistryParagraph(paragraph);
      if (!ministry) continue;
      name ||= ministry.name;
      sources.push({
        serviceNumber: service.number,
        name: ministry.name,
        address: ministry.address,
        website: ministry.website,
        lines: ministry.lines,
      });
    }
  }
  const mostFrequent = <T>(values: T[]): T | null => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  const address = mostFrequent(sources.map((s) => s.address)) ?? "";
  return {
    name,
    address,
    postalCode: /^(\d{6})/.exec(address)?.[1] ?? null,
    website: mostFrequent(sources.map((s) => s.website).filter((w): w is string => w !== null)),
    sources,
  };
}
