import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ForbiddenError, UnauthenticatedError, WriteBadInputError } from "../access/access.errors.js";
import { callerOf, requireRole } from "../access/access.service.js";
import { Forbidden } from "../access/errors.type.js";
import { providerSlug } from "./directory.repository.js";
import { ApplicationFilter, SubmitApplicationInput, TransitionApplicationInput } from "./application.inputs.js";
import {
  ApplicationConnectionType,
  SubmitApplicationResult,
  toApplicationType,
  toReceiptType,
  TransitionApplicationResult,
} from "./application.payload.js";
import { type ApplicationOwner, applicationByNumber, BadCursor, listApplications, submitApplication, transitionApplication } from "./application.service.js";
import { ApplicationType } from "./application.type.js";
import { accessCodeLookups } from "../access/attempt-limiter.js";

export const MAX_APPLICATIONS_PAGE = 100;

@Resolver(() => ApplicationType)
export class ApplicationResolver {
  @Mutation(() => SubmitApplicationResult, {
    description: "Hand in an application for a service (PORTAL keys). One transaction; any failure is returned as data and changes nothing.",
  })
  async submitApplication(@Arg("input", () => SubmitApplicationInput) input: SubmitApplicationInput, @Ctx() ctx: Context): Promise<typeof SubmitApplicationResult> {
    const auth = requireRole(await callerOf(ctx), "PORTAL");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    const outcome = await submitApplication(ctx.db, auth.caller, input);
    return outcome.ok ? toReceiptType(outcome.value.application, outcome.value.accessCode, auth.caller) : outcome.error;
  }

  @Mutation(() => TransitionApplicationResult, {
    description: "Take one lifecycle step (see ApplicationAction), naming the version last seen. Officers act for their provider; the submitting portal may withdraw.",
  })
  async transitionApplication(
    @Arg("input", () => TransitionApplicationInput) input: TransitionApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<typeof TransitionApplicationResult> {
    const auth = requireRole(await callerOf(ctx), "OFFICER", "PORTAL");
    if (!auth.ok) return new Forbidden(auth.message, auth.role);
    const outcome = await transitionApplication(ctx.db, auth.caller, input);
    return outcome.ok ? toApplicationType(outcome.value, auth.caller) : outcome.error;
  }

  @Query(() => ApplicationType, {
    nullable: true,
    description:
      "An application by its registration number and the access code from its receipt; null when either is wrong. The applicant's personal data " +
      "is included only for the submitting portal and officers of the providers involved.",
  })
  async applicationByNumber(
    @Arg("number", () => String) number: string,
    @Arg("accessCode", () => String) accessCode: string,
    @Ctx() ctx: Context,
  ): Promise<ApplicationType | null> {
    const caller = await callerOf(ctx);
    if (caller.kind === "rejected") throw new UnauthenticatedError(caller.reason);
    const row = await accessCodeLookups(ctx.db).guard(`application:${number.trim().toUpperCase()}`, () => applicationByNumber(ctx.db, number, accessCode));
    return row && toApplicationType(row, caller.kind === "key" ? caller : null);
  }

  @Query(() => ApplicationConnectionType, {
    description:
      "OFFICER: applications addressed to the officer's provider. PORTAL: the applications it submitted. Newest first; with `overdue: true`, most overdue first. Keyset-paged.",
  })
  async applications(
    @Ctx() ctx: Context,
    @Arg("filter", () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter | null,
    @Arg("first", () => Int, { nullable: true, description: `Default 20, at most ${MAX_APPLICATIONS_PAGE}.` }) first?: number | null,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<ApplicationConnectionType> {
    const caller = await callerOf(ctx);
    if (caller.kind === "anonymous") throw new UnauthenticatedError("listing applications needs an OFFICER or PORTAL API key");
    if (caller.kind === "rejected") throw new UnauthenticatedError(caller.reason);
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > MAX_APPLICATIONS_PAGE) throw new WriteBadInputError(`first must be between 1 and ${MAX_APPLICATIONS_PAGE}`);
    let owner: ApplicationOwner;
    if (caller.role === "OFFICER" && caller.providerId) {
      if (filter?.providerId && providerSlug(filter.providerId) !== caller.providerId) throw new ForbiddenError("an officer sees only the applications of their own provider");
      owner = filter?.receivedHere ? { receivedAtId: caller.providerId } : { providerId: caller.providerId };
    } else if (caller.role === "PORTAL") {
      if (filter?.providerId || filter?.receivedHere) throw new ForbiddenError("a portal lists only what it submitted; providerId and receivedHere are for officers");
      owner = { submittedById: caller.keyId };
    } else {
      throw new ForbiddenError("ADMIN keys manage keys; applications are read by officers and portals");
    }
    let page;
    try {
      page = await listApplications(ctx.db, owner, { status: filter?.status, serviceNumber: filter?.serviceNumber, overdue: filter?.overdue }, size, after ?? null);
    } catch (error) {
      if (error instanceof BadCursor) throw new WriteBadInputError(`"${after}" is not a cursor of this list`);
      throw error;
    }
    const now = new Date();
    const withEvents = await ctx.db.prisma.applicationEvent.findMany({ where: { applicationId: { in: page.items.map((row) => row.id) } }, orderBy: { id: "asc" } });
    const edges = page.items.map((row) => ({
      cursor: page.cursorOf(row),
      node: toApplicationType({ ...row, events: withEvents.filter((event) => event.applicationId === row.id) }, caller, now),
    }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}

