/** Operations and inputs the push tests share: an application of service 6 at the Ақкөл department, a complaint about it, and their steps. */
import { iinCheckDigit } from "../../src/modules/write/personal-data.js";

export const DEPARTMENT = "authority:akmola:akkol";
export const OTHER_DEPARTMENT = "authority:akmola:arshaly";

export const submission = () => ({
  serviceNumber: 6,
  channel: "AUTHORITY",
  providerId: DEPARTMENT,
  applicant: {
    iin: `90010130012${iinCheckDigit("90010130012")}`,
    surname: "Нұрланова",
    givenName: "Айгүл",
    postalAddress: "Ақкөл қ., Сейфуллин к-сі, 12",
    phone: "+7 701 123 45 67",
  },
  recipientCategory: "c1",
  documents: ["d1", "d2", "d4"],
});

export const complaintInput = () => ({
  kind: "OFFICIAL_ACTIONS",
  providerId: DEPARTMENT,
  serviceNumber: 1,
  complainant: { surname: "Жұмабеков", givenName: "Ерлан", postalAddress: "Ақмола облысы, Ақкөл қ., Абай к-сі, 5-үй" },
  subject: "Бөлімнің бас маманы С. Ахметов",
  reasons: "Құжаттарды қабылдаудан негізсіз бас тартты және себебін түсіндірмеді.",
  demands: "Құжаттарды қабылдап, тіркеуді талап етемін.",
});

export const ERRORS = `... on MutationError { __typename message } ... on Conflict { reason currentVersion }`;

export const SUBMIT = `mutation Submit($input: SubmitApplicationInput!) {
  submitApplication(input: $input) { __typename ... on ApplicationReceipt { application { number status version } } ${ERRORS} }
}`;

export const STEP = `mutation Step($input: TransitionApplicationInput!) {
  transitionApplication(input: $input) { __typename ... on Application { number status version } ${ERRORS} }
}`;

export const FILE = `mutation File($input: FileComplaintInput!) {
  fileComplaint(input: $input) { __typename ... on ComplaintTalon { complaint { number status version } } ${ERRORS} }
}`;

export const STEP_COMPLAINT = `mutation StepComplaint($input: TransitionComplaintInput!) {
  transitionComplaint(input: $input) { __typename ... on Complaint { number status version } ${ERRORS} }
}`;

export const EVENT_FIELDS = `
  __typename id type occurredAt number version serviceNumber
  ... on ApplicationUpdate { appFrom: from appTo: to providerId receivedAtId }
  ... on ComplaintUpdate { complaintFrom: from complaintTo: to addresseeId }
`;

export const EVENTS = `query Events($first: Int, $after: String, $types: [EventType!]) {
  events(first: $first, after: $after, types: $types) { edges { cursor node { ${EVENT_FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;

/** The lifecycle an officer walks an application through: SUBMITTED → IN_REVIEW → APPROVED → RESULT_ISSUED. */
export const WALK = ["START_REVIEW", "APPROVE", "ISSUE_RESULT"] as const;
