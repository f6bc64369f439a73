/**
 * What a region block is cut into: pieces of cells, each typed by the cell
 * it belongs to, and the rows the block reader makes of them.
 */
import type { RawRow } from "../../model.js";

export type CellKind = "name" | "address" | "phone" | "schedule";
export type PieceKind = CellKind | "number" | "unknown";

export const CELLS: readonly CellKind[] = ["name", "address", "phone", "schedule"];

export interface Piece {
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

/** A row as the block reader returns it, before the list and region are stamped on. */
export type BlockRow = Omit<RawRow, "appendixId" | "serviceNumber" | "listKind" | "regionId">;
