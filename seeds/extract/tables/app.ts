/**
 * Reader of the APP lists: the 16 oblast, Astana and Almaty akim apparatus
 * (10 appendices, seed map §4.5). Columns: name «… әкімінің аппараты», the
 * structural unit responsible for public services, the unit's phone, the
 * address. The unit is told from the name by its words, not its position:
 * S12.a5 row 7 prints the unit's first half before the name (52103–52115)
 * and S5.a5 row 8 prints the phone before the unit (23545–23555).
 */
import type { AppendixRecord, SourceLine } from "../model.js";
import { checkRegionCoverage, readFlatTable, type FlatListRules, type FlatTableResult } from "./flat.js";
import { regionOfText } from "./flat/region-of-text.js";
import { looksLikeAddress, takeNameUpTo, type RowBuilder } from "./flat/row-builder.js";
import type { Token } from "./flat/tokens.js";

const NAME_LAST_WORD = /^аппарат/;
/** Words of an apparatus name; a unit («… бақылау бөлімі») has none of them. */
const NAME_WORDS = /облыс|әкім|аппарат|қаласы(?!,)/i;
const NAME_START = /^\s*(\S+\s+){0,2}?(облысы|қаласы)\s+әкімінің/;

function words(tokens: Token[]): string {
  return tokens.map((token) => token.text).join(" ");
}

function placeText(row: RowBuilder, tokens: Token[]): void {
  if (tokens.length === 0) return;
  const text = words(tokens);
  if (!row.has("phones")) {
    const sameNameBlock = row.lastCell === "name" && row.lastNameLine === tokens[0]!.line - 1;
    if (!row.nameClosed && (NAME_WORDS.test(text) || regionOfText(text, "") !== null || sameNameBlock)) {
      const rest = takeNameUpTo(row, tokens, NAME_LAST_WORD);
      for (const token of rest) row.add(token, "unit");
      return;
    }
    for (const token of tokens) row.add(token, "unit");
    return;
  }
  // After the phone: the address, unless the unit has not been printed yet (S5.a5 row 8).
  const lastLine = row.assigned.at(-1)?.token.line;
  const unitGoesOn = row.lastCell === "unit" && lastLine === tokens[0]!.line - 1;
  const cell = (!row.has("unit") || unitGoesOn) && !looksLikeAddress(tokens) && !/\d/.test(text) ? "unit" : "address";
  for (const token of tokens) row.add(token, cell);
}

const appRules: FlatListRules = {
  listKind: "APP",
  columnOrder: ["name", "unit", "phones", "address"],
  placeText,
  startsUnnumberedRow(row, line) {
    return row.nameClosed && row.has("phones") && row.has("address") && NAME_START.test(line.text);
  },
};

export function readAppTable(lines: SourceLine[], appendix: AppendixRecord): FlatTableResult {
  const result = readFlatTable(lines, appendix, appRules);
  checkRegionCoverage(result, appendix);
  return result;
}
