import { fromJson } from "../../db/json.js";
import type { KeyCaller } from "../access/access.service.js";
import { writeResultUnion } from "../write/errors.type.js";
import { keysetConnectionType } from "../../graphql/keyset.js";
import { historyStep } from "../write/history.js";
import { type ComplaintRecord, maySeeComplainant, type Talon } from "./complaint.service.js";
import {
  type ComplaintKindEnum,
  ComplaintStatusEnum,
  ComplaintTalonType,
  type ComplaintTargetEnum,
  ComplaintType,
} from "./complaint.type.js";

export const FileComplaintResult = writeResultUnion(
  "FileComplaintResult",
  "The talon (талон), or why nothing was filed.",
  () => ComplaintTalonType,
);

export const TransitionComplaintResult = writeResultUnion(
  "TransitionComplaintResult",
  "The complaint after the step, or why the step was not taken.",
  () => ComplaintType,
);

export const ComplaintConnectionType = keysetConnectionType("Complaint", () => ComplaintType, "шағым");

export function toComplaintType(row: ComplaintRecord, caller: KeyCaller | null): ComplaintType {
  const talon = fromJson<Talon>(row.talon);
  const personal = maySeeComplainant(caller, row);
  const view = new ComplaintType();
  Object.assign(view, {
    number: row.number,
    status: row.status as ComplaintStatusEnum,
    version: row.version,
    kind: row.kind as ComplaintKindEnum,
    service: row.serviceNumber !== null ? { number: row.serviceNumber, title: talon.serviceTitle ?? "" } : null,
    provider: { slug: row.providerId, name: talon.names[row.providerId] ?? row.providerId },
    applicationNumber: row.applicationNumber ?? null,
    addressee: { slug: row.addresseeId, name: talon.names[row.addresseeId] ?? row.addresseeId },
    route: {
      target: talon.route.target as ComplaintTargetEnum,
      text: talon.route.text,
      lineStart: talon.route.lines?.start ?? null,
      lineEnd: talon.route.lines?.end ?? null,
      appendixId: talon.route.appendixId,
    },
    complainant: personal
      ? {
          surname: row.complainantSurname,
          givenName: row.complainantGivenName,
          patronymic: row.complainantPatronymic,
          postalAddress: row.complainantAddress,
          phone: row.complainantPhone,
          email: row.complainantEmail,
        }
      : null,
    // What was said can identify the complainant: shown with the personal data only.
    subject: personal ? row.subject : null,
    reasons: personal ? row.reasons : null,
    demands: personal ? row.demands : null,
    filedAt: row.filedAt,
    answerDueAt: row.answerDueAt,
    answerDueDate: talon.answerDueDate,
    contact: talon.contact,
    answer: row.answer,
    answeredAt: row.answeredAt,
    history: (row.events ?? []).map(historyStep),
  });
  return view;
}

export function toTalonType(complaint: ComplaintRecord, accessCode: string, caller: KeyCaller): ComplaintTalonType {
  const talon = fromJson<Talon>(complaint.talon);
  const result = new ComplaintTalonType();
  Object.assign(result, {
    complaint: toComplaintType(complaint, caller),
    accessCode,
    answerDueDate: talon.answerDueDate,
    answerPeriod: talon.period,
    contact: talon.contact,
    outcomeByPost: talon.outcomeByPost,
  });
  return result;
}
