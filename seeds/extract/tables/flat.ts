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
 */
import type { AppendixRecord, CellPart, LineRange, RawRow, SourceLine, TableAnomaly, TableResult } from "../model.js";
import { REGIONS, regionById } from "../regions.js";
import { isColumnNumberLine } from "../vocabulary.js";

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

export type TokenClass =
  | "phone"
  | "phoneFragment"
  | "phoneLabel"
  | "email"
  | "emailLabel"
  | "latin"
  | "reception"
  | "punctuation"
  | "text";

/** A whitespace-separated piece of one source line, with its offsets in that line. */
export interface Token {
  line: number;
  start: number;
  end: number;
  text: string;
  cls: TokenClass;
}

/** Where the reader put a token. */
export type CellName = "name" | "address" | "phones" | "schedule" | "receptionPhones" | "unit" | "unassigned";

/** Maps Cyrillic letters that look like Latin ones, so «оnline.kz» and «кz» are still seen as domains. */
const LOOKALIKES: Record<string, string> = { а: "a", е: "e", о: "o", р: "p", с: "c", у: "y", х: "x", к: "k", і: "i", м: "m", т: "t", н: "h" };

function toLatinLookalikes(text: string): string {
  return [...text.toLowerCase()].map((ch) => LOOKALIKES[ch] ?? ch).join("");
}

const PHONE_LABEL = /^(тел|факс|телетайп|тел\/факс|телефон)\s*[:.]?$/i;
/** «Email», «Еmail:» (Cyrillic Е, 26 times in the act), «E-mail». */
const EMAIL_LABEL = /^[еe]-?mail\s*:?$/i;
const RECEPTION_WORD = /^(қабылдау|приемная|бөлмесі)[.,;]?$/i;
/** A complete phone number, or an area code that opens one («8-7162», «8-711250-88-»). */
const PHONE_SHAPES = [/^8-\s?7\d{2,}/, /\d{1,3}-\s?\d{2}\s?-\d{2}/, /\d{3,4}-\d{3}-\d{3}/];
/** Digits and hyphens only: a house number or a piece of a phone broken over a line. */
const PHONE_FRAGMENT = /^[-–]?\d[\d\-–]*[,;]?$|^[-–][\d\-–]+[,;]?$/;
const DOMAIN = /[a-z0-9_-]\.(kz|ru|com|net|org)\b|^www\./;

export function classifyToken(text: string): TokenClass {
  if (/^[:;,.]+$/.test(text)) return "punctuation";
  if (RECEPTION_WORD.test(text)) return "reception";
  if (PHONE_LABEL.test(text)) return "phoneLabel";
  if (EMAIL_LABEL.test(text)) return "emailLabel";
  if (text.includes("@")) return "email";
  if (/^[\d\-–\s,;]+$/.test(text) || /^8-/.test(text)) {
    if (PHONE_SHAPES.some((shape) => shape.test(text))) return "phone";
    if (PHONE_FRAGMENT.test(text)) return "phoneFragment";
  }
  if (/[a-z]/i.test(text) && DOMAIN.test(toLatinLookalikes(text))) return "email";
  if (/^[A-Za-z0-9._@\-]+[,;]?$/.test(text) && /[A-Za-z]/.test(text)) return "latin";
  return "text";
}

/** Labels of the contact cells, as printed («Тел:», «Факс:», «телетайп:», «Тел/факс:», «Еmail:»). */
const LABEL_PREFIX = /^(Тел\/факс|Тел|тел|Факс|факс|телетайп|[ЕE]mail)\s*:?/;

/**
 * Splits tokens that the dump glued together: «Факс:8-», «32-22-28,Факс:»,
 * «43-20-82телетайп:», «51-25-83Еmail», «-85zko@enbek.kz,». Returns
 * [start, end) offsets of the pieces.
 */
function splitGlued(text: string, start: number): [number, number][] {
  const label = /^(Тел\/факс|Тел|тел|Факс|факс|телетайп|[ЕE]mail):(?=\S)/.exec(text);
  if (label) return [[start, start + label[0].length], ...splitGlued(text.slice(label[0].length), start + label[0].length)];
  const digits = /^[\d\-–,]+(?=[^\d\-–,\s])/.exec(text);
  if (digits && /\d/.test(digits[0])) {
    const rest = text.slice(digits[0].length);
    // «-28-39astana@», and «-52-02depart_zan» (51986) whose «@» went to the next line: a phone's tail glued to an e-mail's start.
    const emailStart = /-\d/.test(digits[0]) && /^[A-Za-z][A-Za-z0-9._-]+$/.test(rest);
    if (LABEL_PREFIX.test(rest) || (rest.includes("@") && /^[A-Za-z]/.test(rest)) || emailStart) {
      return [[start, start + digits[0].length], ...splitGlued(rest, start + digits[0].length)];
    }
  }
  return [[start, start + text.length]];
}

