/** Printed row numbers of a flat list («5», «5.», «5 Алматы …»). */

const ROW_NUMBER = /^\s*(\d{1,2})(\.?)(?:\s+(.*?))?\s*$/;

export interface NumberedLine {
  number: number;
  printed: string;
  /** Offset in the line where the text after the number starts, or null when the number stands alone. */
  restStart: number | null;
}

export function parseRowNumber(text: string): NumberedLine | null {
  const match = ROW_NUMBER.exec(text);
  if (!match) return null;
  const [, digits = "", dot = "", rest] = match;
  const printed = digits + dot;
  if (rest === undefined || rest === "") return { number: Number(digits), printed, restStart: null };
  return { number: Number(digits), printed, restStart: text.indexOf(rest, text.indexOf(printed) + printed.length) };
}

export function isBlank(text: string): boolean {
  return text.trim() === "";
}
