/**
 * What one service's standard says about applying for it, read from the
 * service row's JSON columns (shapes in seeds/contract/standards.ts):
 * the channels, the documents of each channel, the deadline of each channel,
 * the recipient categories, the refusal grounds and what the applicant gets
 * on handing in. Pure, and defensive: a column the extractor left empty
 * yields an empty answer, never a crash.
 */
import type { Channel, Deadline, HandIn } from "../../../seeds/contract/index.js";

import { type Due, dueDate } from "../calendar/calendar.service.js";
import type { ServiceRow } from "../write/directory.repository.js";

export type { Channel, ServiceRow };

const array = <T>(value: T[] | null | undefined): T[] => value ?? [];

export function channelsOf(service: ServiceRow): Channel[] {
  const channels: Channel[] = [];
  for (const provider of array(service.providers))
    if (!channels.includes(provider.channel)) channels.push(provider.channel);
  return channels;
}

export function deadlineFor(service: ServiceRow, channel: Channel): Deadline | null {
  return array(service.deadlines).find((deadline) => deadline.channel === channel) ?? null;
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
  const list = array(service.documents?.lists).find((candidate) => array(candidate.channels).includes(channel));
  if (!list) return [];
  const choices: DocumentChoice[] = [];
  for (const item of array(list.items)) {
    choices.push({ code: item.code, text: item.text });
    for (const documentCase of array(item.cases)) {
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
  return Boolean(service.documents?.setByMaslikhat);
}

export function recipientCategories(service: ServiceRow): string[] {
  return array(service.recipients?.categories);
}

export function refusalGrounds(service: ServiceRow): { code: string; text: string }[] {
  return array(service.refusalGrounds?.grounds).map(({ code, text }) => ({ code, text }));
}

/** What the applicant is handed on handing the documents in on `channel` (talon, receipt, or the result itself). */
export function handInFor(service: ServiceRow, channel: Channel): HandIn | null {
  return array(service.handIn).find((handIn) => array(handIn.channels).includes(channel)) ?? null;
}

/** The provider type that serves a channel: the akim channel's documents go to the department (rural akims are not in the directory). */
export const PROVIDER_TYPE_OF_CHANNEL: Record<Channel, "AUTHORITY" | "SERVICE_CENTRE"> = {
  AUTHORITY: "AUTHORITY",
  AKIM: "AUTHORITY",
  SERVICE_CENTRE: "SERVICE_CENTRE",
};
