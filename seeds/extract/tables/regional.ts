import type {
  AppendixRecord,
  CellPart,
  LineRange,
  RawRow,
  SourceLine,
  TableAnomaly,
  TableResult,
} from "../model.js";
import { REGIONS, type RegionDefinition } from "../regions.js";
import { LineView, fold, readable, squash } from "../segment.js";
import { SCHEDULE_WORDS, isColumnNumberLine, opensSchedule } from "../vocabulary.js";

/**
 * The shared reader of the two lists printed with region sub-headings: the
 * district/city authorities (DEPT) and the district/city akimats (AKIM).
 *
 * A list is 16 region blocks. Each block is a heading, a repeated column
 * header closed by a `1 2 3 4 5` line, then rows of five columns (number,
 * name, address with e-mails, phones, schedule) dumped cell by cell, with a
 * blank line between cells and three at page breaks. A block is read in
 * three passes:
 *
 * 1. lines are cut into pieces, one per cell a line holds (a line can carry
 *    a row number, a name and an address or a phone at once);
 * 2. pieces are typed (name / address / phone / schedule) by their own
 *    words, then smoothed per paragraph (a run of non-blank lines), inside
 *    which cells only move forward;
 * 3. rows are assembled: a row opens at a printed number that continues the
 *    running sequence, or at a name that starts after a complete row
 *    (unnumbered rows); a number printed inside the second half of a name
 *    goes to the row the name began. Schedules are merged cells: a printed
 *    schedule applies to its own row and the following ones up to the next
 *    printed schedule, and the rows above the first one take the first one.
 */

export type RegionalListKind = "DEPT" | "AKIM";

type CellKind = "name" | "address" | "phone" | "schedule";
type PieceKind = CellKind | "number" | "unknown";

const CELLS: readonly CellKind[] = ["name", "address", "phone", "schedule"];

interface Piece {
  line: number;
  text: string;
  kind: PieceKind;
  /** Index of the paragraph the piece is in. */
  paragraph: number;
  /** A cell the cutting already decided (the text after a name's closing word, a phone after an address). */
  hint?: CellKind;
  /** For a number: alone on its line, followed by text, or glued to the word before it («заңымен12»). */
  numberStyle?: "alone" | "with-text" | "glued";
  /** The whole line, for a number cut off the front of a line (to undo the cut when it is no row number). */
  lineText?: string;
  /** A line inside a paragraph that starts with digits: what a naive scan would take for a row number. */
  leadingDigits?: string;
}

export interface RegionBlock {
  regionId: string;
  heading: LineRange;
  /** The column header, through the `1 2 3 4 5` line. */
  header: LineRange;
  /** After the header, up to the next heading or the end of the body. */
  rows: LineRange;
}

/** A row as the block reader returns it, before the list and region are stamped on. */
type BlockRow = Omit<RawRow, "appendixId" | "serviceNumber" | "listKind" | "regionId">;

// ---------------------------------------------------------------------------
// Region blocks
// ---------------------------------------------------------------------------

/** «<X> облысының аудандық, …», «… облысының қалалық және аудандық …», «… облысының уәкілетті …», «<City> қаласының жұмыспен / қалалық / уәкілетті …». */
const REGION_HEADING = /^(.+?)(облысының|қаласының)(аудандық|қалалық|уәкілетті|жұмыспен)/;

/**
 * The region a heading names. Oblast headings say «облысының» and city
 * headings «қаласының», so Алматы oblast and Алматы city never meet.
 */
export function regionOfHeading(text: string): RegionDefinition | null {
  const match = REGION_HEADING.exec(squash(text));
  if (!match) return null;
  const kind = match[2] === "облысының" ? "OBLAST" : "CITY";
  const key = fold(text);
  return REGIONS.find((region) => region.kind === kind && key.startsWith(region.stem)) ?? null;
}

/**
 * The region blocks of a list. Every block re-prints the column header,
 * closed by a `1 2 3 4 5` line; its heading is the nearest paragraph above
 * the header that names a region. (A row such as «Астана қаласының жұмыспен …
 * басқармасы» reads like a heading, but no header follows it.)
 */
