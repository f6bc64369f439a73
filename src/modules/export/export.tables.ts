/**
 * The bulk exports: one table per kind of record, with stable column names
 * (snake_case; never renamed, only added to), a description and the Kazakh
 * term of every column. The same spec writes the CSV, the NDJSON and the
 * `datapackage.json` that describes both.
 *
 * Every table is read with keyset batches (`keysetRows`), so no export holds
 * more than one batch of rows in memory; the service tables (documents,
 * refusal grounds, complaint routes, deadlines) read the 18 services a few at
 * a time and flatten their rules.
 */
import type { Database } from "../../db/database.js";
import { conflictRuleOf } from "../conflict/conflict.inputs.js";
import { providerKind } from "../provider/provider.type.js";
import { keysetRows } from "./export.stream.js";
import type { Email, Ground, Phone, WeeklyHours } from "../../../seeds/contract/index.js";
import type { ConflictRow, DistrictRow, ListingRow, ProviderRow, RegionRow, ServiceRow } from "./export.rows.js";

/** Frictionless field types the exports use. */
export type FieldType = "string" | "integer" | "boolean" | "date";

export interface ExportColumn {
  name: string;
  type: FieldType;
  /** A list: joined with « | » in CSV, a JSON array in NDJSON. */
  list?: boolean;
  /** Null/empty allowed (Frictionless `constraints.required` is false). */
  optional?: boolean;
  description: string;
  /** The Kazakh term for what the column holds. */
  kazakh: string;
}

