/**
 * Applications: submission (validated against the service's standard and the
 * directory, with a due date from the holiday calendar), lifecycle steps
 * (optimistic version check, every step recorded) and the reads. Every
 * change runs in one transaction through `runIdempotent`; a failure is
 * returned as data and changes nothing.
 */
import { fromJson, toJson } from "../../db/json.js";
import type { Database, Tx } from "../../db/database.js";
import type { Application, ApplicationEvent, Prisma } from "../../generated/prisma/client.js";
import type { ApplicationStatus } from "../../generated/prisma/enums.js";
import type { KeyCaller } from "../access/access.service.js";
import { hashAccessCode, newAccessCode } from "../write/access-code.js";
import { stepActor } from "../write/history.js";
import { fileNumber } from "../common/file-number.js";
import { Conflict, FieldError, Forbidden, NotFound, Rollback, ValidationFailed } from "../write/errors.type.js";
import { FileKind, type Filed, stepNotes, writeCommand } from "../write/write.service.js";
import { clientOf, newestFirst, nextFileId, pageOfFiles } from "../write/write.repository.js";
import { audit, checkEmail, checkIin, checkName, checkPhone, checkText } from "../write/personal-data.js";
import { type ConnectionArgs, type ListField, stableJson } from "../../graphql/connection.js";
import { BadInputError } from "../../graphql/errors.js";
import { calendarCaveats, type Due, localDate } from "../calendar/calendar.service.js";
import type { Deadline } from "../../../seeds/contract/index.js";
import { type KeysetConnection, keysetColumns } from "../../graphql/keyset.js";
import {
  type Channel,
  channelsOf,
  deadlineFor,
  documentsFor,
  dueFor,
  documentsSetByMaslikhat,
  handInFor,
  PROVIDER_TYPE_OF_CHANNEL,
  recipientCategories,
  type ServiceRow,
} from "./application.rules.js";
import { applyActionEffects } from "./application.effects.js";
import {
  type Actor,
  type ApplicationAction,
  APPLICATION_RULES,
  checkTransition,
  isOpen,
} from "./application.lifecycle.js";
import { findProvider, findService, servesOnChannel } from "../write/directory.repository.js";

export interface ApplicantFields {
  iin: string;
  surname: string;
  givenName: string;
  patronymic?: string | null;
  postalAddress: string;
  phone: string;
  email?: string | null;
}

export interface SubmitFields {
  idempotencyKey?: string | null;
  serviceNumber: number;
  channel: Channel;
  providerId: string;
  akimOffice?: string | null;
  applicant: ApplicantFields;
  recipientCategory: string;
  documents: string[];
  receivedBy?: string | null;
}

export interface TransitionFields {
  idempotencyKey?: string | null;
  number: string;
  action: ApplicationAction;
  expectedVersion: number;
  reason?: string | null;
  refusalGroundCode?: string | null;
  forwardToProviderId?: string | null;
  actorName?: string | null;
}

/** What the receipt snapshots from the directory, so a re-seed never rewrites it. */
export interface ReceiptSnapshot {
  serviceTitle: string;
  /** Provider names by slug: where it was handed in and whoever it was forwarded to. */
  names: Record<string, string>;
  receivedBy: string;
  document: string | null;
  documentContents: string[];
  refusalGroundText?: string | null;
}

export type ApplicationRecord = Application & { events?: ApplicationEvent[] };

/** The receipt's facts: the application and the access code, which only this answer shows. */
export type Receipt = Filed<ApplicationRecord>;

/** `A-2026-0000042`: the year of submission and the row's sequence number. */
export const applicationNumber = (id: bigint, at: Date): string => fileNumber("A", id, at);

// --- validation --------------------------------------------------------------

