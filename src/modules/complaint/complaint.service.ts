/**
 * Complaints: filing (paragraph 24's contents, routed by the service's rules
 * to the body that hears it, answered with paragraph 25's talon), the
 * addressee's steps, and reads. Same guarantees as applications: one
 * transaction, failures as data, idempotent retries, optimistic versions.
 */
import { toJson } from "../../db/json.js";
import type { Database, Tx } from "../../db/database.js";
import type { Complaint, ComplaintEvent, Prisma, Provider } from "../../generated/prisma/client.js";
import type { ComplaintStatus } from "../../generated/prisma/enums.js";
import { type ConnectionArgs, type ListField, stableJson } from "../../graphql/connection.js";
import type { KeyCaller } from "../access/access.service.js";
import { Conflict, FieldError, Forbidden, NotFound, Rollback, ValidationFailed } from "../write/errors.type.js";
import { FileKind, type Filed, stepNotes, writeCommand } from "../write/write.service.js";
import { clientOf, newestFirst, nextFileId, pageOfFiles } from "../write/write.repository.js";
import { audit, checkEmail, checkName, checkPhone, checkText } from "../write/personal-data.js";
import { dueDate } from "../calendar/calendar.service.js";
import { hashAccessCode, newAccessCode } from "../write/access-code.js";
import { stepActor } from "../write/history.js";
import { fileNumber } from "../common/file-number.js";
import { contactsOf, findComplaintProcedure, findProvider, listsService } from "../write/directory.repository.js";
import {
  chooseRoute,
  COMPLAINT_ANSWER_PERIOD,
  type FileableKind,
  type RoutableTarget,
  type RoutingDirectory,
} from "./complaint.routing.js";

export interface ComplainantFields {
  surname: string;
  givenName: string;
  patronymic?: string | null;
  postalAddress: string;
  phone?: string | null;
  email?: string | null;
}

export interface FileComplaintFields {
  idempotencyKey?: string | null;
  /** COURT is a kind the standards name but a court hears: rejected here. */
  kind: FileableKind | "COURT";
  providerId: string;
  serviceNumber?: number | null;
  applicationNumber?: string | null;
  applicationAccessCode?: string | null;
  complainant: ComplainantFields;
  subject: string;
  reasons: string;
  demands: string;
  preferredTarget?: RoutableTarget | "COURT" | null;
}

export type ComplaintAction = "START_REVIEW" | "ANSWER" | "WITHDRAW";

export interface TransitionComplaintFields {
  idempotencyKey?: string | null;
  number: string;
  action: ComplaintAction;
  expectedVersion: number;
  answer?: string | null;
  reason?: string | null;
  actorName?: string | null;
}

export interface Talon {
  answerDueAt: string;
  answerDueDate: string;
  period: string;
  contact: { slug: string; name: string; phones: string[]; emails: string[]; address: string | null };
  /** What the directory said about the route and the bodies when the complaint was filed. */
  route: { target: string; text: string; lines: { start: number; end: number } | null; appendixId: string | null };
  names: Record<string, string>;
  serviceTitle: string | null;
  outcomeByPost: boolean;
}

export type ComplaintRecord = Complaint & { events?: ComplaintEvent[]; applicationNumber?: string | null };

/** A filing's answer: the complaint and its access code, which only this answer shows. */
export type FiledComplaint = Filed<ComplaintRecord>;

export const complaintNumber = (id: bigint, at: Date): string => fileNumber("C", id, at);

/** The lifecycle: FILED → IN_REVIEW → ANSWERED by the addressee's officers; FILED/IN_REVIEW → WITHDRAWN by the filing portal. */
export const COMPLAINT_RULES: Record<
  ComplaintAction,
  { from: ComplaintStatus[]; to: ComplaintStatus; by: "ADDRESSEE_OFFICER" | "FILING_PORTAL" }
> = {
  START_REVIEW: { from: ["FILED"], to: "IN_REVIEW", by: "ADDRESSEE_OFFICER" },
  ANSWER: { from: ["FILED", "IN_REVIEW"], to: "ANSWERED", by: "ADDRESSEE_OFFICER" },
  WITHDRAW: { from: ["FILED", "IN_REVIEW"], to: "WITHDRAWN", by: "FILING_PORTAL" },
};

