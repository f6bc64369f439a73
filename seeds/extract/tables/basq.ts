/**
 * Reader of the BASQ lists: the 16 oblast, Astana and Almaty басқармалар
 * (17 appendices, seed map §4.4). Three layouts share one reader:
 * V1 (S1.a4, S3.a3, S18.a3) has a separate e-mail column and no schedule;
 * V2 and V3 print phones and e-mails in one cell and a schedule that is
 * printed once for the rows of a page (or, in S17.a5, split around rows).
 * E-mails go to the address cell, as the data contract wants for BASQ.
 */
import type { AppendixRecord, CellPart, SourceLine } from "../model.js";
import { checkRegionCoverage, readFlatTable, type FlatListRules, type FlatTableResult } from "./flat.js";
import { regionOfText } from "./flat/region-of-text.js";
import { looksLikeAddress, readTokens, takeNameUpTo, type RowBuilder } from "./flat/row-builder.js";
import { classifyToken, type Token } from "./flat/tokens.js";
import { squash } from "../segment.js";
import { SCHEDULE_WORDS, opensSchedule } from "../vocabulary.js";

const NAME_LAST_WORD = /^басқармасы/;
/** A provider name opens with the region in the genitive: «Павлодар облысының …», «Алматы қаласының …». */
const NAME_START = /^\s*(\S+\s+){0,2}?(облысының|қаласының)(\s|$)/;
/** An address opens with its town: «Астана қаласы,». */
const ADDRESS_START = /^\s*\S+\s+қаласы,/;

function placeText(row: RowBuilder, words: Token[]): void {
  let rest = words;
  if (!row.nameClosed && !looksLikeAddress(rest)) rest = takeNameUpTo(row, rest, NAME_LAST_WORD);
  if (rest.length === 0) return;
  row.nameClosed = true;
  for (const token of rest) row.add(token, "address");
}

const basqRules: FlatListRules = {
  listKind: "BASQ",
  columnOrder: ["name", "address", "phones"],
  placeText,
  readLine(row, tokens, context) {
    // A schedule cell goes on after its first line until the next empty line, whatever its words.
    const continuesSchedule = row.lastCell === "schedule" && !context.afterBlank;
    if (SCHEDULE_WORDS.test(squash(context.line.text)) || continuesSchedule) {
      for (const token of tokens) row.add(token, "schedule");
      row.lastRole = null;
      return;
    }
    readTokens(row, tokens, placeText);
  },
  startsUnnumberedRow(row, line) {
    const rowHasText = row.has("name") || row.has("address") || row.has("phones");
    if (rowHasText && NAME_START.test(line.text) && regionOfText(line.text, "") !== null) return true;
    // A town after the row's phones is the remnant of a row whose name was lost (S10.a3).
    return row.has("address") && row.has("phones") && ADDRESS_START.test(line.text);
  },
  continuesName(row, rest) {
    return row.has("name") && !row.nameClosed && !NAME_START.test(rest);
  },
};

/**
 * The schedule is printed in some rows only. Each row takes the schedule
 * printed in it, else the last one printed before it (the first one, for
 * rows above it); a schedule split by other rows (S17.a5) is joined first:
 * a piece that does not open with «Демалыс» continues the previous one.
 */
function shareSchedules(result: FlatTableResult): void {
  const blocks: { parts: CellPart[]; ownerIndex: number }[] = [];
  result.rows.forEach((row, index) => {
    // Pieces of the row's schedule: runs of lines at most one empty line apart.
    const pieces: CellPart[][] = [];
    for (const part of row.schedule) {
      const last = pieces.at(-1);
      if (last && part.line - last.at(-1)!.line <= 2) last.push(part);
      else pieces.push([part]);
    }
    for (const piece of pieces) {
      if (opensSchedule(piece[0]!.text) || blocks.length === 0) blocks.push({ parts: [...piece], ownerIndex: index });
      else blocks.at(-1)!.parts.push(...piece);
    }
  });
  if (blocks.length === 0) return;
  result.rows.forEach((row, index) => {
    const block = blocks.filter((candidate) => candidate.ownerIndex <= index).at(-1) ?? blocks[0]!;
    row.schedule = block.parts.map((part) => ({ ...part }));
    const lines = block.parts.map((part) => part.line);
    const from = { start: Math.min(...lines), end: Math.max(...lines) };
    if (from.start < row.lines.start || from.end > row.lines.end) row.scheduleFrom = from;
    else delete row.scheduleFrom;
  });
}

/**
 * Every BASQ row prints an e-mail after its phones. A row with phones and no
 * e-mail lost it (S10.a3 row 13, 47892); a domain left without any «@» is
 * the tail of an e-mail whose start was lost (S10.a3 Алматы, «mail.ru» at
 * 47901).
 */
function checkEmails(result: FlatTableResult, appendix: AppendixRecord): void {
  for (const row of result.rows) {
    const words = row.address.flatMap((part) => part.text.split(/\s+/)).filter((word) => word !== "");
    const hasDomain = words.some((word) => classifyToken(word) === "email");
    if (!hasDomain && row.phones.length > 0) {
      result.anomalies.push({
        appendixId: appendix.id,
        kind: "lost-text",
        lines: row.lines,
        message: `row ${row.position} (${row.regionId ?? "no region"}) has phones but no e-mail: the e-mail is lost`,
      });
    } else if (hasDomain && !words.some((word) => word.includes("@"))) {
      result.anomalies.push({
        appendixId: appendix.id,
        kind: "lost-text",
        lines: row.lines,
        message: `row ${row.position} (${row.regionId ?? "no region"}) has an e-mail domain without its name: the start of the e-mail is lost`,
      });
    }
  }
}

export function readBasqTable(lines: SourceLine[], appendix: AppendixRecord): FlatTableResult {
  const result = readFlatTable(lines, appendix, basqRules);
  shareSchedules(result);
  checkEmails(result, appendix);
  checkRegionCoverage(result, appendix);
  return result;
}
