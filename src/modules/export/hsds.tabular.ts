/**
 * HSDS's tabular form (schema/compiled/tabular.json, schema.csv): one CSV
 * per table, the columns of each table's one-to-one fields in the
 * standard's order, nested objects turned into rows of their own tables
 * linked by id. Tables the directory has nothing for are served with their
 * header only.
 */
import type { Database } from "../../db/database.js";
import { type HsdsContext, type HsdsObject, TAXONOMY, taxonomyTerms } from "./hsds.map.js";
import { organizationsFull, salsFull, servicesFull } from "./hsds.sources.js";

type Rows = (db: Database, ctx: HsdsContext) => AsyncIterable<HsdsObject>;

export interface TabularTable {
  /** The table's name in the standard (`service_at_location`). */
  table: string;
  /** Its file name in the standard (`service_at_location.csv`). */
  path: string;
  columns: string[];
  rows: Rows;
}

const nested = (source: Rows, pick: (object: HsdsObject) => HsdsObject[]): Rows =>
  async function* (db, ctx) {
    for await (const object of source(db, ctx)) yield* pick(object);
  };
const concat = (...sources: Rows[]): Rows =>
  async function* (db, ctx) {
    for (const source of sources) yield* source(db, ctx);
  };
const none: Rows = async function* () {};
const list = (value: unknown) => (value ?? []) as HsdsObject[];
const self = (object: HsdsObject) => [object];
const locationOf = (organization: HsdsObject) => list(organization.locations);

const organizations: Rows = (db, ctx) => organizationsFull(db, ctx);
const services: Rows = (_db, ctx) => servicesFull(ctx);
const sals: Rows = (db, ctx) => salsFull(db, ctx);

