import type { DistrictKind, RawRow } from "../model.js";
import { slugify } from "../clean/latin.js";

/**
 * Ids of the records under `seeds/data/`. Every id is derived from names,
 * never from row numbers or list order, so a re-parse that finds one more row
 * or a list that spells a name differently keeps every id:
 *
 * - district `<region>/<place>`: `akmola/akkol`, `almaty-city/almaly`; a city
 *   or settlement that shares its place name with a district of the same
 *   region gets a `-city` / `-settlement` suffix (`kostanay/kostanay-city`,
 *   `kyzylorda/aral-city`, `kyzylorda/karmakshy-settlement`);
 * - authority `authority:<region>:<place>` (`authority:akmola:akkol`), a
 *   branch `authority:<region>:<branch place>` (`authority:kyzylorda:baikonyr`),
 *   a city's own authority `authority:astana`;
 * - akimat `akimat:<region>:<place>`, a city's own akimat `akimat:astana`;
 * - `basqarma:<region>`, `apparatus:<region>`;
 * - centre `centre:<region>[:<district place>][-<number>]`
 *   (`centre:almaty-city:almaly`, `centre:astana:saryarka-2`,
 *   `centre:east-kazakhstan:1`, `centre:akmola`);
 * - `ministry`;
 * - listing `<appendix>#<region>-<position>` for DEPT/AKIM rows, else
 *   `<appendix>#<position>`.
 */

const KIND_SUFFIX: Record<DistrictKind, string> = {
  DISTRICT: "",
  CITY_DISTRICT: "",
  CITY: "-city",
  SETTLEMENT: "-settlement",
};

/** The part of a district id after the region, for each of a region's places (same order as given). */
export function districtSlugs(places: { place: string; kind: DistrictKind }[]): string[] {
  const base = places.map((entry) => slugify(entry.place));
  return places.map((entry, index) => {
    const slug = base[index]!;
    const shared = base.some((other, otherIndex) => otherIndex !== index && other === slug);
    return shared ? slug + KIND_SUFFIX[entry.kind] : slug;
  });
}

export function districtId(regionId: string, slug: string): string {
  return `${regionId}/${slug}`;
}

/** The district id without its region: what provider ids append. */
export function districtTail(id: string): string {
  return id.slice(id.indexOf("/") + 1);
}

export function listingId(row: Pick<RawRow, "appendixId" | "listKind" | "regionId" | "position">): string {
  const regional = row.listKind === "DEPT" || row.listKind === "AKIM";
  return regional && row.regionId
    ? `${row.appendixId}#${row.regionId}-${row.position}`
    : `${row.appendixId}#${row.position}`;
}

export const MINISTRY_ID = "ministry";

export function authorityId(regionId: string, tail: string | null): string {
  return tail ? `authority:${regionId}:${tail}` : `authority:${regionId}`;
}

export function akimatId(regionId: string, tail: string | null): string {
  return tail ? `akimat:${regionId}:${tail}` : `akimat:${regionId}`;
}

export function basqarmaId(regionId: string): string {
  return `basqarma:${regionId}`;
}

export function apparatusId(regionId: string): string {
  return `apparatus:${regionId}`;
}

export function centreId(regionId: string, districtTailOrNull: string | null, number: string | null): string {
  const tail = [districtTailOrNull, number].filter((part): part is string => part !== null).join("-");
  return tail ? `centre:${regionId}:${tail}` : `centre:${regionId}`;
}

export function branchSlug(branch: string): string {
  return slugify(branch);
}
