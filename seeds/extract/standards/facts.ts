/**
 * Readers of the single facts of a standard, each from the paragraph that
 * states it: providers (p.1), form (p.2), legal basis (p.3), result (p.5),
 * recipients (p.6), cost (p.8), schedules (p.9). Paragraph numbers differ
 * between standards after p.10, so the later readers (documents, refusal,
 * complaints) find their paragraph by content, in `services.ts`.
 */
import type { AppendixRecord, LineRange, WeeklyHours, Weekday } from "../model.js";
import type {
  Channel,
  ChannelSchedule,
  Cost,
  LegalActKind,
  LegalBasis,
  LegalBasisCitation,
  ProviderChannel,
  Recipients,
  Schedules,
  ServiceRecord,
  ServiceResult,
} from "./model.js";
import type { Paragraph } from "./paragraphs.js";
import { paragraphText, stripMarker } from "./paragraphs.js";
import { channelMentions, channelsMentioned } from "./channels.js";
import { monthNumber } from "./legal-act.js";

/** Appendix numbers a text cites: «1-қосымшада», «1, 4, 5-қосымшаларда», «1 және 2-қосымшаларда». */
export function citedAppendixNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const match of text.matchAll(/((?:\d+\s*(?:,|және)\s*)*\d+)\s*-\s*қосымша/gu)) {
    for (const n of (match[1] ?? "").split(/\s*(?:,|және)\s*/u)) if (/^\d+$/.test(n)) numbers.push(Number(n));
  }
  return [...new Set(numbers)];
}

export function appendixByNumber(
  appendices: AppendixRecord[],
  serviceNumber: number,
  number: number,
): AppendixRecord | null {
  return appendices.find((a) => a.serviceNumber === serviceNumber && a.number === number) ?? null;
}

/** Sentences of a text, split at a full stop followed by a capital or a quote. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.])\s+(?=[\p{Lu}«])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** «баламалы негізде» (4008), and «балама негізде» without the adjective's suffix (S5 19399, S12 47918, S13 52268). */
const ALTERNATIVE = /балама(?:лы)?\s+негізде/u;

const CHANNEL_APPENDIX_KIND: Record<Channel, AppendixRecord["kind"] | null> = {
  AUTHORITY: "DEPT",
  AKIM: null,
  SERVICE_CENTRE: "XQO",
};

/**
 * Paragraph 1: who provides the service on which channel. The channel's
 * wording is the sentence (or the «сондай-ақ …» part of it) that names it.
 */
export function readProviders(
  paragraph: Paragraph,
  serviceNumber: number,
  appendices: AppendixRecord[],
): ProviderChannel[] {
  const providers: ProviderChannel[] = [];
  // S18 enumerates its sub-services in p.1 after the providers; those clauses name no provider.
  const clauses = paragraph.clauses.filter(
    (c) => !/^\d+\)\s*«/u.test(c.text) && !/мемлекеттік қызметі:\s*$/u.test(c.text),
  );
  for (const clause of clauses) {
    const parts = sentencesOf(stripMarker(clause.text)).flatMap((s) => s.split(/,\s*(?=сондай-ақ\s)/u));
    for (const part of parts) {
      for (const channel of channelsMentioned(part)) {
        if (providers.some((p) => p.channel === channel)) continue;
        // A sentence on the centre that only repeats «уәкілетті орган» does not make it an authority sentence.
        const first = channelMentions(part)[0];
        if (channel === "AUTHORITY" && first && first.channel !== "AUTHORITY" && ALTERNATIVE.test(part)) continue;
        const wantedKind = CHANNEL_APPENDIX_KIND[channel];
        // The list may be cited in the next sentence («Орталық мекенжайлары осы стандартқа 2-қосымшада көрсетілген.»).
        const cited = [...citedAppendixNumbers(part), ...citedAppendixNumbers(clause.text)]
          .map((n) => appendixByNumber(appendices, serviceNumber, n))
          .find((a) => a !== null && a.kind === wantedKind);
        providers.push({
          channel,
          wording: part,
          appendixId: cited?.id ?? null,
          alternative: channel === "AKIM" || ALTERNATIVE.test(part),
          lines: clause.lines,
        });
      }
    }
  }
  const order: Channel[] = ["AUTHORITY", "AKIM", "SERVICE_CENTRE"];
  return providers.sort((a, b) => order.indexOf(a.channel) - order.indexOf(b.channel));
}

