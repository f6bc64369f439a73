/**
 * The rows the exports read with raw SQL (`SELECT *`, so each column under
 * its own snake_case name), with their JSON columns typed as the contract's
 * records the seed loader wrote them from (seeds/contract). Naming the type
 * in `keysetRows<…>` or `db.query<…>` is the one place a JSON column is
 * read as its record, as src/db/json.ts does for Prisma's rows; the three
 * formats (tables, HSDS, CPSV-AP) then walk typed records.
 */
import type { ConflictRecord, ListingRecord, ProviderRecord, ServiceRecord } from "../../../seeds/contract/index.js";
import type { Conflict, District, Listing, Provider, Region, Service } from "../../generated/prisma/client.js";

/** `alternateNames` → `alternate_names`: the rule prisma/schema.prisma maps every field by. */
type SnakeCase<Name extends string> = Name extends `${infer Head}${infer Rest}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Rest>}`
  : Name;

/** A row as raw SQL gives it: every field under its column's name. */
export type SqlRow<Row> = { [Field in keyof Row & string as SnakeCase<Field>]: Row[Field] };

type ServiceJson =
  | "providers"
  | "legalBasis"
  | "result"
  | "recipients"
  | "deadlines"
  | "waitingTimes"
  | "cost"
  | "schedules"
  | "documents"
  | "refusalGrounds"
  | "suspensionGrounds"
  | "handIn"
  | "delivery"
  | "complaints"
  | "forms"
  | "amendments"
  | "subServices";

/** A `service` row: its rules as the contract's records, null where the column is (the schema allows it). */
export type ServiceRow = SqlRow<Omit<Service, ServiceJson> & { [Column in ServiceJson]: ServiceRecord[Column] | null }>;

type ProviderJson = "address" | "emails" | "phones" | "schedule" | "responsibleUnit" | "sources";

/** A `provider` row: its contacts, hours and sources as the contract's records. */
export type ProviderRow = SqlRow<Omit<Provider, ProviderJson> & Pick<ProviderRecord, ProviderJson>>;

/** A `listing` row: the values as the list printed them. */
export type ListingRow = SqlRow<Omit<Listing, "values"> & Pick<ListingRecord, "values">>;

/** A `conflict` row: the values the lists disagree on. */
export type ConflictRow = SqlRow<Omit<Conflict, "values"> & Pick<ConflictRecord, "values">>;

export type RegionRow = SqlRow<Region>;
export type DistrictRow = SqlRow<District>;
