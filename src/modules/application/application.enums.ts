import { registerEnumType } from "type-graphql";

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
});

export enum ApplicationStatusEnum {
  SUBMITTED = "SUBMITTED",
  FORWARDED = "FORWARDED",
  IN_REVIEW = "IN_REVIEW",
  APPROVED = "APPROVED",
  REFUSED = "REFUSED",
  RESULT_ISSUED = "RESULT_ISSUED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(ApplicationStatusEnum, {
  name: "ApplicationStatus",
  description:
    "SUBMITTED (handed in), FORWARDED (a centre passed it to the department), IN_REVIEW, APPROVED, REFUSED (with a ground from the standard), " +
    "RESULT_ISSUED (the result or the refusal was handed over), WITHDRAWN (by the applicant, through the portal).",
});