/** The personal-data rules, field by field; the normalised applicant or the rejected fields. */
export function validateApplicant(
  applicant: ApplicantFields,
  prefix: string,
  today: Date,
): { value: ApplicantFields; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const take = <T>(field: string, check: { ok: true; value: T } | { ok: false; message: string }, fallback: T): T => {
    if (check.ok) return check.value;
    errors.push(new FieldError(`${prefix}.${field}`, check.message));
    return fallback;
  };
  const value: ApplicantFields = {
    iin: take("iin", checkIin(applicant.iin, today), ""),
    surname: take("surname", checkName(applicant.surname, "surname", { required: true }), "") ?? "",
    givenName: take("givenName", checkName(applicant.givenName, "given name", { required: true }), "") ?? "",
    patronymic: take("patronymic", checkName(applicant.patronymic ?? "", "patronymic", { required: false }), null),
    postalAddress: take(
      "postalAddress",
      checkText(applicant.postalAddress, "postal address", { min: 5, max: 300 }),
      "",
    ),
    phone: take("phone", checkPhone(applicant.phone), ""),
    email: applicant.email ? take("email", checkEmail(applicant.email), null) : null,
  };
  return { value, errors };
}

function pickCategory(service: ServiceRow, given: string): { value: string } | { error: string } {
  const categories = recipientCategories(service);
  const trimmed = given.trim();
  if (categories.length === 0) {
    // S14 leaves the categories to maslikhat decisions: the category is taken as stated.
    return trimmed.length >= 2 && trimmed.length <= 300
      ? { value: trimmed }
      : { error: "recipient category must be 2 to 300 characters" };
  }
  const byCode = /^c(\d+)$/i.exec(trimmed);
  const found = byCode
    ? categories[Number(byCode[1]) - 1]
    : categories.find((category) => category.toLowerCase() === trimmed.toLowerCase());
  if (found) return { value: found };
  return {
    error: `recipient category must be one of service ${service.number}'s categories: ${categories.map((_, i) => `c${i + 1}`).join(", ")}`,
  };
}

// --- the due date before submitting ---------------------------------------------

export interface DueDatePreview {
  service: number;
  channel: Channel;
  from: Date;
  deadline: Deadline;
  due: Due;
  caveats: string[];
}

/**
 * The due date a submission at `from` would get (`dueFor`, as
 * submitApplication uses it), for a portal to show before submitting.
 * BAD_USER_INPUT for what takes no application; DATE_OUTSIDE_CALENDAR from
 * the calendar when the working days run into days it does not know.
 */
export async function previewDueDate(
  db: Database,
  number: number,
  channel: Channel,
  from: Date,
): Promise<DueDatePreview> {
  const service = await findService(db.prisma, number);
  if (!service) throw new BadInputError(`the act has no service ${number}`);
  if (service.repealed) throw new BadInputError(`service ${number} was repealed and takes no applications`);
  if (!channelsOf(service).includes(channel)) {
    throw new BadInputError(
      `service ${number}'s standard does not offer the ${channel} channel (it offers ${channelsOf(service).join(", ") || "none"})`,
    );
  }
  const result = dueFor(service, channel, from);
  if (!result) throw new BadInputError(`service ${number}'s standard states no deadline for the ${channel} channel`);
  const caveats = result.deadline.unit === "WORKING_DAYS" ? calendarCaveats(localDate(from), result.due.date) : [];
  return { service: number, channel, from, ...result, caveats };
}

// --- submission ----------------------------------------------------------------

/** The applicant's personal data as the row's columns. */
function applicantColumns(applicant: ApplicantFields) {
  return {
    applicantIin: applicant.iin,
    applicantSurname: applicant.surname,
    applicantGivenName: applicant.givenName,
    applicantPatronymic: applicant.patronymic ?? null,
    applicantAddress: applicant.postalAddress,
    applicantPhone: applicant.phone,
    applicantEmail: applicant.email ?? null,
  };
}

/** The channel is one the standard offers, and the provider one of its list for that channel. */
async function checkChannel(
  tx: Tx,
  service: ServiceRow,
  provider: { id: string; type: string },
  channel: Channel,
  errors: FieldError[],
): Promise<void> {
  if (!channelsOf(service).includes(channel)) {
    errors.push(
      new FieldError(
        "channel",
        `service ${service.number}'s standard does not offer the ${channel} channel (it offers ${channelsOf(service).join(", ") || "none"})`,
      ),
    );
  } else if (provider.type !== PROVIDER_TYPE_OF_CHANNEL[channel]) {
    errors.push(
      new FieldError(
        "providerId",
        `the ${channel} channel needs a provider of type ${PROVIDER_TYPE_OF_CHANNEL[channel]}, and ${provider.id} is ${provider.type}`,
      ),
    );
  } else if (!(await servesOnChannel(tx, provider.id, service, channel))) {
    errors.push(
      new FieldError(
        "providerId",
        `${provider.id} is not in service ${service.number}'s list of providers for the ${channel} channel`,
      ),
    );
  }
}

