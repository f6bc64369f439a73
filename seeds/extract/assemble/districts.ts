import type { DistrictKind } from "../model.js";
import { regionById } from "../regions.js";
import { compactKey, identityKey, isSpellingVariant, withinOneEdit } from "./keys.js";

/**
 * Districts, cities and settlements, assembled from every place that a DEPT
 * or AKIM row names. Lists disagree on spelling (Мерке/Меркі), on kind
 * («Рудный ауданының» is the city Рудный; «Жітіқара қаласы әкімінің
 * аппараты» is the district's akimat) and on order, so a place is identified
 * by its name within its region, never by its row number.
 */

/** One place named by one printed row. */
export interface PlaceMention {
  regionId: string;
  place: string;
  kind: "DISTRICT" | "CITY" | "SETTLEMENT";
  appendixId: string;
  /** The list that names the place: its department (DEPT) or its own akimat (AKIM). */
  listKind?: "DEPT" | "AKIM";
  /** The row's address text: evidence when the names disagree on district vs city. */
  address: string | null;
}

export interface DistrictEntity {
  regionId: string;
  kind: DistrictKind;
  /** The spelling chosen by `SPELLING_RULE`. */
  place: string;
  /** Every other spelling seen, most frequent first. */
  otherSpellings: string[];
  /** Indexes into the mentions passed to `clusterPlaces`. */
  mentions: number[];
}

export interface PlaceClusters {
  entities: DistrictEntity[];
  /** Entity index per mention index. */
  entityOfMention: number[];
}

