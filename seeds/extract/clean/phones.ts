/**
 * Telephone numbers out of the act's phone cells (seed map §5.5, §5.13):
 * cells pack several numbers with and without the trunk prefix and break
 * them anywhere.
 */
import type { Phone, PhoneKind } from "../model.js";
import { repairLetterSpacing } from "./text.js";
import type { AttestedContacts } from "./attested-contacts.js";
import { extractContacts } from "./emails.js";

/** Kazakhstan: +7 and exactly 10 national digits (area code of 3–5 digits starting with 7, then the subscriber). */
const NATIONAL_DIGITS = 10;

/**
 * National numbers start with the area code's first digit: 7 in Kazakhstan;
 * 3 for Байқоңыр, which the act prints «8-33622 5-62-20» (the town keeps the
 * Russian zone code 336 22 inside the shared +7 country code).
 */
const AREA_CODE_START = /^[73]/;

interface NumberGroup {
  digits: string;
  /** A hyphen stands between this group and the previous one (spaces and line breaks around it allowed). */
  hyphenBefore: boolean;
  /** The separator text before this group, as printed. */
  separator: string;
  kind: PhoneKind;
}

const LABELS: readonly [RegExp, PhoneKind][] = [
  [/^тел\s*\/\s*факс/iu, "FAX"],
  [/^телетайп/iu, "TELETYPE"],
  [/^факс/iu, "FAX"],
  [/^тел/iu, "PHONE"],
];

/** Words after a number that make it the heads' reception line. */
const RECEPTION = /^(?:қабылдау|приемная)/iu;

interface PhoneToken {
  type: "group" | "reception";
  group?: NumberGroup;
}

function scanPhones(text: string): PhoneToken[] {
  const tokens: PhoneToken[] = [];
  let kind: PhoneKind = "PHONE";
  let separator = "";
  let index = 0;
  while (index < text.length) {
    const rest = text.slice(index);
    const digits = /^\d+/.exec(rest);
    if (digits) {
      tokens.push({ type: "group", group: { digits: digits[0], hyphenBefore: /-/.test(separator), separator, kind } });
      separator = "";
      index += digits[0].length;
      continue;
    }
    const word = /^\p{L}+(?:\s*\/\s*\p{L}+)?/u.exec(rest);
    if (word) {
      const label = LABELS.find(([pattern]) => pattern.test(word[0]));
      if (label) kind = label[1];
      else if (RECEPTION.test(word[0])) tokens.push({ type: "reception" });
      // A word between numbers ends any number being read.
      separator = label ? "" : "\u0000";
      index += word[0].length;
      continue;
    }
    const char = rest[0]!;
    separator += char === "–" || char === "—" ? "-" : char;
    index += 1;
  }
  return tokens;
}

interface PendingNumber {
  groups: NumberGroup[];
  /** Digits after the trunk prefix 8 (area code and subscriber), or the local digits. */
  national: string;
  trunk: boolean;
  kind: PhoneKind;
  reception: boolean;
}

function rawOf(groups: NumberGroup[]): string {
  return groups
    .map((group, index) => {
      if (index === 0) return group.digits;
      if (group.hyphenBefore) return `-${group.digits}`;
      return ` ${group.digits}`;
    })
    .join("");
}

/**
 * Every telephone number of a cell (§5.13): «8-71638 2-10-48»,
 * «8-7162 26-74-26», «26-74-26», «272-24-02», several packed in one cell
 * («8-71223 2-22-28 2-48-13»), broken across lines (`8-71638 2-10-` / `48`,
 * `8-7122 28-31-14 28` / `-40-06`, `8-72778` / `21270`), with stray spaces
 * («2-10 -48»), and glued (`8-71125 1-25-830-05` / `-85` is two numbers).
 *
 * A number with the trunk prefix 8 takes digits until it has 10 national
 * digits, whatever the spacing. A number without it is read group by group
 * while hyphens join the groups; it gets an area code from the previous full
 * number of the same cell (the first 10 − n digits, when that is a 3–5 digit
 * code) or else from `context.areaCode` when the two make exactly 10 digits.
 * Anything else keeps `e164: null`. Labels «Тел:», «Факс:», «телетайп:»,
 * «Тел/факс:» set the kind of the numbers after them («Тел/факс» counts as
 * FAX); «қабылдау (бөлмесі)» or «приемная» after numbers marks them
 * RECEPTION. E-mails and sites in the cell are skipped.
 *
 * Each group of digits is placed by the first rule of `PHONE_RULES` that
 * takes it; `readPhones` also returns the rule that placed each token.
 */