export function readForm(paragraph: Paragraph): ServiceRecord["form"] {
  const text = paragraphText(paragraph);
  if (/ішінара автоматтандырылған/u.test(text)) return "PARTIALLY_AUTOMATED";
  if (/ішінара автоматтандырылмаған/u.test(text)) return "PARTIALLY_NON_AUTOMATED";
  if (/автоматтандырылмаған/u.test(text)) return "NON_AUTOMATED";
  return null;
}

// ---------------------------------------------------------------------------
// Legal basis
// ---------------------------------------------------------------------------

/** The word that names a cited act, with its kind. */
const ACT_HEAD = /(Заң\p{L}*|кодекс\p{L}*|қаулы\p{L}*|бұйры\p{L}*|шешім\p{L}*)/giu;
const DATE_WORDS = /(\d{4})\s+жылғы\s+(\d{1,2})\s+(\p{L}+)/gu;
const PART = /(?:\d+(?:-\d+)*,\s*)*\d+(?:-\d+)*-(?:бап|баб|тармақ|тармағ|тарау)\p{L}*|(?:\d+\),?\s*)+тармақша\p{L}*/gu;

function kindOfHead(head: string, before: string): LegalActKind {
  const word = head.toLowerCase();
  if (word.startsWith("заң")) return "LAW";
  if (word.startsWith("кодекс")) return "CODE";
  if (word.startsWith("бұйры")) return "MINISTERIAL_ORDER";
  if (word.startsWith("шешім"))
    return /мәслихат|өкілді|өкілетті/u.test(before) ? "MASLIKHAT_DECISION" : "LOCAL_EXECUTIVE_RESOLUTION";
  return /атқарушы органдар/u.test(before) ? "LOCAL_EXECUTIVE_RESOLUTION" : "GOVERNMENT_RESOLUTION";
}

/** Quoted titles hide act words («… туралы заң» inside a title is not a citation). */
function maskQuotes(text: string): string {
  return (
    text
      .replace(/«[^«»]*»/gu, (q) => `«${"·".repeat(q.length - 2)}»`)
      // «(бұдан әрі – Заң)» only names the act again.
      .replace(/\(бұдан әрі[^()]*\)/gu, (q) => `(${"·".repeat(q.length - 2)})`)
  );
}

/**
 * The acts a legal-basis paragraph cites. Each act is found by the word that
 * names it (Заңының, қаулысымен, бұйрығының, кодексінің, шешімдері); its
 * title, date and number are the last ones printed since the previous act,
 * and its parts (articles, paragraphs, chapters) those printed after it,
 * before the next act.
 */
export function readCitations(text: string): LegalBasisCitation[] {
  const masked = maskQuotes(text);
  // «… шешімдері бойынша …» is part of an unquoted title (S15), not an act of its own.
  const heads = [...masked.matchAll(ACT_HEAD)].filter(
    (h) => !/^\s*бойынша/u.test(masked.slice((h.index ?? 0) + h[0].length)),
  );
  const citations: LegalBasisCitation[] = [];
  let previousEnd = 0;
  for (const [index, head] of heads.entries()) {
    const start = head.index ?? 0;
    const end = start + head[0].length;
    const nextStart = heads[index + 1]?.index ?? text.length;
    const before = text.slice(previousEnd, start);
    const after = text.slice(end, nextStart);
    const titles = [...before.matchAll(/«([^«»]+)»/gu)];
    const dates = [...before.matchAll(DATE_WORDS)];
    const numbers = [...before.matchAll(/№\s*(\d+(?:-\p{L})?)/gu)];
    const date = dates[dates.length - 1];
    const parts = [...after.matchAll(PART)];
    const lastPart = parts[parts.length - 1];
    const partsEnd = lastPart ? (lastPart.index ?? 0) + lastPart[0].length : 0;
    const anchor = [
      titles[titles.length - 1]?.index,
      date?.index,
      before.search(/Қазақстан Республикасы|[Жж]ергілікті|Бюджет/u),
    ].filter((i): i is number => i !== undefined && i >= 0);
    const from = anchor.length > 0 ? Math.min(...anchor) : 0;
    citations.push({
      kind: kindOfHead(head[0], before),
      title: titles[titles.length - 1]?.[1]?.trim() ?? null,
      date: date ? `${date[1]}-${monthNumber(date[3] ?? "")}-${String(date[2]).padStart(2, "0")}` : null,
      number: numbers[numbers.length - 1]?.[1] ?? null,
      parts: parts.map((p) => p[0].trim()),
      text: (before.slice(from) + head[0] + after.slice(0, partsEnd)).replace(/^(?:және|,)\s*/u, "").trim(),
    });
    previousEnd = end + partsEnd;
  }
  return citations;
}