function directoryOf(tx: Tx): RoutingDirectory {
  return {
    listedIn: async (appendixId) =>
      (
        await tx.listing.findMany({ where: { appendixId }, include: { provider: true }, orderBy: { position: "asc" } })
      ).map((listing) => listing.provider),
    ofType: (type, kind = {}) =>
      tx.provider.findMany({
        where: {
          type,
          ...(kind.authorityKind ? { authorityKind: kind.authorityKind } : {}),
          ...(kind.akimatLevel ? { akimatLevel: kind.akimatLevel } : {}),
        },
        orderBy: { id: "asc" },
      }),
  };
}

/** The addressee's contacts as the talon copies them: numbers (E.164 where known), valid e-mails, the address. */
function talonContact(provider: Provider): Talon["contact"] {
  const { address, emails, phones } = contactsOf(provider);
  return {
    slug: provider.id,
    name: provider.name,
    phones: phones.map((phone) => phone.e164 ?? phone.raw ?? "").filter(Boolean),
    emails: emails
      .filter((email) => email.valid !== false)
      .map((email) => email.value ?? "")
      .filter(Boolean),
    address: address?.full ?? null,
  };
}

export const fileComplaint = writeCommand<FileComplaintFields, FiledComplaint>({
  operation: "fileComplaint",
  work: async (tx, { caller, input, at }) => {
    const errors: FieldError[] = [];
    const take = <T>(field: string, check: { ok: true; value: T } | { ok: false; message: string }): T | null => {
      if (check.ok) return check.value;
      errors.push(new FieldError(field, check.message));
      return null;
    };
    const c = input.complainant;
    const surname = take("complainant.surname", checkName(c.surname, "surname", { required: true }));
    const givenName = take("complainant.givenName", checkName(c.givenName, "given name", { required: true }));
    const patronymic = take("complainant.patronymic", checkName(c.patronymic ?? "", "patronymic", { required: false }));
    const postalAddress = take(
      "complainant.postalAddress",
      checkText(c.postalAddress, "postal address", { min: 5, max: 300 }),
    );
    const phone = c.phone ? take("complainant.phone", checkPhone(c.phone)) : null;
    const email = c.email ? take("complainant.email", checkEmail(c.email)) : null;
    const subject = take(
      "subject",
      checkText(input.subject, "the body or official complained about", { min: 3, max: 300 }),
    );
    const reasons = take("reasons", checkText(input.reasons, "reasons", { min: 10, max: 5000 }));
    const demands = take("demands", checkText(input.demands, "demands", { min: 3, max: 5000 }));

    if (input.kind === "COURT")
      errors.push(new FieldError("kind", "a complaint to court is lodged with the court, not through Qyzmet"));
    if (input.preferredTarget === "COURT")
      errors.push(new FieldError("preferredTarget", "a court is not a body Qyzmet routes complaints to"));
    const kind: FileableKind = input.kind === "COURT" ? "RESULT_DISAGREEMENT" : input.kind;
    const preferredTarget: RoutableTarget | null =
      input.preferredTarget === "COURT" ? null : (input.preferredTarget ?? null);
    const about = await findProvider(tx, input.providerId);
    if (!about) throw new Rollback(new NotFound("Provider", input.providerId));

    let application: {
      id: bigint;
      number: string;
      serviceNumber: number;
      providerId: string;
      receivedAtId: string;
      outcome: string | null;
    } | null = null;
    if (input.applicationNumber) {
      const found = await tx.application.findUnique({ where: { number: input.applicationNumber.trim() } });
      const mayLink =
        found &&
        (found.submittedById === caller.keyId ||
          (input.applicationAccessCode && found.accessCodeHash === hashAccessCode(input.applicationAccessCode)));
      if (!found || !mayLink) throw new Rollback(new NotFound("Application", input.applicationNumber));
      application = found;
      if (found.providerId !== about.id && found.receivedAtId !== about.id)
        errors.push(new FieldError("providerId", `application ${found.number} was not handled by ${about.id}`));
      if (kind === "RESULT_DISAGREEMENT" && input.kind !== "COURT" && !found.outcome)
        errors.push(new FieldError("kind", `application ${found.number} has no result yet to disagree with`));
    }
    const serviceNumber = application?.serviceNumber ?? input.serviceNumber ?? null;
    if (serviceNumber === null)
      throw new Rollback(
        new ValidationFailed([
          ...errors,
          new FieldError("serviceNumber", "name the service (or the application) the complaint is about"),
        ]),
      );
    if (application && input.serviceNumber != null && input.serviceNumber !== application.serviceNumber) {
      errors.push(
        new FieldError(
          "serviceNumber",
          `application ${application.number} is for service ${application.serviceNumber}`,
        ),
      );
    }
    const service = await findComplaintProcedure(tx, serviceNumber);
    if (!service) throw new Rollback(new NotFound("Service", String(serviceNumber)));
    if (!application && !(await listsService(tx, about.id, service.id)))
      errors.push(new FieldError("providerId", `${about.id} is not listed for service ${service.number}`));

    const { complaints } = service;
    const choice = await chooseRoute(complaints, service.number, kind, about, directoryOf(tx), preferredTarget);
    if (!choice.ok) errors.push(new FieldError(choice.field, choice.message));
    if (errors.length > 0 || !choice.ok) throw new Rollback(new ValidationFailed(errors));

    const due = dueDate(at, COMPLAINT_ANSWER_PERIOD.amount, COMPLAINT_ANSWER_PERIOD.unit);
    const talon: Talon = {
      answerDueAt: due.at.toISOString(),
      answerDueDate: due.date,
      period: `${COMPLAINT_ANSWER_PERIOD.amount} calendar days (${COMPLAINT_ANSWER_PERIOD.source})`,
      contact: talonContact(choice.addressee),
      route: {
        target: choice.route.target,
        text: choice.route.text ?? "",
        lines: choice.route.lines ?? null,
        appendixId: choice.route.appendixId ?? null,
      },
      names: { [about.id]: about.name, [choice.addressee.id]: choice.addressee.name },
      serviceTitle: service.title,
      outcomeByPost: complaints?.receipt?.outcomeByPost ?? false,
    };
    const id = await nextFileId(tx, "complaint");
    const accessCode = newAccessCode();
    const complaint = await tx.complaint.create({
      data: {
        id,
        number: complaintNumber(id, at),
        accessCodeHash: hashAccessCode(accessCode),
        kind,
        providerId: about.id,
        serviceId: service.id,
        serviceNumber: service.number,
        applicationId: application?.id ?? null,
        addresseeId: choice.addressee.id,
        target: choice.route.target,
        route: toJson(talon.route),
        status: "FILED",
        open: true,
        complainantSurname: surname ?? "",
        complainantGivenName: givenName ?? "",
        complainantPatronymic: patronymic,
        complainantAddress: postalAddress ?? "",
        complainantPhone: phone,
        complainantEmail: email,
        subject: subject ?? "",
        reasons: reasons ?? "",
        demands: demands ?? "",
        talon: toJson(talon),
        filedById: caller.keyId,
        filedAt: at,
        answerDueAt: due.at,
        updatedAt: at,
        events: {
          create: {
            fromStatus: null,
            toStatus: "FILED",
            ...stepActor(caller, null),
            at,
          },
        },
      },
      include: { events: { orderBy: { id: "asc" } } },
    });
    await COMPLAINTS.recordFiling(tx, complaint, "COMPLAINT_FILED", at);
    audit("complaint.filed", {
      number: complaint.number,
      kind: complaint.kind,
      about: about.id,
      addressee: choice.addressee.id,
      surname: complaint.complainantSurname,
    });
    return { file: { ...complaint, applicationNumber: application?.number ?? null }, accessCode };
  },
  replay: (db) => COMPLAINTS.replayFiling(db),
});

