import { fromJson } from "../../db/json.js";
import type { KeyCaller } from "../access/access.service.js";
import { writeResultUnion } from "../write/errors.type.js";
import type { DeadlineUnitEnum, ApplicationStatusEnum, ChannelEnum } from "./application.enums.js";
import { type ApplicationRecord, maySeePersonalData, type ReceiptSnapshot } from "./application.service.js";
import { ApplicationReceiptType, ApplicationType } from "./application.type.js";
import { keysetConnectionType } from "../../graphql/keyset.js";
import { historyStep } from "../write/history.js";

export const SubmitApplicationResult = writeResultUnion(
  "SubmitApplicationResult",
  "The receipt, or why nothing was submitted.",
  () => ApplicationReceiptType,
);

export const TransitionApplicationResult = writeResultUnion(
  "TransitionApplicationResult",
  "The application after the step, or why the step was not taken.",
  () => ApplicationType,
);

export const ApplicationConnectionType = keysetConnectionType("Application", () => ApplicationType, "өтініш");

/** The GraphQL view of an application: personal data only for callers with the right to it. */
export function toApplicationType(
  row: ApplicationRecord,
  caller: KeyCaller | null,
  now: Date = new Date(),
): ApplicationType {
  const snapshot = fromJson<ReceiptSnapshot>(row.receipt);
  const deadline = fromJson<{
    amount: number;
    unit: string;
    atMost: boolean;
    text: string;
    lines: { start: number; end: number } | null;
  }>(row.deadline);
  const view = new ApplicationType();
  Object.assign(view, {
    number: row.number,
    status: row.status as ApplicationStatusEnum,
    version: row.version,
    service: { number: row.serviceNumber, title: snapshot.serviceTitle },
    channel: row.channel as ChannelEnum,
    provider: { slug: row.providerId, name: snapshot.names[row.providerId] ?? row.providerId },
    receivedAt: { slug: row.receivedAtId, name: snapshot.names[row.receivedAtId] ?? row.receivedAtId },
    akimOffice: row.akimOffice,
    recipientCategory: row.recipientCategory,
    documents: fromJson<{ code: string; text: string }[]>(row.documents),
    submittedAt: row.submittedAt,
    dueDate: row.dueDate.toISOString().slice(0, 10),
    dueAt: row.dueAt,
    deadline: {
      amount: deadline.amount,
      unit: deadline.unit as DeadlineUnitEnum,
      atMost: deadline.atMost,
      text: deadline.text,
      lineStart: deadline.lines?.start ?? null,
      lineEnd: deadline.lines?.end ?? null,
    },
    overdue: row.open && row.dueAt.getTime() <= now.getTime(),
    refusalGround: row.refusalGroundCode
      ? { code: row.refusalGroundCode, text: snapshot.refusalGroundText ?? "" }
      : null,
    outcome: (row.outcome as ApplicationStatusEnum | null) ?? null,
    applicant: maySeePersonalData(caller, row)
      ? {
          iin: row.applicantIin,
          surname: row.applicantSurname,
          givenName: row.applicantGivenName,
          patronymic: row.applicantPatronymic,
          postalAddress: row.applicantAddress,
          phone: row.applicantPhone,
          email: row.applicantEmail,
        }
      : null,
    history: (row.events ?? []).map((event) => ({
      ...historyStep(event),
      providerId: event.providerId,
      refusalGroundCode: event.refusalGroundCode,
    })),
  });
  return view;
}

export function toReceiptType(row: ApplicationRecord, accessCode: string, caller: KeyCaller): ApplicationReceiptType {
  const snapshot = fromJson<ReceiptSnapshot>(row.receipt);
  const receipt = new ApplicationReceiptType();
  Object.assign(receipt, {
    application: toApplicationType(row, caller),
    accessCode,
    receivedBy: snapshot.receivedBy,
    document: snapshot.document,
    documentContents: snapshot.documentContents,
  });
  return receipt;
}
