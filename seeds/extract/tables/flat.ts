/**
 * What the readers of the three flat provider lists (BASQ, APP, XQO) share.
 *
 * A flat list is one table without region sub-headings: a heading and a
 * column header (boilerplate, ending with the column-number line
 * `1 2 3 4 5`), then numbered rows. The PDF-to-text dump prints each row as
 * a run of cells separated by empty lines, but cells of one row are often
 * glued on one line («Пушкин көшесі, 23 76-35-59 akmout@…»), split over a
 * page break, or printed out of column order. So a row is read token by
 * token: phone-like and e-mail-like tokens are recognised by their shape,
 * and the remaining words go to the name, address or unit cell by the
 * list-specific rules in `basq.ts`, `app.ts` and `xqo.ts`.
 *
 * Row boundaries come from printed row numbers, checked so that house
 * numbers and phone tails are not taken for rows, and from the start of a
 * provider name where the number is missing.
 *
 * This file is the reading loop; its parts are in `flat/`: `tokens.ts`
 * (tokens by shape), `contact-roles.ts` (phones and e-mails inside a line),
 * `row-numbers.ts`, `region-of-text.ts` and `row-builder.ts` (a row's
 * tokens by cell).
 */
import type { AppendixRecord, CellPart, LineRange, RawRow, SourceLine, TableAnomaly, TableResult } from "../model.js";
import { REGIONS, regionById } from "../regions.js";
import { isColumnNumberLine } from "../vocabulary.js";
import { type CellName, RECEPTION_WORD, type Token, tokenizeLine } from "./flat/tokens.js";
import { type NumberedLine, isBlank, parseRowNumber } from "./flat/row-numbers.js";
import { RowBuilder, cellParts, looksLikeAddress, readTokens } from "./flat/row-builder.js";
import { regionOfText } from "./flat/region-of-text.js";

export interface LineContext {
  line: SourceLine;
  /** The previous line of the body was empty (a cell or page boundary). */
  afterBlank: boolean;
}

/** What a list reader supplies to the shared loop. */
export interface FlatListRules {
  listKind: "BASQ" | "APP" | "XQO";
  /** The list's rule for a run of words (not contacts): name, address or unit (see `readTokens`). */
  placeText(row: RowBuilder, words: Token[]): void;
  /** Puts the tokens of one line (after any row number) into cells of the row; by default `readTokens` with `placeText`. */
  readLine?(row: RowBuilder, tokens: Token[], context: LineContext): void;
  /** The line begins the name of a provider while the current row already has its own: a row whose number was not printed. */
  startsUnnumberedRow(row: RowBuilder, line: SourceLine): boolean;
  /**
   * The text after a row number continues an open name (the number was
   * printed at the start of the name's second half); by default whenever
   * the row's name is open.
   */
  continuesName?(row: RowBuilder, restText: string): boolean;
  /** The cells of a complete row, in printed column order, for the out-of-order check; every complete row has them all. */
  columnOrder: CellName[];
  /** Last touches to a row once all its lines are read. */
  finishRow?(row: RowBuilder): void;
}

export interface FlatTableResult extends TableResult {
  /** Non-empty lines outside the rows: heading and column header. */
  boilerplate: CellPart[];
}

/**
 * What a line that opens with a number is:
 * - `start`: the number of the next row (it follows an empty line, is above
 *   the last number printed and at most one past the next position, and the
 *   text after it is not the end of a phone);
 * - `attach`: the number of the current row, printed at the start of its
 *   name's second half after a page break (3624 «5 әлеуметтік …»);
 * - `false`: a number a naive 1, 2, 3… scan would take for the next row
 *   (a house number «16» under its street, a phone tail «10 қабылдау»);
 * - `text`: any other number.
 */
type NumberedLineKind = "start" | "attach" | "false" | "text";

function continuesName(rules: FlatListRules, row: RowBuilder, rest: string): boolean {
  return rules.continuesName ? rules.continuesName(row, rest) : row.has("name") && !row.nameClosed;
}

