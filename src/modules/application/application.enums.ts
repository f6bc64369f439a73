import { registerEnumType } from "type-graphql";

export enum ChannelEnum {
  AUTHORITY = "AUTHORITY",
  AKIM = "AKIM",
  SERVICE_CENTRE = "SERVICE_CENTRE",
}
registerEnumType(ChannelEnum, {
  name: "ApplicationChannel",
  description:
    "Where the application is handed in: AUTHORITY (the district/city department, уәкілетті орган), AKIM (a settlement, village or rural-okrug akim, " +
    "where the standard allows it; the akim passes it to the department), SERVICE_CENTRE (a public service centre, ХҚО, which forwards it to the department).",
});

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

export enum DeadlineUnitEnum {
  WORKING_DAYS = "WORKING_DAYS",
  CALENDAR_DAYS = "CALENDAR_DAYS",
  MINUTES = "MINUTES",
}
registerEnumType(DeadlineUnitEnum, { name: "DeadlineUnit", description: "Working days skip weekends and Kazakhstan's days off; calendar days do not; minutes run on the clock." });

