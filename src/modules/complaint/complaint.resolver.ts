import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs } from "../../graphql/connection.js";
import { type KeysetConnection, mapConnection } from "../../graphql/keyset.js";
import {
  ComplaintConnectionType,
  FileComplaintResult,
  toComplaintType,
  toTalonType,
  TransitionComplaintResult,
} from "./complaint.payload.js";
import {
  fileComplaint,
  listComplaints,
  loadComplaint,
  maySeeComplainant,
  transitionComplaint,
} from "./complaint.service.js";
import { ComplaintStatusEnum, ComplaintType, FileComplaintInput, TransitionComplaintInput } from "./complaint.type.js";
import { answerWrite, listReader, trackByNumber } from "../write/write.requests.js";

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  @Mutation(() => FileComplaintResult, {
    description:
      "Lodge a complaint (PORTAL keys); it is routed by the service's complaint rules and answered with the talon of paragraph 25.",
  })
  async fileComplaint(
    @Arg("input", () => FileComplaintInput, {
      description: "The complaint: its kind, what it is about, the complainant, subject, reasons and demands.",
    })
    input: FileComplaintInput,
    @Ctx() ctx: Context,
  ): Promise<typeof FileComplaintResult> {
    return answerWrite(
      ctx,
      ["PORTAL"],
      (caller) => fileComplaint(ctx.db, caller, input),
      (filed, caller) => toTalonType(filed.file, filed.accessCode, caller),
    );
  }

  @Mutation(() => TransitionComplaintResult, {
    description: "START_REVIEW and ANSWER by the addressee's officers; WITHDRAW by the filing portal.",
  })
  async transitionComplaint(
    @Arg("input", () => TransitionComplaintInput, {
      description: "The complaint's number, the step and the version last seen.",
    })
    input: TransitionComplaintInput,
    @Ctx() ctx: Context,
  ): Promise<typeof TransitionComplaintResult> {
    return answerWrite(
      ctx,
      ["OFFICER", "PORTAL"],
      (caller) => transitionComplaint(ctx.db, caller, input),
      (row, caller) => toComplaintType(row, caller),
    );
  }

  @Query(() => ComplaintType, {
    nullable: true,
    description:
      "A complaint by its number: with the access code from its talon, or without one for the filing portal and the addressee's officers. Null when the number or the code is wrong.",
  })
  async complaintByNumber(
    @Arg("number", () => String, {
      description:
        "The registration number on the talon (талон), e.g. `C-2026-0000042` (case and surrounding spaces do not matter; anything else is BAD_USER_INPUT).",
    })
    number: string,
    @Arg("accessCode", () => String, {
      nullable: true,
      description:
        "The 10-character access code from the talon (case does not matter); not needed by the filing portal or the addressee's officers. " +
        "After 10 wrong codes for one number from one client (API key, else address) within 15 minutes, or 100 for any numbers, that client's lookups fail with TOO_MANY_ATTEMPTS until the window has passed.",
    })
    accessCode: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ComplaintType | null> {
    return trackByNumber(ctx, {
      number,
      kind: "C",
      accessCode,
      load: (normalised) => loadComplaint(ctx.db, normalised),
      owns: (owner, complaint) => maySeeComplainant(owner, complaint),
      view: (row, caller) => toComplaintType(row, caller),
    });
  }

  @Query(() => ComplaintConnectionType, {
    description:
      "OFFICER: complaints addressed to the officer's provider. PORTAL: those it filed. Newest first, keyset-paged.",
  })
  async complaints(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("status", () => [ComplaintStatusEnum], {
      nullable: true,
      description: "Only complaints in one of these states; all when unset.",
    })
    status?: ComplaintStatusEnum[] | null,
    @Arg("updatedSince", () => GraphQLDateTime, {
      nullable: true,
      description:
        "Only complaints changed (filed or stepped) at or after this instant (ISO 8601 date-time). For exact catch-up without gaps use the `events` feed.",
    })
    updatedSince?: Date | null,
  ): Promise<KeysetConnection<ComplaintType>> {
    const reader = await listReader(ctx, "complaints");
    const owner = reader.role === "OFFICER" ? { addresseeId: reader.providerId } : { filedById: reader.caller.keyId };
    const page = await listComplaints(ctx.db, owner, status, args, info, updatedSince ?? null);
    return mapConnection(page, (row) => toComplaintType(row, reader.caller));
  }
}