export function findRegionBlocks(lines: SourceLine[], body: LineRange): RegionBlock[] {
  const view = new LineView(lines);
  const found: { heading: LineRange; header: LineRange; regionId: string }[] = [];
  for (let no = body.start; no <= body.end; no++) {
    if (!isColumnNumberLine(view.text(no))) continue;
    const heading = headingAbove(view, no, body.start);
    if (!heading) throw new Error(`no region heading above the column numbers at line ${no}`);
    found.push({ ...heading, header: { start: heading.heading.end + 1, end: no } });
  }
  return found.map((block, index) => {
    const next = found[index + 1];
    return { ...block, rows: { start: block.header.end + 1, end: next ? next.heading.start - 1 : body.end } };
  });
}

/** Walks up from the column numbers paragraph by paragraph (60 lines at most) to the one naming a region. */
function headingAbove(view: LineView, columns: number, floor: number): { heading: LineRange; regionId: string } | null {
  let end = columns - 1;
  while (end >= floor && end > columns - 60) {
    end = view.prevFilled(end);
    let start = end;
    while (start - 1 >= floor && !view.blank(start - 1)) start--;
    // The heading can share its paragraph with the list title (S14.a4, 60129–60130).
    for (let top = start; top <= end; top++) {
      const text = [];
      for (let n = top; n <= end; n++) text.push(view.text(n));
      const region = regionOfHeading(text.join(" "));
      if (region) return { heading: { start: top, end }, regionId: region.id };
    }
    end = start - 1;
  }
  return null;
}

