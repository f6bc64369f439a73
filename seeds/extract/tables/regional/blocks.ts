/**
 * The region blocks of a DEPT or AKIM list (seed map §4.2, §4.3): a region
 * heading, then a column header closed by a `1 2 3 4 5` line, then rows.
 */
import type { LineRange, SourceLine } from "../../model.js";
import { REGIONS, type RegionDefinition } from "../../regions.js";
import { LineView, fold, squash } from "../../segment.js";
import { isColumnNumberLine } from "../../vocabulary.js";

export interface RegionBlock {
  regionId: string;
  heading: LineRange;
  /** The column header, through the `1 2 3 4 5` line. */
  header: LineRange;
  /** After the header, up to the next heading or the end of the body. */
  rows: LineRange;
}

/** «<X> облысының аудандық, …», «… облысының қалалық және аудандық …», «… облысының уәкілетті …», «<City> қаласының жұмыспен / қалалық / уәкілетті …». */
const REGION_HEADING = /^(.+?)(облысының|қаласының)(аудандық|қалалық|уәкілетті|жұмыспен)/;

/**
 * The region a heading names. Oblast headings say «облысының» and city
 * headings «қаласының», so Алматы oblast and Алматы city never meet.
 */
export function regionOfHeading(text: string): RegionDefinition | null {
  const match = REGION_HEADING.exec(squash(text));
  if (!match) return null;
  const kind = match[2] === "облысының" ? "OBLAST" : "CITY";
  const key = fold(text);
  return REGIONS.find((region) => region.kind === kind && key.startsWith(region.stem)) ?? null;
}

/**
 * The region blocks of a list. Every block re-prints the column header,
 * closed by a `1 2 3 4 5` line; its heading is the nearest paragraph above
 * the header that names a region. (A row such as «Астана қаласының жұмыспен …
 * басқармасы» reads like a heading, but no header follows it.)
 */
export function findRegionBlocks(lines: SourceLine[], body: LineRange): RegionBlock[] {
  const view = new LineView(lines);
  const found: { heading: LineRange; header: LineRange; regionId: string }[] = [];
  for (let no = body.start; no <= body.end; no++) {
    if (!isColumnNumberLine(view.text(no))) continue;
    const heading = headingAbove(view, no, body.start);
    if (!heading) throw new Error(`no region heading above the column numbers at line ${no}`);
    found.push({ ...heading, header: { start: heading.heading.end + 1, end: no } });
  }
  return found.map((block, index) => {
    const next = found[index + 1];
    return { ...block, rows: { start: block.header.end + 1, end: next ? next.heading.start - 1 : body.end } };
  });
}

/** Walks up from the column numbers paragraph by paragraph (60 lines at most) to the one naming a region. */
function headingAbove(view: LineView, columns: number, floor: number): { heading: LineRange; regionId: string } | null {
  let end = columns - 1;
  while (end >= floor && end > columns - 60) {
    end = view.prevFilled(end);
    let start = end;
    while (start - 1 >= floor && !view.blank(start - 1)) start--;
    // The heading can share its paragraph with the list title (S14.a4, 60129–60130).
    for (let top = start; top <= end; top++) {
      const text = [];
      for (let n = top; n <= end; n++) text.push(view.text(n));
      const region = regionOfHeading(text.join(" "));
      if (region) return { heading: { start: top, end }, regionId: region.id };
    }
    end = start - 1;
  }
  return null;
}
