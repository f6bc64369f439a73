/**
 * The act itself: its number, date, title, status, and every amendment note
 * (`Ескерту`) it carries — the resolution's own notes in the preamble and the
 * notes inside the standards and their appendices.
 */
import type { AppendixRecord, LineRange, SourceLine } from "../model.js";
import type { AmendmentRecord, LegalActRecord, LegalBasis, ProseFact } from "./model.js";
import { readCitations } from "./facts.js";
import type { StandardSpan } from "../segment.js";
import { joinLines, cleanLine, rangeOf, proseOf } from "./prose.js";
import type { Lexicon } from "../clean/text.js";

/** The preamble ends where S1's title begins; the act's own notes are all before it. */
const PREAMBLE_LAST_LINE_PATTERN = /^\s*2\.\s*Осы қаулы/u;

function isoDate(text: string): string | null {
  const ymd = /(\d{4})\.(\d{2})\.(\d{2})/.exec(text);
  if (ymd) return `${ymd[1]}-${ymd[2]}-${ymd[3]}`;
  const dmy = /(\d{2})\.(\d{2})\.(\d{4})/.exec(text);
  if (dmy) return `${dmy[3]}-${dmy[2]}-${dmy[1]}`;
  return null;
}

const DATE_PATTERN = /\d{4}\.\d{2}\.\d{2}|\d{2}\.\d{2}\.\d{4}/g;

function changeOf(text: string): AmendmentRecord["change"] {
  if (/күші жойылды/iu.test(text)) return "REPEALED";
  if (/толықтырылды/u.test(text)) return "ADDED";
  if (/жаңа редакцияда/u.test(text)) return "NEW_WORDING";
  return "AMENDED";
}

function targetOf(text: string, inPreamble: boolean): string {
  const head = text.replace(/^Ескерту\.\s*/u, "");
  const paragraph = /^(\d+)-тармақ/u.exec(head);
  if (paragraph) return `paragraph ${paragraph[1]}`;
  const appendix = /^(\d+)-қосымша/u.exec(head);
  if (appendix) return `appendix ${appendix[1]}`;
  if (/^Кіріспе/u.test(head)) return "preamble";
  if (/^Қаулы стандартпен/u.test(head)) return "standard";
  if (/^Күші жойылды/u.test(head) && inPreamble) return "resolution";
  return "unknown";
}

/** «(алғашқы ресми … қолданысқа енгізіледі)» — the bracket that follows one amending act. */
function entryIntoForceAfter(text: string, from: number): string | null {
  const rest = text.slice(from);
  // An orphaned continuation has lost its opening bracket.
  const match = /\(([^()]*қолданысқа[^()]*)\)/u.exec(rest) ?? /^\s*([^()]*қолданысқа[^()]*)\)/u.exec(rest);
  if (!match?.[1]) return null;
  return match[1].replace(/^[№N]\s*\d+\s*/u, "").trim();
}

function numberAfter(text: string, from: number, until: number): string | null {
  const slice = text.slice(from, until);
  const marked = /(?:N|№)\s*(\d+)/u.exec(slice);
  if (marked?.[1]) return marked[1];
  // «2012.08.17 N (… өткен соң 1059»: the number moved after the bracket's text.
  const bare = /(?<![\d.])(\d{2,4})(?![\d.])/u.exec(slice);
  return bare?.[1] ?? null;
}

/**
 * Reads one note: one record per amending act it names («2012.08.17 N 1059
 * (…); 05.03.2014 № 185 (…) қаулыларымен» gives two).
 */
export function readAmendmentNote(
  text: string,
  lines: LineRange,
  serviceNumber: number | null,
  inPreamble: boolean,
): AmendmentRecord[] {
  const change = changeOf(text);
  const target = targetOf(text, inPreamble);
  const dates = [...text.matchAll(DATE_PATTERN)];
  if (dates.length === 0) {
    return [
      {
        date: null,
        number: null,
        change,
        target,
        serviceNumber,
        entryIntoForce: entryIntoForceAfter(text, 0),
        text,
        lines,
        truncated: true,
      },
    ];
  }
  return dates
    .filter(
      (match) =>
        !/бастап/u.test(text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 8)),
    )
    .map((match, index, all) => {
      const from = (match.index ?? 0) + match[0].length;
      const next = all[index + 1];
      const until = next ? (next.index ?? text.length) : text.length;
      const number = numberAfter(text, from, until);
      const entry = entryIntoForceAfter(text, from);
      return {
        date: isoDate(match[0]),
        number,
        change,
        target,
        serviceNumber,
        // «… өткен соң 1059 қолданысқа …»: the displaced number is not part of the wording.
        entryIntoForce: entry && number ? entry.replace(new RegExp(`\\s${number}(?=\\s)`), "") : entry,
        text,
        lines,
        truncated: false,
      };
    });
}

