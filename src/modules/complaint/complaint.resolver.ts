import { Arg, Ctx, createUnionType, Field, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ForbiddenError, UnauthenticatedError, WriteBadInputError } from "../access/access.errors.js";
import { callerOf, type KeyCaller, requireRole } from "../access/access.service.js";
import { Conflict, Forbidden, NotFound, ValidationFailed } from "../access/errors.type.js";
import { PageInfoType } from "../application/application.type.js";
import { type ComplaintRecord, complaintByNumber, fileComplaint, listComplaints, maySeeComplainant, type Talon, transitionComplaint } from "./complaint.service.js";
import {
  ComplaintStatusEnum,
  ComplaintTalonType,
  ComplaintType,
  FileComplaintInput,
  TransitionComplaintInput,
  type ComplaintKindEnum,
  type ComplaintTargetEnum,
} from "./complaint.type.js";
import { accessCodeLookups } from "../access/attempt-limiter.js";

export const FileComplaintResult = createUnionType({
  name: "FileComplaintResult",
  types: () => [ComplaintTalonType, ValidationFailed, NotFound, Forbidden, Conflict] as const,
});

export const TransitionComplaintResult = createUnionType({
  name: "TransitionComplaintResult",
  types: () => [ComplaintType, ValidationFailed, NotFound, Forbidden, Conflict] as const,
});

@ObjectType("ComplaintConnection")
export class ComplaintConnectionType {
  @Field(() => [ComplaintType])
  nodes!: ComplaintType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}

export function toComplaintType(row: ComplaintRecord, caller: KeyCaller | null): ComplaintType {
  const talon = row.talon as unknown as Talon;
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
      ? { surname: row.complainantSurname, givenName: row.complainantGivenName, patronymic: row.complainantPatronymic, postalAddress: row.complainantAddress, phone: row.complainantPhone, email: row.complainantEmail }
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
    history: (row.events ?? []).map((event) => ({
      from: event.fromStatus as ComplaintStatusEnum | null,
      to: event.toStatus as ComplaintStatusEnum,
      at: event.at,
      actorRole: event.actorRole,
      actorName: event.actorName,
      reason: event.reason,
    })),
  });
  return view;
}

const cursorOf = (id: bigint) => Buffer.from(`complaint:${id}`, "utf8").toString("base64url");
function idOfCursor(cursor: string): bigint {
  const match = /^complaint:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new WriteBadInputError(`"${cursor}" is not a cursor of this list`);
  return BigInt(match[1] as string);
}

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  @Mutation(() => FileComplaintResult, { description: "Lodge a complaint (PORTAL keys); it is routed by the service's complaint rules and answered with the talon of paragraph 25." })
  async fileComplaint(@Arg("input", () => FileComplaintInput) input: FileComplaintInput, @Ctx() ctx: Context): Promise<typeof FileComplaintResult> {
    const auth = requireRole(await callerOf(ctx), "PORTAL");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    const outcome = await fileComplaint(ctx.db, auth.caller, input);
    if (!outcome.ok) return outcome.error;
    const { complaint, accessCode } = outcome.value;
    const talon = complaint.talon as unknown as Talon;
    const result = new ComplaintTalonType();
    Object.assign(result, {
      complaint: toComplaintType(complaint, auth.caller),
      accessCode,
      answerDueDate: talon.answerDueDate,
      answerPeriod: talon.period,
      contact: talon.contact,
      outcomeByPost: talon.outcomeByPost,
    });
    return result;
  }

  @Mutation(() => TransitionComplaintResult, { description: "START_REVIEW and ANSWER by the addressee's officers; WITHDRAW by the filing portal." })
  async transitionComplaint(@Arg("input", () => TransitionComplaintInput) input: TransitionComplaintInput, @Ctx() ctx: Context): Promise<typeof TransitionComplaintResult> {
    const auth = requireRole(await callerOf(ctx), "OFFICER", "PORTAL");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    const outcome = await transitionComplaint(ctx.db, auth.caller, input);
    return outcome.ok ? toComplaintType(outcome.value, auth.caller) : outcome.error;
  }

  @Query(() => ComplaintType, { nullable: true, description: "A complaint by number and the access code from its talon; null when either is wrong." })
  async complaintByNumber(@Arg("number", () => String) number: string, @Arg("accessCode", () => String) accessCode: string, @Ctx() ctx: Context): Promise<ComplaintType | null> {
    const caller = await callerOf(ctx);
    if (caller.kind === "rejected") throw new UnauthenticatedError(caller.reason);
    const row = await accessCodeLookups(ctx.db).guard(`complaint:${number.trim().toUpperCase()}`, () => complaintByNumber(ctx.db, number, accessCode));
    return row && toComplaintType(row, caller.kind === "key" ? caller : null);
  }

  @Query(() => ComplaintConnectionType, { description: "OFFICER: complaints addressed to the officer's provider. PORTAL: those it filed. Newest first, keyset-paged." })
  async complaints(
    @Ctx() ctx: Context,
    @Arg("status", () => [ComplaintStatusEnum], { nullable: true }) status?: ComplaintStatusEnum[] | null,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<ComplaintConnectionType> {
    const caller = await callerOf(ctx);
    if (caller.kind !== "key") throw new UnauthenticatedError(caller.kind === "rejected" ? caller.reason : "listing complaints needs an OFFICER or PORTAL API key");
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > 100) throw new WriteBadInputError("first must be between 1 and 100");
    let owner: { addresseeId: string } | { filedById: string };
    if (caller.role === "OFFICER" && caller.providerId) owner = { addresseeId: caller.providerId };
    else if (caller.role === "PORTAL") owner = { filedById: caller.keyId };
    else throw new ForbiddenError("ADMIN keys manage keys; complaints are read by officers and portals");
    const page = await listComplaints(ctx.db, owner, status, size, after ? idOfCursor(after) : null);
    const last = page.items.at(-1);
    return { nodes: page.items.map((row) => toComplaintType(row, caller)), pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? cursorOf(last.id) : null } };
  }
}
