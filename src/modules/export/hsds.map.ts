/**
 * The directory as Open Referral HSDS 3.0 objects (docs: README "HSDS").
 *
 * - organization: every provider (authorities, akimat apparatus, service
 *   centres), its slug kept as an organization_identifier;
 * - location: one per provider, its office, with the address, phones and
 *   weekly hours (a lunch break splits a day into two schedules);
 * - service: the 17 standards (item 11, repealed with no text, is left out),
 *   with required documents, cost, the standard's own hours per channel and
 *   its rules as attributes; HSDS gives a service one organization, so
 *   `organization_id` is the Ministry, which every standard names, and who
 *   delivers it where is service_at_location;
 * - service_at_location: one per (provider, service) the act's lists link,
 *   with the listings (and their lines) as attributes;
 * - attribute: facts HSDS has no field for, each under a term of the one
 *   taxonomy "qyzmet" (`TAXONOMY_TERMS`);
 * - metadata: each conflict (the act's copies disagreeing), as the change
 *   from the values not chosen to the value served.
 *
 * Ids are v5 UUIDs of the slugs (uuid.ts), stable across deployments.
 */
import { keysetRows } from "./export.stream.js";
import type { Database } from "../../db/database.js";
import { providerKind } from "../provider/provider.type.js";
import type { DataVersion } from "./export.version.js";
import { recordUuid } from "./uuid.js";
import type { ConflictRecord, Ground, Phone, WeeklyHours } from "../../../seeds/contract/index.js";
import type { ProviderRow, ServiceRow } from "./export.rows.js";

export type HsdsObject = Record<string, unknown>;

export const HSDS_VERSION = "3.0";
export const HSDS_PROFILE = "https://docs.openreferral.org/en/3.0/";
export const HSDS_OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

/** The one taxonomy of the attributes. */
export const TAXONOMY = {
  id: recordUuid("taxonomy", "qyzmet"),
  name: "qyzmet",
  description:
    "Facts of Qyzmet's directory (resolution No. 394 of 2011) that HSDS has no field for; each attribute's value holds the fact.",
  version: "1",
};

/** The taxonomy's terms: code → name, description. */
export const TAXONOMY_TERMS = {
  service_number: ["Service number", "The service's number in the act's preamble (1–18)."],
  automation_form: [
    "Automation form",
    "How automated the standard says the service is (NON_AUTOMATED, PARTIALLY_NON_AUTOMATED, PARTIALLY_AUTOMATED).",
  ],
  legal_basis: ["Legal basis", "Paragraph 3 of the standard: the acts the service rests on."],
  result: ["Result", "Paragraph 5: what the applicant receives."],
  deadline: [
    "Deadline",
    "Paragraph 7: how long a channel may take: «CHANNEL: amount UNIT (at most|within) — the sentence».",
  ],
  refusal_ground: [
    "Refusal ground",
    "Grounds for refusing (REFUSAL), stopping (TERMINATION) or suspending (SUSPENSION) the service: «KIND code: text».",
  ],
  complaint_route: ["Complaint route", "Where a complaint goes: «KIND → TARGET: the sentence»."],
  channel: [
    "Channel",
    "Where the service is applied for: AUTHORITY, AKIM (a rural akim, through the district akimat) or SERVICE_CENTRE (ХҚО), with paragraph 1's wording.",
  ],
  source_lines: [
    "Lines of the act",
    "Where a value stands in the act's text: «start–end» (GraphQL `legalAct.sourceLines`, the source_lines export), with the listing id when a list row prints it.",
  ],
  provider_kind: [
    "Provider kind",
    "The kind of provider (GraphQL ProviderKind): DISTRICT_DEPARTMENT, REGIONAL_ADMINISTRATION, MINISTRY, REGIONAL_AKIMAT_APPARATUS, DISTRICT_AKIMAT_APPARATUS, SERVICE_CENTRE.",
  ],
  name_latin: ["Name in Latin script", "The name in the 2021 Kazakh Latin alphabet."],
  alternate_name: ["Other spelling", "Another spelling of the name that the act's lists print."],
  email: [
    "E-mail",
    "An e-mail address beyond the first valid one (which is the organization's `email`), or one that is not a valid address, as printed.",
  ],
  website: [
    "Web site",
    "A web site as printed, when it is not the organization's `website` (a second one, or one that is no valid host name).",
  ],
  responsible_unit: [
    "Responsible unit",
    "The unit responsible for public services (жауапты құрылымдық бөлімше) and its phones.",
  ],
  schedule_text: [
    "Schedule as printed",
    "The working schedule as the act prints it, when its hours could not be read into schedules.",
  ],
  document_channels: ["Document list channels", "The channels whose list names this document."],
  document_case: ["Document case", "A per-applicant variant of a document: «code: who — document»."],
  listing: [
    "Listing",
    "A row of the act's provider lists that names this provider for this service: «listing id (appendix kind), lines start–end».",
  ],
} as const;
export type TermCode = keyof typeof TAXONOMY_TERMS;

