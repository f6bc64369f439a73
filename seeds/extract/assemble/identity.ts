import type { AkimatLevel, AuthorityKind, DistrictKind, DistrictRecord, ProviderType, RawRow } from "../model.js";
import { REGIONS, regionById, type RegionDefinition } from "../regions.js";
import { toLatin } from "../clean/latin.js";
import { clusterPlaces, districtName, type DistrictEntity, type PlaceMention } from "./districts.js";
import {
  akimatId,
  apparatusId,
  authorityId,
  basqarmaId,
  branchSlug,
  centreId,
  districtId,
  districtSlugs,
  districtTail,
} from "./ids.js";
import { compactKey, identityKey, isSpellingVariant } from "./keys.js";
import { readPlaceName, type PlaceName } from "./places.js";

/**
 * Identity: which provider each printed row is a listing of. A provider is
 * identified by what it is and where it is — its list kind, its region and
 * the place its name carries — so the 17 printings of «Ақкөл ауданының
 * жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» and the 6 printings of
 * «Ақкөл ауданы әкімінің аппараты» land on two providers of one district.
 */

/** A row with its cleaned name and address text, in act order. */
export interface RowToPlace {
  listingId: string;
  row: RawRow;
  name: string;
  addressText: string | null;
}

export interface Placement {
  providerId: string;
  type: ProviderType;
  authorityKind: AuthorityKind | null;
  akimatLevel: AkimatLevel | null;
  regionId: string | null;
  districtId: string | null;
}

export interface PlacementProblem {
  listingId: string;
  lines: { start: number; end: number };
  message: string;
}

export interface DirectoryIdentity {
  districts: DistrictRecord[];
  /** One per row, same order; null when the row could not be placed (see `problems`). */
  placements: (Placement | null)[];
  problems: PlacementProblem[];
}

/** The region a heading-less list row names: the earliest region stem in its name. */
export function regionOfName(name: string): RegionDefinition | null {
  const key = identityKey(name).replace(/[\s-]+/g, " ");
  let best: { region: RegionDefinition; at: number } | null = null;
  for (const region of REGIONS) {
    const at = key.indexOf(region.stem);
    if (at >= 0 && (best === null || at < best.at)) best = { region, at };
  }
  return best?.region ?? null;
}

export function identifyProviders(rows: RowToPlace[]): DirectoryIdentity {
  const problems: PlacementProblem[] = [];
  const problem = (entry: RowToPlace, message: string) =>
    problems.push({ listingId: entry.listingId, lines: entry.row.lines, message });

  const regions = rows.map((entry) => {
    const id = entry.row.regionId ?? regionOfName(entry.name)?.id ?? null;
    return id ? regionById(id) : null;
  });
  const names: (PlaceName | null)[] = rows.map((entry, index) => {
    const region = regions[index];
    if (!region || entry.row.listKind === "BASQ" || entry.row.listKind === "APP") return null;
    return readPlaceName(entry.name, region);
  });

  // Districts come from the DEPT and AKIM lists, the only lists that name them all.
  const mentions: PlaceMention[] = [];
  const mentionOfRow = new Map<number, number>();
  rows.forEach((entry, index) => {
    const name = names[index];
    const kind = entry.row.listKind;
    if (!name?.place || !name.kind || (kind !== "DEPT" && kind !== "AKIM")) return;
    mentionOfRow.set(index, mentions.length);
    mentions.push({
      regionId: regions[index]!.id,
      place: name.place,
      kind: name.kind,
      appendixId: entry.row.appendixId,
      listKind: kind,
      address: entry.addressText,
    });
  });
  const clusters = clusterPlaces(mentions);
  const entityIds = assignDistrictIds(clusters.entities);
  const districts = clusters.entities.map((entity, index) => districtRecord(entity, entityIds[index]!));

  // A city of republican significance whose DEPT lists name district
  // departments (Алматы) has those as its authorities; a city-level row there
  // is the city's басқарма, printed instead of the districts (S12.a1,
  // S13.a1). A city whose DEPT lists only name the city (Астана) has that
  // city-level row as its single authority.
  const regionsWithDistrictDepartments = new Set(
    rows.flatMap((entry, index) => (entry.row.listKind === "DEPT" && names[index]?.place ? [regions[index]!.id] : [])),
  );

  const placements = rows.map((entry, index): Placement | null => {
    const region = regions[index];
    if (!region) {
      problem(entry, `no region for «${entry.name}»`);
      return null;
    }
    const name = names[index];
    const mention = mentionOfRow.get(index);
    const entityIndex = mention === undefined ? -1 : clusters.entityOfMention[mention]!;
    const district = entityIndex >= 0 ? entityIds[entityIndex]! : null;
    const tail = district ? districtTail(district) : null;
    const basqarma = (): Placement => regionalAdministration(region.id);
    switch (entry.row.listKind) {
      case "BASQ":
        return basqarma();
      case "APP":
        return {
          ...noKinds(region.id, null),
          providerId: apparatusId(region.id),
          type: "AKIMAT_APPARATUS",
          akimatLevel: "REGIONAL",
        };
      case "AKIM":
        if (!name?.place && region.kind === "OBLAST") {
          problem(entry, `no district in the akimat name «${entry.name}»`);
          return null;
        }
        return {
          ...noKinds(region.id, district),
          providerId: akimatId(region.id, tail),
          type: "AKIMAT_APPARATUS",
          akimatLevel: "DISTRICT",
        };
      case "DEPT": {
        if (name?.branch)
          return departmentPlacement(region.id, district, authorityId(region.id, branchSlug(name.branch)));
        if (!name?.place) {
          if (region.kind === "OBLAST") {
            problem(entry, `no district in the department name «${entry.name}»`);
            return null;
          }
          if (regionsWithDistrictDepartments.has(region.id)) return basqarma();
        }
        return departmentPlacement(region.id, district, authorityId(region.id, tail));
      }
      case "XQO": {
        const placed = name?.place ? findDistrict(districts, region.id, name.place) : null;
        if (name?.place && !placed) problem(entry, `centre names «${name.place}», which no DEPT or AKIM list names`);
        const providerId = centreId(region.id, placed ? districtTail(placed.id) : null, name?.number ?? null);
        return { ...noKinds(region.id, placed?.id ?? null), providerId, type: "SERVICE_CENTRE" };
      }
      default:
        throw new Error(`unknown list kind ${String(entry.row.listKind satisfies never)}`);
    }
  });
  return { districts, placements, problems };
}