export function readLegalBasis(paragraph: Paragraph): LegalBasis {
  const text = paragraphText(paragraph);
  return { text, citations: readCitations(text), lines: paragraph.lines };
}

// ---------------------------------------------------------------------------
// Result, recipients, cost
// ---------------------------------------------------------------------------

export function readResult(paragraph: Paragraph): ServiceResult {
  const text = paragraphText(paragraph);
  const first = sentencesOf(text)[0] ?? text;
  const core = first.replace(/^.*?нәтижесі\s*/u, "").replace(/\s*болып табылады\.?$/u, "");
  const outcomes = core
    .split(/,?\s+не\s+|,?\s+немесе\s+/u)
    .map((s) => s.replace(/^[,\s]+/u, "").trim())
    .filter((s) => s.length > 0);
  const medium = /қағаз/u.test(text) ? "PAPER" : /электронды түрде/u.test(text) ? "ELECTRONIC" : null;
  return { text, outcomes, medium, lines: paragraph.lines };
}

const DATIVE_END = /(ға|ге|қа|ке|на|не|ына|іне)$/u;

/**
 * Splits an inline enumeration where a dative noun ends a category and a
 * comma or «және» follows («азаматтарына, оралмандарға және босқындарға»).
 * «X және өзге де Y» is one category: «ата-аналарына және өзге де заңды
 * өкілдеріне» (S15, 62804) widens X, it does not add a second group.
 */
function splitCategories(body: string): string[] {
  const categories: string[] = [];
  let current = "";
  const pieces = body.split(/(,\s+|\s+және\s+)/u);
  for (const [index, piece] of pieces.entries()) {
    const separator = /^(,\s+|\s+және\s+)$/u.test(piece);
    const widens = /^(?:өзге|басқа)\s+да\s/u.test(pieces[index + 1] ?? "");
    if (separator && DATIVE_END.test(current.trim()) && !widens) {
      categories.push(current.trim());
      current = "";
    } else current += piece;
  }
  if (current.trim()) categories.push(current.trim());
  return categories;
}

/** «жеке тұлғаларға», «жеке адамдарға»: the act's word for every natural person, not a category of its own. */
const ANY_PERSON = /^жеке\s+(?:тұлғаларға|адамдарға)$/u;

/**
 * Paragraph 6: the categories of recipients. Listed on the lines after a
 * lead ending in a colon (S2, S4), where a line ending in a colon heads the
 * lines under it (S5 19425–19446: «1) сурдотехникалық құралдармен
 * қамтамасыз ету бойынша:») and is no category itself; or inline, split
 * where a dative noun ends a category. Inline, a dash says what every
 * category before it must be: «… азаматтарына, … азаматтығы жоқ адамдарға –
 * үйде оқып … ата-аналарына және өзге де заңды өкілдеріне» (S15
 * 62799–62806), or, after «жеке тұлғаларға», names the one category (S17
 * 73368–73369). A paragraph that leaves the categories to the maslikhats
 * («санаттары … мәслихаттардың шешімі бойынша айқындалады», S14
 * 56541–56542) enumerates none.
 */
