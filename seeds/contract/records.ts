/**
 * The records the extractor writes to `seeds/data/` and the server reads:
 * the directory (regions, districts, providers, listings, conflicts) and the
 * values they hold. `seeds/extract` writes them, `src/db/seed.ts` loads them,
 * and the Prisma schema stores them, so a change here is a change of all
 * three (test/contract/seed-columns.test.ts checks the loader against the
 * schema).
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