/** The akim's office that took the documents in: required on the AKIM channel, refused on the others. */
function akimOfficeOf(channel: Channel, raw: string | null | undefined, errors: FieldError[]): string | null {
  if (channel === "AKIM") {
    const check = checkText(raw ?? "", "akim office", { min: 3, max: 200 });
    if (check.ok) return check.value;
    errors.push(
      new FieldError(
        "akimOffice",
        `the AKIM channel needs the akim's office that takes the documents in: ${check.message}`,
      ),
    );
  } else if (raw) {
    errors.push(new FieldError("akimOffice", "only the AKIM channel names an akim's office"));
  }
  return null;
}

/** The documents handed in, checked against the service's list for the channel (none checked on a channel it does not offer). */
function acceptDocuments(
  service: ServiceRow,
  channel: Channel,
  documents: string[],
  errors: FieldError[],
): { code: string; text: string }[] {
  if (!channelsOf(service).includes(channel)) return [];
  const choices = documentsFor(service, channel);
  const accepted: { code: string; text: string }[] = [];
  const seen = new Set<string>();
  documents.forEach((raw, index) => {
    const code = raw.trim();
    const choice = choices.find((candidate) => candidate.code === code);
    if (seen.has(code)) errors.push(new FieldError(`documents[${index}]`, `document ${code} is listed twice`));
    else if (!choice) {
      const known = choices.map((candidate) => candidate.code).join(", ");
      errors.push(
        new FieldError(
          `documents[${index}]`,
          `${code} is not in service ${service.number}'s document list for ${channel}${known ? ` (${known})` : documentsSetByMaslikhat(service) ? " (the list is set by the maslikhat)" : ""}`,
        ),
      );
    } else accepted.push(choice);
    seen.add(code);
  });
  if (documents.length === 0 && choices.length > 0)
    errors.push(new FieldError("documents", "hand in at least one document of the service's list"));
  return accepted;
}

export const submitApplication = writeCommand<SubmitFields, Receipt>({
  operation: "submitApplication",
  work: async (tx, { caller, input, at }) => {
    const errors: FieldError[] = [];
    const applicant = validateApplicant(input.applicant, "applicant", at);
    errors.push(...applicant.errors);

    const service = await findService(tx, input.serviceNumber);
    if (!service) throw new Rollback(new NotFound("Service", String(input.serviceNumber)));
    if (service.repealed)
      throw new Rollback(
        new ValidationFailed([
          new FieldError("serviceNumber", `service ${service.number} was repealed and takes no applications`),
        ]),
      );
    const provider = await findProvider(tx, input.providerId);
    if (!provider) throw new Rollback(new NotFound("Provider", input.providerId));

    const channel = input.channel;
    await checkChannel(tx, service, provider, channel, errors);
    const akimOffice = akimOfficeOf(channel, input.akimOffice, errors);

    const deadline = deadlineFor(service, channel);
    if (!deadline && channelsOf(service).includes(channel)) {
      errors.push(
        new FieldError("channel", `service ${service.number}'s standard states no deadline for the ${channel} channel`),
      );
    }

    const category = pickCategory(service, input.recipientCategory);
    if ("error" in category) errors.push(new FieldError("recipientCategory", category.error));

    const accepted = acceptDocuments(service, channel, input.documents, errors);
    const receivedBy = checkText(input.receivedBy ?? caller.name, "received by", { min: 2, max: 200 });
    if (!receivedBy.ok) errors.push(new FieldError("receivedBy", receivedBy.message));

    if (errors.length > 0 || !deadline || !receivedBy.ok || "error" in category)
      throw new Rollback(new ValidationFailed(errors));

    const { due } = dueFor(service, channel, at)!;
    const handIn = handInFor(service, channel);
    const id = await nextFileId(tx, "application");
    const accessCode = newAccessCode();
    const snapshot: ReceiptSnapshot = {
      serviceTitle: service.title ?? `service ${service.number}`,
      names: { [provider.id]: provider.name },
      receivedBy: receivedBy.value,
      document: handIn?.receives ?? null,
      documentContents: handIn?.contents ?? [],
    };
    const application = await tx.application.create({
      data: {
        id,
        number: applicationNumber(id, at),
        accessCodeHash: hashAccessCode(accessCode),
        serviceId: service.id,
        serviceNumber: service.number,
        channel,
        providerId: provider.id,
        receivedAtId: provider.id,
        akimOffice,
        status: "SUBMITTED",
        open: true,
        recipientCategory: category.value,
        ...applicantColumns(applicant.value),
        documents: accepted,
        deadline: {
          channel,
          amount: deadline.amount,
          unit: deadline.unit,
          atMost: deadline.atMost ?? false,
          text: deadline.text ?? "",
          lines: deadline.lines ? { start: deadline.lines.start, end: deadline.lines.end } : null,
        },
        receipt: toJson(snapshot),
        submittedById: caller.keyId,
        submittedAt: at,
        dueAt: due.at,
        dueDate: new Date(`${due.date}T00:00:00Z`),
        updatedAt: at,
        events: {
          create: {
            fromStatus: null,
            toStatus: "SUBMITTED",
            ...stepActor(caller, receivedBy.value),
            providerId: provider.id,
            at,
          },
        },
      },
      include: WITH_HISTORY,
    });
    await APPLICATIONS.recordFiling(tx, application, "APPLICATION_SUBMITTED", at);
    audit("application.submitted", {
      number: application.number,
      service: service.number,
      provider: provider.id,
      iin: application.applicantIin,
    });
    return { file: application, accessCode };
  },
  replay: (db) => APPLICATIONS.replayFiling(db),
});

