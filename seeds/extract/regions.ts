import type { RegionKind } from "./model.js";

/**
 * The 16 regions of the act, in the fixed order of the DEPT lists (seed map
 * §4.2): 14 oblasts, then the two cities of republican significance. Lists
 * differ only in which city comes first, so a reader must match headings by
 * name, never by position.
 */
export interface RegionDefinition {
  id: string;
  /** Canonical Kazakh name as the act spells it in headings. */
  name: string;
  kind: RegionKind;
  order: number;
  /** The stem that identifies the region in a heading, lower-cased and with і/i unified. */
  stem: string;
  /** Administrative centre and its telephone area code (without the trunk prefix 8). */
  centre: string;
  areaCode: string;
}

export const REGIONS: readonly RegionDefinition[] = [
  {
    id: "akmola",
    name: "Ақмола облысы",
    kind: "OBLAST",
    order: 1,
    stem: "ақмола",
    centre: "Көкшетау",
    areaCode: "7162",
  },
  { id: "aktobe", name: "Ақтөбе облысы", kind: "OBLAST", order: 2, stem: "ақтөбе", centre: "Ақтөбе", areaCode: "7132" },
  {
    id: "almaty-oblast",
    name: "Алматы облысы",
    kind: "OBLAST",
    order: 3,
    stem: "алматы облыс",
    centre: "Талдықорған",
    areaCode: "7282",
  },
  { id: "atyrau", name: "Атырау облысы", kind: "OBLAST", order: 4, stem: "атырау", centre: "Атырау", areaCode: "7122" },
  {
    id: "east-kazakhstan",
    name: "Шығыс Қазақстан облысы",
    kind: "OBLAST",
    order: 5,
    stem: "шығыс қазақстан",
    centre: "Өскемен",
    areaCode: "7232",
  },
  {
    id: "zhambyl",
    name: "Жамбыл облысы",
    kind: "OBLAST",
    order: 6,
    stem: "жамбыл облыс",
    centre: "Тараз",
    areaCode: "7262",
  },
  {
    id: "west-kazakhstan",
    name: "Батыс Қазақстан облысы",
    kind: "OBLAST",
    order: 7,
    stem: "батыс қазақстан",
    centre: "Орал",
    areaCode: "7112",
  },
  {
    id: "karaganda",
    name: "Қарағанды облысы",
    kind: "OBLAST",
    order: 8,
    stem: "қарағанды",
    centre: "Қарағанды",
    areaCode: "7212",
  },
  {
    id: "kostanay",
    name: "Қостанай облысы",
    kind: "OBLAST",
    order: 9,
    stem: "қостанай",
    centre: "Қостанай",
    areaCode: "7142",
  },
  {
    id: "kyzylorda",
    name: "Қызылорда облысы",
    kind: "OBLAST",
    order: 10,
    stem: "қызылорда",
    centre: "Қызылорда",
    areaCode: "7242",
  },
  {
    id: "mangystau",
    name: "Маңғыстау облысы",
    kind: "OBLAST",
    order: 11,
    stem: "маңғыстау",
    centre: "Ақтау",
    areaCode: "7292",
  },
  {
    id: "pavlodar",
    name: "Павлодар облысы",
    kind: "OBLAST",
    order: 12,
    stem: "павлодар",
    centre: "Павлодар",
    areaCode: "7182",
  },
  {
    id: "north-kazakhstan",
    name: "Солтүстік Қазақстан облысы",
    kind: "OBLAST",
    order: 13,
    stem: "солтүстік қазақстан",
    centre: "Петропавл",
    areaCode: "7152",
  },
  {
    id: "south-kazakhstan",
    name: "Оңтүстік Қазақстан облысы",
    kind: "OBLAST",
    order: 14,
    stem: "оңтүстік қазақстан",
    centre: "Шымкент",
    areaCode: "7252",
  },
  {
    id: "astana",
    name: "Астана қаласы",
    kind: "CITY",
    order: 15,
    stem: "астана қала",
    centre: "Астана",
    areaCode: "7172",
  },
  {
    id: "almaty-city",
    name: "Алматы қаласы",
    kind: "CITY",
    order: 16,
    stem: "алматы қала",
    centre: "Алматы",
    areaCode: "727",
  },
];

const byId = new Map(REGIONS.map((region) => [region.id, region]));

export function regionById(id: string): RegionDefinition {
  const region = byId.get(id);
  if (!region) throw new Error(`unknown region id ${id}`);
  return region;
}
