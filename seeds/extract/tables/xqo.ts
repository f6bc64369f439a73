/**
 * Reader of the XQO lists: the 27 public service centres (8 appendices,
 * seed map §4.6): 15 oblast-level centres (two in East Kazakhstan), 7 Almaty
 * district centres, 5 Astana district centres. Columns: name, address,
 * operating-hall phones, heads' phone followed by «қабылдау бөлмесі»
 * («приемная» in S12.a2 row 23, 51604). The heads' phone is the last number
 * before that marker, even when broken over lines («42-09-» / «10 қабылдау»,
 * 51452–51453).
 */
import type { AppendixRecord, SourceLine } from "../model.js";
import { checkRegionCoverage, readFlatTable, type FlatListRules, type FlatTableResult } from "./flat.js";
import { regionOfText } from "./flat/region-of-text.js";
import { looksLikeAddress, separateReception, takeNameUpTo, type RowBuilder } from "./flat/row-builder.js";
import type { Token } from "./flat/tokens.js";

/** «… облысының орталығы», «… халыққа қызмет көрсету орталығы», S3.a2 «… ХҚО». */
const NAME_LAST_WORD = /^(орталығы|ХҚО)/;

function placeText(row: RowBuilder, tokens: Token[]): void {
  let rest = tokens;
  if (!row.nameClosed) {
    const closesHere = rest.some((token) => NAME_LAST_WORD.test(token.text));
    if (closesHere || !looksLikeAddress(rest)) rest = takeNameUpTo(row, rest, NAME_LAST_WORD);
  }
  if (rest.length === 0) return;
  row.nameClosed = true;
  for (const token of rest) row.add(token, "address");
}

const xqoRules: FlatListRules = {
  listKind: "XQO",
  columnOrder: ["name", "address", "phones", "receptionPhones"],
  placeText,
  startsUnnumberedRow(row, line) {
    return row.has("receptionPhones") && regionOfText(line.text, "") !== null && !/,/.test(line.text);
  },
  finishRow: separateReception,
};

export function readXqoTable(lines: SourceLine[], appendix: AppendixRecord): FlatTableResult {
  const result = readFlatTable(lines, appendix, xqoRules);
  checkRegionCoverage(result, appendix, true);
  return result;
}
