/**
 * Loads the parsed directory (seeds/data/*.json, written by
 * `npm run seed:extract`) and the act's text into the database.
 *
 * Idempotent: every table is synchronised by id (the extractor's stable
 * slugs), so a second load changes nothing and a load after the data changed
 * updates rows in place. A hash of the inputs is kept in `seed_state`, so a
 * start with unchanged data skips the work entirely.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type {
  AppendixRecord,
  ConflictRecord,
  DistrictRecord,
  LegalActRecord,
  ListingRecord,
  ProviderRecord,
  RegionRecord,
  ServiceRecord,
} from "../../seeds/contract/index.js";
import { listMigrations } from "../../prisma/migrations.js";
import { kazakhSortKey } from "../modules/common/kazakh-order.js";
import { aliasNamesOf, ALIAS_TABLE_URL } from "../modules/search/search.aliases.js";
import { contactText, phoneKey, searchText, vocabulary } from "../modules/search/search.keys.js";
import { PROJECT_ROOT } from "../config/config.js";
import type { Database } from "./database.js";
import { type SyncCounts, syncTable, type TableSpec } from "./sync.js";

export const SEED_DATA_DIR = join(PROJECT_ROOT, "seeds", "data");

/** The act's text as kept in the repository (the extractor reads the same file). */
export const SOURCE_PATH = join(PROJECT_ROOT, "seeds", "source.txt");

/** Bump when the loader maps the same files differently, so existing databases reload. */
const LOADER_VERSION = "5";

const FILES = {
  legalAct: "legal-act.json",
  services: "services.json",
  appendices: "appendices.json",
  regions: "regions.json",
  districts: "districts.json",
  providers: "providers.json",
  listings: "listings.json",
  conflicts: "conflicts.json",
} as const;

export interface SeedData {
  legalAct: LegalActRecord;
  services: ServiceRecord[];
  appendices: AppendixRecord[];
  regions: RegionRecord[];
  districts: DistrictRecord[];
  providers: ProviderRecord[];
  listings: ListingRecord[];
  conflicts: ConflictRecord[];
  sourceText: string;
  /** sha256 over every input, the loader version and the migrations. */
  hash: string;
}

export class SeedDataError extends Error {
  override readonly name = "SeedDataError";
}