/** What a complaint row is read with: its history, oldest first, and the number of the application it names. */
const WITH_HISTORY = {
  events: { orderBy: { id: "asc" } },
  application: { select: { number: true } },
} as const satisfies Prisma.ComplaintInclude;

const toRecord = ({
  application,
  ...complaint
}: Complaint & { events: ComplaintEvent[]; application: { number: string } | null }): ComplaintRecord => ({
  ...complaint,
  applicationNumber: application?.number ?? null,
});

export async function loadComplaint(db: Database | Tx, number: string): Promise<ComplaintRecord | null> {
  const row = await clientOf(db).complaint.findUnique({ where: { number }, include: WITH_HISTORY });
  return row && toRecord(row);
}

/** Complaints as the write core (write.service.ts) handles them. */
const COMPLAINTS = new FileKind<ComplaintRecord>("complaint", loadComplaint, (complaint) => ({
  subjectId: complaint.id,
  number: complaint.number,
  serviceNumber: complaint.serviceNumber,
  portalKeyId: complaint.filedById,
  providerId: complaint.addresseeId,
  receivedAtId: null,
}));

/** The complainant's personal data: the filing portal and the addressee's officers. */
export function maySeeComplainant(
  caller: KeyCaller | null,
  complaint: Pick<Complaint, "filedById" | "addresseeId">,
): boolean {
  if (!caller) return false;
  if (caller.role === "PORTAL") return caller.keyId === complaint.filedById;
  if (caller.role === "OFFICER") return caller.providerId === complaint.addresseeId;
  return false;
}

