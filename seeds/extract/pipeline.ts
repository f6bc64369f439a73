/**
 * The extractor as one pure function: the act's lines in, the whole dataset
 * out, no I/O. Stages, in order:
 *
 * 1. segmentation (`segment.ts`): 17 standards, 78 appendices;
 * 2. table readers (`tables/*`): one `RawRow` per printed row of the 50
 *    provider lists, plus the anomalies of the source they noticed;
 * 3. cleaning (`assemble/listings.ts` over `clean/*`): a `ListingRecord` per row;
 * 4. identity (`assemble/identity.ts`): districts, and the provider of every row;
 * 5. canonical values (`assemble/providers.ts`): providers and conflicts;
 * 6. the standards' prose (`standards/*`): the act, the services, the Ministry.
 */
import type {
  Address,
  AppendixRecord,
  ConflictRecord,
  DistrictRecord,
  ListingRecord,
  ProviderRecord,
  RawRow,
  RegionRecord,
  SourceLine,
  TableAnomaly,
  TableResult,
} from "./model.js";
import type { LegalActRecord, MinistryContact, ServiceRecord } from "./standards/model.js";
import { readable, segmentAct } from "./segment.js";
import { sliceLines } from "./source.js";
import { findRegionBlocks } from "./tables/regional/blocks.js";
import { regionRecords, type RegionHeading } from "./assemble/regions.js";
import { readDeptTable } from "./tables/dept.js";
import { readAkimTable } from "./tables/akim.js";
import { readBasqTable } from "./tables/basq.js";
import { readAppTable } from "./tables/app.js";
import { readXqoTable } from "./tables/xqo.js";
import { toLatin } from "./clean/latin.js";
import { parseAddress } from "./clean/address.js";
import { attestedIn, type Attested } from "./clean/attested.js";
import type { Lexicon } from "./clean/text.js";
import { extractLegalAct } from "./standards/legal-act.js";
import { extractMinistry, extractServices } from "./standards/services.js";
import { renderServiceTable } from "./standards/table.js";
import {
  cleanRow,
  fullNumbers,
  listingRecord,
  plainAddress,
  printedPhones,
  rowPhones,
  type CleanedRow,
  newCleaningMemo,
} from "./assemble/listings.js";
import { identifyProviders, type Placement } from "./assemble/identity.js";
import { assembleProviders, type ListingDraft } from "./assemble/providers.js";
import { MINISTRY_ID } from "./assemble/ids.js";
import { chooseMinistryValues, type MinistryValues } from "./assemble/ministry.js";
import { centreSchedules } from "./assemble/centres.js";
import { renderReport } from "./report.js";

/** A line inside a provider list that no cell of any row took. */
export interface UnassignedLine {
  appendixId: string;
  line: number;
  text: string;
  /** The listing whose row holds the line, or null for a line between rows. */
  listingId: string | null;
  /** True for repeated headings, column headers and captions (seed map §5.15). */
  boilerplate: boolean;
}

export interface Dataset {
  regions: RegionRecord[];
  districts: DistrictRecord[];
  providers: ProviderRecord[];
  listings: ListingRecord[];
  conflicts: ConflictRecord[];
  /** Anomalies of the source: those the table readers found, then those only the whole directory shows. */
  anomalies: TableAnomaly[];
  unassigned: UnassignedLine[];
  legalAct: LegalActRecord;
  services: ServiceRecord[];
  appendices: AppendixRecord[];
  /** The per-service table of the standards' stage, as Markdown. */
  serviceTable: string;
}

type TableReader = (
  lines: SourceLine[],
  appendix: AppendixRecord,
) => TableResult & { boilerplate?: { line: number; text: string }[] };

const READERS: Partial<Record<AppendixRecord["kind"], TableReader>> = {
  DEPT: readDeptTable,
  AKIM: readAkimTable,
  BASQ: readBasqTable,
  APP: readAppTable,
  XQO: readXqoTable,
};

/** The region headings of the DEPT and AKIM lists, for the regions' alternate names. */
function regionHeadings(lines: SourceLine[], appendices: AppendixRecord[]): RegionHeading[] {
  return appendices
    .filter((appendix) => appendix.kind === "DEPT" || appendix.kind === "AKIM")
    .flatMap((appendix) => findRegionBlocks(lines, appendix.body))
    .map((block) => ({
      regionId: block.regionId,
      text: readable(sliceLines(lines, block.heading.start, block.heading.end).map((line) => line.text)),
    }));
}

