/**
 * The quality-indicator tables (one QUAL appendix per standard): groups
 * «1. Уақтылылығы» and indicators «1.1. …» after the `1 2 3 4` column-number
 * line. The act leaves every value cell empty; the three value columns are
 * kept as null so that a filled cell would show up as a change of shape.
 */
import type { AppendixRecord, SourceLine } from "../model.js";
import type { QualityIndicatorRecord } from "./model.js";
import { cleanLine, joinLines, rangeOf } from "./prose.js";
import { sliceLines } from "../source.js";
import type { Lexicon } from "../clean/text.js";

const GROUP = /^(\d+)\s?\.\s+(\D.*)$/u;
const INDICATOR = /^(\d+)\s?\.\s?(\d+)\s?\.?\s+(.*)$/u;

export function extractQualityIndicators(
  lines: SourceLine[],
  appendix: AppendixRecord,
  lexicon: Lexicon,
): QualityIndicatorRecord[] {
  const body = sliceLines(lines, appendix.body.start, appendix.body.end);
  const header = body.findIndex((l) => /^\s*1\s+2\s+3\s+4\s*$/.test(l.text));
  const rows = header < 0 ? body : body.slice(header + 1);
  const indicators: QualityIndicatorRecord[] = [];
  let group: { number: number; title: string } | null = null;
  let open: { code: string; groupNumber: number; group: string; source: SourceLine[] } | null = null;

  const close = (): void => {
    if (!open) return;
    indicators.push({
      id: `${appendix.id}#${open.code}`,
      serviceNumber: appendix.serviceNumber,
      appendixId: appendix.id,
      groupNumber: open.groupNumber,
      group: open.group,
      code: open.code,
      label: joinLines(
        open.source.map((l) => cleanLine(l.text)),
        lexicon,
      ).replace(/^\d+\.\d+\.?\s*/, ""),
      normativeValue: null,
      targetValueNextYear: null,
      currentValueReportingYear: null,
      lines: rangeOf(open.source),
    });
    open = null;
  };

  for (const line of rows) {
    const text = cleanLine(line.text).trim();
    if (text.length === 0) continue;
    const indicator = INDICATOR.exec(text);
    const groupMatch = indicator ? null : GROUP.exec(text);
    if (indicator && group) {
      close();
      open = { code: `${indicator[1]}.${indicator[2]}`, groupNumber: group.number, group: group.title, source: [line] };
    } else if (groupMatch) {
      close();
      group = { number: Number(groupMatch[1]), title: joinLines([groupMatch[2] ?? ""], lexicon) };
    } else if (open) {
      open.source.push(line);
    }
  }
  close();
  return indicators;
}