export interface PhoneContext {
  /** The region's area code (`regions.ts`), for local numbers printed without one. */
  areaCode: string | null;
  /**
   * Numbers already read from another cell of the same row (the XQO
   * operating-hall column for the heads' column): a local number takes its
   * area code from them before falling back to `areaCode`, so Almaty's
   * «78-09-09 қабылдау» beside «8-7273 78-09-10» gets 7273.
   */
  sameRow?: readonly Phone[];
  /** The contacts the act attests, to take the cell's e-mails out before its numbers are read. */
  contacts: AttestedContacts;
}

/** One cell being read: the numbers read so far and the one still taking groups. */
interface PhoneReading {
  tokens: PhoneToken[];
  numbers: PendingNumber[];
  pending: PendingNumber | null;
  /** The first number a later «қабылдау бөлмесі» names. */
  receptionFrom: number;
}

function finishNumber(reading: PhoneReading): void {
  if (reading.pending === null) return;
  reading.numbers.push(reading.pending);
  reading.pending = null;
}

/** A group opens a new number; «8-7162…», «8 7 1 3 2» (spaced, repaired to 87132): the trunk prefix 8 before a code starting with 7. */
function startNumber(reading: PhoneReading, group: NumberGroup): void {
  finishNumber(reading);
  if (group.digits === "8") {
    reading.pending = { groups: [group], national: "", trunk: true, kind: group.kind, reception: false };
  } else if (/^8[73]\d{2,}/.test(group.digits) && group.digits.length <= 11) {
    reading.pending = {
      groups: [group],
      national: group.digits.slice(1),
      trunk: true,
      kind: group.kind,
      reception: false,
    };
  } else {
    reading.pending = { groups: [group], national: group.digits, trunk: false, kind: group.kind, reception: false };
  }
}

/** The number being read, when the group may continue it: no word between them and the same label. */
function continued(reading: PhoneReading, group: NumberGroup): PendingNumber | null {
  const current = reading.pending;
  if (current === null || group.separator.includes("\u0000") || current.kind !== group.kind) return null;
  return current;
}

/** A number with the trunk prefix that still lacks national digits, when the group may continue it. */
function unfinishedTrunk(reading: PhoneReading, group: NumberGroup): PendingNumber | null {
  const current = continued(reading, group);
  return current?.trunk && current.national.length < NATIONAL_DIGITS ? current : null;
}

/** A local number whose groups a hyphen may still extend (it is not a whole local number yet). */
function openLocal(reading: PhoneReading, group: NumberGroup): PendingNumber | null {
  const current = continued(reading, group);
  return current !== null && !current.trunk && group.hyphenBefore && !isWholeLocal(current.groups) ? current : null;
}

/**
 * A rule of `parsePhones`: where a token of the cell goes. `read` returns
 * true when it placed the token; the first rule that does wins, in the order
 * of `PHONE_RULES`.
 */
interface PhoneRule {
  name: string;
  read(reading: PhoneReading, token: PhoneToken, index: number): boolean;
}

