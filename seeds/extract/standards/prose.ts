/**
 * Cleaning of the standards' prose, line by line and then joined: displaced
 * hyperlink text put back (seed map §5.2, which the shared cleaners leave
 * alone), letter-spacing repaired, then the shared look-alike, stray-space
 * and punctuation repairs of `clean/text.ts`, lines joined into sentences.
 *
 * The link restoration must see a line before its letter-spacing is
 * repaired: the double space that marks a link's place is also the word gap
 * of letter-spaced text, so a line's spacing decides which rule applies.
 */
import type { LineRange, SourceLine } from "../model.js";
import {
  fixLookalikes,
  removeStraySpaces,
  repairLetterSpacing,
  tidyPunctuationSpacing,
  type Lexicon,
} from "../clean/text.js";

const CYRILLIC = /[\u0400-\u04FF]/u;

/** Whether a chunk (no double spaces inside) is letter-spaced: almost every token one character long. */
function isSpacedChunk(chunk: string): boolean {
  const tokens = chunk.split(" ").filter((t) => t.length > 0);
  if (tokens.length < 2) return false;
  const single = tokens.filter((t) => [...t].length === 1).length;
  const short = tokens.filter((t) => [...t].length <= 2).length;
  return short === tokens.length && single / tokens.length >= 0.8;
}

/** Whether a whole line is printed letter-spaced (letters 1 space apart, words 2+). */
export function isLetterSpacedLine(line: string): boolean {
  const chunks = line
    .trim()
    .split(/ {2,}/)
    .filter((c) => c.length > 0);
  if (chunks.length === 0) return false;
  const spaced = chunks.filter(isSpacedChunk).length;
  return spaced > 0 && spaced >= chunks.length / 2;
}

/**
 * What the shared lexicon-based repair cannot see: a fragment that ends in a
 * voiced consonant Kazakh never ends a word with («куәліг ін», 80727), or a
 * bare suffix («… ік», «… ің»). Real words after a space («жұмыс істеген»)
 * are left to the lexicon.
 */
const NOT_WORD_FINAL = /[бвгдғ]$/u;
const BARE_SUFFIX = /^і(к|н|ң|не|нде|нен|мен|м|ге|де|ден|лген|леді|п)?$/u;

export function removeStrayISpaces(text: string): string {
  // Repeated until stable: «өз ін ің» needs two joins that overlap.
  let previous = "";
  let current = text;
  while (previous !== current) {
    previous = current;
    current = current.replace(/(\p{L}+) (і\p{L}*)/gu, (whole, before: string, after: string) => {
      if (!CYRILLIC.test(before)) return whole;
      return NOT_WORD_FINAL.test(before) || BARE_SUFFIX.test(after) ? before + after : whole;
    });
  }
  return current;
}

const LINK_WORD =
  /(бап|баб|тармақ|тармағ|қосымша|тарау|заң|қаулы|бұйры|кодекс|өтініш|мәлімет|белгіленген|негіз|шеші|ереже|талап|норма)/iu;

/**
 * The part of a line's last token that is a displaced hyperlink text. The PDF
 * moved the text of every hyperlink to the end of its line, glued to the last
 * word or after the last space («Заңының  сәйкес 15-бабына»,
 * «жүргізіледі.2-қосымшаға», «сағатЗаңында», «көрсетілген1-қосымшада»).
 */