export const termId = (code: TermCode) => recordUuid("taxonomy_term", code);

export function taxonomyTerms(): HsdsObject[] {
  return (Object.entries(TAXONOMY_TERMS) as [TermCode, readonly [string, string]][]).map(
    ([code, [name, description]]) => ({
      id: termId(code),
      code,
      name,
      description,
      taxonomy: TAXONOMY.name,
      taxonomy_id: TAXONOMY.id,
      language: "en",
    }),
  );
}

function attribute(entity: string, linkId: string, code: TermCode, value: string, index: number): HsdsObject {
  return {
    id: recordUuid("attribute", `${entity}:${linkId}:${code}:${index}`),
    link_id: linkId,
    link_type: code,
    link_entity: entity,
    taxonomy_term_id: termId(code),
    value,
  };
}

/** Attributes of one record, numbered per term. */
class Attributes {
  readonly list: HsdsObject[] = [];
  private readonly counts = new Map<TermCode, number>();
  constructor(
    private readonly entity: string,
    private readonly linkId: string,
  ) {}
  add(code: TermCode, value: string | null | undefined): this {
    if (!value) return this;
    const index = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, index);
    this.list.push(attribute(this.entity, this.linkId, code, value, index));
    return this;
  }
}

const DAY_CODES: Record<string, string> = {
  MON: "MO",
  TUE: "TU",
  WED: "WE",
  THU: "TH",
  FRI: "FR",
  SAT: "SA",
  SUN: "SU",
};
/** Kazakhstan's one time zone (UTC+5 since 2024; the GraphQL API's `isOpenAt` counts in it too). */
const TIMEZONE = 5;

/** Weekly hours as HSDS schedules: one per span of a day, so «09:00–18:00, break 13:00–14:00» is 09:00–13:00 and 14:00–18:00. */
export function schedulesOf(
  owner: { key: string; field: "location_id" | "service_id"; id: string },
  schedule: { text: string; weekly: WeeklyHours[] },
  notes?: string,
): HsdsObject[] {
  const out: HsdsObject[] = [];
  schedule.weekly.forEach((hours, index) => {
    const spans: [string, string][] = [];
    let start = hours.opens;
    for (const pause of hours.breaks) {
      spans.push([start, pause.start]);
      start = pause.end;
    }
    spans.push([start, hours.closes]);
    spans.forEach(([opens, closes], part) => {
      out.push({
        id: recordUuid("schedule", `${owner.key}:${index + 1}:${part + 1}`),
        [owner.field]: owner.id,
        freq: "WEEKLY",
        wkst: "MO",
        byday: hours.days.map((day) => DAY_CODES[day]).join(","),
        opens_at: opens,
        closes_at: closes,
        timezone: TIMEZONE,
        description: schedule.text,
        ...(notes ? { notes } : {}),
      });
    });
  });
  return out;
}