/** The rules of `parsePhones`, in the order they are tried on each token of a cell. */
export const PHONE_RULES: readonly PhoneRule[] = [
  {
    // «… 25-13-66 қабылдау бөлмесі»: the word names the numbers printed before it.
    name: "reception-word",
    read(reading, token) {
      if (token.type !== "reception") return false;
      finishNumber(reading);
      for (let index = reading.receptionFrom; index < reading.numbers.length; index += 1)
        reading.numbers[index]!.reception = true;
      reading.receptionFrom = reading.numbers.length;
      return true;
    },
  },
  {
    // «8-72-83 2-12-57» / «2-15-37» (78129–78131), «8-71523 -47-18» / «4-08-01» (51016–51017): the number
    // lost a digit, and the next group opens a whole local number of its own, which it must not lend one.
    name: "short-trunk-number-ends-before-a-local-number",
    read(reading, token, index) {
      const group = token.group!;
      const current = unfinishedTrunk(reading, group);
      if (current === null || current.national.length === 0 || group.hyphenBefore) return false;
      const opened = localNumberAt(reading.tokens, index);
      if (opened === null || opened.length <= NATIONAL_DIGITS - current.national.length) return false;
      startNumber(reading, group);
      return true;
    },
  },
  {
    // «8-71638 2-10-» / «48» (272–273): a number with the trunk prefix takes groups until it has 10 national digits.
    name: "trunk-number-takes-group",
    read(reading, token) {
      const group = token.group!;
      const current = unfinishedTrunk(reading, group);
      if (current === null || group.digits.length > NATIONAL_DIGITS - current.national.length) return false;
      current.groups.push(group);
      current.national += group.digits;
      return true;
    },
  },
  {
    // `1-25-830-05`: the group runs past 10 digits, so a second number starts inside it.
    name: "group-runs-past-ten-digits",
    read(reading, token) {
      const group = token.group!;
      const current = unfinishedTrunk(reading, group);
      if (current === null) return false;
      const needed = NATIONAL_DIGITS - current.national.length;
      current.groups.push({ ...group, digits: group.digits.slice(0, needed) });
      current.national += group.digits.slice(0, needed);
      startNumber(reading, { ...group, digits: group.digits.slice(needed), hyphenBefore: false, separator: "" });
      return true;
    },
  },
  {
    // «2-31-512-26-» / «56» (27974–27975): after «a-bb» a local number takes two digits; the rest of
    // the group opens the next number («2-31-51», «2-26-56»).
    name: "local-number-takes-two-digits",
    read(reading, token) {
      const group = token.group!;
      const current = openLocal(reading, group);
      if (current === null || current.groups.length < 2 || group.digits.length <= 2 || current.national.length + 2 > 7)
        return false;
      current.groups.push({ ...group, digits: group.digits.slice(0, 2) });
      current.national += group.digits.slice(0, 2);
      startNumber(reading, { ...group, digits: group.digits.slice(2), hyphenBefore: false, separator: "" });
      return true;
    },
  },
  {
    // «8-71339 2-12-» / «18 2-14-69» (561–562): a hyphen joins a local number's groups while it has at most 7 digits.
    name: "hyphen-continues-local-number",
    read(reading, token) {
      const group = token.group!;
      const current = openLocal(reading, group);
      if (current === null || current.national.length + group.digits.length > 7) return false;
      current.groups.push(group);
      current.national += group.digits;
      return true;
    },
  },
  {
    // «87-10-32 2-62-84» (82604–82605): the trunk prefix 8 printed in one group with the code's first digit.
    name: "trunk-prefix-glued-to-code",
    read(reading, token, index) {
      const group = token.group!;
      if (group.hyphenBefore || !gluedTrunkAt(reading.tokens, index)) return false;
      finishNumber(reading);
      reading.pending = {
        groups: [group],
        national: group.digits.slice(1),
        trunk: true,
        kind: group.kind,
        reception: false,
      };
      return true;
    },
  },
  {
    // Whatever no rule above placed opens the next number: «8-71645 6-26-» / «33, 6-20-30» (512–513).
    name: "new-number",
    read(reading, token) {
      startNumber(reading, token.group!);
      return true;
    },
  },
];

export function parsePhones(text: string, context: PhoneContext): Phone[] {
  return readPhones(text, context).phones;
}