/** What an application row is read with: its history, oldest first. */
const WITH_HISTORY = { events: { orderBy: { id: "asc" } } } as const satisfies Prisma.ApplicationInclude;

export async function loadApplication(db: Database | Tx, number: string): Promise<ApplicationRecord | null> {
  return clientOf(db).application.findUnique({ where: { number }, include: WITH_HISTORY });
}

/** Applications as the write core (write.service.ts) handles them. */
const APPLICATIONS = new FileKind<ApplicationRecord>("application", loadApplication, (application) => ({
  subjectId: application.id,
  number: application.number,
  serviceNumber: application.serviceNumber,
  portalKeyId: application.submittedById,
  providerId: application.providerId,
  receivedAtId: application.receivedAtId,
}));

// --- reads ---------------------------------------------------------------------

/** Who may see the applicant's personal data: the submitting portal and officers of the providers involved. Admins manage keys, not files. */
export function maySeePersonalData(
  caller: KeyCaller | null,
  application: Pick<Application, "submittedById" | "providerId" | "receivedAtId">,
): boolean {
  if (!caller) return false;
  if (caller.role === "PORTAL") return caller.keyId === application.submittedById;
  if (caller.role === "OFFICER")
    return caller.providerId === application.providerId || caller.providerId === application.receivedAtId;
  return false;
}

// --- lifecycle -----------------------------------------------------------------

function actorsOf(caller: KeyCaller, application: Application): Actor[] {
  const actors: Actor[] = [];
  if (caller.role === "OFFICER" && caller.providerId === application.providerId) actors.push("ADDRESSEE_OFFICER");
  if (caller.role === "OFFICER" && caller.providerId === application.receivedAtId) actors.push("RECEIVER_OFFICER");
  if (caller.role === "PORTAL" && caller.keyId === application.submittedById) actors.push("SUBMITTING_PORTAL");
  return actors;
}

