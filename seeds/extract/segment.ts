import { fixLookalikes, repairLetterSpacing, tidyPunctuationSpacing } from "./clean/text.js";
import type { AppendixKind, AppendixRecord, LineRange, SourceLine } from "./model.js";

/**
 * Segmentation of the act: the 17 standard bodies and their 78 appendices.
 *
 * Everything is found from the structure of the text, not from line numbers:
 * a standard is anchored on its «1. Жалпы ережелер» section, its title and
 * approval block are found above that anchor, and an appendix is anchored on
 * its «N-қосымша» caption line. Standards are identified by position: the
 * k-th body is the k-th item of the preamble list that is not repealed
 * (captions use shortened and variant titles, seed map §5.15).
 */

export interface StandardSpan {
  /** Preamble number (1–18, never 11). */
  serviceNumber: number;
  /** The letter-spaced «Қазақстан Республикасы … бекітілген» block; null where the act lost it. */
  approval: LineRange | null;
  title: LineRange;
  /** Title start .. the line before the first appendix caption. */
  body: LineRange;
  /** Last non-blank line of the standard, appendices included. */
  end: number;
}

export interface Segmentation {
  standards: StandardSpan[];
  appendices: AppendixRecord[];
}

// ---------------------------------------------------------------------------
// Keys for recognising structure
// ---------------------------------------------------------------------------

/** Lower-cased, «і» unified, all whitespace removed: for keyword tests that must survive letter-spacing. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/i/g, "і").replace(/\s+/g, "");
}

/**
 * Lines joined into one readable string: look-alikes, letter-spacing and
 * punctuation spacing repaired, whitespace collapsed. The stray-space and
 * hyphenation repairs of `normaliseText` need the act's lexicon and are left
 * to the cleaning stage.
 */
export function readable(lines: string[]): string {
  return tidyPunctuationSpacing(lines.map((line) => repairLetterSpacing(fixLookalikes(line))).join(" "))
    .replace(/\s+/g, " ")
    .trim();
}

/** Lower-cased readable text: for matching names at the start of a heading. */
export function fold(text: string): string {
  return readable([text]).toLowerCase();
}

// ---------------------------------------------------------------------------
// Segmentation
// ---------------------------------------------------------------------------

/** A view of the act by 1-based line number, whatever slice of it came in. */
export class LineView {
  readonly first: number;
  constructor(readonly all: SourceLine[]) {
    this.first = all[0]?.no ?? 1;
  }
  get last(): number {
    return this.first + this.all.length - 1;
  }
  at(no: number): SourceLine | undefined {
    return this.all[no - this.first];
  }
  text(no: number): string {
    return this.at(no)?.text ?? "";
  }
  blank(no: number): boolean {
    return this.text(no).trim() === "";
  }
  /** The nearest non-blank line at or before `no`. */
  prevFilled(no: number): number {
    let n = no;
    while (n >= this.first && this.blank(n)) n--;
    return n;
  }
  nextFilled(no: number): number {
    let n = no;
    while (n <= this.last && this.blank(n)) n++;
    return n;
  }
}

const SECTION_ONE = /^(1\s*)?\.\s*Жалпы ережелер\s*$/;
const CAPTION_LINE = /^\s*(?:стандарт(?:ына|ы)\s+)?\d{1,2}\s*-\s*қосымша\s*$/;
const PREAMBLE_ITEM = /^\s*(\d{1,2})\)\s*(.*)$/;

/** Preamble numbers of the standards that have a body, in the order of the list (repealed items dropped). */
function preambleServiceNumbers(view: LineView, before: number): number[] {
  const numbers: number[] = [];
  let inList = false;
  for (let no = view.first; no < before; no++) {
    const text = view.text(no);
    if (!inList) {
      inList = squash(text).startsWith("1.қосаберіліпотырған");
      continue;
    }
    const item = PREAMBLE_ITEM.exec(text);
    if (!item) continue;
    const number = Number(item[1]);
    if (numbers.length > 0 && number <= (numbers[numbers.length - 1] ?? 0)) break;
    if (!squash(item[2] ?? "").startsWith("күшіжойылды")) numbers.push(number);
  }
  return numbers;
}

interface StandardAnchor {
  approval: LineRange | null;
  title: LineRange;
  sectionOne: number;
}

function findStandards(view: LineView): StandardAnchor[] {
  const anchors: StandardAnchor[] = [];
  for (let no = view.first; no <= view.last; no++) {
    if (!SECTION_ONE.test(view.text(no).trim())) continue;
    // The title ends on the line carrying «стандарты» (S3: «… стандарты 1»).
    let titleEnd = view.prevFilled(no - 1);
    while (titleEnd > 0 && !/стандарты\d*$/.test(squash(view.text(titleEnd)))) {
      titleEnd = view.prevFilled(titleEnd - 1);
    }
    let titleStart = titleEnd;
    while (titleStart > 1 && !view.text(titleStart).trim().startsWith("«")) titleStart--;
    // Above the title: the approval block, or only its last line, or nothing.
    let approval: LineRange | null = null;
    const above = view.prevFilled(titleStart - 1);
    if (above > 0 && squash(view.text(above)) === "бекітілген") {
      // Five lines at most, a page break may fall inside (19377–19384).
      let start = above;
      for (let n = view.prevFilled(above - 1), seen = 1; seen < 5 && n > 0; n = view.prevFilled(n - 1), seen++) {
        if (squash(view.text(n)).startsWith("қазақстанреспубликасы")) {
          start = n;
          break;
        }
      }
      approval = { start, end: above };
    }
    anchors.push({ approval, title: { start: titleStart, end: titleEnd }, sectionOne: no });
  }
  return anchors;
}

