import { registerEnumType } from "type-graphql";
import { ApplicationStatus as PrismaApplicationStatus } from "../../generated/prisma/enums.js";

/** The directory's own enums, so a channel or unit means one GraphQL type across the API. */
export { Channel as ChannelEnum, DeadlineUnit as DeadlineUnitEnum } from "../service/service.structure.type.js";

export enum ApplicationActionEnum {
  FORWARD = "FORWARD",
  START_REVIEW = "START_REVIEW",
  APPROVE = "APPROVE",
  REFUSE = "REFUSE",
  ISSUE_RESULT = "ISSUE_RESULT",
  WITHDRAW = "WITHDRAW",
}
registerEnumType(ApplicationActionEnum, {
  name: "ApplicationAction",
  description:
    "A step of the lifecycle. FORWARD: SUBMITTED → FORWARDED (a centre's officer, to a department); START_REVIEW: SUBMITTED/FORWARDED → IN_REVIEW; " +
    "APPROVE: IN_REVIEW → APPROVED; REFUSE: IN_REVIEW → REFUSED (citing a refusal ground); ISSUE_RESULT: APPROVED/REFUSED → RESULT_ISSUED; " +
    "WITHDRAW: SUBMITTED/FORWARDED/IN_REVIEW → WITHDRAWN (the submitting portal). All but WITHDRAW are for officers of the provider the application is addressed to.",
  valuesConfig: {
    FORWARD: {
      description:
        "SUBMITTED → FORWARDED, only for an application handed in at a service centre (SERVICE_CENTRE channel): the centre's officer passes it to a department " +
        "of the same region that lists the service (`forwardToProviderId`), which becomes the provider it is addressed to.",
    },
    START_REVIEW: {
      description:
        "SUBMITTED or FORWARDED → IN_REVIEW, by an officer of the provider it is addressed to. An application handed in at a centre must be forwarded first.",
    },
    APPROVE: { description: "IN_REVIEW → APPROVED, by an officer of the provider it is addressed to; sets `outcome`." },
    REFUSE: {
      description:
        "IN_REVIEW → REFUSED, by an officer of the provider it is addressed to, citing one of the service's refusal grounds (бас тарту негіздері) in `refusalGroundCode`; sets `outcome`.",
    },
    ISSUE_RESULT: {
      description:
        "APPROVED or REFUSED → RESULT_ISSUED: the result or the refusal is handed over, by an officer of the provider it is addressed to or of the one it was handed in at. Closes the application.",
    },
    WITHDRAW: {
      description:
        "SUBMITTED, FORWARDED or IN_REVIEW → WITHDRAWN, by the portal that submitted it only. Closes the application.",
    },
  },
});

/** The database's enum (prisma/schema.prisma), registered for GraphQL below: declared once. */
export const ApplicationStatusEnum = PrismaApplicationStatus;
export type ApplicationStatusEnum = PrismaApplicationStatus;
registerEnumType(ApplicationStatusEnum, {
  name: "ApplicationStatus",
  description:
    "SUBMITTED (handed in), FORWARDED (a centre passed it to the department), IN_REVIEW, APPROVED, REFUSED (with a ground from the standard), " +
    "RESULT_ISSUED (the result or the refusal was handed over), WITHDRAWN (by the applicant, through the portal).",
  valuesConfig: {
    SUBMITTED: { description: "Handed in and registered; the deadline (мерзім) runs from the day of submission." },
    FORWARDED: {
      description:
        "A service centre passed it to the department (FORWARD); `provider` is now that department, `receivedAt` still the centre.",
    },
    IN_REVIEW: { description: "The provider it is addressed to is reviewing it." },
    APPROVED: {
      description:
        "Decided in the applicant's favour; still open, and can be overdue, until the result is handed over.",
    },
    REFUSED: {
      description:
        "Refused on one of the service's refusal grounds (`refusalGround`); still open, and can be overdue, until the refusal is handed over.",
    },
    RESULT_ISSUED: { description: "The result or the refusal was handed over; closed. `outcome` says which." },
    WITHDRAWN: { description: "Withdrawn by the applicant through the submitting portal before a decision; closed." },
  },
});