export const transitionApplication = writeCommand<TransitionFields, ApplicationRecord>({
  operation: "transitionApplication",
  work: async (tx, { caller, input, at }) => {
    const application = await tx.application.findUnique({ where: { number: input.number.trim() } });
    const actors = application ? actorsOf(caller, application) : [];
    // Callers with no part in an application are not told it exists.
    if (!application || actors.length === 0) throw new Rollback(new NotFound("Application", input.number));
    const check = checkTransition(input.action, application, actors);
    if (!check.ok) {
      throw new Rollback(
        check.kind === "FORBIDDEN"
          ? new Forbidden(check.message, "OFFICER")
          : new Conflict("INVALID_TRANSITION", check.message, {
              version: application.version,
              status: application.status,
            }),
      );
    }
    APPLICATIONS.checkVersion(application, input.expectedVersion);

    const errors: FieldError[] = [];
    const { reason, actorName } = stepNotes(input, errors);
    const data: Prisma.ApplicationUpdateManyMutationInput = {
      status: check.to,
      open: isOpen(check.to),
      version: { increment: 1 },
      updatedAt: at,
    };
    const snapshot = fromJson<ReceiptSnapshot>(application.receipt);
    let eventProvider = caller.providerId;
    await applyActionEffects({ tx, application, input, snapshot, data, errors });
    if (APPLICATION_RULES[input.action].decides) data.outcome = check.to;
    if (!isOpen(check.to)) data.closedAt = at;
    if (errors.length > 0) throw new Rollback(new ValidationFailed(errors));
    if (caller.role === "PORTAL") eventProvider = null;

    const updated = await tx.application.updateMany({
      where: { id: application.id, version: input.expectedVersion },
      data,
    });
    await APPLICATIONS.checkUpdated(updated, application.number, () =>
      tx.application.findUnique({ where: { id: application.id }, select: { version: true, status: true } }),
    );
    await tx.applicationEvent.create({
      data: {
        applicationId: application.id,
        fromStatus: application.status,
        toStatus: check.to as ApplicationStatus,
        ...stepActor(caller, actorName),
        providerId: eventProvider,
        reason,
        refusalGroundCode: (data.refusalGroundCode as string | undefined) ?? null,
        at,
      },
    });
    await APPLICATIONS.recordStep(tx, application, {
      type: "APPLICATION_STATUS_CHANGED",
      action: input.action,
      to: check.to,
      at,
      caller,
      providerId: data.providerId as string | undefined,
    });
    return APPLICATIONS.reload(tx, application.number);
  },
  replay: (db) => APPLICATIONS.replay(db),
});

// --- the officer's list --------------------------------------------------------

export interface ListFilter {
  status?: ApplicationStatus[] | null;
  serviceNumber?: number | null;
  overdue?: boolean | null;
  updatedSince?: Date | null;
}

/** Whose list: addressed to a provider, handed in at one, or submitted by a portal. Each has its index. */
export type ApplicationOwner = { providerId: string } | { receivedAtId: string } | { submittedById: string };

const NEWEST_FIRST = newestFirst<Application>();
/** Most overdue first: the due instant, then the id to break ties. */
const MOST_OVERDUE_FIRST = [
  keysetColumns.date<Application>("dueAt", "asc", (row) => row.dueAt),
  keysetColumns.bigint<Application>("id", "asc", (row) => row.id),
];

/**
 * A keyset page of applications (src/graphql/keyset.ts): newest first, or
 * with `overdue` the most overdue first. Each order has an index that starts
 * with the owner (provider or portal), so a page costs the same at row one
 * and row a million.
 */
export async function listApplications(
  db: Database,
  owner: ApplicationOwner,
  filter: ListFilter,
  args: ConnectionArgs,
  field: ListField,
  now: Date = new Date(),
): Promise<KeysetConnection<ApplicationRecord>> {
  const overdue = filter.overdue === true;
  const where: Prisma.ApplicationWhereInput = { ...owner };
  if (filter.status?.length) where.status = { in: filter.status };
  if (filter.serviceNumber != null) where.serviceNumber = filter.serviceNumber;
  if (filter.updatedSince) where.updatedAt = { gte: filter.updatedSince };
  if (overdue) {
    where.open = true;
    where.dueAt = { lt: now };
  } else if (filter.overdue === false) {
    where.OR = [{ open: false }, { dueAt: { gte: now } }];
  }
  const of = { field, owner: stableJson(owner), filters: filter };
  return pageOfFiles(args, of, overdue ? MOST_OVERDUE_FIRST : NEWEST_FIRST, where, (query) =>
    db.prisma.application.findMany({ ...query, include: WITH_HISTORY }),
  );
}