/** Caption blocks: from the line opening the quoted title down to the «N-қосымша» line. */
function findCaptions(view: LineView, from: number, to: number): LineRange[] {
  const captions: LineRange[] = [];
  for (let no = from; no <= to; no++) {
    if (!CAPTION_LINE.test(view.text(no))) continue;
    let start = no;
    while (start > from && !view.text(start).trim().startsWith("«")) start--;
    captions.push({ start, end: no });
  }
  return captions;
}

/** A list heading ends with the noun naming the list or table. */
const HEADING_END = /(тізбесі|тізілімі|тізімі|деректері|мәні|мәндері)$/;

/**
 * The first paragraph of a body, joined and cleaned. A list heading stops at
 * its closing noun, since a note (S3.a1, 11141) or a region heading (S14.a4,
 * 60130) can follow it without a blank line.
 */
function bodyHeading(view: LineView, body: LineRange): string {
  const parts: string[] = [];
  for (let no = view.nextFilled(body.start); no <= body.end && !view.blank(no); no++) {
    parts.push(view.text(no));
    if (HEADING_END.test(squash(view.text(no)))) break;
  }
  return readable(parts);
}

/** Fill-in blanks («_____») mark a form. */
function hasBlanks(view: LineView, body: LineRange): boolean {
  for (let no = body.start; no <= body.end; no++) if (/_ ?_ ?_/.test(view.text(no))) return true;
  return false;
}

/**
 * Oblast sub-headings («<X> облысының аудандық, …», «… қалалық және аудандық
 * …», «… уәкілетті органдары»). City headings are left out: «Астана қаласының
 * жұмыспен …» is also the name of a row in the flat lists.
 */
function countRegionHeadings(view: LineView, body: LineRange): number {
  let count = 0;
  for (let no = body.start; no <= body.end; no++) {
    const text = view.text(no);
    if (text.includes("облыс") && /облысының(аудандық|қалалық|уәкілетті)/.test(squash(text))) count++;
  }
  return count;
}

/** The kind of an appendix, from its heading and, for the regional lists, from its region sub-headings. */
export function classifyAppendix(heading: string, regionHeadings: number, blanks: boolean): AppendixKind {
  const key = squash(heading);
  if (blanks) return "FORM";
  if (regionHeadings >= 2) return key.includes("әкімдік") ? "AKIM" : "DEPT";
  if (key.includes("орталықтарының")) return "XQO";
  if (key.startsWith("кесте") || key.includes("көрсеткіштерінің")) return "QUAL";
  if (key.includes("аппарат") || key.includes("әкімдіктерінің")) return "APP";
  if (key.includes("басқармалар") || key.includes("уәкілеттіорганд")) return "BASQ";
  return "FORM";
}

export function segmentAct(lines: SourceLine[]): Segmentation {
  const view = new LineView(lines);
  const anchors = findStandards(view);
  const serviceNumbers = preambleServiceNumbers(view, anchors[0]?.title.start ?? view.last);
  if (serviceNumbers.length !== anchors.length) {
    throw new Error(
      `the preamble lists ${serviceNumbers.length} standards with a body, the text has ${anchors.length}`,
    );
  }

  const standards: StandardSpan[] = [];
  const appendices: AppendixRecord[] = [];
  anchors.forEach((anchor, index) => {
    const next = anchors[index + 1];
    const nextStart = next ? (next.approval?.start ?? next.title.start) : view.last + 1;
    const end = view.prevFilled(nextStart - 1);
    const serviceNumber = serviceNumbers[index]!;
    const captions = findCaptions(view, anchor.sectionOne, end);
    const firstCaption = captions[0]?.start ?? end + 1;
    standards.push({
      serviceNumber,
      approval: anchor.approval,
      title: anchor.title,
      body: { start: anchor.title.start, end: firstCaption - 1 },
      end,
    });
    captions.forEach((caption, k) => {
      const following = captions[k + 1];
      const body: LineRange = {
        start: caption.end + 1,
        end: following ? view.prevFilled(following.start - 1) : end,
      };
      const heading = bodyHeading(view, body);
      appendices.push({
        id: `s${serviceNumber}-a${k + 1}`,
        serviceNumber,
        number: k + 1,
        kind: classifyAppendix(heading, countRegionHeadings(view, body), hasBlanks(view, body)),
        heading,
        caption,
        body,
      });
    });
  });
  return { standards, appendices };
}
