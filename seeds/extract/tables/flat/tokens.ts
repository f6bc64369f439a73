/**
 * The tokens of a flat list's line, classed by their shape: phones, phone
 * fragments and labels, e-mails, sites, words.
 */
import type { SourceLine } from "../../model.js";

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
const LOOKALIKES: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  к: "k",
  і: "i",
  м: "m",
  т: "t",
  н: "h",
};

function toLatinLookalikes(text: string): string {
  return [...text.toLowerCase()].map((ch) => LOOKALIKES[ch] ?? ch).join("");
}

const PHONE_LABEL = /^(тел|факс|телетайп|тел\/факс|телефон)\s*[:.]?$/i;
/** «Email», «Еmail:» (Cyrillic Е, 26 times in the act), «E-mail». */
const EMAIL_LABEL = /^[еe]-?mail\s*:?$/i;
export const RECEPTION_WORD = /^(қабылдау|приемная|бөлмесі)[.,;]?$/i;
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
  if (/^[A-Za-z0-9._@-]+[,;]?$/.test(text) && /[A-Za-z]/.test(text)) return "latin";
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
  if (label)
    return [[start, start + label[0].length], ...splitGlued(text.slice(label[0].length), start + label[0].length)];
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