/** The Ministry is no list's row: its one record comes from paragraph 26 of the standards. */
function ministryProvider(contact: MinistryContact, chosen: MinistryValues, lexicon: Lexicon): ProviderRecord {
  const address: Address = { ...plainAddress(parseAddress(chosen.address, lexicon)), postalCode: chosen.postalCode };
  return {
    id: MINISTRY_ID,
    type: "AUTHORITY",
    authorityKind: "MINISTRY",
    akimatLevel: null,
    regionId: "astana",
    districtId: null,
    name: chosen.name,
    nameLatin: toLatin(chosen.name),
    alternateNames: [],
    address,
    emails: [],
    websites: chosen.website ? [chosen.website] : [],
    phones: [],
    schedule: null,
    responsibleUnit: null,
    serviceNumbers: [...new Set(contact.sources.map((source) => source.serviceNumber))].sort((a, b) => a - b),
    sources: chosen.sources,
  };
}

/**
 * A provider printed twice in one list is a duplicated row of the source
 * (Алматы облысы: Жамбыл and Кербұлақ, §4.2). The readers report the copies
 * they recognise by name; identity also catches copies printed under two
 * spellings, so those the readers missed are added here.
 */
function duplicatedRows(listings: ListingRecord[], reported: TableAnomaly[]): TableAnomaly[] {
  const alreadyReported = (listing: ListingRecord) =>
    reported.some(
      (anomaly) =>
        anomaly.kind === "duplicate-row" &&
        anomaly.appendixId === listing.appendixId &&
        anomaly.lines.start <= listing.lines.start &&
        listing.lines.start <= anomaly.lines.end,
    );
  const seen = new Map<string, ListingRecord>();
  const anomalies: TableAnomaly[] = [];
  for (const listing of listings) {
    const key = `${listing.appendixId} ${listing.providerId}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, listing);
      continue;
    }
    if (alreadyReported(listing)) continue;
    anomalies.push({
      appendixId: listing.appendixId,
      kind: "duplicate-row",
      lines: listing.lines,
      message: `${listing.id} lists ${listing.providerId} again (first as ${first.id}, lines ${first.lines.start}–${first.lines.end})`,
    });
  }
  return anomalies;
}

/**
 * A provider that most lists of a kind print and one list does not: a lost
 * row (S17.a6 lost Абай and Ақтоғай of Қарағанды, S10.a3 lost ОҚО) or a
 * substitution (S12.a1 and S13.a1 print Алматы's басқарма instead of its
 * seven district departments). Found by comparing the lists, not by name.
 */
function missingFromLists(listings: ListingRecord[], appendices: AppendixRecord[]): TableAnomaly[] {
  const providersOf = new Map<string, Set<string>>();
  for (const listing of listings) {
    const set = providersOf.get(listing.appendixId) ?? new Set<string>();
    set.add(listing.providerId);
    providersOf.set(listing.appendixId, set);
  }
  const anomalies: TableAnomaly[] = [];
  for (const kind of ["DEPT", "AKIM", "BASQ", "APP", "XQO"] as const) {
    const lists = appendices.filter((appendix) => appendix.kind === kind && providersOf.has(appendix.id));
    const printedBy = new Map<string, number>();
    for (const list of lists)
      for (const id of providersOf.get(list.id)!) printedBy.set(id, (printedBy.get(id) ?? 0) + 1);
    for (const list of lists) {
      const present = providersOf.get(list.id)!;
      for (const [providerId, count] of printedBy) {
        if (present.has(providerId) || count * 2 <= lists.length) continue;
        anomalies.push({
          appendixId: list.id,
          kind: "other",
          lines: list.body,
          message: `${list.id} does not list ${providerId}, which ${count} of the ${lists.length} ${kind} lists print`,
        });
      }
    }
  }
  return anomalies;
}

export function extractDataset(lines: SourceLine[]): Dataset {
  const segmentation = segmentAct(lines);
  const attested: Attested = attestedIn(lines);
  const { lexicon, contacts } = attested;

  const rows: RawRow[] = [];
  const anomalies: TableAnomaly[] = [];
  const unassigned: UnassignedLine[] = [];
  for (const appendix of segmentation.appendices) {
    const reader = READERS[appendix.kind];
    if (!reader) continue;
    const result = reader(lines, appendix);
    rows.push(...result.rows);
    anomalies.push(...result.anomalies);
    for (const part of result.boilerplate ?? []) {
      unassigned.push({
        appendixId: appendix.id,
        line: part.line,
        text: part.text,
        listingId: null,
        boilerplate: true,
      });
    }
  }

  const memo = newCleaningMemo();
  const cleaned: CleanedRow[] = rows.map((row) => cleanRow(row, attested, memo));
  for (const row of cleaned) {
    if (row.unreadContact) {
      anomalies.push({
        appendixId: row.row.appendixId,
        kind: "other",
        lines: row.unreadContact.lines,
        message: `${row.listingId}: «${row.unreadContact.text}» after the address is Latin text that is neither an e-mail nor a web site (its «@» and dots lost?); left out of the address`,
      });
    }
    for (const part of row.row.unassigned) {
      unassigned.push({
        appendixId: row.row.appendixId,
        line: part.line,
        text: part.text,
        listingId: row.listingId,
        boilerplate: false,
      });
    }
  }

  const identity = identifyProviders(
    cleaned.map((row) => ({ listingId: row.listingId, row: row.row, name: row.name, addressText: row.addressText })),
  );
  for (const problem of identity.problems) {
    const appendixId = problem.listingId.split("#")[0]!;
    anomalies.push({
      appendixId,
      kind: "other",
      lines: problem.lines,
      message: `${problem.listingId}: ${problem.message}; the row is left out`,
    });
  }

  const placed = cleaned.flatMap((row, index) => {
    const placement = identity.placements[index];
    return placement ? [{ row, placement }] : [];
  });
  const printed = placed.map(({ row }) => printedPhones(row.row, contacts));
  const numbersOfProvider = new Map<string, string[]>();
  placed.forEach(({ placement }, index) => {
    const list = numbersOfProvider.get(placement.providerId) ?? [];
    list.push(...fullNumbers(printed[index]!));
    numbersOfProvider.set(placement.providerId, list);
  });
  const drafts: ListingDraft[] = placed.map(({ row, placement }, index) => {
    const phones = rowPhones(row.row, numbersOfProvider.get(placement.providerId) ?? [], contacts, printed[index]!);
    const record = listingRecord(row, placement.providerId, phones);
    return { record: { ...record, regionId: placement.regionId }, address: row.address };
  });
  const placements: Placement[] = placed.map(({ placement }) => placement);
  const { providers, conflicts } = assembleProviders(placements, drafts);
  const listings = drafts.map((draft) => draft.record);
  anomalies.push(...duplicatedRows(listings, anomalies), ...missingFromLists(listings, segmentation.appendices));

  const services = extractServices(lines, lexicon, segmentation.standards, segmentation.appendices);
  const contact = extractMinistry(lines, lexicon, services);
  const ministryValues = chooseMinistryValues(contact);
  const ministry = ministryProvider(contact, ministryValues, lexicon);
  const legalAct = extractLegalAct(lines, lexicon, segmentation.standards, segmentation.appendices);
  const centres = centreSchedules(providers, services);

  return {
    regions: regionRecords(regionHeadings(lines, segmentation.appendices)),
    districts: identity.districts,
    providers: [ministry, ...providers],
    listings,
    conflicts: [...ministryValues.conflicts, ...conflicts, ...centres.conflicts],
    anomalies: anomalies.sort((a, b) => a.lines.start - b.lines.start || a.lines.end - b.lines.end),
    unassigned: unassigned.sort((a, b) => a.line - b.line),
    legalAct,
    services,
    appendices: segmentation.appendices,
    serviceTable: renderServiceTable(services),
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The files of `seeds/data/`, by name: pretty JSON in the dataset's stable order, and the report. */
export function datasetFiles(dataset: Dataset): Record<string, string> {
  return {
    "regions.json": json(dataset.regions),
    "districts.json": json(dataset.districts),
    "providers.json": json(dataset.providers),
    "listings.json": json(dataset.listings),
    "conflicts.json": json(dataset.conflicts),
    "anomalies.json": json(dataset.anomalies),
    "legal-act.json": json(dataset.legalAct),
    "services.json": json(dataset.services),
    "appendices.json": json(dataset.appendices),
    "REPORT.md": renderReport(dataset),
  };
}