// ---------------------------------------------------------------------------
// What a piece of text says about itself
// ---------------------------------------------------------------------------

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
function score(text: string): Scores {
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
function ownKind(text: string): PieceKind {
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

// ---------------------------------------------------------------------------
// Pass 1: cutting lines into pieces
// ---------------------------------------------------------------------------

const LEADING_NUMBER = /^\s*(\d{1,2}\.?)(?=\s|$)\s*/;
/** A row number glued to the end of a schedule line («…заңымен12», 77973). */
const GLUED_NUMBER = /^(.*[^\s\d\-–.,:])(\d{1,2})\s*$/;
/** Words that close a name cell; text after them on the same line is the next cell. */
const NAME_END = /(бөлімі|басқармасы|филиалы|ММ»?)\s+(?=\S)/g;
/** Where a phone starts inside a line: an area code «8-7…» or «8 7 1 …», or a label. */
const PHONE_START = /(^|\s)(8\s?-\s?7\d|8 7 \d|[Тт]ел[:.\s/]|[Фф]акс)/;
const SCHEDULE_START = /[Дд]емалыс/;
const CAPITALISED_WORD = /\s+(?=[А-ЯӘІҢҒҮҰҚӨҺЁ0-9])/g;

interface Cut {
  text: string;
  hint?: CellKind;
}

/** Splits the text of one line into the cells it holds. */
function cutCells(text: string): Cut[] {
  // A schedule starting mid-line («35 2-11-86 Демалыс және», 7011).
  const schedule = SCHEDULE_START.exec(text);
  if (schedule && text.slice(0, schedule.index).trim() !== "") {
    return [...cutCells(text.slice(0, schedule.index)), { text: text.slice(schedule.index).trim(), hint: "schedule" }];
  }
  // A name closed by its last word, then the address or phone («1 Алатау ауданының бөлімі 8-7272 99-87-», 7262).
  for (const match of text.matchAll(NAME_END)) {
    const cut = (match.index ?? 0) + match[1]!.length;
    const tail = text.slice((match.index ?? 0) + match[0].length);
    const tailKind = ownKind(tail);
    if (tailKind === "address" || tailKind === "phone") {
      return [{ text: text.slice(0, cut).trim(), hint: "name" }, ...cutCells(tail)];
    }
  }
  // A name running into its address without a closing word («жұмыспен қамту және Бескөл ауылы, …», 83757).
  const whole = score(text);
  if (whole.name > 0 && whole.address > 0) {
    for (const boundary of text.matchAll(CAPITALISED_WORD)) {
      const head = text.slice(0, boundary.index);
      const tail = text.slice((boundary.index ?? 0) + boundary[0].length);
      if (ownKind(head) === "name" && ownKind(tail) === "address") {
        // A tail that lists a place and goes on after a comma is the address even when its own words are few
        // («Приозерск қаласы, Балқаш», 75352, the street word on the next line): the smoothing of the paragraph must
        // not pull it back into the name. A bare place («… бөлімінің Байқоңыр қаласы») may still be the name's.
        const [first, ...others] = cutCells(tail);
        const listed = first!.hint === undefined && /^\S+\s+(қаласы|ауылы|кенті|селосы),\s*\S/.test(first!.text);
        return [{ text: head.trim(), hint: "name" }, listed ? { ...first!, hint: "address" } : first!, ...others];
      }
    }
  }
  // An address, then a phone («Рудный қаласы, 95 rydny.kz 8-71431 4-55», 9727).
  const phone = PHONE_START.exec(text);
  if (phone) {
    const at = phone.index + phone[1]!.length;
    const head = text.slice(0, at);
    if (head.trim() !== "" && ownKind(head) !== "phone") {
      return [...cutCells(head), { text: text.slice(at).trim(), hint: "phone" }];
    }
  }
  return [{ text: text.trim() }];
}

/**
 * The pieces of a block, typed. A line that opens a paragraph may begin with
 * a row number; inside a paragraph leading digits are a phone tail, a house
 * number or a street («4 мамыр»), never a row number.
 */
function piecesOf(view: LineView, rows: LineRange): Piece[] {
  const pieces: Piece[] = [];
  let paragraph = -1;
  let previousBlank = true;
  for (let no = rows.start; no <= rows.end; no++) {
    const text = view.text(no);
    if (text.trim() === "") {
      previousBlank = true;
      continue;
    }
    const opens = previousBlank;
    previousBlank = false;
    if (opens) paragraph++;

    let rest = text;
    const leading = LEADING_NUMBER.exec(text);
    if (leading && opens) {
      rest = text.slice(leading[0].length);
      pieces.push({ line: no, text: leading[1]!, kind: "number", paragraph, lineText: text, numberStyle: rest.trim() === "" ? "alone" : "with-text" });
      if (rest.trim() === "") continue;
    }
    const cuts = cutCells(rest);
    cuts.forEach((cut, index) => {
      const piece: Piece = {
        line: no,
        text: cuts.length === 1 && rest === text ? text : cut.text,
        kind: "unknown", // decided over the whole paragraph by `smooth`
        paragraph,
        ...(cut.hint ? { hint: cut.hint } : {}),
        ...(index === 0 && leading && !opens ? { leadingDigits: leading[1]! } : {}),
      };
      const glued = GLUED_NUMBER.exec(piece.text);
      if (glued && SCHEDULE_WORDS.test(squash(glued[1]!))) {
        pieces.push({ ...piece, text: glued[1]!, hint: "schedule" });
        pieces.push({ line: no, text: glued[2]!, kind: "number", paragraph, numberStyle: "glued" });
        return;
      }
      pieces.push(piece);
    });
  }
  smooth(pieces);
  return pieces;
}

// ---------------------------------------------------------------------------
// Pass 2: smoothing kinds over paragraphs
// ---------------------------------------------------------------------------

/** What moving to the next cell inside a paragraph costs: more than a phone tail or a bare house number argues for. */
const SWITCH_COST = 1.5;
/** What a cut's decision weighs against the words. */
const HINT_WEIGHT = 10;

/**
 * Inside a paragraph cells only move forward (name → address → phone →
 * schedule), so each paragraph gets the forward sequence of kinds that agrees
 * best with its pieces' words, each move costing a little (a Viterbi pass
 * over the four cells). A paragraph whose words decide nothing continues the
 * cell before it, cut by a page break.
 */
function smooth(pieces: Piece[]): void {
  let i = 0;
  while (i < pieces.length) {
    let j = i;
    while (j < pieces.length && pieces[j]!.paragraph === pieces[i]!.paragraph) j++;
    const members = pieces.slice(i, j).filter((piece) => piece.kind !== "number");
    const table = members.map((piece) => {
      const scores = score(piece.text);
      return CELLS.map((kind) => scores[kind] + (piece.hint === kind ? HINT_WEIGHT : 0));
    });
    if (table.length > 0 && table.every((row) => row.every((value) => value === 0))) {
      const before = lastCellKind(pieces, i);
      for (const piece of members) piece.kind = before ?? "unknown";
    } else if (table.length > 0) {
      forwardLabels(table).forEach((label, k) => (members[k]!.kind = CELLS[label]!));
    }
    i = j;
  }
}

/** The best non-decreasing sequence of cell indices for a table of scores; on ties a piece keeps the cell of the one before. */
function forwardLabels(table: number[][]): number[] {
  const best: number[][] = [];
  const from: number[][] = [];
  table.forEach((row, i) => {
    best.push([]);
    from.push([]);
    row.forEach((value, k) => {
      let top = i === 0 ? 0 : best[i - 1]![k]!;
      let origin = k;
      for (let j = 0; i > 0 && j < k; j++) {
        const moved = best[i - 1]![j]! - SWITCH_COST;
        if (moved > top) {
          top = moved;
          origin = j;
        }
      }
      best[i]![k] = top + value;
      from[i]![k] = origin;
    });
  });
  const last = best[best.length - 1]!;
  let k = last.indexOf(Math.max(...last));
  const labels: number[] = [];
  for (let i = table.length - 1; i >= 0; i--) {
    labels[i] = k;
    k = from[i]![k]!;
  }
  return labels;
}

function lastCellKind(pieces: Piece[], before: number): CellKind | null {
  for (let k = before - 1; k >= 0; k--) {
    const kind = pieces[k]!.kind;
    if (kind !== "number" && kind !== "unknown") return kind;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Pass 3: rows
// ---------------------------------------------------------------------------

interface Draft {
  printedNumber: string | null;
  /** The place in the numbering the printed number stands for (a truncated «0» stands for 10). */
  value: number | null;
  name: CellPart[];
  address: CellPart[];
  phones: CellPart[];
  unassigned: CellPart[];
  /** Every line the row took, schedules printed inside it included. */
  hosted: number[];
}

interface ScheduleFragment {
  part: CellPart;
  /** The row open when the fragment was printed (-1 above the first row). */
  host: number;
  /** How many cell pieces came before it in the block. */
  cellsBefore: number;
}

interface PrintedSchedule {
  parts: CellPart[];
  hosts: number[];
}

type Report = (kind: TableAnomaly["kind"], lines: LineRange, message: string) => void;

/** Words a name ends with; a name without one was cut by a page break and continues further down. */
const NAME_COMPLETE = /(бөлімі|бөлімдері|басқармасы|филиалы|мм|аппараты|әкімдігі)$/;

/** Reads the rows of one region block (the lines between its column header and the next heading). */
function readBlock(view: LineView, range: LineRange, report: Report): BlockRow[] {
  const pieces = piecesOf(view, range);
  const drafts: Draft[] = [];
  const fragments: ScheduleFragment[] = [];
  let current: Draft | null = null;
  let lastValue = 0;
  let cells = 0;
  const open = (printedNumber: string | null, value: number | null): Draft => {
    const draft: Draft = { printedNumber, value, name: [], address: [], phones: [], unassigned: [], hosted: [] };
    drafts.push(draft);
    return draft;
  };

  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.kind === "number") {
      const verdict = judgeNumber(piece, pieces, i, lastValue);
      if (verdict.accept) {
        const at = { start: piece.line, end: piece.line };
        if (verdict.anomaly) report(verdict.anomaly.kind, at, verdict.anomaly.message);
        const pending = current && current.printedNumber === null ? current : null;
        if (pending && (nameOnly(pending) || (!nameComplete(pending) && nextCell(pieces, i)?.kind === "name"))) {
          // The number printed inside the second half of a name (§5.8): the row began above it.
          pending.printedNumber = piece.text;
          pending.value = verdict.value;
          report("out-of-order", at, `row number ${piece.text} is printed inside the name, after the start of the row at ${Math.min(...pending.hosted)}`);
        } else {
          current = open(piece.text, verdict.value);
        }
        current!.hosted.push(piece.line);
        lastValue = verdict.value;
        continue;
      }
      if (numberValue(piece.text) === lastValue + 1) {
        report("false-number", { start: piece.line, end: piece.line }, `«${piece.text}» is not row ${lastValue + 1}: ${verdict.reason}`);
      }
      undoNumberCut(pieces, i);
      if (pieces[i] !== piece) {
        i--;
        continue;
      }
    }

    const part: CellPart = { line: piece.line, text: piece.text };
    if (piece.leadingDigits && numberValue(piece.leadingDigits) === lastValue + 1) {
      report(
        "false-number",
        { start: piece.line, end: piece.line },
        `«${piece.leadingDigits}» starts a line inside the ${piece.kind} cell, not row ${lastValue + 1}`,
      );
    }
    if (piece.kind === "schedule") {
      fragments.push({ part, host: current ? drafts.indexOf(current) : -1, cellsBefore: cells });
      current?.hosted.push(piece.line);
      continue;
    }
    cells++;
    if (piece.kind === "name") {
      const startsRow = current === null || (current.name.length > 0 && nameComplete(current) && (current.address.length > 0 || current.phones.length > 0));
      if (startsRow) current = open(null, null);
      current!.name.push(part);
    } else {
      current ??= open(null, null);
      const cell = piece.kind === "address" ? current.address : piece.kind === "phone" ? current.phones : current.unassigned;
      cell.push(part);
    }
    current!.hosted.push(piece.line);
  }

  checkNumbering(drafts, report);
  const schedules = dropRepeatedStarts(groupSchedules(fragments), report);
  reportHeadlessSchedules(schedules, report);
  return drafts.map((draft, index) => {
    const schedule = scheduleFor(schedules, index);
    const own = schedule ? schedule.hosts.every((host) => host === index) : true;
    return {
      position: index + 1,
      printedNumber: draft.printedNumber,
      lines: draftRange(draft),
      name: draft.name,
      address: draft.address,
      phones: draft.phones,
      schedule: schedule ? schedule.parts : [],
      ...(schedule && !own ? { scheduleFrom: partsRange(schedule.parts) } : {}),
      unassigned: draft.unassigned,
    };
  });
}

export interface RegionalTableResult extends TableResult {
  /** Non-empty lines outside the rows: the list heading, and each region's heading and column header. */
  boilerplate: CellPart[];
}

/** Reads a DEPT or AKIM list: its 16 region blocks, each with rows numbered from 1. */
export function readRegionalTable(lines: SourceLine[], appendix: AppendixRecord, listKind: RegionalListKind): RegionalTableResult {
  const view = new LineView(lines);
  const rows: RawRow[] = [];
  const anomalies: TableAnomaly[] = [];
  const boilerplate: CellPart[] = [];
  const report: Report = (kind, at, message) => anomalies.push({ appendixId: appendix.id, kind, lines: at, message });
  let from = appendix.body.start;
  for (const block of findRegionBlocks(lines, appendix.body)) {
    for (let no = from; no < block.rows.start; no++) if (!view.blank(no)) boilerplate.push({ line: no, text: view.text(no) });
    for (const row of readBlock(view, block.rows, report)) {
      rows.push({ appendixId: appendix.id, serviceNumber: appendix.serviceNumber, listKind, regionId: block.regionId, ...row });
    }
    from = block.rows.end + 1;
  }
  return { rows, anomalies, boilerplate };
}

const numberValue = (printed: string): number => Number(printed.replace(/\.$/, ""));

function nameComplete(draft: Draft): boolean {
  if (draft.name.length === 0) return true;
  return NAME_COMPLETE.test(squash(draft.name.map((p) => p.text).join(" ")).replace(/[^\p{L}]+$/u, ""));
}

function nameOnly(draft: Draft): boolean {
  return draft.name.length > 0 && draft.address.length === 0 && draft.phones.length === 0 && draft.unassigned.length === 0;
}

/** The next piece that is a cell of a row, schedules (printed anywhere) skipped. */
function nextCell(pieces: Piece[], index: number): Piece | undefined {
  for (let k = index + 1; k < pieces.length; k++) if (pieces[k]!.kind !== "schedule") return pieces[k];
  return undefined;
}

type Verdict =
  | { accept: true; value: number; anomaly?: { kind: TableAnomaly["kind"]; message: string } }
  | { accept: false; reason: string };

/**
 * Whether a number opening a paragraph is a row number: a row must follow it
 * (a name, an address or a phone, maybe after a schedule printed between the
 * number and its name), and it must continue the running sequence — or,
 * when a name follows, repeat the last number, skip up to three, or be the
 * last digit of the expected number («0» for 10).
 */
function judgeNumber(piece: Piece, pieces: Piece[], index: number, lastValue: number): Verdict {
  const value = numberValue(piece.text);
  const expected = lastValue + 1;
  const next = nextCell(pieces, index);
  if (!next || next.kind === "number") return { accept: false, reason: "no row follows it" };
  if (piece.numberStyle === "with-text" && next.kind !== "name") return { accept: false, reason: "the text after it is not a name" };
  const glued =
    piece.numberStyle === "glued" ? { kind: "glued-number" as const, message: `row number ${piece.text} is glued to the text before it` } : undefined;
  if (value === expected) return { accept: true, value, ...(glued ? { anomaly: glued } : {}) };
  if (next.kind !== "name") return { accept: false, reason: `${expected} is due and no name follows it` };
  if ((value === lastValue && value > 0) || (value > expected && value <= expected + 3)) {
    return { accept: true, value, ...(glued ? { anomaly: glued } : {}) };
  }
  if (value < expected && expected >= 10 && String(expected).endsWith(String(value))) {
    return { accept: true, value: expected, anomaly: { kind: "truncated", message: `row ${expected} is printed as «${piece.text}»` } };
  }
  return { accept: false, reason: `${expected} is due` };
}

/** A number that is no row number goes back to the cell it sits in, rejoining its line where it was cut off. */
function undoNumberCut(pieces: Piece[], index: number): void {
  const piece = pieces[index]!;
  const next = pieces[index + 1];
  if (piece.lineText !== undefined && next && next.line === piece.line) {
    const alone = pieces[index + 2]?.line !== piece.line;
    const text = alone ? piece.lineText : piece.lineText.slice(0, piece.lineText.indexOf(next.text)) + next.text;
    pieces.splice(index, 2, { ...next, text });
    return;
  }
  const neighbour = [pieces[index - 1], next].find((p) => p && p.paragraph === piece.paragraph && p.kind !== "number");
  piece.kind = neighbour?.kind ?? "unknown";
}

/** Numbering anomalies seen on the whole block; an unnumbered row takes the next place. */
function checkNumbering(drafts: Draft[], report: Report): void {
  let previous = 0;
  for (const draft of drafts) {
    const at = draftRange(draft);
    if (draft.value === null) {
      report("missing-number", at, `row ${previous + 1} (${draftLabel(draft)}) has no printed number`);
      previous++;
      continue;
    }
    if (draft.value === previous) {
      report("duplicate-number", at, `number ${draft.printedNumber} is printed twice in a row`);
    } else if (draft.value === previous + 2) {
      report("skipped-number", at, `number ${previous + 1} is skipped before ${draft.printedNumber}`);
    } else if (draft.value > previous + 2) {
      report("lost-text", at, `numbers ${previous + 1}–${draft.value - 1} are not printed before ${draft.printedNumber}: rows may be lost`);
    }
    previous = draft.value;
    if (draft.name.length === 0) report("other", at, `row ${draft.printedNumber} has no name`);
  }
  const seen = new Map<string, Draft>();
  for (const draft of drafts) {
    const key = squash(draft.name.map((p) => p.text).join(" ")).replace(/[^\p{L}\p{N}]/gu, "");
    const earlier = seen.get(key);
    if (key === "") continue;
    if (!earlier) {
      seen.set(key, draft);
      continue;
    }
    report(
      "duplicate-row",
      { start: draftRange(earlier).start, end: draftRange(draft).end },
      `«${draftLabel(draft)}» is printed twice (rows ${earlier.printedNumber ?? "without number"} and ${draft.printedNumber ?? "without number"})`,
    );
  }
}

/**
 * Schedule fragments form one printed schedule while no other cell comes
 * between them; a schedule cut off mid-sentence continues in the next
 * fragment that does not open a schedule of its own, whatever rows lie
 * between: one starting mid-sentence (3397–3431), or the rest of the 2012
 * wording after a page break, which opens with a capital («…желтоқсандағы
 * «Қазақстан» / «Республикасының мерекелері туралы» …», S17.a6 80030–80033
 * and 80061–80068).
 */
function groupSchedules(fragments: ScheduleFragment[]): PrintedSchedule[] {
  const schedules: (PrintedSchedule & { cells: number })[] = [];
  for (const fragment of fragments) {
    const last = schedules[schedules.length - 1];
    const goesOn = continuation(fragment.part.text) || !opensSchedule(fragment.part.text);
    if (last && (last.cells === fragment.cellsBefore || (!complete(last.parts) && goesOn))) {
      last.parts.push(fragment.part);
      if (!last.hosts.includes(fragment.host)) last.hosts.push(fragment.host);
      last.cells = fragment.cellsBefore;
    } else {
      schedules.push({ parts: [fragment.part], hosts: [fragment.host], cells: fragment.cellsBefore });
    }
  }
  return schedules.map(({ parts, hosts }) => ({ parts, hosts }));
}

/** A schedule is complete once it names the end of the day or of the break. */
function complete(parts: CellPart[]): boolean {
  return /(дейін|үзіліссіз)\.?\)?$/.test(squash(parts.map((p) => p.text).join("")));
}

/**
 * A schedule cut off after its first words and printed again in full as
 * the next schedule (S17.a6 Ақтөбе: «Демалыс және» at 77830 under row 1,
 * then row 2's whole «Демалыс және Қазақстан …» at 77844): the cut copy is
 * dropped, so the rows under it take the whole one, and the cut is
 * reported as truncated text of the source.
 */
function dropRepeatedStarts(schedules: PrintedSchedule[], report: Report): PrintedSchedule[] {
  return schedules.filter((schedule, index) => {
    const next = schedules[index + 1];
    if (!next || complete(schedule.parts)) return true;
    const text = squash(schedule.parts.map((p) => p.text).join(""));
    const nextText = squash(next.parts.map((p) => p.text).join(""));
    if (!(nextText.startsWith(text) && nextText.length > text.length)) return true;
    report(
      "truncated",
      partsRange(schedule.parts),
      `the schedule «${readable(schedule.parts.map((p) => p.text))}» is cut off; the whole text follows at ${partsRange(next.parts).start}`,
    );
    return false;
  });
}

/**
 * A schedule that starts mid-sentence with nothing before it to continue
 * lost its beginning (S17.a1 Павлодар: only «түскі үзіліс сағат 13-00
 * бастап 14-00 дейін» after the page break at 76253–76255).
 */
function reportHeadlessSchedules(schedules: PrintedSchedule[], report: Report): void {
  for (const schedule of schedules) {
    const text = readable(schedule.parts.map((p) => p.text));
    if (opensSchedule(text)) continue;
    report("lost-text", partsRange(schedule.parts), `the schedule «${text}» starts mid-sentence: its beginning is lost`);
  }
}

function continuation(text: string): boolean {
  return /^[-–\d]|^[а-яәіңғүұқөһё]/.test(text.trim());
}

/** The schedule that applies to a row: the last one printed at or above it, or the first one for rows above them all. */
function scheduleFor(schedules: PrintedSchedule[], index: number): PrintedSchedule | null {
  let chosen: PrintedSchedule | null = null;
  for (const schedule of schedules) if (Math.min(...schedule.hosts) <= index) chosen = schedule;
  return chosen ?? schedules[0] ?? null;
}

function draftRange(draft: Draft): LineRange {
  return { start: Math.min(...draft.hosted), end: Math.max(...draft.hosted) };
}

function partsRange(parts: CellPart[]): LineRange {
  return { start: Math.min(...parts.map((p) => p.line)), end: Math.max(...parts.map((p) => p.line)) };
}

function draftLabel(draft: Draft): string {
  const name = readable(draft.name.map((p) => p.text));
  return name === "" ? `at line ${draft.hosted[0] ?? "?"}` : name;
}