function kindOfNumberedLine(
  numbered: NumberedLine,
  rest: string,
  afterBlank: boolean,
  state: { rows: number; lastPrinted: number; current: RowBuilder | null },
  rules: FlatListRules,
): NumberedLineKind {
  const nextPosition = state.rows + 1;
  const continuesPhone = /^[-–]/.test(rest) || RECEPTION_WORD.test(rest.split(/\s+/)[0] ?? "");
  const plausible =
    afterBlank && !continuesPhone && numbered.number > state.lastPrinted && numbered.number <= nextPosition + 1;
  if (!plausible) return numbered.number === nextPosition ? "false" : "text";
  const current = state.current;
  if (
    current &&
    current.printedNumber === null &&
    numbered.number === state.rows &&
    rest !== "" &&
    continuesName(rules, current, rest)
  ) {
    return "attach";
  }
  return "start";
}

export function readFlatTable(lines: SourceLine[], appendix: AppendixRecord, rules: FlatListRules): FlatTableResult {
  const body = lines.filter((line) => line.no >= appendix.body.start && line.no <= appendix.body.end);
  const texts = new Map(body.map((line) => [line.no, line.text]));
  const anomalies: TableAnomaly[] = [];
  const boilerplate: CellPart[] = [];
  const anomaly = (kind: TableAnomaly["kind"], line: number, message: string) =>
    anomalies.push({ appendixId: appendix.id, kind, lines: { start: line, end: line }, message });

  const headerEnd = body.findIndex((line) => isColumnNumberLine(line.text));
  const builders: RowBuilder[] = [];
  let lastPrinted = 0;
  let current: RowBuilder | null = null;

  body.forEach((line, index) => {
    if (index <= headerEnd) {
      if (!isBlank(line.text)) boilerplate.push({ line: line.no, text: line.text });
      return;
    }
    if (isBlank(line.text)) return;
    const afterBlank = index === 0 || isBlank(body[index - 1]!.text);
    let tokens = tokenizeLine(line);

    const numbered = parseRowNumber(line.text);
    if (numbered) {
      const rest = numbered.restStart === null ? "" : line.text.slice(numbered.restStart);
      const kind = kindOfNumberedLine(
        numbered,
        rest,
        afterBlank,
        { rows: builders.length, lastPrinted, current },
        rules,
      );
      if (kind === "attach" || kind === "start") {
        if (kind === "attach") {
          anomaly(
            "out-of-order",
            line.no,
            `row number ${numbered.printed} printed inside the name, after the start of the row at ${current!.firstLine}`,
          );
        } else {
          if (numbered.number > builders.length + 1) {
            anomaly(
              "skipped-number",
              line.no,
              `row number ${numbered.printed} follows ${lastPrinted || "the header"}; ${builders.length + 1} is not printed`,
            );
          }
          current = new RowBuilder(line.no);
          builders.push(current);
        }
        current!.printedNumber = numbered.printed;
        current!.numberLine = line.no;
        lastPrinted = numbered.number;
        const restStart = numbered.restStart ?? line.text.length;
        tokens = tokens.filter((token) => token.start >= restStart);
      } else if (kind === "false") {
        const reason = afterBlank ? "its text continues a phone number" : "it continues the previous line";
        anomaly("false-number", line.no, `«${line.text.trim()}» is not row ${numbered.number}: ${reason}`);
      }
    }

    if (tokens.length === 0) return;
    if (current && rules.startsUnnumberedRow(current, line)) {
      current = new RowBuilder(line.no);
      builders.push(current);
    }
    // Text between the header and the first number still makes a row, so nothing is dropped.
    if (!current) {
      current = new RowBuilder(line.no);
      builders.push(current);
    }
    if (rules.readLine) rules.readLine(current, tokens, { line, afterBlank });
    else readTokens(current, tokens, rules.placeText);
  });

  for (const builder of builders) rules.finishRow?.(builder);
  // The row that receives carried text prints its cells out of column order, which `rowAnomalies` reports.
  carryAddressesOver(builders, texts);
  carryNamesOver(builders, texts);
  const rows = builders.map((builder, index) => finishRow(builder, index + 1, appendix, rules, texts));
  anomalies.push(...rowAnomalies(builders, rows, appendix, rules));
  return { rows, anomalies, boilerplate };
}

/** A locality that opens an address: «Петропавл қаласы,», «Ақсай ауылы», «Шортанды кенті». */
const LOCALITY = /^\S+\s+(қаласы|қ\.|ауылы|кенті|поселкесі)[,\s]|^\d{6},/;