function trailingFragment(line: string): { rest: string; fragment: string; glued: boolean } | null {
  const match = /^(.*?)(\S+)$/u.exec(line);
  if (!match) return null;
  const before = match[1] ?? "";
  const token = match[2] ?? "";
  // A glued fragment: after punctuation, at a lower→upper case change, or at a letter→digit change.
  // «1-Заңының», «23-Заңының», «1-қаулысының»: a number's hyphen never takes an act's name, so the name was glued on.
  const glued =
    /^(.*?(?:[.;:,)»]|[а-яәғқңөұүһі](?=[А-ЯӘҒҚҢӨҰҮҺІ])|\p{L}(?=\d)|\d-(?=(?:Заң|заң|қаулы|Қаулы|бұйры|кодекс))))([\p{L}\d-][\p{L}\d-]*)$/u.exec(
      token,
    );
  if (glued?.[1] && glued[2] && !/^\d+$/.test(glued[2])) {
    return { rest: (before + glued[1]).trimEnd(), fragment: glued[2], glued: true };
  }
  if (/[.;:,]$/.test(token) || before.trim().length === 0) return null;
  // «еркінталаптарына» (23757): a link to the building requirements glued to a lower-case word;
  // «мерекезаңымен» (S17.a1 73541 and 7 more rows): the holidays' law glued to the word before its place.
  const requirement = /^(\p{Ll}{3,}?)((?:талап|норма|заң)\p{L}*)$/u.exec(token);
  if (requirement?.[1] && requirement[2])
    return { rest: (before + requirement[1]).trimEnd(), fragment: requirement[2], glued: true };
  return { rest: before.trimEnd(), fragment: token, glued: false };
}

function looksLikeLink(fragment: string): boolean {
  return /\d-/.test(fragment) || /^-\p{L}/u.test(fragment) || LINK_WORD.test(fragment);
}

/**
 * Puts a displaced hyperlink fragment back where the double space (or the
 * space before a comma, or a single leading space) marks its place.
 * Returns the line unchanged when there is no such mark or the trailing text
 * does not look like link text.
 */
export function restoreDisplacedFragment(raw: string): string {
  const line = raw.replace(/\s+$/, "");
  const indent = /^ */.exec(line)?.[0] ?? "";
  const content = line.slice(indent.length);
  if (content.length === 0 || isLetterSpacedLine(content)) return line;
  const several = restoreSeveralFragments(indent, content);
  if (several !== null) return several;
  const split = trailingFragment(content);
  if (!split || !looksLikeLink(split.fragment)) return restoreWordsFragment(indent, content) ?? line;
  const { rest, fragment, glued } = split;
  // One or two leading spaces on a continuation line: the fragment opened the line (40620).
  if (indent.length === 1 || indent.length === 2) return `${fragment} ${rest}`;
  // Skip the double space that follows an item or paragraph number («8.  Мемлекеттік»), unless the
  // fragment was glued on: then that space is its place («5)  үлгідегі … мәліметтер;белгіленген», 23775).
  const markerEnd = glued
    ? (/^\d+\s?[.)]/.exec(rest)?.[0].length ?? 0)
    : (/^(?:\d+\s?[.)]\s*)?/.exec(rest)?.[0].length ?? 0);
  const body = rest.slice(markerEnd);
  const gap = / {2,}|(?<=\S) (?=[,;])/.exec(body);
  if (!gap) return line;
  const at = markerEnd + gap.index;
  const head = rest.slice(0, at).trimEnd();
  const tail = rest.slice(at + gap[0].length).trimStart();
  return indent + [head, fragment, tail].filter((s) => s.length > 0).join(" ");
}

/**
 * A link whose text is plain words («табысы  аспайтын … азаматтарына,
 * кедейлік шегінен», 30580): the only place is a double space between two
 * words, and the line ends, unpunctuated, in a clause of one to three
 * lower-case words after its last comma. Those words are the link's text.
 */
function restoreWordsFragment(indent: string, content: string): string | null {
  const places = [...content.matchAll(/ {2,}/gu)];
  if (places.length !== 1) return null;
  const place = places[0]!;
  const at = place.index ?? 0;
  if (!/\p{L}$/u.test(content.slice(0, at)) || !/^\p{Ll}/u.test(content.slice(at + place[0].length))) return null;
  const tail = /,\s+((?:\p{Ll}+ ){0,2}\p{Ll}+)$/u.exec(content);
  if (!tail?.[1] || (tail.index ?? 0) < at || !CYRILLIC.test(tail[1])) return null;
  const head = content.slice(0, at);
  const middle = content.slice(at + place[0].length, (tail.index ?? 0) + 1);
  return `${indent}${head} ${tail[1]} ${middle}`;
}

/** The places a link left: a double space, or a space before a comma or semicolon. */
const GAP = / {2,}|(?<=\S) (?=[,;])/gu;