export function readRecipients(paragraph: Paragraph): Recipients {
  const text = paragraphText(paragraph);
  const setByMaslikhat = /мәслихат/u.test(text);
  if (setByMaslikhat && /санаттары/u.test(text) && /айқындалады|белгіленеді/u.test(text)) {
    return { text, categories: [], categoryLines: [], setByMaslikhat, lines: paragraph.lines };
  }
  // A lead ending in a colon lists the categories on the lines after it, numbered (S4) or not (S2).
  const listed = /:\s*$/u.test(paragraph.clauses[0]?.text ?? "");
  const items = paragraph.clauses.slice(1).filter((c) => listed || /^\d+\)/.test(c.text));
  let categories: string[];
  let categoryLines: LineRange[];
  if (items.length > 0) {
    categories = [];
    categoryLines = [];
    let heading: { text: string; lines: LineRange } | null = null;
    for (const item of items) {
      const itemText = stripMarker(item.text)
        .replace(/\s*көрсетіледі\.?$/u, "")
        .replace(/[;.]$/, "");
      if (/:$/u.test(itemText)) {
        heading = { text: itemText.replace(/:$/u, ""), lines: item.lines };
        continue;
      }
      // A headed category reads with its heading, and its lines run from the heading to the item.
      categories.push(heading ? `${heading.text}: ${itemText}` : itemText);
      categoryLines.push(heading ? { start: heading.lines.start, end: item.lines.end } : item.lines);
    }
  } else {
    const body = (
      /жеке тұлғаларға:/u.test(text)
        ? text.replace(/^.*?жеке тұлғаларға:\s*/u, "")
        : text.replace(/^.*?Мемлекеттік қызмет\s*/u, "")
    )
      .replace(/\s*\(бұдан әрі.*$/u, "")
      .replace(/\s*көрсетіледі\.?$/u, "");
    const dash = body.split(/\s+–\s+/u);
    if (dash.length === 2) {
      const who = splitCategories(dash[0]!).filter((category) => !ANY_PERSON.test(category));
      const what = dash[1]!.trim();
      categories = who.length > 0 ? who.map((category) => `${category} – ${what}`) : [what];
    } else {
      categories = splitCategories(body);
    }
    categoryLines = categories.map(() => paragraph.lines);
  }
  return { text, categories, categoryLines, setByMaslikhat, lines: paragraph.lines };
}

export function readCost(paragraph: Paragraph): Cost {
  const text = paragraphText(paragraph);
  return { free: /тегін/u.test(text), text, lines: paragraph.lines };
}

// ---------------------------------------------------------------------------
// Schedules
// ---------------------------------------------------------------------------

const ALL_DAYS: Weekday[] = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];
const WORK_DAYS: Weekday[] = ["MON", "TUE", "WED", "THU", "FRI"];
// «9.00-ден 18.00-ге дейін», «9.00-ден бастап сағат 18.00-ге дейін», «13.00 бастап 14.00 дейінгі» (S5 19461–19462).
const RANGE =
  /(\d{1,2})\.(\d{2})(?:-\p{L}+)?\s+(?:бастап\s+)?(?:сағат\s+)?(\d{1,2})\.(\d{2})(?:-\p{L}+)?\s+дейін\p{L}*/gu;

function hhmm(h: string | undefined, m: string | undefined): string {
  return `${String(h ?? "0").padStart(2, "0")}:${m ?? "00"}`;
}

