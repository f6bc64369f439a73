/**
 * The data contract of the extractor: the shapes of the files under
 * `seeds/data/` and of the intermediate results the pipeline stages hand to
 * each other. The seed loader (`src/db/seed.ts`) and the Prisma schema read
 * the same shapes, so a change here is a change of all three.
 *
 * Every record that comes from the act keeps the 1-based line range of the
 * text it came from (`LineRange`), so any value can be traced to the act.
 */

/** 1-based, inclusive line numbers in `seeds/source.txt`. */
export interface LineRange {
  start: number;
  end: number;
}

/** A line of the act, numbered as `sed -n Np` numbers it. */
export interface SourceLine {
  no: number;
  text: string;
}

// ---------------------------------------------------------------------------
// Segmentation: standards and appendices
// ---------------------------------------------------------------------------

export type AppendixKind = "DEPT" | "AKIM" | "BASQ" | "APP" | "XQO" | "QUAL" | "FORM";

export interface AppendixRecord {
  /** `s1-a1` … `s18-a4`. */
  id: string;
  /** Preamble number of the standard (1–18, never 11). */
  serviceNumber: number;
  /** The appendix number inside its standard (1-based). */
  number: number;
  kind: AppendixKind;
  /** First line of the body, cleaned (letter-spacing repaired, і fixed). */
  heading: string;
  caption: LineRange;
  body: LineRange;
}

// ---------------------------------------------------------------------------
// Table reading: one raw row per printed row of a provider list
// ---------------------------------------------------------------------------

/** A fragment of a cell: the text of one source line that a cell took. */
export interface CellPart {
  line: number;
  text: string;
}

export type ProviderListKind = "DEPT" | "AKIM" | "BASQ" | "APP" | "XQO";

/**
 * One printed row of a provider list as the table reader found it: cells
 * assigned, not yet cleaned. The schedule is the one that applies to the row
 * (a block-level schedule is copied to every row of its block).
 */
export interface RawRow {
  appendixId: string;
  serviceNumber: number;
  listKind: ProviderListKind;
  /** Region slug (see `RegionRecord.id`); null only for lists without regions that the reader could not place. */
  regionId: string | null;
  /** Ordinal of the row inside its region block (DEPT/AKIM) or list (BASQ/APP/XQO), 1-based, as counted by the reader. */
  position: number;
  /** The row number as printed ("12", "12.", "0"), or null when the act prints none. */
  printedNumber: string | null;
  lines: LineRange;
  name: CellPart[];
  /** Address cell; for DEPT/AKIM/BASQ it also holds the e-mails and web sites. */
  address: CellPart[];
  phones: CellPart[];
  /** XQO: the heads' (reception) phone column. */
  receptionPhones?: CellPart[];
  /** APP: the structural unit responsible for public services. */
  unit?: CellPart[];
  schedule: CellPart[];
  /** Where the schedule text came from, when it was not printed in the row itself. */
  scheduleFrom?: LineRange;
  /** Lines inside the row that no cell took. */
  unassigned: CellPart[];
}

export interface TableAnomaly {
  appendixId: string;
  kind:
    | "missing-number"
    | "skipped-number"
    | "duplicate-number"
    | "duplicate-row"
    | "false-number"
    | "lost-text"
    | "truncated"
    | "glued-number"
    | "out-of-order"
    | "other";
  lines: LineRange;
  message: string;
}

/** What every table reader returns: `(lines: SourceLine[], appendix: AppendixRecord) => TableResult`. */
export interface TableResult {
  rows: RawRow[];
  anomalies: TableAnomaly[];
}

// ---------------------------------------------------------------------------
// Cleaned field values
// ---------------------------------------------------------------------------

export interface Address {
  postalCode: string | null;
  /** Settlement: «Көкшетау қаласы», «Ақкөл қ.», «Шортанды кенті». */
  locality: string | null;
  street: string | null;
  house: string | null;
  /** The whole cleaned address text (without e-mails and web sites). */
  full: string;
}

export interface Email {
  /** Cleaned address (Latin look-alikes mapped, line breaks and spaces removed, lower-cased domain). */
  value: string;
  /** The text as printed (joined lines). */
  raw: string;
  valid: boolean;
}

