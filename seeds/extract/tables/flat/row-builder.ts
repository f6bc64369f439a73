/** A flat list's row under construction: its tokens by cell, as the reading loop places them. */
import type { CellPart } from "../../model.js";
import type { CellName, Token } from "./tokens.js";
import { type TokenRole, assignRoles } from "./contact-roles.js";

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
    return Math.min(
      this.firstLine,
      this.numberLine ?? this.firstLine,
      ...this.assigned.map((entry) => entry.token.line),
    );
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
export function readTokens(
  row: RowBuilder,
  tokens: Token[],
  placeText: (row: RowBuilder, words: Token[]) => void,
): void {
  const roles = assignRoles(tokens, row.lastRole);
  let start = 0;
  while (start < tokens.length) {
    let end = start;
    while (end + 1 < tokens.length && roles[end + 1] === roles[start]) end += 1;
    const run = tokens.slice(start, end + 1);
    const role = roles[start]!;
    if (role === "text") placeText(row, run);
    else
      for (const token of run)
        row.add(token, role === "phones" ? "phones" : role === "email" ? "address" : "receptionPhones");
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
