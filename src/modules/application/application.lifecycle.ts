/**
 * The lifecycle of an application, as one table. Pure: the service asks it
 * whether an action is allowed from a status and by whom, and records what
 * it answers.
 *
 *   SUBMITTED ──forward──▶ FORWARDED        (a centre hands it to the department)
 *   SUBMITTED | FORWARDED ──startReview──▶ IN_REVIEW
 *   IN_REVIEW ──approve──▶ APPROVED
 *   IN_REVIEW ──refuse(ground)──▶ REFUSED   (the ground is one of the service's refusal grounds)
 *   APPROVED | REFUSED ──issueResult──▶ RESULT_ISSUED
 *   SUBMITTED | FORWARDED | IN_REVIEW ──withdraw──▶ WITHDRAWN   (by the portal that submitted it)
 */
import type { ApplicationChannel, ApplicationStatus } from "../../generated/prisma/enums.js";

export type ApplicationAction = "FORWARD" | "START_REVIEW" | "APPROVE" | "REFUSE" | "ISSUE_RESULT" | "WITHDRAW";

/** Who may act: an officer of the provider the application is addressed to, of the one it was handed in at, or the submitting portal. */
export type Actor = "ADDRESSEE_OFFICER" | "RECEIVER_OFFICER" | "SUBMITTING_PORTAL";

interface Rule {
  from: ApplicationStatus[];
  to: ApplicationStatus;
  by: Actor[];
  /** Channels the action exists on (all when absent). */
  channels?: ApplicationChannel[];
  /** The step decides the application: its status becomes the outcome. */
  decides?: true;
}

export const APPLICATION_RULES: Record<ApplicationAction, Rule> = {
  FORWARD: { from: ["SUBMITTED"], to: "FORWARDED", by: ["ADDRESSEE_OFFICER"], channels: ["SERVICE_CENTRE"] },
  START_REVIEW: { from: ["SUBMITTED", "FORWARDED"], to: "IN_REVIEW", by: ["ADDRESSEE_OFFICER"] },
  APPROVE: { from: ["IN_REVIEW"], to: "APPROVED", by: ["ADDRESSEE_OFFICER"], decides: true },
  REFUSE: { from: ["IN_REVIEW"], to: "REFUSED", by: ["ADDRESSEE_OFFICER"], decides: true },
  ISSUE_RESULT: { from: ["APPROVED", "REFUSED"], to: "RESULT_ISSUED", by: ["ADDRESSEE_OFFICER", "RECEIVER_OFFICER"] },
  WITHDRAW: { from: ["SUBMITTED", "FORWARDED", "IN_REVIEW"], to: "WITHDRAWN", by: ["SUBMITTING_PORTAL"] },
};

/** Statuses that still count towards the deadline (and so can be overdue). */
export const OPEN_STATUSES: ApplicationStatus[] = ["SUBMITTED", "FORWARDED", "IN_REVIEW", "APPROVED", "REFUSED"];

export const isOpen = (status: ApplicationStatus): boolean => OPEN_STATUSES.includes(status);

export type TransitionCheck =
  | { ok: true; to: ApplicationStatus }
  | { ok: false; kind: "FORBIDDEN" | "INVALID_TRANSITION"; message: string };

export function checkTransition(
  action: ApplicationAction,
  application: { status: ApplicationStatus; channel: ApplicationChannel },
  actors: Actor[],
): TransitionCheck {
  const rule = APPLICATION_RULES[action];
  if (!rule.by.some((actor) => actors.includes(actor))) {
    return {
      ok: false,
      kind: "FORBIDDEN",
      message: `${action} is for ${rule.by.join(" or ").toLowerCase().replaceAll("_", " ")}`,
    };
  }
  if (rule.channels && !rule.channels.includes(application.channel)) {
    return {
      ok: false,
      kind: "INVALID_TRANSITION",
      message: `${action} does not apply to applications handed in through ${application.channel}`,
    };
  }
  // A centre only takes documents in; the department decides (the standards' paragraph 16).
  if (action === "START_REVIEW" && application.channel === "SERVICE_CENTRE" && application.status === "SUBMITTED") {
    return {
      ok: false,
      kind: "INVALID_TRANSITION",
      message: "an application handed in at a centre is reviewed after the centre forwards it to the department",
    };
  }
  if (!rule.from.includes(application.status)) {
    return {
      ok: false,
      kind: "INVALID_TRANSITION",
      message: `${action} is not possible from ${application.status} (only from ${rule.from.join(", ")})`,
    };
  }
  return { ok: true, to: rule.to };
}
