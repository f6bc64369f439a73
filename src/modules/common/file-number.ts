/**
 * The registration numbers of citizen's files: `A-2026-0000042`
 * (applications) and `C-2026-0000042` (complaints), a letter, the year and a
 * sequence number of at least 7 digits. Made and read here, so the format is
 * stated once for the write side that issues numbers and for the readers
 * (tracking, subscriptions) that take one as an argument.
 */
import { BadInputError } from "../../graphql/errors.js";

const NUMBER_FORMAT = { A: /^A-\d{4}-\d{7,12}$/, C: /^C-\d{4}-\d{7,12}$/ } as const;

export type FileLetter = keyof typeof NUMBER_FORMAT;

/** A new file's number: its letter, the year it was made in (UTC), and its row's sequence number. */
export const fileNumber = (letter: FileLetter, id: bigint, at: Date): string =>
  `${letter}-${at.getUTCFullYear()}-${String(id).padStart(7, "0")}`;

/** The number as issued (trimmed, upper-cased); `BAD_USER_INPUT`, counted nowhere, when it cannot be one. */
export function registrationNumber(raw: string, kind: FileLetter, argument = "number"): string {
  const number = raw.trim().toUpperCase();
  if (!NUMBER_FORMAT[kind].test(number)) {
    throw new BadInputError(`\`${argument}\` must be a registration number such as ${kind}-2026-0000042`);
  }
  return number;
}