function noKinds(regionId: string, districtId: string | null) {
  return { regionId, districtId, authorityKind: null, akimatLevel: null };
}

function regionalAdministration(regionId: string): Placement {
  return {
    ...noKinds(regionId, null),
    providerId: basqarmaId(regionId),
    type: "AUTHORITY",
    authorityKind: "REGIONAL_ADMINISTRATION",
  };
}

function departmentPlacement(regionId: string, districtId: string | null, providerId: string): Placement {
  return { ...noKinds(regionId, districtId), providerId, type: "AUTHORITY", authorityKind: "DISTRICT_DEPARTMENT" };
}

function assignDistrictIds(entities: DistrictEntity[]): string[] {
  const ids: string[] = new Array(entities.length);
  const byRegion = new Map<string, number[]>();
  entities.forEach((entity, index) => {
    const list = byRegion.get(entity.regionId) ?? [];
    list.push(index);
    byRegion.set(entity.regionId, list);
  });
  for (const [regionId, indexes] of byRegion) {
    const slugs = districtSlugs(
      indexes.map((index) => ({ place: entities[index]!.place, kind: entities[index]!.kind })),
    );
    indexes.forEach((entityIndex, k) => {
      ids[entityIndex] = districtId(regionId, slugs[k]!);
    });
  }
  return ids;
}

function districtRecord(entity: DistrictEntity, id: string): DistrictRecord {
  const name = districtName(entity.place, entity.kind);
  return {
    id,
    regionId: entity.regionId,
    name,
    nameLatin: toLatin(name),
    kind: entity.kind,
    alternateNames: entity.otherSpellings.map((spelling) => districtName(spelling, entity.kind)),
  };
}

/** The district of a region a centre's name points to: exact spelling first, then a unique spelling variant. */
function findDistrict(districts: DistrictRecord[], regionId: string, place: string): DistrictRecord | null {
  const wanted = compactKey(place);
  const candidates = districts.filter((district) => district.regionId === regionId && district.kind !== "SETTLEMENT");
  const spellings = (district: DistrictRecord) =>
    [district.name, ...district.alternateNames].map((name) => compactKey(name.replace(/\s+\S+$/, "")));
  const exact = candidates.filter((district) => spellings(district).includes(wanted));
  if (exact.length === 1) return exact[0]!;
  const loose = candidates.filter((district) =>
    spellings(district).some((spelling) => isSpellingVariant(spelling, wanted)),
  );
  return loose.length === 1 ? loose[0]! : null;
}

export type { DistrictKind };
