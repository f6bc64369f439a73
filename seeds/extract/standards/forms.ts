/**
 * Fill-in forms printed as appendices (S1.a2 refusal letter, S17.a2
 * application, S17.a3 certificate): kept as text templates, one string per
 * printed line, every run of underscores (spaced or not) written `___`, and
 * the blanks listed with the bracketed hint printed under or next to them.
 */
import type { AppendixRecord, SourceLine } from "../model.js";
import type { FormRecord } from "./model.js";
import { cleanLine, tidy } from "./prose.js";
import { sliceLines } from "../source.js";
import type { Lexicon } from "../clean/text.js";

function templateLine(raw: string, lexicon: Lexicon): string {
  // Letter-spacing first: «_ _ _» runs are printed letter-spaced like the words around them.
  const cleaned = cleanLine(raw);
  return tidy(cleaned.replace(/_{2,}/g, " ___ "), lexicon)
    .replace(/(\d) ___/g, "$1___")
    .replace(/ ___ ?»/g, "___»")
    .replace(/« ___/g, "«___");
}

export function extractForm(lines: SourceLine[], appendix: AppendixRecord, lexicon: Lexicon): FormRecord {
  const body = sliceLines(lines, appendix.body.start, appendix.body.end).filter((l) => l.text.trim().length > 0);
  const printed = body.map((l) => ({ no: l.no, text: templateLine(l.text, lexicon) }));
  const blanks: FormRecord["blanks"] = [];
  for (const [index, line] of printed.entries()) {
    const count = (line.text.match(/___/g) ?? []).length;
    const inlineHint = /\(([^()]*(?:\([^()]*\))?[^()]*)\)\s*$/.exec(line.text.replace(/___/g, ""));
    const next = printed[index + 1];
    const hintBelow = next && /^\(.*\)$/.test(next.text) && !next.text.includes("___") ? next.text.slice(1, -1) : null;
    for (let i = 0; i < count; i += 1) {
      blanks.push({ hint: i === count - 1 ? (hintBelow ?? inlineHint?.[1]?.trim() ?? null) : null, line: line.no });
    }
  }
  const title = printed.find((l) => /^\p{Lu}[\p{L}]+$/u.test(l.text) && l.text.length > 4)?.text ?? null;
  return {
    id: appendix.id,
    serviceNumber: appendix.serviceNumber,
    appendixId: appendix.id,
    title,
    lines: printed.map((l) => l.text),
    blanks,
    source: { start: appendix.body.start, end: appendix.body.end },
  };
}