export const TABULAR_TABLES: readonly TabularTable[] = [
  {
    table: "organization",
    path: "organizations.csv",
    columns: [
      "id",
      "name",
      "alternate_name",
      "description",
      "email",
      "website",
      "tax_status",
      "tax_id",
      "year_incorporated",
      "legal_status",
      "logo",
      "uri",
      "parent_organization_id",
    ],
    rows: nested(organizations, self),
  },
  {
    table: "program",
    path: "programs.csv",
    columns: ["id", "organization_id", "name", "alternate_name", "description"],
    rows: none,
  },
  {
    table: "service",
    path: "services.csv",
    columns: [
      "id",
      "organization_id",
      "program_id",
      "name",
      "alternate_name",
      "description",
      "url",
      "email",
      "status",
      "interpretation_services",
      "application_process",
      "fees_description",
      "wait_time",
      "fees",
      "accreditations",
      "eligibility_description",
      "minimum_age",
      "maximum_age",
      "assured_date",
      "assurer_email",
      "licenses",
      "alert",
      "last_modified",
    ],
    rows: nested(services, self),
  },
  {
    table: "attribute",
    path: "attributes.csv",
    columns: ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"],
    rows: concat(
      nested(organizations, (organization) => [
        ...list(organization.attributes),
        ...locationOf(organization).flatMap((location) => list(location.attributes)),
      ]),
      nested(services, (service) => [
        ...list(service.attributes),
        ...list(service.required_documents).flatMap((document) => list(document.attributes)),
      ]),
      nested(sals, (sal) => list(sal.attributes)),
    ),
  },
  {
    table: "service_at_location",
    path: "service_at_location.csv",
    columns: ["id", "service_id", "location_id", "description"],
    rows: nested(sals, self),
  },
  {
    table: "location",
    path: "locations.csv",
    columns: [
      "id",
      "location_type",
      "url",
      "organization_id",
      "name",
      "alternate_name",
      "description",
      "transportation",
      "latitude",
      "longitude",
      "external_identifier",
      "external_identifier_type",
    ],
    rows: nested(organizations, locationOf),
  },
  {
    table: "phone",
    path: "phones.csv",
    columns: [
      "id",
      "location_id",
      "service_id",
      "organization_id",
      "contact_id",
      "service_at_location_id",
      "number",
      "extension",
      "type",
      "description",
    ],
    rows: nested(organizations, (organization) =>
      locationOf(organization).flatMap((location) => list(location.phones)),
    ),
  },
  {
    table: "contact",
    path: "contacts.csv",
    columns: [
      "id",
      "organization_id",
      "service_id",
      "service_at_location_id",
      "location_id",
      "name",
      "title",
      "department",
      "email",
    ],
    rows: none,
  },
  {
    table: "address",
    path: "addresses.csv",
    columns: [
      "id",
      "location_id",
      "attention",
      "address_1",
      "address_2",
      "city",
      "region",
      "state_province",
      "postal_code",
      "country",
      "address_type",
    ],
    rows: nested(organizations, (organization) =>
      locationOf(organization).flatMap((location) => list(location.addresses)),
    ),
  },
  {
    table: "schedule",
    path: "schedules.csv",
    columns: [
      "id",
      "service_id",
      "location_id",
      "service_at_location_id",
      "valid_from",
      "valid_to",
      "dtstart",
      "timezone",
      "until",
      "count",
      "wkst",
      "freq",
      "interval",
      "byday",
      "byweekno",
      "bymonthday",
      "byyearday",
      "description",
      "opens_at",
      "closes_at",
      "schedule_link",
      "attending_type",
      "notes",
    ],
    rows: concat(
      nested(organizations, (organization) => locationOf(organization).flatMap((location) => list(location.schedules))),
      nested(services, (service) => list(service.schedules)),
    ),
  },
  { table: "funding", path: "funding.csv", columns: ["id", "organization_id", "service_id", "source"], rows: none },
  {
    table: "service_area",
    path: "service_areas.csv",
    columns: ["id", "service_id", "name", "description", "extent", "extent_type", "uri"],
    rows: nested(services, (service) => list(service.service_areas)),
  },
  {
    table: "required_document",
    path: "required_documents.csv",
    columns: ["id", "service_id", "document", "uri"],
    rows: nested(services, (service) => list(service.required_documents)),
  },
  {
    table: "language",
    path: "languages.csv",
    columns: ["id", "service_id", "location_id", "phone_id", "name", "code", "note"],
    rows: none,
  },
  {
    table: "accessibility",
    path: "accessibility.csv",
    columns: ["id", "location_id", "description", "details", "url"],
    rows: none,
  },
  {
    table: "taxonomy_term",
    path: "taxonomy_terms.csv",
    columns: ["id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id", "term_uri"],
    rows: async function* () {
      yield* taxonomyTerms();
    },
  },
  {
    table: "metadata",
    path: "metadata.csv",
    columns: [
      "id",
      "resource_id",
      "resource_type",
      "last_action_date",
      "last_action_type",
      "field_name",
      "previous_value",
      "replacement_value",
      "updated_by",
    ],
    rows: nested(organizations, (organization) => [
      ...list(organization.metadata),
      ...locationOf(organization).flatMap((location) => list(location.metadata)),
    ]),
  },
  {
    table: "meta_table_description",
    path: "meta_table_descriptions.csv",
    columns: ["id", "name", "language", "character_set"],
    rows: none,
  },
  {
    table: "cost_option",
    path: "cost_options.csv",
    columns: ["id", "service_id", "valid_from", "valid_to", "option", "currency", "amount", "amount_description"],
    rows: nested(services, (service) => list(service.cost_options)),
  },
  {
    table: "organization_identifier",
    path: "organization_identifiers.csv",
    columns: ["id", "organization_id", "identifier_scheme", "identifier_type", "identifier"],
    rows: nested(organizations, (organization) => list(organization.organization_identifiers)),
  },
  {
    table: "taxonomy",
    path: "taxonomies.csv",
    columns: ["id", "name", "description", "uri", "version"],
    rows: async function* () {
      yield TAXONOMY;
    },
  },
];