export interface ExportTable {
  name: string;
  title: string;
  description: string;
  kazakh: string;
  columns: ExportColumn[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  /** Where GraphQL gives the same count. */
  graphql: string;
  rows(db: Database): AsyncIterable<Record<string, unknown>>;
}

/** Columns every row ends with, so each file states what it is. */
export const VERSION_COLUMNS: ExportColumn[] = [
  {
    name: "data_version",
    type: "string",
    description:
      "The data version: the SHA-256 of the seed data the server loaded (the ETag and `datapackage.json` carry it too). Rows of one version belong together.",
    kazakh: "деректер нұсқасы",
  },
  {
    name: "act_date",
    type: "date",
    description: "Date of the act the data comes from: resolution No. 394 of 7 April 2011 (repealed 11 March 2014).",
    kazakh: "қаулының күні",
  },
];

const col = (
  name: string,
  type: FieldType,
  description: string,
  kazakh: string,
  extra: Partial<ExportColumn> = {},
): ExportColumn => ({ name, type, description, kazakh, ...extra });
const opt = { optional: true } as const;
const list = { list: true } as const;

/** One row of an export, by column name. */
type ExportRow = Record<string, unknown>;
const lineColumns = (what: string): ExportColumn[] => [
  col(
    "line_start",
    "integer",
    `First line of ${what} in the act's text (see the source_lines export).`,
    "бастапқы жол",
  ),
  col("line_end", "integer", `Last line of ${what} in the act's text.`, "соңғы жол"),
];

/** The services with their rules, four at a time (about 30 KB each). */
async function* services(db: Database): AsyncGenerator<ServiceRow> {
  yield* keysetRows<ServiceRow>(db, {
    sql: `SELECT *, number AS k0 FROM service WHERE {where}`,
    keys: ["number"],
    batchSize: 4,
  });
}

const phonesText = (phones: Phone[] | null | undefined) => (phones ?? []).map((phone) => phone.raw);
const phonesE164 = (phones: Phone[] | null | undefined) =>
  (phones ?? []).flatMap((phone) => (phone.e164 ? [phone.e164] : []));
const emailsText = (emails: Email[] | null | undefined) => (emails ?? []).map((email) => email.value);
const weeklyText = (weekly: WeeklyHours[] | null | undefined) =>
  (weekly ?? []).map(
    (hours) =>
      `${hours.days.join(",")} ${hours.opens}-${hours.closes}${hours.breaks.map((pause) => ` break ${pause.start}-${pause.end}`).join("")}`,
  );

export const REGIONS: ExportTable = {
  name: "regions",
  title: "Regions",
  kazakh: "өңірлер",
  description: "The 16 regions in the act's order: 14 oblasts and the cities Astana and Almaty.",
  graphql: "regions { totalCount }",
  primaryKey: ["id"],
  columns: [
    col("id", "string", "The region's slug (`pavlodar`); GraphQL's `region(id:)` takes it.", "сәйкестендіргіш"),
    col("name", "string", "Name in Kazakh.", "атауы"),
    col("name_latin", "string", "The name in the 2021 Kazakh Latin alphabet.", "латынша атауы"),
    col("kind", "string", "OBLAST or CITY (a city of republican significance).", "түрі"),
    col("position", "integer", "Position in the act's fixed order of regions (1–16).", "реті"),
    col("alternate_names", "string", "Short forms the headings print, and their Latin forms.", "басқа атаулары", list),
  ],
  async *rows(db) {
    for await (const row of keysetRows<RegionRow>(db, {
      sql: `SELECT *, position AS k0 FROM region WHERE {where}`,
      keys: ["position"],
    })) {
      yield {
        id: row.id,
        name: row.name,
        name_latin: row.name_latin,
        kind: row.kind,
        position: row.position,
        alternate_names: row.alternate_names,
      };
    }
  },
};

export const DISTRICTS: ExportTable = {
  name: "districts",
  title: "Districts",
  kazakh: "аудандар",
  description:
    "The 212 districts, cities of oblast significance, city districts and settlements, by region (act's order), then slug.",
  graphql: "districts { totalCount }",
  primaryKey: ["id"],
  foreignKeys: [{ fields: ["region_id"], reference: { resource: "regions", fields: ["id"] } }],
  columns: [
    col("id", "string", "The district's slug (`akmola/akkol`).", "сәйкестендіргіш"),
    col("region_id", "string", "Slug of its region.", "облыс"),
    col("name", "string", "Name in Kazakh, the spelling most rows print.", "атауы"),
    col("name_latin", "string", "The name in the Kazakh Latin alphabet.", "латынша атауы"),
    col("kind", "string", "DISTRICT, CITY (of oblast significance), CITY_DISTRICT or SETTLEMENT.", "түрі"),
    col("alternate_names", "string", "Other spellings the act prints.", "басқа атаулары", list),
  ],
  async *rows(db) {
    const sql = `SELECT d.*, r.position AS k0, d.id AS k1 FROM district d JOIN region r ON r.id = d.region_id WHERE {where}`;
    for await (const row of keysetRows<DistrictRow>(db, { sql, keys: ["r.position", "d.id"] })) {
      yield {
        id: row.id,
        region_id: row.region_id,
        name: row.name,
        name_latin: row.name_latin,
        kind: row.kind,
        alternate_names: row.alternate_names,
      };
    }
  },
};

export const PROVIDERS: ExportTable = {
  name: "providers",
  title: "Providers",
  kazakh: "көрсетілетін қызметті берушілер",
  description:
    "Every body the act's lists name: district departments, regional administrations and the Ministry (authorities), akimat apparatus and public service centres, " +
    "with the values the directory settled on (see the conflicts export where the act's copies disagree). By region, then slug.",
  graphql: "authorities + akimatApparatus + serviceCentres { totalCount } (stats.providers)",
  primaryKey: ["id"],
  foreignKeys: [
    { fields: ["region_id"], reference: { resource: "regions", fields: ["id"] } },
    { fields: ["district_id"], reference: { resource: "districts", fields: ["id"] } },
  ],
  columns: [
    col(
      "id",
      "string",
      "The provider's slug (`authority:akmola:akkol`); GraphQL's filters and `providerId` take it.",
      "сәйкестендіргіш",
    ),
    col(
      "kind",
      "string",
      "DISTRICT_DEPARTMENT, REGIONAL_ADMINISTRATION, MINISTRY, REGIONAL_AKIMAT_APPARATUS, DISTRICT_AKIMAT_APPARATUS or SERVICE_CENTRE (GraphQL's ProviderKind).",
      "түрі",
    ),
    col("region_id", "string", "Slug of the region the directory places it in.", "облыс"),
    col("district_id", "string", "Slug of the district it serves; empty for region-level bodies.", "аудан", opt),
    col("name", "string", "Name in Kazakh, as the directory settled it.", "атауы"),
    col("name_latin", "string", "The name in the Kazakh Latin alphabet.", "латынша атауы"),
    col("alternate_names", "string", "Other spellings the act's lists print.", "басқа атаулары", list),
    col("address", "string", "The whole cleaned postal address.", "мекенжай", opt),
    col("postal_code", "string", "Postal code, six digits; empty when the act prints none.", "пошта индексі", opt),
    col("locality", "string", "Settlement (елді мекен).", "елді мекен", opt),
    col("street", "string", "Street.", "көше", opt),
    col("house", "string", "House number.", "үй нөмірі", opt),
    col("emails", "string", "E-mail addresses, cleaned.", "электрондық пошта", list),
    col("websites", "string", "Web sites as printed (no scheme).", "интернет-ресурс", list),
    col(
      "phones",
      "string",
      "Telephone numbers as printed; the phones export has one row per number with its E.164 form and kind.",
      "телефондар",
      list,
    ),
    col(
      "phones_e164",
      "string",
      "The numbers whose area code is known, in E.164 (+7…); numbers without one are left out, so this list need not align with `phones`.",
      "телефондар (E.164)",
      list,
    ),
    col("schedule", "string", "Working schedule as printed, cleaned.", "жұмыс кестесі", opt),
    col(
      "hours",
      "string",
      "The weekly hours read from the schedule: «MON,TUE,… 09:00-18:00 break 13:00-14:00», local time; empty when they could not be read.",
      "жұмыс уақыты",
      list,
    ),
    col(
      "responsible_unit",
      "string",
      "The unit responsible for public services, where the act names one (regional akimat apparatus).",
      "жауапты құрылымдық бөлімше",
      opt,
    ),
    col("service_numbers", "integer", "Numbers of the services whose lists name it.", "қызметтер нөмірлері", list),
    col(
      "listing_count",
      "integer",
      "How many rows of the act's lists name it (the listings export).",
      "тізім жолдары саны",
    ),
    col(
      "conflict_fields",
      "string",
      "Fields its listings disagree on (the conflicts export); empty when they all agree.",
      "қайшы өрістер",
      list,
    ),
  ],
  async *rows(db) {
    const sql = `SELECT p.*, r.position AS k0, p.id AS k1,
        ARRAY(SELECT s.number FROM provider_service ps JOIN service s ON s.id = ps.service_id WHERE ps.provider_id = p.id ORDER BY s.number) AS service_numbers,
        (SELECT count(*)::int FROM listing l WHERE l.provider_id = p.id) AS listing_count,
        ARRAY(SELECT c.field FROM conflict c WHERE c.provider_id = p.id ORDER BY c.field) AS conflict_fields
      FROM provider p JOIN region r ON r.id = p.region_id WHERE {where}`;
    for await (const row of keysetRows<ProviderWithCounts>(db, { sql, keys: ["r.position", "p.id"] }))
      yield providerRow(row);
  },
};

/** A provider row with what the providers export counts beside it. */
interface ProviderWithCounts extends ProviderRow {
  service_numbers: number[];
  listing_count: number;
  conflict_fields: string[];
}

function providerRow(row: ProviderWithCounts): ExportRow {
  const { address, schedule, responsible_unit: unit } = row;
  return {
    id: row.id,
    kind: providerKind({ type: row.type, authorityKind: row.authority_kind, akimatLevel: row.akimat_level }),
    region_id: row.region_id,
    district_id: row.district_id,
    name: row.name,
    name_latin: row.name_latin,
    alternate_names: row.alternate_names,
    address: address?.full ?? null,
    postal_code: address?.postalCode ?? null,
    locality: address?.locality ?? null,
    street: address?.street ?? null,
    house: address?.house ?? null,
    emails: emailsText(row.emails),
    websites: row.websites,
    phones: phonesText(row.phones),
    phones_e164: phonesE164(row.phones),
    schedule: schedule?.text ?? null,
    hours: weeklyText(schedule?.weekly),
    responsible_unit: unit?.name ?? null,
    service_numbers: row.service_numbers,
    listing_count: row.listing_count,
    conflict_fields: row.conflict_fields,
  };
}

export const PHONES: ExportTable = {
  name: "phones",
  title: "Phones",
  kazakh: "телефондар",
  description:
    "One row per telephone number of a provider (the providers export joins them in one cell), in the provider's order.",
  graphql: "the phones of every provider (Provider.phones)",
  primaryKey: ["provider_id", "position"],
  foreignKeys: [{ fields: ["provider_id"], reference: { resource: "providers", fields: ["id"] } }],
  columns: [
    col("provider_id", "string", "Slug of the provider.", "қызмет беруші"),
    col("position", "integer", "Position of the number among the provider's phones, 1-based.", "реті"),
    col("raw", "string", "The number as printed, e.g. «8 (71638) 2-15-83».", "нөмірі"),
    col("e164", "string", "The number in E.164 (+7…); empty when its area code is unknown.", "E.164 нөмірі", opt),
    col("kind", "string", "PHONE, FAX, TELETYPE or RECEPTION (the head's reception).", "түрі"),
  ],
  async *rows(db) {
    const sql = `SELECT p.id AS provider_id, e.ord::int AS position, e.value AS phone, r.position AS k0, p.id AS k1, e.ord AS k2
      FROM provider p JOIN region r ON r.id = p.region_id CROSS JOIN LATERAL jsonb_array_elements(p.phones) WITH ORDINALITY AS e(value, ord) WHERE {where}`;
    for await (const row of keysetRows<{ provider_id: string; position: number; phone: Phone }>(db, {
      sql,
      keys: ["r.position", "p.id", "e.ord"],
    })) {
      yield {
        provider_id: row.provider_id,
        position: row.position,
        raw: row.phone.raw,
        e164: row.phone.e164 ?? null,
        kind: row.phone.kind,
      };
    }
  },
};

export const LISTINGS: ExportTable = {
  name: "listings",
  title: "Listings",
  kazakh: "тізім жолдары",
  description:
    "Every row of the act's provider lists (appendices), with the values exactly as that row prints them (cleaned, not reconciled) and its lines: " +
    "where the act names a provider. In the act's order.",
  graphql: "stats { listings }",
  primaryKey: ["id"],
  foreignKeys: [
    { fields: ["provider_id"], reference: { resource: "providers", fields: ["id"] } },
    { fields: ["service_number"], reference: { resource: "services", fields: ["number"] } },
  ],
  columns: [
    col(
      "id",
      "string",
      "The listing's id: `<appendix>#<region>-<position>` (`s1-a1#akmola-3`) or `<appendix>#<position>`.",
      "сәйкестендіргіш",
    ),
    col("provider_id", "string", "Slug of the provider the row names.", "қызмет беруші"),
    col("service_number", "integer", "Number of the service whose standard holds the list.", "қызмет нөмірі"),
    col("appendix_id", "string", "The appendix (`s6-a1`: standard 6, appendix 1).", "қосымша"),
    col("appendix_kind", "string", "DEPT, AKIM, BASQ, APP or XQO: what the list holds.", "қосымша түрі"),
    col(
      "region_id",
      "string",
      "The region block the row stands in (lists ordered by region); empty otherwise.",
      "облыс",
      opt,
    ),
    col("row", "integer", "Position of the row in its list or region block, 1-based.", "жол реті"),
    col("printed_number", "string", "The row number as printed; empty when none is printed.", "басылған нөмірі", opt),
    ...lineColumns("the row"),
    col("name", "string", "Name as printed.", "атауы"),
    col("postal_code", "string", "Postal code as printed.", "пошта индексі", opt),
    col("address", "string", "Address as printed.", "мекенжай", opt),
    col("emails", "string", "E-mails as printed, cleaned.", "электрондық пошта", list),
    col("websites", "string", "Web sites as printed.", "интернет-ресурс", list),
    col("phones", "string", "Phones as printed.", "телефондар", list),
    col("schedule", "string", "Schedule as printed.", "жұмыс кестесі", opt),
    col("responsible_unit", "string", "Responsible unit as printed (APP lists).", "жауапты бөлімше", opt),
  ],
  async *rows(db) {
    const sql = `SELECT l.*, a.kind AS appendix_kind, s.number AS service_number, l.line_start AS k0, l.id AS k1
      FROM listing l JOIN appendix a ON a.id = l.appendix_id JOIN service s ON s.id = l.service_id WHERE {where}`;
    for await (const row of keysetRows<ListingRow & { appendix_kind: string; service_number: number }>(db, {
      sql,
      keys: ["l.line_start", "l.id"],
    })) {
      const values: Partial<ListingRow["values"]> = row.values ?? {};
      yield {
        id: row.id,
        provider_id: row.provider_id,
        service_number: row.service_number,
        appendix_id: row.appendix_id,
        appendix_kind: row.appendix_kind,
        region_id: row.region_id,
        row: row.position,
        printed_number: row.printed_number,
        line_start: row.line_start,
        line_end: row.line_end,
        name: values.name ?? "",
        postal_code: values.postalCode ?? null,
        address: values.address ?? null,
        emails: emailsText(values.emails),
        websites: values.websites ?? [],
        phones: phonesText(values.phones),
        schedule: values.schedule?.text ?? null,
        responsible_unit: values.responsibleUnit ?? null,
      };
    }
  },
};

/** A conflict row with its provider's kind and region. */
type ConflictWithProvider = ConflictRow & Pick<ProviderRow, "type" | "authority_kind" | "akimat_level" | "region_id">;

export const CONFLICTS: ExportTable = {
  name: "conflicts",
  title: "Conflicts",
  kazakh: "қайшылықтар",
  description:
    "Every field where the act's copies disagree about a provider: the values printed, how many listings print each, the value the directory chose and the rule that chose it. " +
    "By region, then provider and field (GraphQL's `conflicts`).",
  graphql: "conflicts { totalCount }",
  primaryKey: ["id"],
  foreignKeys: [{ fields: ["provider_id"], reference: { resource: "providers", fields: ["id"] } }],
  columns: [
    col("id", "string", "`<provider>/<field>`.", "сәйкестендіргіш"),
    col("provider_id", "string", "Slug of the provider.", "қызмет беруші"),
    col("provider_kind", "string", "The provider's kind (as in the providers export).", "қызмет беруші түрі"),
    col("region_id", "string", "The provider's region.", "облыс"),
    col("field", "string", "The field: address, emails, phones, schedule, websites or responsibleUnit.", "өріс"),
    col("chosen", "string", "The value the directory serves.", "таңдалған мән"),
    col("rule", "string", "The rule that chose it, in words («majority: 5 of 6 listings»).", "ереже"),
    col("rule_kind", "string", "MAJORITY, SOUND_VALUE or TIE (GraphQL's ConflictRule).", "ереже түрі"),
    col("values", "string", "Every value printed, the chosen one among them.", "мәндер", list),
    col(
      "listing_counts",
      "integer",
      "For each of `values`, in the same order, how many listings print it (0 for the Ministry, whose values come from paragraph 26 of the standards).",
      "жолдар саны",
      list,
    ),
    col(
      "listing_ids",
      "string",
      "For each of `values`, in the same order, the listings that print it, joined with «+».",
      "жолдар",
      list,
    ),
  ],
  async *rows(db) {
    const sql = `SELECT c.*, p.type, p.authority_kind, p.akimat_level, p.region_id, r.position AS k0, c.provider_id AS k1, c.field AS k2
      FROM conflict c JOIN provider p ON p.id = c.provider_id JOIN region r ON r.id = p.region_id WHERE {where}`;
    for await (const row of keysetRows<ConflictWithProvider>(db, {
      sql,
      keys: ["r.position", "c.provider_id", "c.field"],
    })) {
      const values = row.values ?? [];
      yield {
        id: row.id,
        provider_id: row.provider_id,
        provider_kind: providerKind({
          type: row.type,
          authorityKind: row.authority_kind,
          akimatLevel: row.akimat_level,
        }),
        region_id: row.region_id,
        field: row.field,
        chosen: row.chosen,
        rule: row.rule,
        rule_kind: conflictRuleOf(row.rule),
        values: values.map((entry) => entry.value),
        listing_counts: values.map((entry) => (entry.listingIds ?? []).length),
        listing_ids: values.map((entry) => (entry.listingIds ?? []).join("+")),
      };
    }
  },
};

export const SERVICES: ExportTable = {
  name: "services",
  title: "Services",
  kazakh: "мемлекеттік көрсетілетін қызметтер",
  description: "The act's 18 service items: the 17 standards and the repealed item 11 (which has no text), by number.",
  graphql: "services { totalCount }",
  primaryKey: ["number"],
  columns: [
    col("number", "integer", "Number in the act's preamble (1–18).", "нөмірі"),
    col("repealed", "boolean", "True for the repealed item 11.", "күші жойылды"),
    col("title", "string", "Title as printed above the standard; empty for item 11.", "атауы", opt),
    col("preamble_title", "string", "Title in the preamble list, when it has one.", "кіріспедегі атауы", opt),
    col("alternate_titles", "string", "Other titles found in the act.", "басқа атаулары", list),
    col("form", "string", "NON_AUTOMATED, PARTIALLY_NON_AUTOMATED or PARTIALLY_AUTOMATED.", "көрсету нысаны", opt),
    col(
      "channels",
      "string",
      "Where it is applied for: AUTHORITY, AKIM, SERVICE_CENTRE.",
      "өтініш беру арналары",
      list,
    ),
    col("legal_basis", "string", "Paragraph 3: the legal basis.", "құқықтық негіз", opt),
    col("result", "string", "Paragraph 5: the result.", "нәтижесі", opt),
    col("recipients", "string", "Paragraph 6: who receives it.", "алушылар", opt),
    col("free", "boolean", "True when the standard says it is free of charge.", "тегін", opt),
    col("cost", "string", "Paragraph 8: the cost sentence.", "құны", opt),
    col("deadline_count", "integer", "Rows of the deadlines export for it.", "мерзімдер саны"),
    col("document_count", "integer", "Rows of the documents export for it.", "құжаттар саны"),
    col("refusal_ground_count", "integer", "Rows of the refusal_grounds export for it.", "негіздер саны"),
    col("complaint_route_count", "integer", "Rows of the complaint_routes export for it.", "шағым жолдары саны"),
    col("provider_count", "integer", "Providers whose lists for it name them.", "қызмет берушілер саны"),
    col("line_start", "integer", "First line of the standard (or of item 11's note) in the act.", "бастапқы жол", opt),
    col("line_end", "integer", "Last line.", "соңғы жол", opt),
  ],
  async *rows(db) {
    const counts = new Map(
      (
        await db.query<{ service_id: string; n: number }>(
          `SELECT service_id, count(*)::int AS n FROM provider_service GROUP BY service_id`,
        )
      ).map((row) => [row.service_id, row.n]),
    );
    for await (const service of services(db)) {
      yield {
        number: service.number,
        repealed: service.repealed,
        title: service.title,
        preamble_title: service.preamble_title,
        alternate_titles: service.alternate_titles,
        form: service.form,
        channels: (service.providers ?? []).map((channel) => channel.channel),
        legal_basis: service.legal_basis?.text ?? null,
        result: service.result?.text ?? null,
        recipients: service.recipients?.text ?? null,
        free: service.cost ? Boolean(service.cost.free) : null,
        cost: service.cost?.text ?? null,
        deadline_count: deadlineRows(service).length,
        document_count: documentRows(service).length,
        refusal_ground_count: groundRows(service).length,
        complaint_route_count: routeRows(service).length,
        provider_count: counts.get(service.id) ?? 0,
        line_start: service.line_start,
        line_end: service.line_end,
      };
    }
  },
};

export function documentRows(service: ServiceRow): ExportRow[] {
  const lists = service.documents?.lists ?? [];
  return lists.flatMap((docs, listIndex) =>
    docs.items.map((item) => ({
      id: `service-${service.number}/list-${listIndex + 1}/${item.code}`,
      service_number: service.number,
      list: listIndex + 1,
      channels: docs.channels,
      code: item.code,
      number: item.number,
      text: item.text,
      cases: item.cases.map(
        (entry) => `${entry.code}: ${entry.applicants ? `${entry.applicants} — ` : ""}${entry.document}`,
      ),
      line_start: item.lines.start,
      line_end: item.lines.end,
    })),
  );
}

export function groundRows(service: ServiceRow): ExportRow[] {
  const rows: ExportRow[] = [];
  const add = (kind: string, grounds: Ground[] | undefined) => {
    for (const ground of grounds ?? []) {
      rows.push({
        id: `service-${service.number}/${ground.code}`,
        service_number: service.number,
        kind,
        code: ground.code,
        text: ground.text,
        except_sub_services: ground.exceptSubServices ?? [],
        line_start: ground.lines.start,
        line_end: ground.lines.end,
      });
    }
  };
  add("REFUSAL", service.refusal_grounds?.grounds);
  add("TERMINATION", service.refusal_grounds?.termination);
  add("SUSPENSION", service.suspension_grounds?.grounds);
  return rows;
}

export function routeRows(service: ServiceRow): ExportRow[] {
  return (service.complaints?.routes ?? []).map((route, index) => ({
    id: `service-${service.number}/route-${index + 1}`,
    service_number: service.number,
    position: index + 1,
    kind: route.kind,
    target: route.target,
    appendix_id: route.appendixId ?? null,
    appendix_kind: route.appendixKind ?? null,
    text: route.text,
    line_start: route.lines.start,
    line_end: route.lines.end,
  }));
}

export function deadlineRows(service: ServiceRow): ExportRow[] {
  return (service.deadlines ?? []).map((deadline) => ({
    id: `service-${service.number}/${deadline.channel}`,
    service_number: service.number,
    channel: deadline.channel,
    amount: deadline.amount,
    unit: deadline.unit,
    at_most: deadline.atMost,
    text: deadline.text,
    line_start: deadline.lines.start,
    line_end: deadline.lines.end,
  }));
}

const serviceKey = { fields: ["service_number"], reference: { resource: "services", fields: ["number"] } };

const SERVICE_NUMBER = col("service_number", "integer", "The service.", "қызмет нөмірі");

/**
 * A table of one row per rule of each service (documents, grounds, complaint
 * routes, deadlines): keyed by `id`, tied to its service, ending with the
 * lines of the act the rule stands on, and read by flattening the services.
 */
function perServiceTable(
  table: Pick<ExportTable, "name" | "title" | "kazakh" | "description" | "graphql">,
  columns: { id: string; own: ExportColumn[]; lines: string },
  rowsOf: (service: ServiceRow) => ExportRow[],
): ExportTable {
  return {
    ...table,
    primaryKey: ["id"],
    foreignKeys: [serviceKey],
    columns: [
      col("id", "string", columns.id, "сәйкестендіргіш"),
      SERVICE_NUMBER,
      ...columns.own,
      ...lineColumns(columns.lines),
    ],
    async *rows(db) {
      for await (const service of services(db)) yield* rowsOf(service);
    },
  };
}

export const DOCUMENTS = perServiceTable(
  {
    name: "documents",
    title: "Required documents",
    kazakh: "қажетті құжаттар",
    description:
      "Paragraph 10 of each standard: the documents to hand in, one row per item of each channel's list (a service may list them per channel). Standard 14 leaves them to maslikhat decisions, so it has none.",
    graphql: "services { nodes { documents { lists { items } } } } (the items of every list)",
  },
  {
    id: "`service-<n>/list-<k>/<code>`.",
    own: [
      col("list", "integer", "Which of the service's document lists (1-based): one per group of channels.", "тізбе"),
      col("channels", "string", "The channels the list is for.", "арналар", list),
      col("code", "string", "Stable code within the list: d1… for numbered items, x1… for additions.", "коды"),
      col("number", "integer", "The printed item number; empty for an addition.", "нөмірі", opt),
      col("text", "string", "The document.", "құжат"),
      col("cases", "string", "Per-applicant variants: «code: who — document».", "жағдайлар", list),
    ],
    lines: "the item",
  },
  documentRows,
);

export const REFUSAL_GROUNDS = perServiceTable(
  {
    name: "refusal_grounds",
    title: "Refusal, termination and suspension grounds",
    kazakh: "бас тарту негіздері",
    description:
      "Grounds on which a service is refused (REFUSAL), stopped once granted (TERMINATION) or suspended (SUSPENSION), per standard.",
    graphql: "services { nodes { refusalGrounds { grounds termination } suspensionGrounds { grounds } } }",
  },
  {
    id: "`service-<n>/<code>`.",
    own: [
      col("kind", "string", "REFUSAL (бас тарту), TERMINATION (тоқтату) or SUSPENSION (тоқтата тұру).", "түрі"),
      col("code", "string", "Stable code: r1… refusal, t1… termination, s1… suspension.", "коды"),
      col("text", "string", "The ground.", "негіз"),
      col(
        "except_sub_services",
        "integer",
        "Sub-services (standard 18's) the ground does not apply to.",
        "қоспағанда",
        list,
      ),
    ],
    lines: "the ground",
  },
  groundRows,
);

export const COMPLAINT_ROUTES = perServiceTable(
  {
    name: "complaint_routes",
    title: "Complaint routes",
    kazakh: "шағымдану тәртібі",
    description:
      "Where a complaint about each service goes (paragraphs 20–22): what about, to whom, and the appendix that lists the bodies.",
    graphql: "services { nodes { complaints { routes } } }",
  },
  {
    id: "`service-<n>/route-<k>`.",
    own: [
      col("position", "integer", "Order within the standard.", "реті"),
      col("kind", "string", "RUDE_SERVICE, RESULT_DISAGREEMENT, OFFICIAL_ACTIONS or COURT.", "шағым түрі"),
      col(
        "target",
        "string",
        "PROVIDER_HEAD, REGIONAL_ADMINISTRATION, AKIMAT_APPARATUS, MINISTRY or COURT.",
        "шағым беру органы",
      ),
      col(
        "appendix_id",
        "string",
        "The appendix the sentence cites for the bodies, when it cites one.",
        "қосымша",
        opt,
      ),
      col("appendix_kind", "string", "Its kind: DEPT, AKIM, BASQ, APP or XQO.", "қосымша түрі", opt),
      col("text", "string", "The sentence.", "мәтіні"),
    ],
    lines: "the sentence",
  },
  routeRows,
);

export const DEADLINES = perServiceTable(
  {
    name: "deadlines",
    title: "Deadlines",
    kazakh: "қызмет көрсету мерзімдері",
    description: "Paragraph 7: how long each channel may take, per service.",
    graphql: "services { nodes { deadlines } }",
  },
  {
    id: "`service-<n>/<channel>`.",
    own: [
      col("channel", "string", "AUTHORITY, AKIM or SERVICE_CENTRE.", "арна"),
      col("amount", "integer", "How many units.", "мөлшері"),
      col("unit", "string", "WORKING_DAYS, CALENDAR_DAYS or MINUTES.", "өлшем бірлігі"),
      col("at_most", "boolean", "True for «at most» (аспайды), false for «within» (ішінде).", "аспайды"),
      col("text", "string", "The sentence.", "мәтіні"),
    ],
    lines: "the sentence",
  },
  deadlineRows,
);

export const SOURCE_LINES: ExportTable = {
  name: "source_lines",
  title: "The act's text",
  kazakh: "қаулының мәтіні",
  description:
    "The act's text line by line (84,765 lines), so any `line_start`–`line_end` of the other exports can be read beside its value.",
  graphql: "legalAct { sourceLines(start, end) } (one line per number)",
  primaryKey: ["no"],
  columns: [
    col("no", "integer", "Line number, from 1.", "жол нөмірі"),
    col("text", "string", "The line exactly as in the source text.", "мәтіні"),
  ],
  async *rows(db) {
    yield* keysetRows<ExportRow>(db, {
      sql: `SELECT no, text, no AS k0 FROM source_line WHERE {where}`,
      keys: ["no"],
      batchSize: 2000,
      map: (row) => ({ no: row.no, text: row.text }),
    });
  },
};

/** Every export, in the order the index and `datapackage.json` list them. */
export const EXPORT_TABLES: readonly ExportTable[] = [
  REGIONS,
  DISTRICTS,
  PROVIDERS,
  PHONES,
  LISTINGS,
  CONFLICTS,
  SERVICES,
  DOCUMENTS,
  REFUSAL_GROUNDS,
  COMPLAINT_ROUTES,
  DEADLINES,
  SOURCE_LINES,
];
