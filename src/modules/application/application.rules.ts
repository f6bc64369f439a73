/**
 * What one service's standard says about applying for it, read from the
 * service row's JSON columns (shapes in seeds/contract/standards.ts):
 * the channels, the documents of each channel, the deadline of each channel,
 * the recipient categories, the refusal grounds and what the applicant gets
 * on handing in. Pure, and defensive: a column the extractor left empty
 * yields an empty answer, never a crash.
 */
import type {
  Channel,
  Deadline,
  DocumentItem,
  HandIn,
  ProviderChannel,
  Recipients,
  RefusalGrounds,
  ServiceDocuments,
} from "../../../seeds/contract/index.js";

import { type Due, dueDate } from "../calendar/calendar.service.js";
import type { ServiceRow } from "../write/directory.repository.js";

export type { Channel, ServiceRow };

const array = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

export function channelsOf(service: ServiceRow): Channel[] {
  const channels: Channel[] = [];
  for (const provider of array<ProviderChannel>(service.providers))
    if (!channels.includes(provider.channel)) channels.push(provider.channel);
  return channels;
}

export function deadlineFor(service: ServiceRow, channel: Channel): Deadline | null {
  return array<Deadline>(service.deadlines).find((deadline) => deadline.channel === channel) ?? null;
}

/**
 * When an application handed in on `channel` at `from` falls due: the
 * standard's deadline for the channel, counted on the holiday calendar. The
 * one calculation behind both the receipt's due date (submitApplication)
 * and the `dueDate` preview; null when the standard states no deadline for
 * the channel. Throws `DateOutsideCalendarError` when working days run into
 * days the calendar does not know.
 */
export function dueFor(service: ServiceRow, channel: Channel, from: Date): { deadline: Deadline; due: Due } | null {
  const deadline = deadlineFor(service, channel);
  return deadline ? { deadline, due: dueDate(from, deadline.amount, deadline.unit) } : null;
}

export interface DocumentChoice {
  /** `d1`, `d1.2`, `x1`. */
  code: string;
  text: string;
}

/** The document items (and their per-applicant cases) of the list that applies on `channel`. */
export function documentsFor(service: ServiceRow, channel: Channel): DocumentChoice[] {
  const documents = service.documents as ServiceDocuments | null;
  const list = array<ServiceDocuments["lists"][number]>(documents?.lists).find((candidate) =>
    array<Channel>(candidate.channels).includes(channel),
  );
  if (!list) return [];
  const choices: DocumentChoice[] = [];
  for (const item of array<DocumentItem>(list.items)) {
    choices.push({ code: item.code, text: item.text });
    for (const documentCase of array<DocumentItem["cases"][number]>(item.cases)) {
      choices.push({
        code: documentCase.code,
        text: documentCase.applicants ? `${documentCase.applicants} – ${documentCase.document}` : documentCase.document,
      });
    }
  }
  return choices;
}

/** Whether the standard leaves the documents to the maslikhat (S14): then any list a provider sets is accepted as free text. */
export function documentsSetByMaslikhat(service: ServiceRow): boolean {
  return Boolean((service.documents as ServiceDocuments | null)?.setByMaslikhat);
}

export function recipientCategories(service: ServiceRow): string[] {
  return array<string>((service.recipients as Recipients | null)?.categories);
}

export function refusalGrounds(service: ServiceRow): { code: string; text: string }[] {
  return array<{ code: string; text: string }>((service.refusalGrounds as RefusalGrounds | null)?.grounds).map(
    ({ code, text }) => ({ code, text }),
  );
}

/** What the applicant is handed on handing the documents in on `channel` (talon, receipt, or the result itself). */
export function handInFor(service: ServiceRow, channel: Channel): HandIn | null {
  return array<HandIn>(service.handIn).find((handIn) => array<Channel>(handIn.channels).includes(channel)) ?? null;
}

/** The provider type that serves a channel: the akim channel's documents go to the department (rural akims are not in the directory). */
export const PROVIDER_TYPE_OF_CHANNEL: Record<Channel, "AUTHORITY" | "SERVICE_CENTRE"> = {
  AUTHORITY: "AUTHORITY",
  AKIM: "AUTHORITY",
  SERVICE_CENTRE: "SERVICE_CENTRE",
};