class DisjointSets {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }
  find(index: number): number {
    while (this.parent[index] !== index) index = this.parent[index] = this.parent[this.parent[index]!]!;
    return index;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/**
 * Groups mentions into places:
 * 1. Same region and same compact key → same place.
 * 2. Two keys that are spelling variants (`isSpellingVariant`) are merged,
 *    unless some list names both: a list never prints one body twice under
 *    two spellings, so two names in one list are two places (this keeps
 *    Арал ауданы and Арал қаласы of the Қызылорда AKIM lists apart).
 * 3. Inside a place, a settlement (кент) is always its own place. DISTRICT
 *    and CITY are split when one list names both (Қостанай ауданы and
 *    Қостанай қаласы); otherwise the lists only disagree on the kind, and the
 *    addresses decide: «Жітіқара ауданы, Жітіқара қаласы, …» makes a
 *    district, «Рудный қаласы, Пионерская …» a city. Without such evidence
 *    the majority of the names decides.
 */
export function clusterPlaces(mentions: PlaceMention[]): PlaceClusters {
  const byRegion = new Map<string, number[]>();
  mentions.forEach((mention, index) => {
    const list = byRegion.get(mention.regionId) ?? [];
    list.push(index);
    byRegion.set(mention.regionId, list);
  });

  const entities: DistrictEntity[] = [];
  const entityOfMention: number[] = new Array(mentions.length).fill(-1);

  for (const regionId of [...byRegion.keys()].sort(compareRegions)) {
    const indexes = byRegion.get(regionId)!;
    const keys = [...new Set(indexes.map((index) => compactKey(mentions[index]!.place)))];
    const appendixesOfKey = new Map<string, Set<string>>();
    for (const index of indexes) {
      const key = compactKey(mentions[index]!.place);
      const set = appendixesOfKey.get(key) ?? new Set<string>();
      set.add(mentions[index]!.appendixId);
      appendixesOfKey.set(key, set);
    }
    const sets = new DisjointSets(keys.length);
    const membersOf = (root: number) => keys.filter((_, k) => sets.find(k) === root);
    const sharesAList = (a: string[], b: string[]) =>
      a.some((keyA) =>
        b.some((keyB) => [...appendixesOfKey.get(keyA)!].some((id) => appendixesOfKey.get(keyB)!.has(id))),
      );
    for (let a = 0; a < keys.length; a++) {
      for (let b = a + 1; b < keys.length; b++) {
        if (sets.find(a) === sets.find(b)) continue;
        if (!isSpellingVariant(keys[a]!, keys[b]!)) continue;
        if (sharesAList(membersOf(sets.find(a)), membersOf(sets.find(b)))) continue;
        sets.union(a, b);
      }
    }
    const clusterOfKey = new Map(keys.map((key, k) => [key, sets.find(k)]));
    const clusters = new Map<number, number[]>();
    for (const index of indexes) {
      const root = clusterOfKey.get(compactKey(mentions[index]!.place))!;
      const list = clusters.get(root) ?? [];
      list.push(index);
      clusters.set(root, list);
    }
    for (const members of clusters.values()) {
      for (const group of splitByKind(members, mentions)) {
        const entityIndex = entities.length;
        entities.push(describeEntity(regionId, group.kind, group.members, mentions));
        for (const index of group.members) entityOfMention[index] = entityIndex;
      }
    }
  }
  return { entities, entityOfMention };
}

function compareRegions(a: string, b: string): number {
  return regionById(a).order - regionById(b).order;
}

function splitByKind(members: number[], mentions: PlaceMention[]): { kind: DistrictKind; members: number[] }[] {
  const settlements = members.filter((index) => mentions[index]!.kind === "SETTLEMENT");
  const areas = members.filter((index) => mentions[index]!.kind !== "SETTLEMENT");
  const groups: { kind: DistrictKind; members: number[] }[] = [];
  if (areas.length > 0) {
    const districts = areas.filter((index) => mentions[index]!.kind === "DISTRICT");
    const cities = areas.filter((index) => mentions[index]!.kind === "CITY");
    const listsOf = (group: number[]) => new Set(group.map((index) => mentions[index]!.appendixId));
    const districtLists = listsOf(districts);
    const namedTogether = [...listsOf(cities)].some((id) => districtLists.has(id));
    if (districts.length > 0 && cities.length > 0 && namedTogether) {
      groups.push({ kind: "DISTRICT", members: districts }, { kind: "CITY", members: cities });
    } else {
      groups.push({ kind: kindOfArea(areas, mentions), members: areas });
    }
  }
  if (settlements.length > 0) groups.push({ kind: "SETTLEMENT", members: settlements });
  const regionKind = regionById(mentions[members[0]!]!.regionId).kind;
  // Inside Астана and Алматы an «ауданы» is a city district.
  return groups.map((group) =>
    regionKind === "CITY" && group.kind === "DISTRICT" ? { ...group, kind: "CITY_DISTRICT" } : group,
  );
}

function kindOfArea(members: number[], mentions: PlaceMention[]): DistrictKind {
  const kinds = new Set(members.map((index) => mentions[index]!.kind));
  if (kinds.size === 1) return mentions[members[0]!]!.kind;
  const spellings = [...new Set(members.map((index) => identityKey(mentions[index]!.place)))];
  const addresses = members.map((index) => identityKey(mentions[index]!.address ?? ""));
  const says = (marker: string) =>
    addresses.some((address) => spellings.some((spelling) => address.includes(`${spelling} ${marker}`)));
  if (says("ауданы")) return "DISTRICT";
  if (says("қаласы")) return "CITY";
  const cityVotes = members.filter((index) => mentions[index]!.kind === "CITY").length;
  return cityVotes * 2 > members.length ? "CITY" : "DISTRICT";
}

function describeEntity(
  regionId: string,
  kind: DistrictKind,
  members: number[],
  mentions: PlaceMention[],
): DistrictEntity {
  // Spellings are told apart by their identity key, so a Latin «i» or a stray
  // quote does not make a new spelling; the first printed form represents it.
  const counts = new Map<string, { printed: string; count: number; byAkimat: number; first: number }>();
  for (const index of members) {
    const printed = mentions[index]!.place;
    const key = identityKey(printed);
    const entry = counts.get(key) ?? { printed, count: 0, byAkimat: 0, first: index };
    entry.count++;
    if (mentions[index]!.listKind === "AKIM") entry.byAkimat++;
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  const byAkimat = ranked
    .filter((entry) => entry.byAkimat > 0)
    .sort((a, b) => b.byAkimat - a.byAkimat || b.count - a.count || a.first - b.first);
  const chosen = preferAkimatSpelling(ranked[0]!.printed, byAkimat[0]?.printed, regionId) ? byAkimat[0]! : ranked[0]!;
  return {
    regionId,
    kind,
    place: chosen.printed,
    otherSpellings: ranked.filter((entry) => entry !== chosen).map((entry) => entry.printed),
    mentions: [...members].sort((a, b) => a - b),
  };
}

/**
 * `SPELLING_RULE`: whether the district's own akimat overrules the
 * majority. Spellings one letter apart are misprints of one another (seed
 * map §5.14: Сарқан/Сарқант), and the majority can be one misprint copied
 * into all 17 department lists («Сарқант», against «Сарқан ауданының
 * әкімдігі» of the akimat lists): between such, the spelling most of the
 * district's akimat rows print wins, unless it is a misprint by its form —
 * the name of the region the district lies in («Алматы ауданы» inside
 * Алматы қаласы, for Алмалы), or a Russian letter where the other spelling
 * has the Kazakh one («Казталов» for Қазталов, §5.12).
 */
function preferAkimatSpelling(majority: string, akimat: string | undefined, regionId: string): boolean {
  if (akimat === undefined || akimat === majority) return false;
  const [a, b] = [compactKey(majority), compactKey(akimat)];
  if (a === b || !withinOneEdit(a, b)) return false;
  const regionName = compactKey(regionById(regionId).name.replace(/\s+(облысы|қаласы)$/u, ""));
  if (b === regionName) return false;
  return !russianLetterFor(b, a);
}

/** Russian letters the act prints for their Kazakh counterparts. */
const KAZAKH_FOR_RUSSIAN: Record<string, string> = { к: "қ", г: "ғ", у: "ұү", о: "ө", н: "ң", х: "һ", и: "і" };

/** `spelling` has a Russian letter where `other`, otherwise the same, has its Kazakh counterpart. */
function russianLetterFor(spelling: string, other: string): boolean {
  if (spelling.length !== other.length) return false;
  const differences = [...spelling].flatMap((char, index) =>
    char === other[index] ? [] : [[char, other[index]!] as const],
  );
  return differences.length === 1 && (KAZAKH_FOR_RUSSIAN[differences[0]![0]] ?? "").includes(differences[0]![1]);
}

/** How a district's spelling is chosen, for the report. */
export const SPELLING_RULE =
  "the spelling most rows print; but between spellings one letter apart (misprints of one another, as Сарқан/Сарқант), the one most of the district's own akimat rows print, " +
  "unless that one is the name of its region (Алматы ауданы inside Алматы қаласы) or has a Russian letter for the other's Kazakh one (Казталов/Қазталов)";

/** The printed word for each kind, used to name a district after its place. */
export const KIND_WORD: Record<DistrictKind, string> = {
  DISTRICT: "ауданы",
  CITY: "қаласы",
  CITY_DISTRICT: "ауданы",
  SETTLEMENT: "кенті",
};

export function districtName(place: string, kind: DistrictKind): string {
  return `${place} ${KIND_WORD[kind]}`;
}