/**
 * The same rule for a line that lost several links (the preamble recital,
 * 14 «Заңының ,  және «Ақпараттандыру9-1 15-2-баптарына»): the PDF moved
 * every link's text to the end of the line in the links' order, so the
 * trailing link-like fragments fill the marked places in order. Applies only
 * when there are at least two such fragments and exactly as many places (a
 * single leading space on a continuation line counts as the first place);
 * otherwise the single-fragment rule decides.
 */
function restoreSeveralFragments(indent: string, content: string): string | null {
  const fragments: string[] = [];
  let rest = content;
  const leading = indent.length === 1 || indent.length === 2 ? 1 : 0;
  const placesIn = (text: string): number => leading + [...text.matchAll(GAP)].length;
  for (;;) {
    const split = trailingFragment(rest);
    // «6) 7) тармақшаларында» (23786): a subparagraph number is a link of its own, and the number
    // just before a link word belongs to that link («7) тармақшаларында»).
    const isNumber = split !== null && /^\d+\)$/.test(split.fragment);
    if (!split || !(looksLikeLink(split.fragment) || isNumber) || /^\d+\s?[.)]?$/.test(split.rest.trim())) break;
    if (!isNumber) {
      const number = /^(.*?)\s+(\d+\))$/u.exec(split.rest);
      if (number?.[1] && number[2] && fragments.length === 0) {
        split.rest = number[1];
        split.fragment = `${number[2]} ${split.fragment}`;
      }
    }
    if (placesIn(split.rest) < fragments.length + 1) break;
    fragments.unshift(split.fragment);
    rest = split.rest;
  }
  if (fragments.length < 2 || placesIn(rest) !== fragments.length) return null;
  let next = 0;
  let out = rest.replace(GAP, () => ` ${fragments[leading + next++] ?? ""} `);
  if (leading) out = `${fragments[0] ?? ""} ${out}`;
  return (
    indent +
    out
      .replace(/ {2,}/g, " ")
      .replace(/ (?=[,;])/g, "")
      .trim()
  );
}

/**
 * A letter-spaced line that ends with a glued link («к ө р с е т і л г е н
 * .2 - қ о с ы м ш а л а р д а»): after repair the fragment follows the final
 * period; a leading single space or a 3-space run marks where it belongs.
 */
function restoreSpacedLine(raw: string): string {
  const line = raw.replace(/\s+$/, "");
  const leading = /^ (?! )/.test(line);
  const wide = / {3,}/.exec(line.trim());
  const repaired = repairLetterSpacing(line.trim());
  const glued = /^(.*[.;:])([\p{L}\d][\p{L}\d-]*)$/u.exec(repaired);
  if (!glued || !looksLikeLink(glued[2] ?? "")) return repaired;
  const rest = glued[1] ?? "";
  const fragment = glued[2] ?? "";
  if (leading) return `${fragment} ${rest}`;
  // «ү л г і д е г і  ;ө т і н і ш» (44228): the space before the punctuation marks the place.
  const beforePunctuation = /^(.*\S) ([;,:.])$/u.exec(rest);
  if (beforePunctuation) return `${beforePunctuation[1]} ${fragment}${beforePunctuation[2]}`;
  if (wide) {
    const words = line.trim().split(/ {3,}/);
    const head = repairLetterSpacing(words[0] ?? "");
    if (rest.startsWith(head)) return `${head} ${fragment} ${rest.slice(head.length).trimStart()}`;
  }
  return repaired;
}

/**
 * A list of appendix numbers whose numbers the dump moved to the end of the
 * line while their separators stayed in place: «осы стандартқа , , 1 2 5-»
 * (15379), «стандартқа , ,  1 2 6-қосымшаларда» (4213), «стандартқа ,
 * көрсетілген.1 4-қосымшаларда» (4198, glued after the full stop),
 * «стандартқа  және 1 3-» (10981). The separators (commas, «және») and the
 * gap before them mark the list's place; the numbers fill it in order, the
 * last one with its hyphen and link word. One number fewer than the places
 * (23928 «, , 1 4»): the last number comes with the next line's fragment
 * (« к ө р с е т і л г е н .5 - қ о с ы м ш а л а р д а»), so a separator is
 * left for it.
 */