export function readSeedData(dir: string = SEED_DATA_DIR, sourcePath: string = SOURCE_PATH): SeedData {
  const hash = createHash("sha256").update(`loader ${LOADER_VERSION}\n`);
  for (const migration of listMigrations()) hash.update(`migration ${migration.name}\n`);
  const parsed: Record<string, unknown> = {};
  for (const [field, file] of Object.entries(FILES)) {
    const path = join(dir, file);
    if (!existsSync(path)) throw new SeedDataError(`seed data file ${path} is missing (run npm run seed:extract)`);
    const text = readFileSync(path, "utf8");
    hash.update(`${file}\n`).update(text);
    try {
      parsed[field] = JSON.parse(text);
    } catch (error) {
      throw new SeedDataError(`seed data file ${path} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const sourceText = readFileSync(sourcePath, "utf8");
  hash.update("source\n").update(sourceText);
  // The search aliases go into the search keys, so a changed table must reload them.
  hash.update("aliases\n").update(readFileSync(ALIAS_TABLE_URL, "utf8"));
  return { ...(parsed as Omit<SeedData, "sourceText" | "hash">), sourceText, hash: hash.digest("hex") };
}

// --- table specs, parents before children -----------------------------------

const TEXT_ARRAY = "text[]" as const;

/** A table the loader writes: its columns, each with its SQL type, declared once; the rows `toRows` builds are typed by them. */
interface SeedTableSpec<C extends Readonly<Record<string, string>>> extends TableSpec {
  readonly columnTypes: C;
}

function table<const C extends Readonly<Record<string, string>>>(
  name: string,
  key: (keyof C & string)[],
  columns: C,
): SeedTableSpec<C> {
  return { table: name, key, columns: Object.entries(columns), columnTypes: columns };
}

/** Every table the loader writes, parents before children (test/contract/seed-columns.test.ts checks it against prisma/schema.prisma). */
export const SEED_TABLES = {
  legalAct: table("legal_act", ["id"], {
    id: "text",
    number: "text",
    date: "date",
    title: "text",
    status: "text",
    repeal: "jsonb",
    data: "jsonb",
  }),
  amendment: table("amendment", ["id"], {
    id: "text",
    legal_act_id: "text",
    position: "int",
    date: "date",
    number: "text",
    change: "text",
    target: "text",
    service_number: "int",
    truncated: "boolean",
    text: "text",
    line_start: "int",
    line_end: "int",
  }),
  service: table("service", ["id"], {
    id: "text",
    number: "int",
    repealed: "boolean",
    title: "text",
    preamble_title: "text",
    alternate_titles: TEXT_ARRAY,
    form: "text",
    line_start: "int",
    line_end: "int",
    search_key: "text",
    providers: "jsonb",
    legal_basis: "jsonb",
    result: "jsonb",
    recipients: "jsonb",
    deadlines: "jsonb",
    waiting_times: "jsonb",
    cost: "jsonb",
    schedules: "jsonb",
    documents: "jsonb",
    refusal_grounds: "jsonb",
    suspension_grounds: "jsonb",
    hand_in: "jsonb",
    delivery: "jsonb",
    complaints: "jsonb",
    forms: "jsonb",
    amendments: "jsonb",
    sub_services: "jsonb",
  }),
  appendix: table("appendix", ["id"], {
    id: "text",
    service_id: "text",
    number: "int",
    kind: '"AppendixKind"',
    heading: "text",
    caption_start: "int",
    caption_end: "int",
    body_start: "int",
    body_end: "int",
  }),
  qualityIndicator: table("quality_indicator", ["id"], {
    id: "text",
    service_id: "text",
    appendix_id: "text",
    position: "int",
    group_number: "int",
    group_name: "text",
    code: "text",
    label: "text",
    values: "jsonb",
    line_start: "int",
    line_end: "int",
  }),
  region: table("region", ["id"], {
    id: "text",
    name: "text",
    name_latin: "text",
    kind: '"RegionKind"',
    position: "int",
    alternate_names: TEXT_ARRAY,
    search_key: "text",
  }),
  district: table("district", ["id"], {
    id: "text",
    region_id: "text",
    name: "text",
    name_latin: "text",
    kind: '"DistrictKind"',
    alternate_names: TEXT_ARRAY,
    search_key: "text",
    name_sort: "text",
  }),
  provider: table("provider", ["id"], {
    id: "text",
    type: '"ProviderType"',
    authority_kind: '"AuthorityKind"',
    akimat_level: '"AkimatLevel"',
    region_id: "text",
    district_id: "text",
    name: "text",
    name_latin: "text",
    alternate_names: TEXT_ARRAY,
    search_key: "text",
    name_sort: "text",
    contact_key: "text",
    phone_key: "text",
    address: "jsonb",
    emails: "jsonb",
    websites: TEXT_ARRAY,
    phones: "jsonb",
    schedule: "jsonb",
    responsible_unit: "jsonb",
    sources: "jsonb",
  }),
  providerService: table("provider_service", ["provider_id", "service_id"], {
    provider_id: "text",
    service_id: "text",
  }),
  listing: table("listing", ["id"], {
    id: "text",
    provider_id: "text",
    appendix_id: "text",
    service_id: "text",
    region_id: "text",
    position: "int",
    printed_number: "text",
    line_start: "int",
    line_end: "int",
    values: "jsonb",
  }),
  conflict: table("conflict", ["id"], {
    id: "text",
    provider_id: "text",
    field: "text",
    values: "jsonb",
    chosen: "text",
    rule: "text",
  }),
  sourceLine: table("source_line", ["no"], { no: "int", text: "text" }),
  searchWord: table("search_word", ["word"], { word: "text", rows: "int", names: "int" }),
};

const tables = SEED_TABLES;

export type SeedTable = keyof typeof tables;

/** What a row holds for a column of an SQL type (null where the column allows it; enums as their labels). */
type ValueOf<SqlType> = SqlType extends "text" | "date"
  ? string | null
  : SqlType extends "int"
    ? number | null
    : SqlType extends "boolean"
      ? boolean
      : SqlType extends typeof TEXT_ARRAY
        ? readonly string[]
        : SqlType extends "jsonb"
          ? unknown
          : string | null;

/** A row of one table: exactly its declared columns. */
type Row<T extends SeedTable> = {
  [column in keyof (typeof tables)[T]["columnTypes"]]: ValueOf<(typeof tables)[T]["columnTypes"][column]>;
};

/** The id of a service row: stable, and the same as the GraphQL layer derives from the number. */
export const serviceId = (number: number) => `service-${number}`;

const PROVIDER_TYPENAME = {
  AUTHORITY: "Authority",
  AKIMAT_APPARATUS: "AkimatApparatus",
  SERVICE_CENTRE: "ServiceCentre",
} as const;

/** The rows of every table, derived from the files (pure: tested without a database). */
export function toRows(data: SeedData): { [T in SeedTable]: Row<T>[] } {
  const { legalAct } = data;
  const services = data.services;
  const rows: { [T in Exclude<SeedTable, "searchWord">]: Row<T>[] } = {
    legalAct: [
      {
        id: legalAct.id,
        number: legalAct.number,
        date: legalAct.date,
        title: legalAct.title,
        status: legalAct.status,
        repeal: legalAct.repeal ?? null,
        data: legalAct,
      },
    ],
    amendment: legalAct.amendments.map(
      (amendment, index): Row<"amendment"> => ({
        id: `${legalAct.id}/amendment-${index + 1}`,
        legal_act_id: legalAct.id,
        position: index + 1,
        date: amendment.date,
        number: amendment.number,
        change: amendment.change,
        target: amendment.target,
        service_number: amendment.serviceNumber,
        truncated: amendment.truncated,
        text: amendment.text,
        line_start: amendment.lines.start,
        line_end: amendment.lines.end,
      }),
    ),
    service: services.map(
      (service): Row<"service"> => ({
        id: serviceId(service.number),
        number: service.number,
        repealed: service.repealed,
        title: service.title,
        preamble_title: service.preambleTitle,
        alternate_titles: service.alternateTitles,
        form: service.form,
        line_start: service.lines?.start ?? null,
        line_end: service.lines?.end ?? null,
        search_key: searchText(
          service.title,
          service.preambleTitle,
          ...service.alternateTitles,
          ...aliasNamesOf("Service", serviceId(service.number)),
        ),
        providers: service.providers,
        legal_basis: service.legalBasis,
        result: service.result,
        recipients: service.recipients,
        deadlines: service.deadlines,
        waiting_times: service.waitingTimes,
        cost: service.cost,
        schedules: service.schedules,
        documents: service.documents,
        refusal_grounds: service.refusalGrounds,
        suspension_grounds: service.suspensionGrounds,
        hand_in: service.handIn,
        delivery: service.delivery,
        complaints: service.complaints,
        forms: service.forms,
        amendments: service.amendments,
        sub_services: service.subServices,
      }),
    ),
    appendix: data.appendices.map(
      (appendix): Row<"appendix"> => ({
        id: appendix.id,
        service_id: serviceId(appendix.serviceNumber),
        number: appendix.number,
        kind: appendix.kind,
        heading: appendix.heading,
        caption_start: appendix.caption.start,
        caption_end: appendix.caption.end,
        body_start: appendix.body.start,
        body_end: appendix.body.end,
      }),
    ),
    qualityIndicator: services.flatMap((service) =>
      service.qualityIndicators.map(
        (indicator, index): Row<"qualityIndicator"> => ({
          id: indicator.id,
          service_id: serviceId(indicator.serviceNumber),
          appendix_id: indicator.appendixId,
          position: index + 1,
          group_number: indicator.groupNumber,
          group_name: indicator.group,
          code: indicator.code,
          label: indicator.label,
          values: {
            normative: indicator.normativeValue,
            targetNextYear: indicator.targetValueNextYear,
            currentReportingYear: indicator.currentValueReportingYear,
          },
          line_start: indicator.lines.start,
          line_end: indicator.lines.end,
        }),
      ),
    ),
    region: data.regions.map(
      (region): Row<"region"> => ({
        id: region.id,
        name: region.name,
        name_latin: region.nameLatin,
        kind: region.kind,
        position: region.order,
        alternate_names: region.alternateNames,
        search_key: searchText(
          region.name,
          region.nameLatin,
          ...region.alternateNames,
          ...aliasNamesOf("Region", region.id),
        ),
      }),
    ),
    district: data.districts.map(
      (district): Row<"district"> => ({
        id: district.id,
        region_id: district.regionId,
        name: district.name,
        name_latin: district.nameLatin,
        kind: district.kind,
        alternate_names: district.alternateNames,
        search_key: searchText(
          district.name,
          district.nameLatin,
          ...district.alternateNames,
          ...aliasNamesOf("District", district.id),
        ),
        name_sort: kazakhSortKey(district.name),
      }),
    ),
    provider: data.providers.map(
      (provider): Row<"provider"> => ({
        id: provider.id,
        type: provider.type,
        authority_kind: provider.authorityKind,
        akimat_level: provider.akimatLevel,
        region_id: provider.regionId,
        district_id: provider.districtId,
        name: provider.name,
        name_latin: provider.nameLatin,
        alternate_names: provider.alternateNames,
        search_key: searchText(
          provider.name,
          provider.nameLatin,
          ...provider.alternateNames,
          ...aliasNamesOf(PROVIDER_TYPENAME[provider.type], provider.id),
        ),
        name_sort: kazakhSortKey(provider.name),
        contact_key: contactText(provider),
        phone_key: phoneKey(provider.phones),
        address: provider.address,
        emails: provider.emails,
        websites: provider.websites,
        phones: provider.phones,
        schedule: provider.schedule,
        responsible_unit: provider.responsibleUnit,
        sources: provider.sources,
      }),
    ),
    providerService: data.providers.flatMap((provider) =>
      provider.serviceNumbers.map(
        (number): Row<"providerService"> => ({ provider_id: provider.id, service_id: serviceId(number) }),
      ),
    ),
    listing: data.listings.map(
      (listing): Row<"listing"> => ({
        id: listing.id,
        provider_id: listing.providerId,
        appendix_id: listing.appendixId,
        service_id: serviceId(listing.serviceNumber),
        region_id: listing.regionId,
        position: listing.position,
        printed_number: listing.printedNumber,
        line_start: listing.lines.start,
        line_end: listing.lines.end,
        values: listing.values,
      }),
    ),
    conflict: data.conflicts.map(
      (conflict): Row<"conflict"> => ({
        id: `${conflict.providerId}/${conflict.field}`,
        provider_id: conflict.providerId,
        field: conflict.field,
        values: conflict.values,
        chosen: conflict.chosen,
        rule: conflict.rule,
      }),
    ),
    sourceLine: data.sourceText.split("\n").map((text, index): Row<"sourceLine"> => ({ no: index + 1, text })),
  };
  const keys = [rows.service, rows.region, rows.district, rows.provider].flatMap((table) =>
    table.map((row) => ({
      names: row.search_key ?? "",
      contacts: ("contact_key" in row ? row.contact_key : null) ?? "",
    })),
  );
  const searchWord = [...vocabulary(keys)].map(
    ([word, count]): Row<"searchWord"> => ({ word, rows: count.rows, names: count.names }),
  );
  return { ...rows, searchWord };
}

export interface SeedResult {
  /** False when the database already held this exact data and nothing was done. */
  loaded: boolean;
  hash: string;
  tables: Partial<Record<SeedTable, SyncCounts>>;
}

const STATE_KEY = "directory";
/** The advisory lock loads take on PostgreSQL (the migrations' is 3942011). */
const SEED_LOCK_KEY = 394_2012;

export async function seededHash(db: Database): Promise<string | null> {
  const rows = await db.query<{ hash: string }>(`SELECT hash FROM seed_state WHERE key = $1`, [STATE_KEY]);
  return rows[0]?.hash ?? null;
}

/** Loads `data` unless the database already holds it (`force` loads anyway, still changing only what differs). */
export async function seed(
  db: Database,
  data: SeedData = readSeedData(),
  options: { force?: boolean } = {},
): Promise<SeedResult> {
  if (!options.force && (await seededHash(db)) === data.hash) return { loaded: false, hash: data.hash, tables: {} };
  const rows = toRows(data);
  const order = Object.keys(tables) as SeedTable[];
  const result = await db.transaction(async (tx): Promise<SeedResult> => {
    if (db.kind === "postgres") {
      // Several processes starting together on one database: one loads, the others wait here and then find it loaded.
      await tx.query("SELECT pg_advisory_xact_lock($1)", [SEED_LOCK_KEY]);
      const [current] = await tx.query<{ hash: string }>(`SELECT hash FROM seed_state WHERE key = $1`, [STATE_KEY]);
      if (!options.force && current?.hash === data.hash) return { loaded: false, hash: data.hash, tables: {} };
    }
    const counts: Partial<Record<SeedTable, SyncCounts>> = {};
    // Children first when deleting is handled by ON DELETE CASCADE; inserting needs parents first.
    for (const name of order) counts[name] = await syncTable(tx, tables[name], rows[name]);
    await tx.query(
      `INSERT INTO seed_state (key, hash, seeded_at) VALUES ($1, $2, now())
       ON CONFLICT (key) DO UPDATE SET hash = EXCLUDED.hash, seeded_at = EXCLUDED.seeded_at`,
      [STATE_KEY, data.hash],
    );
    return { loaded: true, hash: data.hash, tables: counts };
  });
  // Fresh statistics for the planner: after a first load it knew nothing of 98,000 new rows until autovacuum came
  // round (up to a minute), and the first minute's heavy reads (a whole walk) ran on guessed plans, several times slower.
  if (
    result.loaded &&
    result.tables &&
    Object.values(result.tables).some((counts) => counts.inserted + counts.updated + counts.deleted > 0)
  ) {
    await db.query(`ANALYZE ${order.map((name) => `"${tables[name].table}"`).join(", ")}`);
  }
  return result;
}
