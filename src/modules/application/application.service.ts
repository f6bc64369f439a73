/**
 * Applications: submission (validated against the service's standard and the
 * directory, with a due date from the holiday calendar), lifecycle steps
 * (optimistic version check, every step recorded) and the reads. Every
 * change runs in one transaction through `runIdempotent`; a failure is
 * returned as data and changes nothing.
 */
import { fromJson, toJson } from "../../db/json.js";
import type { Database } from "../../db/database.js";
import type { Application, ApplicationEvent, Prisma } from "../../generated/prisma/client.js";
import type { ApplicationStatus } from "../../generated/prisma/enums.js";
import type { KeyCaller } from "../access/access.service.js";
import { hashAccessCode, newAccessCode } from "../write/access-code.js";
import {
  Conflict,
  FieldError,
  Forbidden,
  NotFound,
  type Outcome,
  Rollback,
  ValidationFailed,
} from "../write/errors.type.js";
import { runIdempotent, type Tx } from "../write/idempotency.service.js";
import { audit, checkEmail, checkIin, checkName, checkPhone, checkText } from "../write/personal-data.js";
import { type ConnectionArgs, type ListField, stableJson } from "../../graphql/connection.js";
import { BadInputError } from "../../graphql/errors.js";
import { calendarCaveats, type Due, localDate } from "../calendar/calendar.service.js";
import type { Deadline } from "../../../seeds/contract/index.js";
import { type KeysetConnection, keysetColumns, keysetConnection } from "../../graphql/keyset.js";
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
import { recordEvent } from "../events/events.repository.js";
import { announceCommit } from "../events/events.signal.js";

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

export interface Receipt {
  application: ApplicationRecord;
  accessCode: string;
}

/** `A-2026-0000042`: the year of submission and the row's sequence number. */
export const applicationNumber = (id: bigint, at: Date): string =>
  `A-${at.getUTCFullYear()}-${String(id).padStart(7, "0")}`;

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

export async function submitApplication(
  db: Database,
  caller: KeyCaller,
  input: SubmitFields,
  now: () => Date = () => new Date(),
): Promise<Outcome<Receipt>> {
  const { idempotencyKey, ...request } = input;
  const outcome = await runIdempotent<Receipt>({
    db,
    apiKeyId: caller.keyId,
    operation: "submitApplication",
    key: idempotencyKey,
    input: request,
    work: async (tx) => {
      const at = now();
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
          new FieldError(
            "channel",
            `service ${service.number}'s standard states no deadline for the ${channel} channel`,
          ),
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
      const [{ id }] = (await tx.$queryRawUnsafe<{ id: bigint }[]>(
        `SELECT nextval(pg_get_serial_sequence('application', 'id')) AS id`,
      )) as [{ id: bigint }];
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
          id: BigInt(id),
          number: applicationNumber(BigInt(id), at),
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
              actorKeyId: caller.keyId,
              actorRole: caller.role,
              actorName: receivedBy.value,
              providerId: provider.id,
              at,
            },
          },
        },
        include: { events: { orderBy: { id: "asc" } } },
      });
      await recordEvent(tx, {
        type: "APPLICATION_SUBMITTED",
        subjectId: application.id,
        number: application.number,
        fromStatus: null,
        toStatus: application.status,
        version: application.version,
        serviceNumber: application.serviceNumber,
        occurredAt: at,
        portalKeyId: application.submittedById,
        providerId: application.providerId,
        receivedAtId: application.receivedAtId,
      });
      audit("application.submitted", {
        number: application.number,
        service: service.number,
        provider: provider.id,
        iin: application.applicantIin,
      });
      return { application, accessCode };
    },
    store: (receipt) => ({ number: receipt.application.number, accessCode: receipt.accessCode }),
    replay: async (stored) => {
      const { number, accessCode: code } = stored as { number: string; accessCode: string };
      const application = await loadApplication(db, number);
      if (!application) throw new Error(`idempotency record names application ${number}, which is gone`);
      return { application, accessCode: code };
    },
  });
  if (outcome.ok) announceCommit(db);
  return outcome;
}

export async function loadApplication(db: Database | Tx, number: string): Promise<ApplicationRecord | null> {
  const client = "prisma" in db ? db.prisma : db;
  return client.application.findUnique({ where: { number }, include: { events: { orderBy: { id: "asc" } } } });
}

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

