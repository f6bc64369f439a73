import type { Address, Email, LineRange, ListingRecord, Phone, RawRow, Schedule } from "../model.js";
import { regionById } from "../regions.js";
import { normaliseText, type Lexicon } from "../clean/text.js";
import type { AttestedContacts } from "../clean/attested-contacts.js";
import { splitAddressCell } from "../clean/emails.js";
import { parsePhones } from "../clean/phones.js";
import type { Attested } from "../clean/attested.js";
import { parseAddress } from "../clean/address.js";
import { parseSchedule } from "../clean/schedule.js";
import { restoreDisplacedFragment } from "../standards/prose.js";
import { listingId } from "./ids.js";

/**
 * Cleaning: a `RawRow`'s cells become the values one listing printed. The
 * phones are cleaned last, once the row's provider is known, because a
 * district row often prints only the local number and its area code has to
 * come from the provider's other listings (`AREA_CODE_RULE`).
 */
export const AREA_CODE_RULE =
  "local numbers of regional bodies (BASQ, APP, XQO lists) take the code of a full number printed in the same row (a centre's heads' column takes the hall column's code), else their region's area code (`regions.ts`). " +
  "A district body's local number takes an area code only when the row itself prints one (a full number earlier in the same cell), " +
  "or when another listing of the same provider prints a full number: its first 10 − n national digits, n being the length of the local number. " +
  "Otherwise the number keeps `e164: null`: district codes differ inside a region, so the region's code would be a guess.";

/** A row with every cell but the phones cleaned. */
export interface CleanedRow {
  listingId: string;
  row: RawRow;
  name: string;
  /** The address cell without its e-mails and web sites; null when the row printed none. */
  addressText: string | null;
  address: Address | null;
  emails: Email[];
  websites: string[];
  /** Latin text after the address that is neither e-mail nor site («ZHUBAN 90 KZ»), left out of the address; with its source lines. */
  unreadContact: { text: string; lines: LineRange } | null;
  schedule: Schedule | null;
  responsibleUnit: string | null;
}

/** The address as `model.ts` shapes it: the parser's extra parts (district, microdistrict) stay out of the data files. */
export function plainAddress(address: Address): Address {
  return {
    postalCode: address.postalCode,
    locality: address.locality,
    street: address.street,
    house: address.house,
    full: address.full,
  };
}

function cellText(parts: { text: string }[]): string {
  return parts.map((part) => part.text).join("\n");
}

/**
 * Cleaning is pure, and the act repeats itself: a block-level schedule is
 * copied to every row of its block (seed map §5.7: 4,780 rows, 58 distinct
 * texts) and the same name and address are printed in up to 17 lists. Each
 * distinct cell text is cleaned once per run; every row still gets its own
 * copy of the result, so a later stage cannot change one row through another.
 */
export interface CleaningMemo {
  names: Map<string, string>;
  addresses: Map<
    string,
    {
      address: string;
      emails: Email[];
      websites: string[];
      unread?: { text: string; lines: number[] };
      parsed: Address | null;
    }
  >;
  schedules: Map<string, Schedule | null>;
}

export function newCleaningMemo(): CleaningMemo {
  return { names: new Map(), addresses: new Map(), schedules: new Map() };
}

function remember<T>(memo: Map<string, T>, raw: string, clean: (raw: string) => T): T {
  if (!memo.has(raw)) memo.set(raw, clean(raw));
  return structuredClone(memo.get(raw)!);
}

function cleanAddressCell(raw: string, { contacts, lexicon }: Attested) {
  const { address, emails, websites, unread } = splitAddressCell(raw, contacts, lexicon);
  return {
    address,
    emails,
    websites,
    ...(unread ? { unread } : {}),
    parsed: address ? plainAddress(parseAddress(address, lexicon)) : null,
  };
}

/**
 * The 2012 lists print the holidays' law as a hyperlink, and the dump moved
 * its text to the end of its line like every link of the standards (seed map
 * §5.2): «…мерекелері туралы» / « бекітілген мереке заңымен» (77559–77561,
 * S17.a6 and 327 other rows). The standards' rule puts it back where the
 * line's leading space or double space marks its place.
 */
function cleanSchedule(raw: string, lexicon: Lexicon): Schedule | null {
  const text = normaliseText(raw.split("\n").map(restoreDisplacedFragment).join("\n"), lexicon);
  return text ? parseSchedule(text) : null;
}