/** A host name a `uri` validator accepts (the act prints «osak_akimat.kz», which is none). */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/i;
export function websiteUri(site: string): string | null {
  const host = site.replace(/^https?:\/\//i, "").replace(/\/.*$/, "");
  return HOST.test(host) ? `http://${site.replace(/^https?:\/\//i, "")}` : null;
}
/** An e-mail a validator of `format: email` accepts. */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

const PHONE_TYPE: Record<string, string | null> = { PHONE: "voice", FAX: "fax", RECEPTION: "voice", TELETYPE: null };
const PHONE_NOTE: Record<string, string> = {
  PHONE: "телефон",
  FAX: "факс",
  RECEPTION: "қабылдау бөлмесі (the head's reception)",
  TELETYPE: "телетайп (teletype)",
};

export function phonesOf(ownerKey: string, locationId: string, phones: Phone[]): HsdsObject[] {
  return phones.map((phone, index) => ({
    id: recordUuid("phone", `${ownerKey}:${index + 1}`),
    location_id: locationId,
    number: phone.e164 ?? phone.raw,
    ...(PHONE_TYPE[phone.kind] ? { type: PHONE_TYPE[phone.kind] } : {}),
    description: `${PHONE_NOTE[phone.kind] ?? phone.kind}; as printed: ${phone.raw}${phone.e164 ? "" : " (area code unknown)"}`,
  }));
}

const KIND_LABEL: Record<string, string> = {
  DISTRICT_DEPARTMENT:
    "District or city department of employment and social programmes (аудандық/қалалық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі)",
  REGIONAL_ADMINISTRATION: "Regional administration of employment and social programmes (облыстық басқарма)",
  MINISTRY: "Ministry of Labour and Social Protection (министрлік)",
  REGIONAL_AKIMAT_APPARATUS: "Apparatus of the regional akim (облыс әкімінің аппараты)",
  DISTRICT_AKIMAT_APPARATUS: "Akimat of a district or city (аудан, қала әкімдігі)",
  SERVICE_CENTRE: "Public service centre (халыққа қызмет көрсету орталығы, ХҚО)",
};

/** One provider row as read by `PROVIDER_SQL`: the row, its place's names, its services and its conflicts. */
export interface ProviderRecord extends ProviderRow {
  /** Never null here: the query joins the region. */
  region_id: string;
  region_name: string;
  district_name: string | null;
  service_numbers: number[];
  conflicts: (Pick<ConflictRecord, "field" | "values" | "chosen" | "rule"> & { id: string })[];
}

export const PROVIDER_SQL = `SELECT p.*, r.name AS region_name, d.name AS district_name, r.position AS k0, p.id AS k1,
    ARRAY(SELECT s.number FROM provider_service ps JOIN service s ON s.id = ps.service_id WHERE ps.provider_id = p.id ORDER BY s.number) AS service_numbers,
    (SELECT coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'field', c.field, 'chosen', c.chosen, 'rule', c.rule, 'values', c.values) ORDER BY c.field), '[]'::jsonb)
       FROM conflict c WHERE c.provider_id = p.id) AS conflicts
  FROM provider p JOIN region r ON r.id = p.region_id LEFT JOIN district d ON d.id = p.district_id WHERE {where}`;
export const PROVIDER_KEYS = ["r.position", "p.id"];

export const organizationId = (slug: string) => recordUuid("organization", slug);
export const locationId = (slug: string) => recordUuid("location", slug);
export const serviceUuid = (number: number) => recordUuid("service", number);
export const salId = (slug: string, number: number) => recordUuid("service_at_location", `${slug}:${number}`);

export interface HsdsContext {
  version: DataVersion;
  /** The records' `last_modified`: when this deployment loaded the data version. */
  lastModified: string;
  /** The 17 standards with their rules (rows of `service`), by number. */
  services: Map<number, ServiceRow>;
  ministry: ProviderRecord;
}

export async function hsdsContext(db: Database, version: DataVersion): Promise<HsdsContext> {
  const services = new Map<number, ServiceRow>();
  for await (const row of keysetRows<ServiceRow>(db, {
    sql: `SELECT *, number AS k0 FROM service WHERE NOT repealed AND {where}`,
    keys: ["number"],
    batchSize: 6,
  }))
    services.set(row.number, row);
  const [ministry] = await db.query<ProviderRecord>(PROVIDER_SQL.replace("{where}", "p.id = 'ministry'"));
  return { version, lastModified: version.loadedAt.toISOString(), services, ministry: ministry! };
}

/** The one-to-one fields of an organization (the list form). */
export function organizationBasic(row: ProviderRecord): HsdsObject {
  const kind = providerKind({ type: row.type, authorityKind: row.authority_kind, akimatLevel: row.akimat_level });
  const email = (row.emails ?? []).find((entry) => entry.valid && EMAIL.test(entry.value));
  const website = (row.websites ?? []).map(websiteUri).find((uri) => uri !== null);
  const place = [row.district_name, row.region_name].filter(Boolean).join(", ");
  return {
    id: organizationId(row.id),
    name: row.name,
    alternate_name: row.name_latin,
    description: `${KIND_LABEL[kind]}; ${place}. Named by the lists of services ${row.service_numbers.map((number: number) => `№${number}`).join(", ")} of resolution No. 394 of 2011.`,
    ...(email ? { email: email.value } : {}),
    ...(website ? { website } : {}),
    legal_status: "government",
  };
}

function organizationAttributes(row: ProviderRecord): HsdsObject[] {
  const id = organizationId(row.id);
  const attributes = new Attributes("organization", id);
  attributes.add(
    "provider_kind",
    providerKind({ type: row.type, authorityKind: row.authority_kind, akimatLevel: row.akimat_level }),
  );
  attributes.add("name_latin", row.name_latin);
  for (const name of row.alternate_names) attributes.add("alternate_name", name);
  const emails = row.emails ?? [];
  const firstEmail = emails.find((entry) => entry.valid && EMAIL.test(entry.value));
  for (const entry of emails)
    if (entry !== firstEmail) attributes.add("email", entry.valid ? entry.value : `${entry.raw} (not a valid address)`);
  const sites = row.websites ?? [];
  const firstSite = sites.find((site) => websiteUri(site) !== null);
  for (const site of sites) if (site !== firstSite) attributes.add("website", site);
  if (row.responsible_unit) {
    const unit = row.responsible_unit;
    attributes.add(
      "responsible_unit",
      `${unit.name}${unit.phones?.length ? `; ${unit.phones.map((phone) => phone.e164 ?? phone.raw).join(", ")}` : ""}`,
    );
  }
  for (const source of row.sources ?? [])
    attributes.add(
      "source_lines",
      `${source.field}: standard ${source.serviceNumber}, lines ${source.lines.start}–${source.lines.end}`,
    );
  return attributes.list;
}

/** Each conflict as a change from the values not chosen to the value served. */
function conflictMetadata(
  row: ProviderRecord,
  resourceId: string,
  resourceType: string,
  ctx: HsdsContext,
): HsdsObject[] {
  return row.conflicts.map((conflict) => ({
    id: recordUuid("metadata", conflict.id),
    resource_id: resourceId,
    resource_type: resourceType,
    last_action_date: ctx.lastModified,
    last_action_type: "reconciled",
    field_name: conflict.field,
    previous_value: conflict.values
      .filter((entry) => entry.value !== conflict.chosen)
      .map((entry) => `«${entry.value}»${entry.listingIds?.length ? ` (${entry.listingIds.join(", ")})` : ""}`)
      .join("; "),
    replacement_value: conflict.chosen,
    updated_by: `Qyzmet's extractor, rule: ${conflict.rule}`,
  }));
}

export function addressOf(row: ProviderRecord, location: string): HsdsObject | null {
  const address = row.address;
  if (!address) return null;
  const street = [address.street, address.house].filter(Boolean).join(", ");
  return {
    id: recordUuid("address", row.id),
    location_id: location,
    address_1: street || address.full,
    ...(street && street !== address.full ? { address_2: address.full } : {}),
    city: address.locality ?? row.district_name ?? row.region_name,
    ...(row.district_name ? { region: row.district_name } : {}),
    state_province: row.region_name,
    postal_code: address.postalCode ?? "",
    country: "KZ",
    address_type: "physical",
  };
}

/** The one-to-one fields of a location (the list form). */
export function locationBasic(row: ProviderRecord): HsdsObject {
  return {
    id: locationId(row.id),
    location_type: "physical",
    organization_id: organizationId(row.id),
    name: row.name,
    alternate_name: row.name_latin,
    external_identifier: row.id,
    external_identifier_type: "qyzmet-provider-slug",
  };
}

export function locationFull(row: ProviderRecord, ctx: HsdsContext): HsdsObject {
  const id = locationId(row.id);
  const schedule = row.schedule;
  const attributes = new Attributes("location", id);
  if (schedule && schedule.weekly.length === 0) attributes.add("schedule_text", schedule.text);
  const address = addressOf(row, id);
  return {
    ...locationBasic(row),
    addresses: address ? [address] : [],
    phones: phonesOf(row.id, id, row.phones ?? []),
    schedules: schedule ? schedulesOf({ key: `location:${row.id}`, field: "location_id", id }, schedule) : [],
    attributes: attributes.list,
    metadata: conflictMetadata(row, id, "location", ctx),
  };
}

export function organizationFull(row: ProviderRecord, ctx: HsdsContext): HsdsObject {
  const id = organizationId(row.id);
  return {
    ...organizationBasic(row),
    locations: [locationFull(row, ctx)],
    organization_identifiers: [
      {
        id: recordUuid("organization_identifier", row.id),
        organization_id: id,
        identifier_scheme: "qyzmet",
        identifier_type: "Qyzmet provider slug",
        identifier: row.id,
      },
    ],
    attributes: organizationAttributes(row),
    metadata: [],
  };
}

const STATUS_NOTE = (ctx: HsdsContext) =>
  `The act that set this standard, resolution No. ${ctx.version.act.number} of ${ctx.version.act.date}, was repealed` +
  `${ctx.version.act.repealedOn ? ` on ${ctx.version.act.repealedOn}` : ""}${ctx.version.act.repealedBy ? ` (resolution No. ${ctx.version.act.repealedBy})` : ""}: this record describes the service as that act set it.`;

/** The one-to-one fields of a service (the list form, with its organization's). */
export function serviceBasic(service: ServiceRow, ctx: HsdsContext): HsdsObject {
  const waits = (service.waiting_times ?? []).map(
    (wait) => `${wait.channel} ${wait.kind}: ${wait.minutes} min${wait.perPersonAhead ? " per person ahead" : ""}`,
  );
  const channels = (service.providers ?? []).map((channel) => `${channel.channel}: ${channel.wording}`);
  return {
    id: serviceUuid(service.number),
    organization_id: organizationId(ctx.ministry.id),
    name: service.title,
    ...(service.preamble_title && service.preamble_title !== service.title
      ? { alternate_name: service.preamble_title }
      : {}),
    description: [service.result?.text, service.recipients?.text].filter(Boolean).join("\n\n") || service.title,
    status: "inactive",
    ...(channels.length ? { application_process: channels.join("\n") } : {}),
    ...(service.cost ? { fees_description: service.cost.text } : {}),
    ...(waits.length ? { wait_time: waits.join("; ") } : {}),
    ...(service.recipients ? { eligibility_description: service.recipients.text } : {}),
    alert: STATUS_NOTE(ctx),
    last_modified: ctx.lastModified,
  };
}

export function serviceListItem(service: ServiceRow, ctx: HsdsContext): HsdsObject {
  return { ...serviceBasic(service, ctx), organization: organizationBasic(ctx.ministry) };
}

export function serviceAttributes(service: ServiceRow): HsdsObject[] {
  const id = serviceUuid(service.number);
  const attributes = new Attributes("service", id);
  attributes.add("service_number", String(service.number));
  attributes.add("automation_form", service.form);
  attributes.add("legal_basis", service.legal_basis?.text);
  attributes.add("result", service.result?.text);
  for (const channel of service.providers ?? []) attributes.add("channel", `${channel.channel}: ${channel.wording}`);
  for (const deadline of service.deadlines ?? []) {
    attributes.add(
      "deadline",
      `${deadline.channel}: ${deadline.amount} ${deadline.unit} (${deadline.atMost ? "at most" : "within"}) — ${deadline.text}`,
    );
  }
  const grounds = (kind: string, list: Ground[] | undefined) => {
    for (const ground of list ?? []) attributes.add("refusal_ground", `${kind} ${ground.code}: ${ground.text}`);
  };
  grounds("REFUSAL", service.refusal_grounds?.grounds);
  grounds("TERMINATION", service.refusal_grounds?.termination);
  grounds("SUSPENSION", service.suspension_grounds?.grounds);
  for (const route of service.complaints?.routes ?? [])
    attributes.add("complaint_route", `${route.kind} → ${route.target}: ${route.text}`);
  if (service.line_start != null) attributes.add("source_lines", `${service.line_start}–${service.line_end}`);
  return attributes.list;
}

export function requiredDocuments(service: ServiceRow): HsdsObject[] {
  const serviceId = serviceUuid(service.number);
  return (service.documents?.lists ?? []).flatMap((list, listIndex) =>
    list.items.map((item) => {
      const id = recordUuid("required_document", `${service.number}:${listIndex + 1}:${item.code}`);
      const attributes = new Attributes("required_document", id);
      attributes.add("document_channels", list.channels.join(", "));
      for (const entry of item.cases)
        attributes.add(
          "document_case",
          `${entry.code}: ${entry.applicants ? `${entry.applicants} — ` : ""}${entry.document}`,
        );
      attributes.add("source_lines", `${item.lines.start}–${item.lines.end}`);
      return { id, service_id: serviceId, document: item.text, attributes: attributes.list };
    }),
  );
}

export function costOptions(service: ServiceRow): HsdsObject[] {
  if (!service.cost) return [];
  return [
    {
      id: recordUuid("cost_option", service.number),
      service_id: serviceUuid(service.number),
      option: service.cost.free ? "Free of charge (тегін)" : "Charged",
      ...(service.cost.free ? { currency: "KZT", amount: 0 } : {}),
      amount_description: service.cost.text,
    },
  ];
}

export function serviceSchedules(service: ServiceRow): HsdsObject[] {
  const id = serviceUuid(service.number);
  return (service.schedules?.byChannel ?? []).flatMap((entry, index) =>
    schedulesOf(
      { key: `service:${service.number}:${index + 1}`, field: "service_id", id },
      { text: entry.text, weekly: entry.weekly },
      `Channels: ${entry.channels.join(", ")} (${entry.scope === "BRANCHES" ? "a centre's branches" : "the provider's own hours"}).`,
    ),
  );
}

/** Everything of a service but its service_at_locations (which the caller streams). */
export function serviceFullHead(service: ServiceRow, ctx: HsdsContext): HsdsObject {
  return {
    ...serviceBasic(service, ctx),
    organization: organizationBasic(ctx.ministry),
    phones: [],
    schedules: serviceSchedules(service),
    service_areas: [
      {
        id: recordUuid("service_area", service.number),
        service_id: serviceUuid(service.number),
        name: "Қазақстан Республикасы (Republic of Kazakhstan)",
        extent_type: "country",
        description: "Every region of Kazakhstan: the act's lists cover all 16.",
      },
    ],
    languages: [],
    funding: [],
    cost_options: costOptions(service),
    required_documents: requiredDocuments(service),
    contacts: [],
    attributes: serviceAttributes(service),
    metadata: [],
  };
}

/** A (provider, service) link as read by `SAL_SQL`. */
export interface SalRecord extends ProviderRecord {
  number: number;
  listings: { id: string; kind: string; start: number; end: number }[];
}

export const SAL_SQL = `SELECT p.*, r.name AS region_name, d.name AS district_name, s.number, r.position AS k0, p.id AS k1, s.number AS k2,
    ARRAY[]::int[] AS service_numbers, '[]'::jsonb AS conflicts,
    (SELECT coalesce(jsonb_agg(jsonb_build_object('id', l.id, 'kind', a.kind, 'start', l.line_start, 'end', l.line_end) ORDER BY l.line_start), '[]'::jsonb)
       FROM listing l JOIN appendix a ON a.id = l.appendix_id WHERE l.provider_id = p.id AND l.service_id = s.id) AS listings
  FROM provider_service ps JOIN provider p ON p.id = ps.provider_id JOIN service s ON s.id = ps.service_id
  JOIN region r ON r.id = p.region_id LEFT JOIN district d ON d.id = p.district_id WHERE NOT s.repealed AND {where}`;
export const SAL_KEYS = ["r.position", "p.id", "s.number"];

const APPENDIX_ROLE: Record<string, string> = {
  DEPT: "takes applications (authority)",
  AKIM: "takes applications through rural akims (AKIM channel)",
  XQO: "takes applications (public service centre)",
  BASQ: "regional administration: provides the service in Astana and Almaty, hears complaints elsewhere",
  APP: "hears complaints (akimat apparatus)",
};

export function salListItem(row: SalRecord, ctx: HsdsContext): HsdsObject {
  const service = ctx.services.get(row.number)!;
  const roles = [...new Set(row.listings.map((listing) => listing.kind))].map(
    (kind) => `${kind}: ${APPENDIX_ROLE[kind] ?? kind}`,
  );
  return {
    id: salId(row.id, row.number),
    service_id: serviceUuid(row.number),
    location_id: locationId(row.id),
    description: `${row.name} — service №${row.number}, «${service.title}». Listed in ${row.listings.map((listing) => listing.id.split("#")[0]).join(", ")} (${roles.join("; ")}).`,
    location: locationBasic(row),
    service: serviceListItem(service, ctx),
  };
}

export function salFull(row: SalRecord, ctx: HsdsContext): HsdsObject {
  const id = salId(row.id, row.number);
  const attributes = new Attributes("service_at_location", id);
  for (const listing of row.listings)
    attributes.add("listing", `${listing.id} (${listing.kind}), lines ${listing.start}–${listing.end}`);
  const { service: _service, location: _location, ...basic } = salListItem(row, ctx);
  return {
    ...basic,
    contacts: [],
    phones: [],
    schedules: [],
    location: locationFull(row, ctx),
    attributes: attributes.list,
    metadata: [],
  };
}

/** `salFull` for the service_at_locations nested in a full service: its location in full, the service itself not repeated. */
export const salInService = salFull;