function restoreNumberList(line: string): string {
  const list = /(?:(?<=[.;:])|\s+)((?:\d+ +)+\d+(?:-(?:қосымша\p{L}*)?)?)$/u.exec(line);
  if (!list?.[1]) return line;
  const numbers = list[1].trim().split(/ +/);
  const rest = line.slice(0, list.index);
  // The separators: a run of commas and «және», opened by a space, right after a word.
  const places = [...rest.matchAll(/(?<=\p{L}) +((?:(?:,|және) *)+)/gu)];
  const place = places[places.length - 1];
  if (!place?.[1]) return line;
  const separators = place[1].match(/,|және/gu) ?? [];
  if (separators.length !== numbers.length - 1 && separators.length !== numbers.length) return line;
  const filled = numbers
    .map((number, index) => {
      const separator = separators[index];
      if (separator === undefined) return number;
      return separator === "," ? `${number},` : `${number} ${separator}`;
    })
    .join(" ");
  const before = rest.slice(0, place.index);
  const after = rest.slice((place.index ?? 0) + place[0].length).trim();
  return [before, filled, after].filter((part) => part.length > 0).join(" ");
}

/** Cleans one source line: link fragments back, letter-spacing repaired, look-alikes fixed. */
export function cleanLine(raw: string): string {
  let line = raw.replace(/\s+$/, "");
  if (isLetterSpacedLine(line)) {
    line = (/^ (?! )/.test(raw) ? " " : "") + restoreSpacedLine(line);
  } else {
    line = restoreNumberList(line);
    line = restoreDisplacedFragment(line);
  }
  return fixLookalikes(line);
}

/** Tidies spacing around punctuation and brackets after lines are joined. */
export function tidy(text: string, lexicon: Lexicon): string {
  // The shared lexicon-based repair first; the narrow «і»-rule catches what the lexicon does not attest.
  return removeStrayISpaces(
    removeStraySpaces(tidyPunctuationSpacing(text.replace(/\s+/g, " ")), lexicon)
      .replace(/\s+/g, " ")
      .replace(/ ([,.;:)»!?])/g, "$1")
      .replace(/([(«]) /g, "$1")
      .replace(/(\d) \.(\d)/g, "$1.$2")
      // «Жүріп -тұруы», «1 -қосымшада» (80768): a letter-spaced hyphen keeps the space before it.
      .replace(/([\p{L}\d]) -(\p{L})/gu, "$1-$2")
      .replace(/,(?=[\p{L}«(])/gu, ", ")
      // «I және II топтардағы» (30662): a Roman numeral beside another is Latin, whatever the look-alike repair made of it.
      .replace(/(?<!\p{L})І(?=\s+(?:және|мен|,)\s+I{1,3}V?(?!\p{L}))/gu, "I")
      .trim(),
  );
}

/**
 * Joins cleaned lines into one text. A line that ends with a number and a
 * hyphen («1-», «11-») continues in the next line's first word; a line that
 * starts with a hyphen («-тармағында») continues the previous number.
 */
export function joinLines(lines: string[], lexicon: Lexicon): string {
  let out = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (out.length === 0) out = line;
    else if (/\d-$/.test(out) || (/\d$/.test(out) && /^-/.test(line)) || /[(«]$/.test(out)) out += line;
    else out += ` ${line}`;
  }
  return tidy(out, lexicon);
}

/** Cleans and joins source lines into one prose text. */
export function proseOf(lines: SourceLine[], lexicon: Lexicon): string {
  return joinLines(
    lines.map((l) => cleanLine(l.text)),
    lexicon,
  );
}

export function rangeOf(lines: SourceLine[]): LineRange {
  const nonEmpty = lines.filter((l) => l.text.trim().length > 0);
  const first = nonEmpty[0] ?? lines[0];
  const last = nonEmpty[nonEmpty.length - 1] ?? lines[lines.length - 1];
  return { start: first?.no ?? 0, end: last?.no ?? 0 };
}
