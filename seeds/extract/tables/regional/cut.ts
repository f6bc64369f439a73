/**
 * Pass 1 of the block reader: lines cut into pieces, one per cell a line
 * holds (a line can carry a row number, a name and an address or a phone
 * at once).
 */
import type { LineRange } from "../../model.js";
import { LineView, squash } from "../../segment.js";
import { SCHEDULE_WORDS } from "../../vocabulary.js";
import type { CellKind, Piece } from "./piece.js";
import { ownKind, score } from "./cell-words.js";
import { smooth } from "./smooth.js";

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
export function piecesOf(view: LineView, rows: LineRange): Piece[] {
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
      pieces.push({
        line: no,
        text: leading[1]!,
        kind: "number",
        paragraph,
        lineText: text,
        numberStyle: rest.trim() === "" ? "alone" : "with-text",
      });
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