export function tokenizeLine(line: SourceLine): Token[] {
  const tokens: Token[] = [];
  for (const match of line.text.matchAll(/\S+/g)) {
    for (const [start, end] of splitGlued(match[0], match.index)) {
      const text = line.text.slice(start, end);
      tokens.push({ line: line.no, start, end, text, cls: classifyToken(text) });
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------
// Contacts inside a line
// ---------------------------------------------------------------------------

export type TokenRole = "text" | "phones" | "email" | "reception";

/**
 * Gives every token of a line a role by its shape: the words before the
 * first phone or e-mail are text (name, address or unit, decided by the list
 * reader); a house number before a phone stays text («көшесі, 7 8-7212 …»).
 * `continuing` says which contact the previous token of the row belonged to,
 * so that a line that starts with a broken phone tail («88 61-52-02»,
 * «-40-06») or an e-mail tail continues it.
 */
function isLoneDash(token: Token | undefined): boolean {
  return token !== undefined && /^[-–]$/.test(token.text);
}

export function assignRoles(tokens: Token[], continuing: TokenRole | null): TokenRole[] {
  const roles: TokenRole[] = [];
  let mode: TokenRole = "text";
  if (continuing === "phones" && tokens[0] && (tokens[0].cls === "phoneFragment" || tokens[0].cls === "phone")) mode = "phones";
  if (continuing === "email" && tokens[0] && (tokens[0].cls === "latin" || tokens[0].cls === "email")) mode = "email";
  if ((continuing === "reception" || continuing === "phones") && tokens[0]?.cls === "reception") mode = "reception";
  // A label's colon pushed to the next line («Тел/факс» / «: 8-7172- …», 70422–70423).
  if ((continuing === "phones" || continuing === "email") && tokens[0]?.cls === "punctuation") mode = continuing;
  // A phone's last group broken off behind a spaced hyphen («телетайп: 8-7212- 27-12» / «- 4 2», 77367–77368).
  if (continuing === "phones" && isLoneDash(tokens[0]) && tokens[1]?.cls === "phoneFragment") mode = "phones";
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    switch (token.cls) {
      case "phone":
      case "phoneLabel":
        mode = "phones";
        break;
      case "email":
      case "emailLabel":
        mode = "email";
        break;
      case "latin":
        // Letter-spaced e-mails print one letter per token («a k i m @»).
        if (mode !== "email" && (token.text.length > 1 || (next && (next.cls === "latin" || next.cls === "email")))) mode = "email";
        break;
      case "phoneFragment":
        if (mode === "email" || mode === "reception") mode = "phones";
        break;
      case "reception":
        if (mode === "phones" || mode === "reception") {
          roles.push("reception");
          mode = "reception";
          return;
        }
        break;
      case "text":
        if (!(mode === "phones" && isLoneDash(token) && next?.cls === "phoneFragment")) mode = "text";
        break;
    }
    roles.push(mode);
  });
  return roles;
}

// ---------------------------------------------------------------------------
// Row numbers
// ---------------------------------------------------------------------------

const ROW_NUMBER = /^\s*(\d{1,2})(\.?)(?:\s+(.*?))?\s*$/;

export interface NumberedLine {
  number: number;
  printed: string;
  /** Offset in the line where the text after the number starts, or null when the number stands alone. */
  restStart: number | null;
}

export function parseRowNumber(text: string): NumberedLine | null {
  const match = ROW_NUMBER.exec(text);
  if (!match) return null;
  const [, digits = "", dot = "", rest] = match;
  const printed = digits + dot;
  if (rest === undefined || rest === "") return { number: Number(digits), printed, restStart: null };
  return { number: Number(digits), printed, restStart: text.indexOf(rest, text.indexOf(printed) + printed.length) };
}

export function isBlank(text: string): boolean {
  return text.trim() === "";
}

// ---------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------

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
const REGION_TOWNS: [string, string][] = [...REGIONS.map((region): [string, string] => [normaliseForMatch(region.centre), region.id]), ...TOWN_ALIASES];

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

// ---------------------------------------------------------------------------
// Rows under construction
// ---------------------------------------------------------------------------

export interface AssignedToken {
  token: Token;
  cell: CellName;
}

export class RowBuilder {
  readonly assigned: AssignedToken[] = [];
  printedNumber: string | null = null;
  numberLine: number | null = null;
  /** The line where the row starts (its number, or the first line of its name). */
  readonly firstLine: number;
  nameClosed = false;
  /** The role of the last token read, to continue a contact broken over lines. */
  lastRole: TokenRole | null = null;
  lastCell: CellName | null = null;
  /** The last line given to the name, to keep the lines of one name block together. */
  lastNameLine: number | null = null;

  constructor(firstLine: number) {
    this.firstLine = firstLine;
  }

  add(token: Token, cell: CellName): void {
    this.assigned.push({ token, cell });
    this.lastCell = cell;
    if (cell === "name") this.lastNameLine = token.line;
  }

  has(cell: CellName): boolean {
    return this.assigned.some((entry) => entry.cell === cell);
  }

  tokensOf(cell: CellName): Token[] {
    return this.assigned.filter((entry) => entry.cell === cell).map((entry) => entry.token);
  }

  textOf(cell: CellName): string {
    return this.tokensOf(cell)
      .map((token) => token.text)
      .join(" ");
  }

  firstLineOf(cell: CellName): number | null {
    const tokens = this.tokensOf(cell);
    return tokens.length ? Math.min(...tokens.map((token) => token.line)) : null;
  }

  /** The first line of the row, including text carried over from before its number. */
  firstLineOfAll(): number {
    return Math.min(this.firstLine, this.numberLine ?? this.firstLine, ...this.assigned.map((entry) => entry.token.line));
  }

  lastLine(): number {
    return Math.max(this.firstLine, ...this.assigned.map((entry) => entry.token.line));
  }
}

/**
 * The parts of one cell: runs of tokens that the row read one after the
 * other into that cell on one line, cut back out of the printed line (so a
 * line shared by two cells is split, and the spacing inside a part is kept).
 */
export function cellParts(row: RowBuilder, cell: CellName, lines: Map<number, string>): CellPart[] {
  const parts: CellPart[] = [];
  let current: { line: number; start: number; end: number } | null = null;
  const flush = () => {
    if (current) {
      const text = lines.get(current.line) ?? "";
      // A part that opens its line keeps the line's indent, as the DEPT and AKIM readers keep it: a single
      // leading space marks where a displaced link's text belongs (« бекітілген мереке заңымен», 77239).
      const start = text.slice(0, current.start).trim() === "" ? 0 : current.start;
      parts.push({ line: current.line, text: text.slice(start, current.end) });
    }
    current = null;
  };
  for (const { token, cell: tokenCell } of row.assigned) {
    if (tokenCell !== cell) {
      if (current && token.line === current.line) flush();
      continue;
    }
    if (current && current.line === token.line) {
      current.end = token.end;
    } else {
      flush();
      current = { line: token.line, start: token.start, end: token.end };
    }
  }
  flush();
  return parts;
}

/** Splits a row's reception marker («… 28-40-14 қабылдау бөлмесі») off its phones: the last number before the marker is the heads' phone. */
export function separateReception(row: RowBuilder): void {
  const entries = row.assigned;
  const markerIndex = entries.findIndex((entry) => entry.cell === "receptionPhones");
  if (markerIndex < 0) return;
  let index = markerIndex - 1;
  while (index >= 0 && entries[index]!.cell !== "phones") index -= 1;
  if (index < 0) return;
  // Take the last number, with the pieces it was broken into («42-09-» / «10»).
  let first = index;
  while (first > 0) {
    const previous = entries[first - 1]!;
    if (previous.cell !== "phones") break;
    if (!(entries[first]!.token.text.startsWith("-") || previous.token.text.endsWith("-"))) break;
    first -= 1;
  }
  for (let i = first; i <= index; i += 1) entries[i]!.cell = "receptionPhones";
}

/**
 * Reads one line into a row: contacts by their shape (phones to `phones`,
 * e-mails and web sites to `address`, the reception marker to
 * `receptionPhones`), and each run of words through `placeText`, the list's
 * own rule for names, addresses and units.
 */
export function readTokens(row: RowBuilder, tokens: Token[], placeText: (row: RowBuilder, words: Token[]) => void): void {
  const roles = assignRoles(tokens, row.lastRole);
  let start = 0;
  while (start < tokens.length) {
    let end = start;
    while (end + 1 < tokens.length && roles[end + 1] === roles[start]) end += 1;
    const run = tokens.slice(start, end + 1);
    const role = roles[start]!;
    if (role === "text") placeText(row, run);
    else for (const token of run) row.add(token, role === "phones" ? "phones" : role === "email" ? "address" : "receptionPhones");
    row.lastRole = role;
    start = end + 1;
  }
}

/**
 * Gives an open name the words up to its last word («… басқармасы»,
 * «… аппараты», «… орталығы»), closing it, and returns the words after it.
 */
export function takeNameUpTo(row: RowBuilder, words: Token[], lastWord: RegExp): Token[] {
  const end = words.findIndex((token) => lastWord.test(token.text));
  const nameWords = end < 0 ? words : words.slice(0, end + 1);
  for (const token of nameWords) row.add(token, "name");
  if (end < 0) return [];
  row.nameClosed = true;
  return words.slice(end + 1);
}

/** Words that only an address has: a comma, a street or a block. */
export function looksLikeAddress(words: Token[]): boolean {
  const text = words.map((token) => token.text).join(" ");
  return /,|көшесі|даңғылы|шағын|орам|квартал|алаңы|гүлзары|бульвар/i.test(text);
}

// ---------------------------------------------------------------------------
// The reading loop shared by the three lists
// ---------------------------------------------------------------------------

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
  const plausible = afterBlank && !continuesPhone && numbered.number > state.lastPrinted && numbered.number <= nextPosition + 1;
  if (!plausible) return numbered.number === nextPosition ? "false" : "text";
  const current = state.current;
  if (current && current.printedNumber === null && numbered.number === state.rows && rest !== "" && continuesName(rules, current, rest)) {
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
      const kind = kindOfNumberedLine(numbered, rest, afterBlank, { rows: builders.length, lastPrinted, current }, rules);
      if (kind === "attach" || kind === "start") {
        if (kind === "attach") {
          anomaly("out-of-order", line.no, `row number ${numbered.printed} printed inside the name, after the start of the row at ${current!.firstLine}`);
        } else {
          if (numbered.number > builders.length + 1) {
            anomaly("skipped-number", line.no, `row number ${numbered.printed} follows ${lastPrinted || "the header"}; ${builders.length + 1} is not printed`);
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
    const before = entries.slice(0, blockStart).filter((entry) => entry.cell === "address").map((entry) => entry.token.text);
    const blockText = block.map((entry) => entry.token.text).join(" ");
    if (!LOCALITY.test(blockText) || before.length === 0) continue;
    if (!LOCALITY.test(before.join(" ")) || !/\d[,.]?$/.test(before.at(-1)!)) continue;
    const nextAddress = next.assigned.findIndex((entry) => entry.cell === "address");
    if (nextAddress < 0) continue;
    const nextText = next.assigned.slice(nextAddress).filter((entry) => entry.cell === "address").map((entry) => entry.token.text).join(" ");
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
    const moved = entries.splice(start).map((entry) => (entry.cell === "address" ? { ...entry, cell: "name" as const } : entry));
    next.assigned.unshift(...moved);
  }
}

/** Rows without a number, without a cell every row has, with cells out of column order, or with text no cell took. */
function rowAnomalies(builders: RowBuilder[], rows: RawRow[], appendix: AppendixRecord, rules: FlatListRules): TableAnomaly[] {
  const anomalies: TableAnomaly[] = [];
  const anomaly = (kind: TableAnomaly["kind"], lines: LineRange, message: string) => anomalies.push({ appendixId: appendix.id, kind, lines, message });
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
      const truncated = isLast && builder.has("name") && !builder.nameClosed && missing.length >= rules.columnOrder.length - 1;
      anomaly(
        truncated ? "truncated" : "lost-text",
        range,
        truncated
          ? `row ${row.position} ends in the middle of its name («${builder.textOf("name")}»): the rest of the list is lost`
          : `row ${row.position} (${describe(row)}) has no ${missing.join(", ")}`,
      );
    }
    const firsts = rules.columnOrder.map((cell) => builder.firstLineOf(cell)).filter((line): line is number => line !== null);
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

function finishRow(builder: RowBuilder, position: number, appendix: AppendixRecord, rules: FlatListRules, texts: Map<number, string>): RawRow {
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
    const before = [...result.rows].reverse().find((row) => row.regionId !== null && regionById(row.regionId).order < region.order);
    result.anomalies.push({
      appendixId: appendix.id,
      kind: "lost-text",
      lines: before ? before.lines : appendix.body,
      message: `no row names ${region.name}: its row is lost from the dump${before ? ` (after row ${before.position})` : ""}`,
    });
  }
}
