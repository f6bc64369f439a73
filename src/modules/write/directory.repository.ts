/**
 * The few directory reads the write side needs: a service by number, a
 * provider by global id or slug, and whether a provider lists a service.
 * Read through the transaction's client so a submission sees one snapshot;
 * JSON columns are read here as the contract's records (db/json.ts).
 */
import type { Tx } from "../../db/database.js";
import { readGlobalId } from "../../graphql/global-id.js";
import type {
  Address,
  Channel,
  ComplaintProcedure,
  Email,
  Phone,
  ServiceRecord,
} from "../../../seeds/contract/index.js";
import { fromJson } from "../../db/json.js";
import type { Provider } from "../../generated/prisma/client.js";

type ServiceRules = "providers" | "deadlines" | "documents" | "recipients" | "refusalGrounds" | "handIn";

/** The columns of a `service` row the write side reads; application.rules.ts reads its rules. */
export type ServiceRow = Pick<ServiceRecord, "number" | "repealed" | "title"> & { id: string } & {
  [Column in ServiceRules]: ServiceRecord[Column] | null;
};

/**
 * The appendix that lists the providers of a channel (paragraph 1 cites it).
 * The akim channel has none (rural akims are not listed): its documents go to
 * a department of the AUTHORITY list.
 */
export function channelAppendix(service: ServiceRow, channel: Channel): string | null {
  const providers = service.providers ?? [];
  const own = providers.find((provider) => provider.channel === channel)?.appendixId ?? null;
  return (
    own ??
    (channel === "AKIM" ? (providers.find((provider) => provider.channel === "AUTHORITY")?.appendixId ?? null) : null)
  );
}

const PROVIDER_TYPENAMES = new Set(["Authority", "AkimatApparatus", "ServiceCentre", "Provider"]);

/** A provider's record id from its global id (base64url of `Type:slug`) or from the slug itself. */
export function providerSlug(reference: string): string {
  const trimmed = reference.trim();
  const decoded = readGlobalId(trimmed);
  return decoded && PROVIDER_TYPENAMES.has(decoded.type) ? decoded.id : trimmed;
}

export async function findService(tx: Tx, number: number): Promise<ServiceRow | null> {
  const row = await tx.service.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      repealed: true,
      title: true,
      providers: true,
      deadlines: true,
      documents: true,
      recipients: true,
      refusalGrounds: true,
      handIn: true,
    },
  });
  return (
    row && {
      ...row,
      providers: fromJson(row.providers),
      deadlines: fromJson(row.deadlines),
      documents: fromJson(row.documents),
      recipients: fromJson(row.recipients),
      refusalGrounds: fromJson(row.refusalGrounds),
      handIn: fromJson(row.handIn),
    }
  );
}

/** A service's complaint procedure (paragraphs 20–25), as a filing routes and answers by it. */
export async function findComplaintProcedure(
  tx: Tx,
  number: number,
): Promise<{ id: string; number: number; title: string | null; complaints: ComplaintProcedure | null } | null> {
  const row = await tx.service.findUnique({
    where: { number },
    select: { id: true, number: true, title: true, complaints: true },
  });
  return row && { ...row, complaints: fromJson(row.complaints) };
}

/** A provider's contacts, as the complaint talon copies them: the contract's records. */
export function contactsOf(provider: Pick<Provider, "address" | "emails" | "phones">): {
  address: Address | null;
  emails: Email[];
  phones: Phone[];
} {
  return {
    address: fromJson(provider.address),
    emails: fromJson<Email[] | null>(provider.emails) ?? [],
    phones: fromJson<Phone[] | null>(provider.phones) ?? [],
  };
}

export async function findProvider(tx: Tx, reference: string) {
  return tx.provider.findUnique({ where: { id: providerSlug(reference) } });
}

/**
 * Whether the provider serves the service on the channel: it has a row in the
 * channel's provider list, or (when the standard cites no list) the directory
 * links it to the service.
 */
export async function servesOnChannel(
  tx: Tx,
  providerId: string,
  service: ServiceRow,
  channel: Channel,
): Promise<boolean> {
  const appendixId = channelAppendix(service, channel);
  if (!appendixId) return listsService(tx, providerId, service.id);
  return (await tx.listing.findFirst({ where: { providerId, appendixId }, select: { id: true } })) !== null;
}

export async function listsService(tx: Tx, providerId: string, serviceId: string): Promise<boolean> {
  return (await tx.providerService.findUnique({ where: { providerId_serviceId: { providerId, serviceId } } })) !== null;
}
