/**
 * The skeleton of one standard's text: its five sections, numbered
 * paragraphs, and the clauses of each paragraph (a clause is an indented
 * printed line plus its unindented continuation lines — the act starts every
 * sub-item and every new sentence group on an indented line).
 * `Ескерту` notes are split off as notes of the paragraph they follow.
 */
import type { LineRange, SourceLine } from "../model.js";
import { cleanLine, joinLines, rangeOf } from "./prose.js";
import { repairLetterSpacing, type Lexicon } from "../clean/text.js";

export interface Clause {
  /** Cleaned, joined text of the clause. */
  text: string;
  lines: LineRange;
  source: SourceLine[];
}

export interface Paragraph {
  number: number;
  /** Section number 1–5 the paragraph sits in. */
  section: number;
  /** Clauses in order; the first begins with «N.». */
  clauses: Clause[];
  notes: Clause[];
  lines: LineRange;
}

export interface StandardText {
  /** `Ескерту` notes printed before the first section (S17, S18). */
  leadingNotes: Clause[];
  sections: { number: number; title: string; line: number }[];
  paragraphs: Paragraph[];
}

const SECTION_TITLE =
  /^(?:\d\s*)?\.?\s*(Жалпы ережелер|Мемлекеттік қызмет(?:ті)? көрсетудің тәртібі|Жұмыс қағидаттары|Жұмыс нәтиже(?:лері|сі)|Шағымдану тәртібі)\s*$/u;

function sectionTitle(raw: string): string | null {
  if (/^ {2,}/.test(raw)) return null;
  const match = SECTION_TITLE.exec(repairLetterSpacing(raw.trim()));
  return match?.[1] ?? null;
}

function groupClauses(lines: SourceLine[]): SourceLine[][] {
  const groups: SourceLine[][] = [];
  for (const line of lines) {
    if (line.text.trim().length === 0) continue;
    if (/^ {3,}\S/.test(line.text) || groups.length === 0) groups.push([line]);
    else groups[groups.length - 1]?.push(line);
  }
  return groups;
}

export function toClause(source: SourceLine[], lexicon: Lexicon): Clause {
  return {
    text: joinLines(
      source.map((l) => cleanLine(l.text)),
      lexicon,
    ),
    lines: rangeOf(source),
    source,
  };
}

/** Where a note clause starts: «Ескерту.» */
function isNote(clause: Clause): boolean {
  return /^Ескерту\s*\./u.test(clause.text);
}

/**
 * Reads the sections and paragraphs of one standard. `lines` runs from the
 * first section heading to the end of the standard's own text. A clause
 * opens paragraph N only when N is the next number expected: the act also
 * numbers sub-lists «1.», «2.» inside paragraphs (S6 p.11).
 */
export function readStandardText(lines: SourceLine[], lexicon: Lexicon): StandardText {
  const sections: StandardText["sections"] = [];
  const paragraphs: Paragraph[] = [];
  const leadingNotes: Clause[] = [];
  let sectionNumber = 0;
  let block: SourceLine[] = [];

  const flush = (): void => {
    for (const group of groupClauses(block)) {
      const clause = toClause(group, lexicon);
      const current = paragraphs[paragraphs.length - 1];
      const expected = (current?.number ?? 0) + 1;
      const opens = new RegExp(`^${expected}\\s?\\.(\\s|$)`).exec(clause.text);
      if (isNote(clause)) {
        if (current) current.notes.push(clause);
        else leadingNotes.push(clause);
      } else if (opens) {
        paragraphs.push({
          number: expected,
          section: sectionNumber,
          clauses: [clause],
          notes: [],
          lines: clause.lines,
        });
      } else if (current) {
        current.clauses.push(clause);
      }
      const last = paragraphs[paragraphs.length - 1];
      if (last) last.lines = { start: last.lines.start, end: Math.max(last.lines.end, clause.lines.end) };
    }
    block = [];
  };

  for (const line of lines) {
    const title = sectionTitle(line.text);
    if (title) {
      flush();
      sectionNumber += 1;
      sections.push({ number: sectionNumber, title, line: line.no });
      continue;
    }
    block.push(line);
  }
  flush();
  return { leadingNotes, sections, paragraphs };
}

/** The text of a paragraph without its leading «N.». */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.clauses
    .map((c) => c.text)
    .join(" ")
    .replace(/^\d+\s?\.\s*/, "");
}

/** The clause text without a leading «N.» or «N)». */
export function stripMarker(text: string): string {
  return text.replace(/^\d+\s?[.)]\s*/, "");
}
