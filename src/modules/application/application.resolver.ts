import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ForbiddenError } from "../access/access.errors.js";
import { providerSlug } from "../write/directory.repository.js";
import { ApplicationFilter, SubmitApplicationInput, TransitionApplicationInput } from "./application.inputs.js";
import {
  ApplicationConnectionType,
  SubmitApplicationResult,
  toApplicationType,
  toReceiptType,
  TransitionApplicationResult,
} from "./application.payload.js";
import {
  type ApplicationOwner,
  listApplications,
  loadApplication,
  maySeePersonalData,
  submitApplication,
  transitionApplication,
} from "./application.service.js";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs } from "../../graphql/connection.js";
import { type KeysetConnection, mapConnection } from "../../graphql/keyset.js";
import { ApplicationType } from "./application.type.js";
import { answerWrite, listReader, trackByNumber } from "../write/write.requests.js";

@Resolver(() => ApplicationType)
export class ApplicationResolver {
  @Mutation(() => SubmitApplicationResult, {
    description:
      "Hand in an application for a service (PORTAL keys). One transaction; any failure is returned as data and changes nothing.",
  })
  async submitApplication(
    @Arg("input", () => SubmitApplicationInput, {
      description: "The application: service, channel, provider, applicant, recipient category and documents.",
    })
    input: SubmitApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<typeof SubmitApplicationResult> {
    return answerWrite(
      ctx,
      ["PORTAL"],
      (caller) => submitApplication(ctx.db, caller, input),
      (receipt, caller) => toReceiptType(receipt.file, receipt.accessCode, caller),
    );
  }

  @Mutation(() => TransitionApplicationResult, {
    description:
      "Take one lifecycle step (see ApplicationAction), naming the version last seen. Officers act for their provider; the submitting portal may withdraw.",
  })
  async transitionApplication(
    @Arg("input", () => TransitionApplicationInput, {
      description: "The application's number, the step and the version last seen.",
    })
    input: TransitionApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<typeof TransitionApplicationResult> {
    return answerWrite(
      ctx,
      ["OFFICER", "PORTAL"],
      (caller) => transitionApplication(ctx.db, caller, input),
      (row, caller) => toApplicationType(row, caller),
    );
  }

  @Query(() => ApplicationType, {
    nullable: true,
    description:
      "An application by its registration number: with the access code from its receipt, or without one for the submitting portal and officers of the providers involved. " +
      "Null when the number or the code is wrong. The applicant's personal data is included only for the submitting portal and those officers.",
  })
  async applicationByNumber(
    @Arg("number", () => String, {
      description:
        "The registration number (тіркеу нөмірі) on the receipt, e.g. `A-2026-0000042` (case and surrounding spaces do not matter; anything else is BAD_USER_INPUT).",
    })
    number: string,
    @Arg("accessCode", () => String, {
      nullable: true,
      description:
        "The 10-character access code from the receipt (case does not matter); not needed by the submitting portal or the provider's officers. " +
        "After 10 wrong codes for one number from one client (API key, else address) within 15 minutes, or 100 for any numbers, that client's lookups fail with TOO_MANY_ATTEMPTS until the window has passed.",
    })
    accessCode: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ApplicationType | null> {
    return trackByNumber(ctx, {
      number,
      kind: "A",
      accessCode,
      load: (normalised) => loadApplication(ctx.db, normalised),
      owns: (owner, application) => maySeePersonalData(owner, application),
      view: (row, caller) => toApplicationType(row, caller),
    });
  }

  @Query(() => ApplicationConnectionType, {
    description:
      "OFFICER: applications addressed to the officer's provider. PORTAL: the applications it submitted. Newest first; with `overdue: true`, most overdue first. Keyset-paged.",
  })
  async applications(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => ApplicationFilter, {
      nullable: true,
      description: "Which applications; all of the caller's when unset.",
    })
    filter?: ApplicationFilter | null,
  ): Promise<KeysetConnection<ApplicationType>> {
    const reader = await listReader(ctx, "applications");
    let owner: ApplicationOwner;
    if (reader.role === "OFFICER") {
      if (filter?.providerId && providerSlug(filter.providerId) !== reader.providerId)
        throw new ForbiddenError("an officer sees only the applications of their own provider");
      owner = filter?.receivedHere ? { receivedAtId: reader.providerId } : { providerId: reader.providerId };
    } else {
      if (filter?.providerId || filter?.receivedHere)
        throw new ForbiddenError("a portal lists only what it submitted; providerId and receivedHere are for officers");
      owner = { submittedById: reader.caller.keyId };
    }
    const filters = {
      status: filter?.status,
      serviceNumber: filter?.serviceNumber,
      overdue: filter?.overdue,
      updatedSince: filter?.updatedSince,
    };
    const page = await listApplications(ctx.db, owner, filters, args, info);
    const now = new Date();
    return mapConnection(page, (row) => toApplicationType(row, reader.caller, now));
  }
}
