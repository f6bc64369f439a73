/**
 * Rules for the personal data the write side takes in (IIN, names, phones,
 * e-mails, addresses) and the masks it is shown or logged under. Pure
 * functions: each check returns the normalised value or a message for the
 * field, never throws.
 */

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const fail = <T>(message: string): Check<T> => ({ ok: false, message });

const IIN_WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const IIN_WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The IIN's 12th digit: weights 1…11, and if that gives 10, weights 3…11,1,2; 10 again means no valid IIN. */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const sum = (weights: number[]) =>
    digits.reduce((total, digit, index) => total + digit * (weights[index] ?? 0), 0) % 11;
  const first = sum(IIN_WEIGHTS_1);
  if (first !== 10) return first;
  const second = sum(IIN_WEIGHTS_2);
  return second === 10 ? null : second;
}

/** Birth date coded in an IIN (YYMMDD + the century digit: 1–2 → 1800s, 3–4 → 1900s, 5–6 → 2000s). */
export function iinBirthDate(iin: string): string | null {
  const century = { "1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000 }[iin[6] ?? ""];
  if (century === undefined) return null;
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Oldest plausible applicant. */
const MAX_AGE_YEARS = 125;

export function checkIin(raw: string, today: Date = new Date()): Check<string> {
  const iin = raw.trim();
  if (!/^\d{12}$/.test(iin)) return fail("IIN must be exactly 12 digits");
  const birth = iinBirthDate(iin);
  if (!birth) return fail("IIN does not encode a valid birth date (digits 1–6 and the century digit 7)");
  const todayIso = today.toISOString().slice(0, 10);
  if (birth > todayIso) return fail("IIN encodes a birth date in the future");
  if (Number(todayIso.slice(0, 4)) - Number(birth.slice(0, 4)) > MAX_AGE_YEARS)
    return fail(`IIN encodes a birth date more than ${MAX_AGE_YEARS} years ago`);
  const check = iinCheckDigit(iin.slice(0, 11));
  if (check === null || check !== Number(iin[11])) return fail("IIN check digit is wrong");
  return ok(iin);
}

/** Letters of any script (Kazakh Cyrillic included), single inner hyphens, apostrophes or spaces. */
const NAME = /^\p{L}+(?:[-' ’]\p{L}+)*$/u;

export function checkName(raw: string, field: string, { required }: { required: boolean }): Check<string | null> {
  const value = raw.normalize("NFC").trim().replace(/\s+/g, " ");
  if (value === "") return required ? fail(`${field} is required`) : ok(null);
  if (value.length > 60) return fail(`${field} must be at most 60 characters`);
  if (!NAME.test(value))
    return fail(`${field} may contain only letters, with single hyphens, apostrophes or spaces between them`);
  return ok(value);
}

/**
 * A Kazakhstan phone number (+7 6xx / +7 7xx, ten digits after the country
 * code), written with or without spaces, dashes, brackets, or the domestic
 * prefix 8; normalised to E.164.
 */
export function checkPhone(raw: string, field = "phone"): Check<string> {
  const compact = raw.trim().replace(/[\s()\-.]/g, "");
  const match = /^(?:\+7|8|7)?([67]\d{9})$/.exec(compact);
  if (!match) return fail(`${field} must be a Kazakhstan number: +7 followed by 10 digits starting with 6 or 7`);
  return ok(`+7${match[1]}`);
}

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export function checkEmail(raw: string, field = "email"): Check<string> {
  const value = raw.trim();
  if (value.length > 254 || !EMAIL.test(value))
    return fail(`${field} must be an e-mail address such as name@example.kz`);
  const at = value.lastIndexOf("@");
  if (at > 64 || value.slice(0, at).includes(".."))
    return fail(`${field} must be an e-mail address such as name@example.kz`);
  return ok(`${value.slice(0, at)}@${value.slice(at + 1).toLowerCase()}`);
}

export function checkText(raw: string, field: string, { min, max }: { min: number; max: number }): Check<string> {
  const value = raw
    .normalize("NFC")
    .trim()
    .replace(/[ \t]+/g, " ");
  if (value.length < min)
    return fail(min <= 1 ? `${field} is required` : `${field} must be at least ${min} characters`);
  if (value.length > max) return fail(`${field} must be at most ${max} characters`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value)) return fail(`${field} contains control characters`);
  return ok(value);
}

// --- masks -----------------------------------------------------------------

/** `900101300127` → `********0127`. */
export const maskIin = (iin: string): string => `${"*".repeat(Math.max(0, iin.length - 4))}${iin.slice(-4)}`;
/** `Нұрланова` → `Н***`. */
export const maskName = (name: string): string => (name ? `${[...name][0]}***` : name);
/** `+77011234567` → `+7*******67`. */
export const maskPhone = (phone: string): string =>
  phone.length > 4 ? `${phone.slice(0, 2)}${"*".repeat(phone.length - 4)}${phone.slice(-2)}` : "****";
/** `aigul@mail.kz` → `a***@mail.kz`. */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf("@");
  return at > 0 ? `${email[0]}***${email.slice(at)}` : "***";
};

const MASKS: Record<string, (value: string) => string> = {
  iin: maskIin,
  applicantIin: maskIin,
  surname: maskName,
  givenName: maskName,
  patronymic: maskName,
  phone: maskPhone,
  email: maskEmail,
  postalAddress: () => "***",
  address: () => "***",
};

/** A deep copy of `value` with every personal field masked: the only form personal data may take in a log. */
export function maskPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonalData);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const mask = MASKS[key];
    out[key] = mask && typeof field === "string" ? mask(field) : maskPersonalData(field);
  }
  return out;
}

/** Where the write side reports what it did; masked before it gets here. Set by the server (default: nowhere). */
export type AuditSink = (line: string) => void;
let auditSink: AuditSink = () => undefined;

export function setAuditSink(sink: AuditSink): void {
  auditSink = sink;
}

/** One audit line: the event and its fields, every personal field masked. */
export function audit(event: string, fields: Record<string, unknown>): void {
  auditSink(`${event} ${JSON.stringify(maskPersonalData(fields))}`);
}