export async function transitionApplication(
  db: Database,
  caller: KeyCaller,
  input: TransitionFields,
  now: () => Date = () => new Date(),
): Promise<Outcome<ApplicationRecord>> {
  const { idempotencyKey, ...request } = input;
  const outcome = await runIdempotent<ApplicationRecord>({
    db,
    apiKeyId: caller.keyId,
    operation: "transitionApplication",
    key: idempotencyKey,
    input: request,
    work: async (tx) => {
      const at = now();
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
      if (application.version !== input.expectedVersion) {
        throw new Rollback(
          new Conflict(
            "STALE_VERSION",
            `application ${application.number} is at version ${application.version}, not ${input.expectedVersion}`,
            { version: application.version, status: application.status },
          ),
        );
      }

      const errors: FieldError[] = [];
      let reason: string | null = null;
      if (input.reason) {
        const check = checkText(input.reason, "reason", { min: 1, max: 2000 });
        if (check.ok) reason = check.value;
        else errors.push(new FieldError("reason", check.message));
      }
      let actorName: string | null = null;
      if (input.actorName) {
        const check = checkText(input.actorName, "actor name", { min: 2, max: 200 });
        if (check.ok) actorName = check.value;
        else errors.push(new FieldError("actorName", check.message));
      }
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

      // The version check that counts: a concurrent step that committed first leaves no row to update.
      const updated = await tx.application.updateMany({
        where: { id: application.id, version: input.expectedVersion },
        data,
      });
      if (updated.count !== 1) {
        const current = await tx.application.findUnique({
          where: { id: application.id },
          select: { version: true, status: true },
        });
        throw new Rollback(
          new Conflict("STALE_VERSION", `application ${application.number} was changed by someone else`, {
            version: current?.version,
            status: current?.status,
          }),
        );
      }
      await tx.applicationEvent.create({
        data: {
          applicationId: application.id,
          fromStatus: application.status,
          toStatus: check.to as ApplicationStatus,
          actorKeyId: caller.keyId,
          actorRole: caller.role,
          actorName: actorName ?? caller.name,
          providerId: eventProvider,
          reason,
          refusalGroundCode: (data.refusalGroundCode as string | undefined) ?? null,
          at,
        },
      });
      await recordEvent(tx, {
        type: "APPLICATION_STATUS_CHANGED",
        subjectId: application.id,
        number: application.number,
        fromStatus: application.status,
        toStatus: check.to,
        version: application.version + 1,
        serviceNumber: application.serviceNumber,
        occurredAt: at,
        portalKeyId: application.submittedById,
        providerId: (data.providerId as string | undefined) ?? application.providerId,
        receivedAtId: application.receivedAtId,
      });
      audit("application.transition", {
        number: application.number,
        action: input.action,
        from: application.status,
        to: check.to,
        key: caller.keyId,
      });
      const result = await loadApplication(tx, application.number);
      if (!result) throw new Error("the application vanished inside its own transaction");
      return result;
    },
    store: (application) => ({ number: application.number }),
    replay: async (stored) => {
      const application = await loadApplication(db, (stored as { number: string }).number);
      if (!application) throw new Error("idempotency record names an application that is gone");
      return application;
    },
  });
  if (outcome.ok) announceCommit(db);
  return outcome;
}

// --- the officer's list --------------------------------------------------------

export interface ListFilter {
  status?: ApplicationStatus[] | null;
  serviceNumber?: number | null;
  overdue?: boolean | null;
  updatedSince?: Date | null;
}

/** Whose list: addressed to a provider, handed in at one, or submitted by a portal. Each has its index. */
export type ApplicationOwner = { providerId: string } | { receivedAtId: string } | { submittedById: string };

/** Newest first: the primary key, descending. */
const NEWEST_FIRST = [keysetColumns.bigint<Application>("id", "desc", (row) => row.id)];
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
): Promise<KeysetConnection<Application>> {
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
  return keysetConnection(args, of, overdue ? MOST_OVERDUE_FIRST : NEWEST_FIRST, (page) =>
    db.prisma.application.findMany({
      where: page.where ? { AND: [where, page.where] } : where,
      orderBy: page.orderBy,
      take: page.take,
    }),
  );
}
