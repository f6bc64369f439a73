import { fromJson } from "../../db/json.js";
import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Args, Ctx, createUnionType, Info, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ForbiddenError, UnauthenticatedError } from "../access/access.errors.js";
import { callerOf, type KeyCaller, requireRole } from "../access/access.service.js";
import { Conflict, Forbidden, NotFound, ValidationFailed } from "../access/errors.type.js";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs } from "../../graphql/connection.js";
import { type KeysetConnection, keysetConnectionType } from "../../graphql/keyset.js";
import { type ComplaintRecord, fileComplaint, listComplaints, loadComplaint, maySeeComplainant, type Talon, transitionComplaint } from "./complaint.service.js";
import {
  ComplaintStatusEnum,
  ComplaintTalonType,
  ComplaintType,
  FileComplaintInput,
  TransitionComplaintInput,
  type ComplaintKindEnum,
  type ComplaintTargetEnum,
} from "./complaint.type.js";
import { lookUpByAccessCode, registrationNumber } from "../access/tracking.js";

export const FileComplaintResult = createUnionType({
  name: "FileComplaintResult",
  description: "The talon (талон), or why nothing was filed.",
  types: () => [ComplaintTalonType, ValidationFailed, NotFound, Forbidden, Conflict] as const,
});

export const TransitionComplaintResult = createUnionType({
  name: "TransitionComplaintResult",
  description: "The complaint after the step, or why the step was not taken.",
  types: () => [ComplaintType, ValidationFailed, NotFound, Forbidden, Conflict] as const,
});

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

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  @Mutation(() => FileComplaintResult, { description: "Lodge a complaint (PORTAL keys); it is routed by the service's complaint rules and answered with the talon of paragraph 25." })
  async fileComplaint(
    @Arg("input", () => FileComplaintInput, { description: "The complaint: its kind, what it is about, the complainant, subject, reasons and demands." }) input: FileComplaintInput,
    @Ctx() ctx: Context,
  ): Promise<typeof FileComplaintResult> {
    const auth = requireRole(await callerOf(ctx), "PORTAL");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    const outcome = await fileComplaint(ctx.db, auth.caller, input);
    if (!outcome.ok) return outcome.error;
    const { complaint, accessCode } = outcome.value;
    const talon = fromJson<Talon>(complaint.talon);
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
  async transitionComplaint(
    @Arg("input", () => TransitionComplaintInput, { description: "The complaint's number, the step and the version last seen." }) input: TransitionComplaintInput,
    @Ctx() ctx: Context,
  ): Promise<typeof TransitionComplaintResult> {
    const auth = requireRole(await callerOf(ctx), "OFFICER", "PORTAL");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    const outcome = await transitionComplaint(ctx.db, auth.caller, input);
    return outcome.ok ? toComplaintType(outcome.value, auth.caller) : outcome.error;
  }

  @Query(() => ComplaintType, {
    nullable: true,
    description:
      "A complaint by its number: with the access code from its talon, or without one for the filing portal and the addressee's officers. Null when the number or the code is wrong.",
  })
  async complaintByNumber(
    @Arg("number", () => String, { description: "The registration number on the talon (талон), e.g. `C-2026-0000042` (case and surrounding spaces do not matter; anything else is BAD_USER_INPUT)." }) number: string,
    @Arg("accessCode", () => String, {
      nullable: true,
      description:
        "The 10-character access code from the talon (case does not matter); not needed by the filing portal or the addressee's officers. " +
        "After 10 wrong codes for one number from one client (API key, else address) within 15 minutes, or 100 for any numbers, that client's lookups fail with TOO_MANY_ATTEMPTS until the window has passed.",
    })
    accessCode: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ComplaintType | null> {
    const caller = await callerOf(ctx);
    if (caller.kind === "rejected") throw new UnauthenticatedError(caller.reason);
    const keyCaller = caller.kind === "key" ? caller : null;
    const row = await lookUpByAccessCode({
      db: ctx.db,
      caller: keyCaller,
      clientAddress: ctx.clientAddress,
      number: registrationNumber(number, "C"),
      accessCode,
      load: (normalised) => loadComplaint(ctx.db, normalised),
      owns: (owner, complaint) => maySeeComplainant(owner, complaint),
    });
    return row && toComplaintType(row, keyCaller);
  }

  @Query(() => ComplaintConnectionType, { description: "OFFICER: complaints addressed to the officer's provider. PORTAL: those it filed. Newest first, keyset-paged." })
  async complaints(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("status", () => [ComplaintStatusEnum], { nullable: true, description: "Only complaints in one of these states; all when unset." }) status?: ComplaintStatusEnum[] | null,
    @Arg("updatedSince", () => GraphQLDateTime, {
      nullable: true,
      description: "Only complaints changed (filed or stepped) at or after this instant (ISO 8601 date-time). For exact catch-up without gaps use the `events` feed.",
    })
    updatedSince?: Date | null,
  ): Promise<KeysetConnection<ComplaintType>> {
    const caller = await callerOf(ctx);
    if (caller.kind !== "key") throw new UnauthenticatedError(caller.kind === "rejected" ? caller.reason : "listing complaints needs an OFFICER or PORTAL API key");
    let owner: { addresseeId: string } | { filedById: string };
    if (caller.role === "OFFICER" && caller.providerId) owner = { addresseeId: caller.providerId };
    else if (caller.role === "PORTAL") owner = { filedById: caller.keyId };
    else throw new ForbiddenError("ADMIN keys manage keys; complaints are read by officers and portals");
    const page = await listComplaints(ctx.db, owner, status, args, info, updatedSince ?? null);
    const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: toComplaintType(node, caller) }));
    return { edges, nodes: edges.map((edge) => edge.node), pageInfo: page.pageInfo };
  }
}