export const transitionComplaint = writeCommand<TransitionComplaintFields, ComplaintRecord>({
  operation: "transitionComplaint",
  work: async (tx, { caller, input, at }) => {
    const complaint = await tx.complaint.findUnique({ where: { number: input.number.trim() } });
    const isAddressee = caller.role === "OFFICER" && complaint !== null && caller.providerId === complaint.addresseeId;
    const isFiler = caller.role === "PORTAL" && complaint !== null && caller.keyId === complaint.filedById;
    if (!complaint || (!isAddressee && !isFiler)) throw new Rollback(new NotFound("Complaint", input.number));
    const rule = COMPLAINT_RULES[input.action];
    if ((rule.by === "ADDRESSEE_OFFICER" && !isAddressee) || (rule.by === "FILING_PORTAL" && !isFiler)) {
      throw new Rollback(
        new Forbidden(
          `${input.action} is for the ${rule.by === "ADDRESSEE_OFFICER" ? "addressee's officers" : "portal that filed the complaint"}`,
          rule.by === "ADDRESSEE_OFFICER" ? "OFFICER" : "PORTAL",
        ),
      );
    }
    if (!rule.from.includes(complaint.status)) {
      throw new Rollback(
        new Conflict("INVALID_TRANSITION", `${input.action} is not possible from ${complaint.status}`, {
          version: complaint.version,
          status: complaint.status,
        }),
      );
    }
    COMPLAINTS.checkVersion(complaint, input.expectedVersion);
    const errors: FieldError[] = [];
    const data: Prisma.ComplaintUpdateManyMutationInput = {
      status: rule.to,
      open: rule.to === "FILED" || rule.to === "IN_REVIEW",
      version: { increment: 1 },
      updatedAt: at,
    };
    if (input.action === "ANSWER") {
      const answer = checkText(input.answer ?? "", "answer", { min: 10, max: 10_000 });
      if (answer.ok) {
        data.answer = answer.value;
        data.answeredAt = at;
      } else errors.push(new FieldError("answer", answer.message));
    } else if (input.answer) errors.push(new FieldError("answer", "only ANSWER carries an answer"));
    const { reason, actorName } = stepNotes(input, errors);
    if (errors.length > 0) throw new Rollback(new ValidationFailed(errors));

    const updated = await tx.complaint.updateMany({
      where: { id: complaint.id, version: input.expectedVersion },
      data,
    });
    await COMPLAINTS.checkUpdated(updated, complaint.number);
    await tx.complaintEvent.create({
      data: {
        complaintId: complaint.id,
        fromStatus: complaint.status,
        toStatus: rule.to,
        ...stepActor(caller, actorName),
        providerId: caller.role === "OFFICER" ? caller.providerId : null,
        reason,
        at,
      },
    });
    await COMPLAINTS.recordStep(tx, complaint, {
      type: "COMPLAINT_STATUS_CHANGED",
      action: input.action,
      to: rule.to,
      at,
      caller,
    });
    return COMPLAINTS.reload(tx, complaint.number);
  },
  replay: (db) => COMPLAINTS.replay(db),
});

/** Keyset page (src/graphql/keyset.ts) of complaints addressed to a provider (officers) or filed by a portal, newest first. */
export async function listComplaints(
  db: Database,
  owner: { addresseeId: string } | { filedById: string },
  status: ComplaintStatus[] | null | undefined,
  args: ConnectionArgs,
  field: ListField,
  updatedSince: Date | null = null,
) {
  const where: Prisma.ComplaintWhereInput = {
    ...owner,
    ...(status?.length ? { status: { in: status } } : {}),
    ...(updatedSince ? { updatedAt: { gte: updatedSince } } : {}),
  };
  return pageOfFiles(
    args,
    { field, owner: stableJson(owner), filters: updatedSince ? { status, updatedSince } : { status } },
    newestFirst<ComplaintRecord>(),
    where,
    async (query) => (await db.prisma.complaint.findMany({ ...query, include: WITH_HISTORY })).map(toRecord),
  );
}
