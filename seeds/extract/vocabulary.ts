/**
 * The act's cue words: the words and printed marks by which the readers tell
 * what a piece of the dump is. Each is declared once, here, and every reader
 * and cleaner uses it from here, so a cue learnt from one list (a schedule
 * word of the 2012 lists, a column-number line) is known to all of them.
 */

/**
 * Words of the schedule cell («Демалыс және мереке күндерін қоспағанда …
 * 14-00-ге дейін», the 2012 lists' «… заңымен бекітілген мереке күндерін»,
 * seed map §4.2), to be matched on text folded by `squash` (lower case,
 * Kazakh і, no spaces): so «күн сайын», «бес күн» and letter-spaced forms
 * count too. «менбі» is the Қостанай akimats' misprint of «сенбі» (§5.14).
 */
export const SCHEDULE_WORDS =
  /демалыс|мереке|күндерін|қоспағанда|аптасына|бастап|дейін|үзіліс|сағат|сенбі|жексенбі|түскі|күнсайын|заңымен|желтоқсандағы|бекітілген|менбі|бескүн|туралы»/;

/** A schedule cell opens with its days off: «Демалыс және …». */
export function opensSchedule(text: string): boolean {
  return /^[Дд]емалыс/.test(text.trim());
}

/**
 * The line of column numbers under every table header (seed map §5.1): `1 2 3
 * 4 5` in the provider lists (403 times), `1 2 3 4` in the quality tables
 * (17). It closes a header; glued by the letter-spacing repair it would read
 * as a number.
 */
export function isColumnNumberLine(text: string): boolean {
  return /^\s*1 2 3 4( 5)?\s*$/.test(text);
}
