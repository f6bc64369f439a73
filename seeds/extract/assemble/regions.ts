import type { RegionRecord } from "../model.js";
import { REGIONS } from "../regions.js";
import { toLatin } from "../clean/latin.js";

/** A region heading of a DEPT or AKIM list as printed («Ақмола облысының уәкілетті органдары»), readable. */
export interface RegionHeading {
  regionId: string;
  text: string;
}

/** The designator a heading puts after the region's own name, in the genitive of the heading. */
const DESIGNATOR = /\s+(облысының|қаласының)(\s|$)/u;

/**
 * The 16 region records. Alternate names are the short forms the act
 * prints in its region headings: the name without «облысы» / «қаласы»
 * («Ақмола облысының …» → «Ақмола», «Шығыс Қазақстан облысының …» →
 * «Шығыс Қазақстан», «Алматы қаласының …» → «Алматы»), each with its Latin
 * transliteration. Nothing the act does not print is added: it abbreviates
 * no region («ШҚО», «Алматы қ.» occur nowhere in it). Алматы облысы and
 * Алматы қаласы share the short form «Алматы», as their headings do.
 */
export function regionRecords(headings: RegionHeading[]): RegionRecord[] {
  return REGIONS.map((region) => {
    const shortForms = new Set<string>();
    for (const heading of headings) {
      if (heading.regionId !== region.id) continue;
      const match = DESIGNATOR.exec(heading.text);
      if (match) shortForms.add(heading.text.slice(0, match.index).trim());
    }
    const nameLatin = toLatin(region.name);
    const alternateNames = [...shortForms]
      .flatMap((form) => [form, toLatin(form)])
      .filter((form) => form !== region.name && form !== nameLatin);
    return {
      id: region.id,
      name: region.name,
      nameLatin,
      kind: region.kind,
      order: region.order,
      alternateNames: [...new Set(alternateNames)],
    };
  });
}