/**
 * The note's lines: the «Ескерту.» line and the unindented lines after it, up
 * to the line that closes it («… Қаулысымен.», «… қаулыларымен.»).
 */
function noteLinesFrom(lines: SourceLine[], index: number, lexicon: Lexicon): SourceLine[] {
  const taken: SourceLine[] = [];
  let blanks = 0;
  for (let i = index; i < lines.length && taken.length < 8; i += 1) {
    const line = lines[i];
    if (!line) break;
    if (line.text.trim().length === 0) {
      // A page break (or a stray empty line) can fall inside a note (80640).
      blanks += 1;
      if (blanks > 3) break;
      continue;
    }
    if (taken.length > 0 && /^ {3,}\S/.test(line.text)) break;
    blanks = 0;
    taken.push(line);
    const soFar = joinLines(
      taken.map((l) => cleanLine(l.text)),
      lexicon,
    );
    if (/(қаулы\p{L}*|енгізіледі\))\.?\s*$/iu.test(soFar) && /\)/.test(soFar)) break;
  }
  return taken;
}

/** A sentence's lines: from `index` to the first line that ends with a full stop. */
function sentenceLinesFrom(lines: SourceLine[], index: number): SourceLine[] {
  const taken: SourceLine[] = [];
  for (let i = index; i < lines.length && taken.length < 8; i += 1) {
    const line = lines[i];
    if (!line) break;
    if (line.text.trim().length === 0) continue;
    taken.push(line);
    if (/\.\s*$/.test(line.text)) break;
  }
  return taken;
}

/** Every `Ескерту` note of the act, plus notes that lost their first line (S3.a1, 11141). */
export function findAmendmentNotes(
  lines: SourceLine[],
  lexicon: Lexicon,
): { text: string; lines: LineRange; source: SourceLine[] }[] {
  const notes: { text: string; lines: LineRange; source: SourceLine[] }[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const opensNote = /^\s*Ескерту\s*\./u.test(line.text);
    // A continuation with no head: the first line of a note was lost.
    const orphan = /^ ?алғашқы ресми жарияланғ/u.test(line.text);
    if (!opensNote && !orphan) continue;
    const source = noteLinesFrom(lines, i, lexicon);
    notes.push({
      text: joinLines(
        source.map((l) => cleanLine(l.text)),
        lexicon,
      ),
      lines: rangeOf(source),
      source,
    });
    i += source.length - 1;
  }
  return notes;
}

function serviceAt(line: number, spans: StandardSpan[]): number | null {
  const span = spans.find((s) => line >= (s.approval?.start ?? s.title.start) && line <= s.end);
  return span?.serviceNumber ?? null;
}

/**
 * An orphaned note inside an appendix changed that appendix: name it after
 * the appendix that holds it.
 */
function orphanTarget(line: number, appendices: AppendixRecord[]): string {
  const appendix = appendices.find((a) => line >= a.body.start && line <= a.body.end);
  return appendix ? `appendix ${appendix.number}` : "unknown";
}

/**
 * The act's record. `spans` and `appendices` (from segmentation) attribute
 * the notes inside the standards to their service; without them those notes
 * keep `serviceNumber: null`.
 */
