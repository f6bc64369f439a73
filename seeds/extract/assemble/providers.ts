import type { Address, ConflictRecord, ListingRecord, Phone, ProviderRecord } from "../model.js";
import { regionById } from "../regions.js";
import { toLatin } from "../clean/latin.js";
import { institutionName } from "../clean/text.js";
import { chooseCanonical, type FieldVote } from "./canonical.js";
import type { Placement } from "./identity.js";
import { identityKey } from "./keys.js";

/**
 * Providers: one record per identified body, its values chosen among its
 * listings by `chooseCanonical`, each disagreement kept as a conflict.
 */

/** A listing with the parts of its row that `ListingRecord.values` flattens. */
export interface ListingDraft {
  record: ListingRecord;
  /** The parsed address the listing printed (null when it printed none). */
  address: Address | null;
}

export interface AssembledProviders {
  providers: ProviderRecord[];
  conflicts: ConflictRecord[];
}

const TYPE_RANK: Record<string, number> = { basqarma: 0, apparatus: 1, authority: 2, akimat: 3, centre: 4 };

/** Region order of the act, then басқарма, apparatus, authorities, akimats, centres, then id. */
export function compareProviderIds(a: ProviderRecord, b: ProviderRecord): number {
  const regionOrder = (provider: ProviderRecord) => (provider.regionId ? regionById(provider.regionId).order : 0);
  const rank = (provider: ProviderRecord) => TYPE_RANK[provider.id.split(":")[0]!] ?? -1;
  return regionOrder(a) - regionOrder(b) || rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The numbers are what is compared, not their labels: S2.a4 prints «Тел: 8-7162-763-690 Факс: 8-7162-763-687»
 * (7704–7705) where S4.a4 prints the same two numbers in its «Телефон, факс нөмірлері» column without a label
 * (18922). A list that omits a label does not say the number is no fax, so the labelled form is shown
 * (`hasLabels`). The heads' reception numbers of the centres are a column of their own and stay apart.
 */
function phoneKey(phones: Phone[]): string {
  return phones
    .map(
      (phone) => `${phone.kind === "RECEPTION" ? "RECEPTION" : "LINE"}:${phone.e164 ?? phone.raw.replace(/\D/g, "")}`,
    )
    .sort()
    .join(" ");
}

function addressKey(address: Address | null, printed: string | null): string {
  if (address && (address.street || address.house)) {
    return identityKey(`${address.street ?? ""} ${address.house ?? ""}`).replace(/\s+/g, "");
  }
  return identityKey(printed ?? "");
}

function scheduleKey(schedule: ListingRecord["values"]["schedule"]): string {
  if (!schedule) return "";
  return schedule.weekly.length > 0 ? JSON.stringify(schedule.weekly) : identityKey(schedule.text);
}

/** Whether a listing labels some of its numbers (fax, teletype): the form of a phone list that says the most. */
function hasLabels(phones: Phone[]): boolean {
  return phones.some((phone) => phone.kind === "FAX" || phone.kind === "TELETYPE");
}

type FieldName = "address" | "postalCode" | "emails" | "websites" | "phones" | "schedule" | "responsibleUnit";

/** How each field is compared between listings and shown in a conflict. */
const FIELDS: Record<FieldName, (draft: ListingDraft) => { key: string; value: string; sound?: boolean }> = {
  // Shown as the provider carries it: the parser's cleaned text («көшесі,13» → «көшесі, 13»), so a conflict's `chosen` is the provider's address.
  address: (draft) => ({
    key: addressKey(draft.address, draft.record.values.address),
    value: draft.address?.full ?? draft.record.values.address ?? "",
  }),
  postalCode: (draft) => ({ key: draft.record.values.postalCode ?? "", value: draft.record.values.postalCode ?? "" }),
  emails: (draft) => {
    // Mail systems ignore case: «Akimat_kokshetau@» and «akimat_kokshetau@» are one address. The key ignores the
    // order; the value keeps the printed order, as the provider carries the e-mails of the listing that won.
    const values = draft.record.values.emails.map((email) => email.value);
    return {
      key: values
        .map((value) => value.toLowerCase())
        .sort()
        .join(" "),
      value: values.join(", "),
      sound: draft.record.values.emails.every((email) => email.valid),
    };
  },
  websites: (draft) => {
    const values = draft.record.values.websites;
    return { key: [...values].sort().join(" "), value: values.join(", ") };
  },
  phones: (draft) => ({
    key: phoneKey(draft.record.values.phones),
    value: draft.record.values.phones
      .map((phone) => (phone.kind === "PHONE" ? "" : `${phone.kind.toLowerCase()} `) + (phone.e164 ?? phone.raw))
      .join(", "),
    sound: draft.record.values.phones.every((phone) => phone.e164 !== null),
  }),
  schedule: (draft) => ({
    key: scheduleKey(draft.record.values.schedule),
    value: draft.record.values.schedule?.text ?? "",
    // A schedule whose hours cannot be read («Демалыс және», cut by a page break) is damaged.
    sound: (draft.record.values.schedule?.weekly.length ?? 0) > 0,
  }),
  responsibleUnit: (draft) => ({
    key: identityKey(draft.record.values.responsibleUnit ?? ""),
    value: draft.record.values.responsibleUnit ?? "",
  }),
};

export function assembleProviders(placements: Placement[], drafts: ListingDraft[]): AssembledProviders {
  const byProvider = new Map<string, ListingDraft[]>();
  drafts.forEach((draft) => {
    const list = byProvider.get(draft.record.providerId) ?? [];
    list.push(draft);
    byProvider.set(draft.record.providerId, list);
  });
  const placementOf = new Map(placements.map((placement) => [placement.providerId, placement]));
  const order = new Map(drafts.map((draft, index) => [draft.record.id, index]));

  const providers: ProviderRecord[] = [];
  const conflicts: ConflictRecord[] = [];
  for (const [providerId, listings] of byProvider) {
    const placement = placementOf.get(providerId)!;
    const choose = (field: FieldName, preferDisplay?: (listingId: string) => boolean) => {
      const votes: FieldVote[] = listings.map((draft) => ({
        ...FIELDS[field](draft),
        listingId: draft.record.id,
        order: order.get(draft.record.id)!,
      }));
      const choice = chooseCanonical(votes, preferDisplay);
      if (choice.conflict) conflicts.push({ providerId, field, ...choice.conflict });
      return choice.listingId ? listings.find((draft) => draft.record.id === choice.listingId)! : null;
    };

    const nameVotes = listings.map((draft) => ({
      key: identityKey(draft.record.values.name),
      value: draft.record.values.name,
      listingId: draft.record.id,
      order: order.get(draft.record.id)!,
    }));
    // Names differ by wording and spelling, not by fact: the other spellings
    // become alternate names rather than conflicts.
    const names = chooseCanonical(nameVotes);
    const printedName = names.value ?? "";
    // District akimats are printed «<name>» ММ: the name is the clean one, the printed forms stay alternate names.
    const name = placement.akimatLevel === "DISTRICT" ? institutionName(printedName) : printedName;
    const spellings = [printedName, ...(names.conflict?.values ?? []).map((entry) => entry.value)];
    const alternateNames = [...new Set(spellings)].filter((value) => value !== name);

    // The postal code is voted apart (the F2 lists do not print it); the address is then shown in the form of a
    // listing that prints that code, so the canonical address's text and fields agree («020100, Ақкөл қаласы, …»).
    const postal = choose("postalCode");
    const votedPostalCode = postal?.record.values.postalCode ?? null;
    const address = choose(
      "address",
      (listingId) =>
        votedPostalCode !== null &&
        listings.find((draft) => draft.record.id === listingId)!.record.values.postalCode === votedPostalCode,
    );
    const emails = choose("emails");
    const websites = choose("websites");
    // Among the printed forms of the chosen numbers, the one that labels a fax or teletype number as such.
    const phones = choose("phones", (listingId) =>
      hasLabels(listings.find((draft) => draft.record.id === listingId)!.record.values.phones),
    );
    const schedule = choose("schedule");
    const unit = placement.akimatLevel === "REGIONAL" ? choose("responsibleUnit") : null;

    const chosenAddress = address?.address ?? null;
    // A code that no listing of the chosen address prints stays out: the address's fields follow its text.
    const postalCode = chosenAddress?.postalCode ?? null;
    // The apparatus lists print one phone: the responsible unit's.
    const unitPhones = placement.akimatLevel === "REGIONAL" ? (phones?.record.values.phones ?? []) : [];
    providers.push({
      id: providerId,
      type: placement.type,
      authorityKind: placement.authorityKind,
      akimatLevel: placement.akimatLevel,
      regionId: placement.regionId,
      districtId: placement.districtId,
      name,
      nameLatin: toLatin(name),
      alternateNames,
      address: chosenAddress ? { ...chosenAddress, postalCode } : null,
      emails: emails?.record.values.emails ?? [],
      websites: websites?.record.values.websites ?? [],
      phones: placement.akimatLevel === "REGIONAL" ? [] : (phones?.record.values.phones ?? []),
      schedule: schedule?.record.values.schedule ?? null,
      responsibleUnit: unit?.record.values.responsibleUnit
        ? { name: unit.record.values.responsibleUnit, phones: unitPhones }
        : null,
      serviceNumbers: [...new Set(listings.map((draft) => draft.record.serviceNumber))].sort((a, b) => a - b),
      sources: [],
    });
  }
  providers.sort(compareProviderIds);
  conflicts.sort((a, b) =>
    a.providerId < b.providerId
      ? -1
      : a.providerId > b.providerId
        ? 1
        : a.field < b.field
          ? -1
          : a.field > b.field
            ? 1
            : 0,
  );
  return { providers, conflicts };
}