/**
 * Gives the next row the start of its address when the dump printed it at
 * the end of the row before, after that row's own complete address and an
 * empty line (S6.a6, 30487–30503: Павлодар's «…Сәтпаев көшесі, 49», then
 * «Петропавл қаласы, Қазақстан», then a page break and row 13, whose
 * address goes on «Конституциясы көшесі, 58»). The moved block opens with
 * a locality and is the row's last text; the row's address before it has
 * its own locality and ends with a house number; the next row's address
 * opens without a locality, so it is the block's continuation.
 */
function carryAddressesOver(builders: RowBuilder[], texts: Map<number, string>): void {
  for (let index = 0; index + 1 < builders.length; index += 1) {
    const row = builders[index]!;
    const next = builders[index + 1]!;
    const entries = row.assigned;
    // The last block of the row: from the last token that starts a line after an empty line.
    let blockStart = -1;
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const token = entries[i]!.token;
      const first = i === 0 || entries[i - 1]!.token.line !== token.line;
      if (first && isBlank(texts.get(token.line - 1) ?? "")) {
        blockStart = i;
        break;
      }
    }
    if (blockStart <= 0) continue;
    const block = entries.slice(blockStart);
    if (!block.every((entry) => entry.cell === "address" && entry.token.cls === "text")) continue;
    const before = entries
      .slice(0, blockStart)
      .filter((entry) => entry.cell === "address")
      .map((entry) => entry.token.text);
    const blockText = block.map((entry) => entry.token.text).join(" ");
    if (!LOCALITY.test(blockText) || before.length === 0) continue;
    if (!LOCALITY.test(before.join(" ")) || !/\d[,.]?$/.test(before.at(-1)!)) continue;
    const nextAddress = next.assigned.findIndex((entry) => entry.cell === "address");
    if (nextAddress < 0) continue;
    const nextText = next.assigned
      .slice(nextAddress)
      .filter((entry) => entry.cell === "address")
      .map((entry) => entry.token.text)
      .join(" ");
    if (LOCALITY.test(nextText)) continue;
    entries.splice(blockStart);
    next.assigned.splice(nextAddress, 0, ...block);
  }
}

/**
 * Gives the next row the start of its name when the dump printed it at the
 * end of the row before, after that row's contacts and an empty line, and
 * the next row's number stands before the rest of the name (S12.a4,
 * 51940–51950: Солтүстік Қазақстан's «…obl-dep@ mail.online.kz, zsp @sko.kz»,
 * then «Оңтүстік Қазақстан / облысының жұмыспен», the schedule, and
 * «14 қамтуды үйлестіру және …»). The moved block is words only (no digit,
 * no comma, no street), opens with a capital after the row's e-mail, and
 * only schedule text follows it in the row; the next row's name opens with
 * a lowercase word, so it is the block's continuation. The schedule printed
 * between them goes with the block, so the two rows' lines stay apart.
 */
function carryNamesOver(builders: RowBuilder[], texts: Map<number, string>): void {
  for (let index = 0; index + 1 < builders.length; index += 1) {
    const row = builders[index]!;
    const next = builders[index + 1]!;
    const entries = row.assigned;
    let end = entries.length;
    while (end > 0 && entries[end - 1]!.cell === "schedule") end -= 1;
    let start = end;
    while (start > 0 && entries[start - 1]!.cell === "address" && entries[start - 1]!.token.cls === "text") start -= 1;
    if (start === end || start === 0) continue;
    const opening = entries[start]!.token;
    if (entries[start - 1]!.token.line === opening.line || !isBlank(texts.get(opening.line - 1) ?? "")) continue;
    if (!entries.slice(0, start).some((entry) => entry.cell === "address" && entry.token.cls === "email")) continue;
    const block = entries.slice(start, end).map((entry) => entry.token);
    const blockText = block.map((token) => token.text).join(" ");
    if (!/^\p{Lu}/u.test(blockText) || /[\d,]/.test(blockText) || looksLikeAddress(block)) continue;
    const nextName = next.assigned.find((entry) => entry.cell === "name");
    if (!nextName || !/^\p{Ll}/u.test(nextName.token.text) || next.assigned[0]!.cell !== "name") continue;
    const moved = entries
      .splice(start)
      .map((entry) => (entry.cell === "address" ? { ...entry, cell: "name" as const } : entry));
    next.assigned.unshift(...moved);
  }
}