/** `parsePhones`, with the name of the rule that placed each token of the cell. */
export function readPhones(text: string, context: PhoneContext): { phones: Phone[]; rules: string[] } {
  const { rest } = extractContacts(text, context.contacts);
  const cleaned = rest
    .split("\n")
    .map((line) => repairLetterSpacing(line))
    .join("\n");
  const reading: PhoneReading = { tokens: scanPhones(cleaned), numbers: [], pending: null, receptionFrom: 0 };
  const rules: string[] = [];
  for (const [index, token] of reading.tokens.entries()) {
    const rule = PHONE_RULES.find((candidate) => candidate.read(reading, token, index))!;
    rules.push(rule.name);
  }
  finishNumber(reading);
  const { numbers } = reading;

  const phones = numbers
    .filter((number) => number.national.length >= 4 || number.trunk)
    .map((number): Phone => {
      const raw =
        number.trunk && number.groups[0]!.digits === "8" ? `8-${rawOf(number.groups.slice(1))}` : rawOf(number.groups);
      let national: string | null = null;
      if (number.trunk) {
        if (number.national.length === NATIONAL_DIGITS) national = number.national;
      } else {
        const codeLength = NATIONAL_DIGITS - number.national.length;
        const neighbour = lastFullBefore(numbers, number) ?? sameRowNational(context.sameRow);
        if (neighbour !== null && codeLength >= 3 && codeLength <= 5) {
          national = neighbour.slice(0, codeLength) + number.national;
        } else if (context.areaCode !== null && context.areaCode.length + number.national.length === NATIONAL_DIGITS) {
          national = context.areaCode + number.national;
        }
      }
      const e164 =
        national !== null && /^\d{10}$/.test(national) && AREA_CODE_START.test(national) ? `+7${national}` : null;
      return { raw, e164, kind: number.reception ? "RECEPTION" : number.kind };
    });
  return { phones, rules };
}

/**
 * Whether the group at `index` is «87» or «83» opening «8 + a 5-digit code»
 * cut by hyphens («87-10-32»), followed by a whole local number of 5 digits:
 * together exactly the trunk prefix and 10 national digits.
 */
function gluedTrunkAt(tokens: PhoneToken[], index: number): boolean {
  const first = tokens[index]?.group;
  if (!first || !/^8[73]$/.test(first.digits)) return false;
  let digits = first.digits.length;
  let k = index + 1;
  for (; k < tokens.length; k += 1) {
    const group = tokens[k]!.group;
    if (!group?.hyphenBefore || group.separator.includes("\u0000")) break;
    digits += group.digits.length;
  }
  return digits === 6 && localNumberAt(tokens, k)?.length === 5;
}

/** A local number printed whole: «2-26-56», «26-74-26», «272-24-02» (a first group, then two groups of two digits). */
function isWholeLocal(groups: NumberGroup[]): boolean {
  return (
    groups.length === 3 &&
    groups[0]!.digits.length <= 3 &&
    groups[1]!.digits.length === 2 &&
    groups[2]!.digits.length === 2
  );
}

/** The digits of the whole local number that the group at `index` opens («2-15-37»), or null when it opens none. */
function localNumberAt(tokens: PhoneToken[], index: number): string | null {
  const groups: NumberGroup[] = [];
  for (let k = index; k < tokens.length && groups.length < 3; k += 1) {
    const group = tokens[k]!.group;
    if (!group || group.separator.includes("\u0000")) break;
    if (k > index && !group.hyphenBefore) break;
    groups.push(group);
  }
  if (!isWholeLocal(groups)) return null;
  const next = tokens[index + 3]?.group;
  // «2-12-25-…» goes on: not a number of its own shape.
  if (next?.hyphenBefore && !next.separator.includes("\u0000")) return null;
  return groups.map((group) => group.digits).join("");
}

function sameRowNational(phones: readonly Phone[] | undefined): string | null {
  const full = phones?.find((phone) => phone.e164 !== null);
  return full ? full.e164!.slice(2) : null;
}

function lastFullBefore(numbers: PendingNumber[], number: PendingNumber): string | null {
  const index = numbers.indexOf(number);
  for (let before = index - 1; before >= 0; before -= 1) {
    const candidate = numbers[before]!;
    if (candidate.trunk && candidate.national.length === NATIONAL_DIGITS) return candidate.national;
  }
  return null;
}