/** The weekly hours a schedule sentence states (opening hours and lunch break). */
export function parseWeeklyHours(text: string): WeeklyHours[] {
  let hours: { opens: string; closes: string } | null = null;
  const breaks: { start: string; end: string }[] = [];
  for (const match of text.matchAll(RANGE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const range = { from: hhmm(match[1], match[2]), to: hhmm(match[3], match[4]) };
    // The lunch break is the range «түскі үзіліс» follows («13.00-ден 14.00-ге дейін түскі үзіліспен») or directly precedes.
    const isBreak =
      /^[,\s]*түскі үзіліс/u.test(text.slice(end)) || /түскі үзіліс\s*(?:сағат\s*)?$/u.test(text.slice(0, start));
    if (isBreak) breaks.push({ start: range.from, end: range.to });
    else hours ??= { opens: range.from, closes: range.to };
  }
  if (!hours) return [];
  const days = /сенбі, жексенбі|демалыс\s.*қоспағанда/u.test(text) ? WORK_DAYS : ALL_DAYS;
  return [{ days, opens: hours.opens, closes: hours.closes, breaks: /үзіліссіз/u.test(text) ? [] : breaks }];
}

/**
 * Paragraph 9. A clause with time ranges is the schedule of the channels it
 * names before «жұмыс кестесі», or of the channels of the heading clause
 * before it («9. Уәкілетті органның жұмыс кестесі:», «1) уәкілетті
 * органның:»); a centre's clause also gives its branches' hours after
 * «филиалдары». Other sentences are notes.
 */
export function readSchedules(paragraph: Paragraph, serviceChannels: Channel[]): Schedules {
  const byChannel: ChannelSchedule[] = [];
  const notes: { text: string; lines: LineRange }[] = [];
  let heading: Channel[] = [];
  let headingScope: ChannelSchedule["scope"] = "MAIN";
  for (const clause of paragraph.clauses) {
    const text = stripMarker(clause.text);
    const at = text.search(/жұмыс кестесі/u);
    const named = channelsMentioned(at >= 0 ? text.slice(0, at) : (text.split(/[:–]/u)[0] ?? ""));
    const hasHours = [...text.matchAll(RANGE)].length > 0;
    if (!hasHours) {
      if (/:\s*$/u.test(text) && (at >= 0 || named.length > 0)) {
        heading = named;
        // «орталықтың филиалдары мен өкілдіктерінде:» (S13) heads the branches' hours.
        headingScope = /филиал/u.test(text) ? "BRANCHES" : "MAIN";
      } else notes.push({ text, lines: clause.lines });
      continue;
    }
    if (headingScope === "BRANCHES") {
      // The hours are the first sentence; the next ones are notes (S13 52331–52334: «Қабылдау алдын ала жазылусыз … жүзеге асырылады.»).
      const [hours = text, ...rest] = sentencesOf(text);
      byChannel.push({
        channels: heading,
        scope: "BRANCHES",
        text: hours,
        weekly: parseWeeklyHours(hours),
        lines: clause.lines,
      });
      for (const sentence of rest) notes.push({ text: sentence, lines: clause.lines });
      heading = [];
      headingScope = "MAIN";
      continue;
    }
    const channels = at >= 0 && named.length > 0 ? named : heading.length > 0 ? heading : serviceChannels;
    const sentences = sentencesOf(text);
    const scheduleSentence = sentences[0] ?? text;
    for (const rest of sentences.slice(1)) notes.push({ text: rest, lines: clause.lines });
    const branchAt = scheduleSentence.search(/,?\s*(?:және\s+)?(?:орталықтың\s+|орталық\s+)?филиалдары/u);
    if (branchAt > 0) {
      const main = scheduleSentence.slice(0, branchAt).replace(/[,\s]+$/u, "");
      const branches = scheduleSentence.slice(branchAt).replace(/^[,\s]+(?:және\s+)?/u, "");
      byChannel.push({ channels, scope: "MAIN", text: main, weekly: parseWeeklyHours(main), lines: clause.lines });
      if (/:\s*$/u.test(branches) && parseWeeklyHours(branches).length === 0) {
        // «…, орталықтың филиалдары мен өкілдіктерінде:» — the branches' hours follow in the next clause (S13).
        heading = channels;
        headingScope = "BRANCHES";
        continue;
      }
      byChannel.push({
        channels,
        scope: "BRANCHES",
        text: branches,
        weekly: parseWeeklyHours(branches),
        lines: clause.lines,
      });
    } else {
      byChannel.push({
        channels,
        scope: "MAIN",
        text: scheduleSentence,
        weekly: parseWeeklyHours(scheduleSentence),
        lines: clause.lines,
      });
    }
    heading = [];
  }
  return { byChannel, notes };
}