export function cleanRow(row: RawRow, attested: Attested, memo: CleaningMemo = newCleaningMemo()): CleanedRow {
  const { lexicon } = attested;
  const addressCell =
    row.address.length > 0
      ? remember(memo.addresses, cellText(row.address), (raw) => cleanAddressCell(raw, attested))
      : null;
  const addressText = addressCell?.address ? addressCell.address : null;
  return {
    listingId: listingId(row),
    row,
    name: remember(memo.names, cellText(row.name), (raw) => normaliseText(raw, lexicon)),
    addressText,
    address: addressText ? (addressCell?.parsed ?? null) : null,
    emails: addressCell?.emails ?? [],
    websites: addressCell?.websites ?? [],
    unreadContact: addressCell?.unread ? unreadContact(row, addressCell.unread) : null,
    schedule:
      row.schedule.length > 0
        ? remember(memo.schedules, cellText(row.schedule), (raw) => cleanSchedule(raw, lexicon))
        : null,
    responsibleUnit: row.unit && row.unit.length > 0 ? normaliseText(cellText(row.unit), lexicon) : null,
  };
}

function unreadContact(row: RawRow, unread: { text: string; lines: number[] }): { text: string; lines: LineRange } {
  const lines = unread.lines.map((index) => row.address[index]!.line);
  return { text: unread.text, lines: { start: Math.min(...lines), end: Math.max(...lines) } };
}

function nationalDigits(phone: Phone): string | null {
  return phone.e164 ? phone.e164.replace(/^\+7/, "") : null;
}

/** Phones as printed in the row's phone cells, with no area code supplied. */
export function printedPhones(row: RawRow, contacts: AttestedContacts): Phone[] {
  return phonesWith(row, null, contacts);
}

function phonesWith(row: RawRow, areaCode: string | null, contacts: AttestedContacts): Phone[] {
  const phones = row.phones.length > 0 ? parsePhones(cellText(row.phones), { areaCode, contacts }) : [];
  // The heads' column of the centres prints local numbers whose code is printed only in the hall column.
  const reception =
    row.receptionPhones && row.receptionPhones.length > 0
      ? parsePhones(cellText(row.receptionPhones), { areaCode, sameRow: phones, contacts }).map(
          (phone): Phone => ({ ...phone, kind: "RECEPTION" }),
        )
      : [];
  return [...phones, ...reception];
}

/**
 * The row's phones under `AREA_CODE_RULE`. `providerNumbers` holds the
 * national digits of the full numbers every listing of the same provider
 * printed (in act order).
 */
export function rowPhones(
  row: RawRow,
  providerNumbers: string[],
  contacts: AttestedContacts,
  printed: Phone[] = printedPhones(row, contacts),
): Phone[] {
  if (row.listKind === "BASQ" || row.listKind === "APP" || row.listKind === "XQO") {
    return row.regionId ? phonesWith(row, regionById(row.regionId).areaCode, contacts) : printed;
  }
  // A local number (at most 7 digits); a full number that lost a digit («8-72-83 2-12-57», 78129) stays as printed.
  const local = printed.find((phone) => phone.e164 === null && phone.raw.replace(/\D/g, "").length <= 7);
  if (!local) return printed;
  const length = local.raw.replace(/\D/g, "").length;
  const codes = new Map<string, number>();
  for (const national of providerNumbers) {
    const code = national.slice(0, 10 - length);
    if (code.length >= 3 && code.length <= 5 && code.startsWith("7")) codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  const best = [...codes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? phonesWith(row, best[0], contacts) : printed;
}

/** The national digits of the full numbers among a row's printed phones, for `rowPhones` of its provider's other listings. */
export function fullNumbers(printed: Phone[]): string[] {
  return printed.flatMap((phone) => nationalDigits(phone) ?? []);
}

export function listingRecord(cleaned: CleanedRow, providerId: string, phones: Phone[]): ListingRecord {
  const { row } = cleaned;
  return {
    id: cleaned.listingId,
    providerId,
    appendixId: row.appendixId,
    serviceNumber: row.serviceNumber,
    regionId: row.regionId,
    position: row.position,
    printedNumber: row.printedNumber,
    lines: row.lines,
    values: {
      name: cleaned.name,
      postalCode: cleaned.address?.postalCode ?? null,
      address: cleaned.addressText,
      emails: cleaned.emails,
      websites: cleaned.websites,
      phones,
      schedule: cleaned.schedule,
      responsibleUnit: cleaned.responsibleUnit,
    },
  };
}
