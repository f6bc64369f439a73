/**
 * Pass 2 of the block reader: the pieces' kinds smoothed per paragraph (a
 * run of non-blank lines), inside which cells only move forward.
 */
import { CELLS, type CellKind, type Piece } from "./piece.js";
import { score } from "./cell-words.js";

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
export function smooth(pieces: Piece[]): void {
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
      forwardLabels(table).forEach((label, k) => {
        members[k]!.kind = CELLS[label]!;
      });
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