export type PhoneKind = "PHONE" | "FAX" | "TELETYPE" | "RECEPTION";

export interface Phone {
  raw: string;
  /** `+77162267426`, or null when the area code is unknown. */
  e164: string | null;
  kind: PhoneKind;
}

export type Weekday = "MON" | "TUE" | "WED" | "THU" | "FRI" | "SAT" | "SUN";

export interface WeeklyHours {
  days: Weekday[];
  /** "09:00" */
  opens: string;
  /** "18:00" */
  closes: string;
  breaks: { start: string; end: string }[];
}

export interface Schedule {
  text: string;
  weekly: WeeklyHours[];
}

// ---------------------------------------------------------------------------
// Canonical records (seeds/data/*.json)
// ---------------------------------------------------------------------------

export type RegionKind = "OBLAST" | "CITY";

export interface RegionRecord {
  /** Stable slug: `akmola`, `almaty-oblast`, `astana`, `almaty-city`, … */
  id: string;
  name: string;
  nameLatin: string;
  kind: RegionKind;
  /** Position in the act's fixed order (1–16). */
  order: number;
  alternateNames: string[];
}

export type DistrictKind = "DISTRICT" | "CITY" | "CITY_DISTRICT" | "SETTLEMENT";

export interface DistrictRecord {
  /** `<region>/<name-slug>`, e.g. `akmola/akkol`. */
  id: string;
  regionId: string;
  name: string;
  nameLatin: string;
  kind: DistrictKind;
  alternateNames: string[];
}

export type ProviderType = "AUTHORITY" | "AKIMAT_APPARATUS" | "SERVICE_CENTRE";
export type AuthorityKind = "DISTRICT_DEPARTMENT" | "REGIONAL_ADMINISTRATION" | "MINISTRY";
export type AkimatLevel = "REGIONAL" | "DISTRICT";

/** Authorities, akimat apparatus (district akimats and regional apparatus) and service centres. */
export interface ProviderRecord {
  /** Stable slug derived from the type, region and canonical name. */
  id: string;
  type: ProviderType;
  authorityKind: AuthorityKind | null;
  akimatLevel: AkimatLevel | null;
  regionId: string | null;
  districtId: string | null;
  name: string;
  nameLatin: string;
  alternateNames: string[];
  address: Address | null;
  emails: Email[];
  websites: string[];
  phones: Phone[];
  schedule: Schedule | null;
  /** APP: the structural unit responsible for public services, and its phones. */
  responsibleUnit: { name: string; phones: Phone[] } | null;
  /** Preamble numbers of the standards whose lists name this provider, ascending. */
  serviceNumbers: number[];
  /**
   * Where the values that no list row prints come from: the standards' paragraphs (the Ministry's name, address
   * and web site from paragraph 26, a centre's hours from paragraph 9), one entry per standard that prints the
   * chosen value. Empty for a provider whose values its listings trace.
   */
  sources: ValueSource[];
}

/** A standard's paragraph that prints one value of a provider. */
export interface ValueSource {
  /** The provider's field: "name", "address", "websites" or "schedule". */
  field: string;
  serviceNumber: number;
  lines: LineRange;
}

/** One printed row of a list, with the values as printed there (cleaned, not canonicalised). */
export interface ListingRecord {
  /** `<appendixId>#<position>` (region-qualified for DEPT/AKIM: `s1-a1#akmola-3`). */
  id: string;
  providerId: string;
  appendixId: string;
  serviceNumber: number;
  regionId: string | null;
  position: number;
  printedNumber: string | null;
  lines: LineRange;
  values: {
    name: string;
    postalCode: string | null;
    address: string | null;
    emails: Email[];
    websites: string[];
    phones: Phone[];
    schedule: Schedule | null;
    responsibleUnit: string | null;
  };
}

export interface ConflictRecord {
  providerId: string;
  field: string;
  /**
   * Each value with the listings that print it. A provider printed in no
   * list (the Ministry, from paragraph 26 of each standard) names no
   * listings; `lines` then gives the source lines of each variant.
   */
  values: { value: string; listingIds: string[]; lines?: LineRange[] }[];
  chosen: string;
  rule: string;
}
