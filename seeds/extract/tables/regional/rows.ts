/**
 * Pass 3 of the block reader: rows assembled from the typed pieces, their
 * numbering checked, and the merged schedule cells given to their rows.
 */
import type { CellPart, LineRange, TableAnomaly } from "../../model.js";
import { LineView, readable, squash } from "../../segment.js";
import { opensSchedule } from "../../vocabulary.js";
import type { BlockRow, Piece } from "./piece.js";
import { piecesOf } from "./cut.js";

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

export type Report = (kind: TableAnomaly["kind"], lines: LineRange, message: string) => void;

/** Words a name ends with; a name without one was cut by a page break and continues further down. */
const NAME_COMPLETE = /(бөлімі|бөлімдері|басқармасы|филиалы|мм|аппараты|әкімдігі)$/;

/** Reads the rows of one region block (the lines between its column header and the next heading). */
export function readBlock(view: LineView, range: LineRange, report: Report): BlockRow[] {
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
          report(
            "out-of-order",
            at,
            `row number ${piece.text} is printed inside the name, after the start of the row at ${Math.min(...pending.hosted)}`,
          );
        } else {
          current = open(piece.text, verdict.value);
        }
        current!.hosted.push(piece.line);
        lastValue = verdict.value;
        continue;
      }
      if (numberValue(piece.text) === lastValue + 1) {
        report(
          "false-number",
          { start: piece.line, end: piece.line },
          `«${piece.text}» is not row ${lastValue + 1}: ${verdict.reason}`,
        );
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
      const startsRow =
        current === null ||
        (current.name.length > 0 && nameComplete(current) && (current.address.length > 0 || current.phones.length > 0));
      if (startsRow) current = open(null, null);
      current!.name.push(part);
    } else {
      current ??= open(null, null);
      const cell =
        piece.kind === "address" ? current.address : piece.kind === "phone" ? current.phones : current.unassigned;
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

const numberValue = (printed: string): number => Number(printed.replace(/\.$/, ""));

function nameComplete(draft: Draft): boolean {
  if (draft.name.length === 0) return true;
  return NAME_COMPLETE.test(squash(draft.name.map((p) => p.text).join(" ")).replace(/[^\p{L}]+$/u, ""));
}

function nameOnly(draft: Draft): boolean {
  return (
    draft.name.length > 0 && draft.address.length === 0 && draft.phones.length === 0 && draft.unassigned.length === 0
  );
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
  if (piece.numberStyle === "with-text" && next.kind !== "name")
    return { accept: false, reason: "the text after it is not a name" };
  const glued =
    piece.numberStyle === "glued"
      ? { kind: "glued-number" as const, message: `row number ${piece.text} is glued to the text before it` }
      : undefined;
  if (value === expected) return { accept: true, value, ...(glued ? { anomaly: glued } : {}) };
  if (next.kind !== "name") return { accept: false, reason: `${expected} is due and no name follows it` };
  if ((value === lastValue && value > 0) || (value > expected && value <= expected + 3)) {
    return { accept: true, value, ...(glued ? { anomaly: glued } : {}) };
  }
  if (value < expected && expected >= 10 && String(expected).endsWith(String(value))) {
    return {
      accept: true,
      value: expected,
      anomaly: { kind: "truncated", message: `row ${expected} is printed as «${piece.text}»` },
    };
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
      report(
        "lost-text",
        at,
        `numbers ${previous + 1}–${draft.value - 1} are not printed before ${draft.printedNumber}: rows may be lost`,
      );
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
    report(
      "lost-text",
      partsRange(schedule.parts),
      `the schedule «${text}» starts mid-sentence: its beginning is lost`,
    );
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