/** Rows without a number, without a cell every row has, with cells out of column order, or with text no cell took. */
function rowAnomalies(
  builders: RowBuilder[],
  rows: RawRow[],
  appendix: AppendixRecord,
  rules: FlatListRules,
): TableAnomaly[] {
  const anomalies: TableAnomaly[] = [];
  const anomaly = (kind: TableAnomaly["kind"], lines: LineRange, message: string) =>
    anomalies.push({ appendixId: appendix.id, kind, lines, message });
  builders.forEach((builder, index) => {
    const row = rows[index]!;
    const range = row.lines;
    if (builder.printedNumber === null) {
      anomaly("missing-number", range, `row ${row.position} (${describe(row)}) has no printed number`);
    }
    const missing = rules.columnOrder.filter((cell) => !builder.has(cell));
    if (missing.length) {
      // The last row of a list cut off mid-name (S8.a3, 40458) is truncated; other gaps are lost text.
      const isLast = index === builders.length - 1;
      const truncated =
        isLast && builder.has("name") && !builder.nameClosed && missing.length >= rules.columnOrder.length - 1;
      anomaly(
        truncated ? "truncated" : "lost-text",
        range,
        truncated
          ? `row ${row.position} ends in the middle of its name («${builder.textOf("name")}»): the rest of the list is lost`
          : `row ${row.position} (${describe(row)}) has no ${missing.join(", ")}`,
      );
    }
    const firsts = rules.columnOrder
      .map((cell) => builder.firstLineOf(cell))
      .filter((line): line is number => line !== null);
    if (firsts.some((line, i) => i > 0 && line < firsts[i - 1]!)) {
      anomaly("out-of-order", range, `row ${row.position} (${describe(row)}) prints its cells out of column order`);
    }
    if (builder.has("unassigned")) {
      anomaly("other", range, `row ${row.position}: text that no cell took: «${builder.textOf("unassigned")}»`);
    }
  });
  return anomalies;
}

function describe(row: RawRow): string {
  return row.regionId ?? (row.name.map((part) => part.text.trim()).join(" ") || "no name");
}

function finishRow(
  builder: RowBuilder,
  position: number,
  appendix: AppendixRecord,
  rules: FlatListRules,
  texts: Map<number, string>,
): RawRow {
  const parts = (cell: CellName) => cellParts(builder, cell, texts);
  const row: RawRow = {
    appendixId: appendix.id,
    serviceNumber: appendix.serviceNumber,
    listKind: rules.listKind,
    regionId: regionOfText(builder.textOf("name"), builder.textOf("address")),
    position,
    printedNumber: builder.printedNumber,
    lines: { start: builder.firstLineOfAll(), end: builder.lastLine() },
    name: parts("name"),
    address: parts("address"),
    phones: parts("phones"),
    schedule: parts("schedule"),
    unassigned: parts("unassigned"),
  };
  if (rules.listKind === "XQO") row.receptionPhones = parts("receptionPhones");
  if (rules.listKind === "APP") row.unit = parts("unit");
  return row;
}

/**
 * Checks that a list names each of the 16 regions (once, unless `repeats`:
 * the centres list has two East Kazakhstan centres and several per city);
 * a region not found is text the dump lost.
 */
export function checkRegionCoverage(result: TableResult, appendix: AppendixRecord, repeats = false): void {
  const seen = new Map<string, RawRow[]>();
  for (const row of result.rows) {
    if (row.regionId) seen.set(row.regionId, [...(seen.get(row.regionId) ?? []), row]);
  }
  for (const region of REGIONS) {
    const rows = seen.get(region.id) ?? [];
    if (rows.length > 1 && !repeats) {
      result.anomalies.push({
        appendixId: appendix.id,
        kind: "duplicate-row",
        lines: { start: rows[0]!.lines.start, end: rows.at(-1)!.lines.end },
        message: `${region.name} appears in ${rows.length} rows (${rows.map((row) => row.position).join(", ")})`,
      });
    }
  }
  const missing = REGIONS.filter((region) => !seen.has(region.id));
  for (const region of missing) {
    // Place the loss at the last row of a region that comes before it in the fixed order.
    const before = [...result.rows]
      .reverse()
      .find((row) => row.regionId !== null && regionById(row.regionId).order < region.order);
    result.anomalies.push({
      appendixId: appendix.id,
      kind: "lost-text",
      lines: before ? before.lines : appendix.body,
      message: `no row names ${region.name}: its row is lost from the dump${before ? ` (after row ${before.position})` : ""}`,
    });
  }
}