export function extractLegalAct(
  lines: SourceLine[],
  lexicon: Lexicon,
  spans: StandardSpan[] = [],
  appendices: AppendixRecord[] = [],
): LegalActRecord {
  const preambleEnd = lines.find((l) => PREAMBLE_LAST_LINE_PATTERN.test(l.text))?.no ?? 83;
  const titleSource = lines
    .slice(0, 6)
    .filter((l) => l.text.trim().length > 0 && !/Күшін жойған|Қаулысы\.?\s*$/u.test(l.text));
  const titleLines = titleSource.slice(0, titleSource.findIndex((l) => /туралы\s*$/u.test(l.text)) + 1);
  const heading = lines.slice(0, 10).find((l) => /жылғы .* № \d+ Қаулысы/u.test(l.text));
  const headingText = heading ? proseOf([heading], lexicon) : "";
  const numberMatch = /№\s*(\d+)/u.exec(headingText);
  const dateMatch = /(\d{4}) жылғы (\d{1,2}) (\p{L}+)/u.exec(headingText);

  const amendments: AmendmentRecord[] = [];
  for (const note of findAmendmentNotes(lines, lexicon)) {
    const inPreamble = note.lines.start <= preambleEnd;
    const serviceNumber = inPreamble ? null : serviceAt(note.lines.start, spans);
    const records = readAmendmentNote(note.text, note.lines, serviceNumber, inPreamble);
    for (const record of records) {
      if (record.truncated) record.target = orphanTarget(note.lines.start, appendices);
      amendments.push(record);
    }
  }
  // Preamble item 11 is repealed by its own wording, not by a note.
  const repealedItem = lines.slice(0, preambleEnd).find((l) => /^\s*\d+\)\s*күші жойылды/iu.test(l.text));
  if (repealedItem) {
    const itemLines = noteLinesFrom(lines, repealedItem.no - 1, lexicon);
    const text = proseOf(itemLines, lexicon);
    const item = /^(\d+)\)/.exec(text)?.[1] ?? "";
    for (const record of readAmendmentNote(text, rangeOf(itemLines), null, true)) {
      amendments.push({ ...record, target: `item ${item}` });
    }
  }
  amendments.sort((a, b) => a.lines.start - b.lines.start);

  const repeal = amendments.find((a) => a.target === "resolution" && a.change === "REPEALED") ?? null;
  const entryLine = lines.find((l) => PREAMBLE_LAST_LINE_PATTERN.test(l.text));
  let entryIntoForce: ProseFact | null = null;
  if (entryLine) {
    const source = sentenceLinesFrom(lines, entryLine.no - 1);
    entryIntoForce = { text: proseOf(source, lexicon), lines: rangeOf(source) };
  }
  const recital = readRecital(lines, findAmendmentNotes(lines.slice(0, preambleEnd), lexicon), lexicon);
  const number = numberMatch?.[1] ?? "";
  const date = dateMatch
    ? `${dateMatch[1]}-${monthNumber(dateMatch[3] ?? "")}-${String(dateMatch[2]).padStart(2, "0")}`
    : "";
  return {
    id: `resolution-${number}-${date}`,
    kind: "GOVERNMENT_RESOLUTION",
    number,
    date,
    title: proseOf(titleLines, lexicon),
    titleLines: rangeOf(titleLines),
    status: repeal ? "REPEALED" : "IN_FORCE",
    repeal,
    entryIntoForce,
    recital,
    amendments,
  };
}

/** «Ү к i м е т i  Қ А У Л Ы  Е Т Е Д I :» (18), letter-spaced or not. */
const DECREE_PATTERN = /Қ\s*А\s*У\s*Л\s*Ы\s+Е\s*Т\s*Е\s*Д\s*[IІ]/u;

/**
 * The recital: the lines after the act's first note (its repeal, 9–11) up to
 * the decree formula «… ҚАУЛЫ ЕТЕДІ:» that closes the sentence.
 */
function readRecital(lines: SourceLine[], preambleNotes: { lines: LineRange }[], lexicon: Lexicon): LegalBasis | null {
  const decree = lines.slice(0, 40).find((l) => DECREE_PATTERN.test(l.text));
  if (!decree) return null;
  const after = preambleNotes.filter((n) => n.lines.end < decree.no).reduce((end, n) => Math.max(end, n.lines.end), 0);
  const source = lines.slice(after, decree.no);
  if (source.every((l) => l.text.trim().length === 0)) return null;
  const text = proseOf(source, lexicon);
  // The decree formula is not a citation: read the acts in the part before «сәйкес».
  const cited = text.replace(/\s*сәйкес\s.*$/u, "");
  return { text, citations: readCitations(cited), lines: rangeOf(source) };
}

const MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
];

/** «сәуірдегі» → "04". */
export function monthNumber(word: string): string {
  const index = MONTHS.findIndex((m) => word.toLowerCase().startsWith(m.slice(0, Math.min(m.length, 5))));
  return index < 0 ? "??" : String(index + 1).padStart(2, "0");
}
