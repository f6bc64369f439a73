import { describe, expect, it } from "vitest";
import { APPLICATION_RULES, checkTransition } from "../../src/modules/application/application.lifecycle.js";

describe("the application lifecycle table", () => {
  it("lets the addressee's officer take an application from submission to the issued result", () => {
    let status = "SUBMITTED" as const as Parameters<typeof checkTransition>[1]["status"];
    for (const action of ["START_REVIEW", "APPROVE", "ISSUE_RESULT"] as const) {
      const check = checkTransition(action, { status, channel: "AUTHORITY" }, ["ADDRESSEE_OFFICER"]);
      expect(check.ok).toBe(true);
      if (check.ok) status = check.to;
    }
    expect(status).toBe("RESULT_ISSUED");
  });

  it("makes a centre forward an application before anyone reviews it", () => {
    expect(
      checkTransition("START_REVIEW", { status: "SUBMITTED", channel: "SERVICE_CENTRE" }, ["ADDRESSEE_OFFICER"]),
    ).toMatchObject({ ok: false, kind: "INVALID_TRANSITION" });
    expect(
      checkTransition("FORWARD", { status: "SUBMITTED", channel: "SERVICE_CENTRE" }, ["ADDRESSEE_OFFICER"]),
    ).toEqual({ ok: true, to: "FORWARDED" });
    expect(
      checkTransition("FORWARD", { status: "SUBMITTED", channel: "AUTHORITY" }, ["ADDRESSEE_OFFICER"]),
    ).toMatchObject({ ok: false, kind: "INVALID_TRANSITION" });
  });

  it("keeps withdrawal for the submitting portal and decisions for officers", () => {
    expect(
      checkTransition("WITHDRAW", { status: "IN_REVIEW", channel: "AUTHORITY" }, ["ADDRESSEE_OFFICER"]),
    ).toMatchObject({ ok: false, kind: "FORBIDDEN" });
    expect(
      checkTransition("APPROVE", { status: "IN_REVIEW", channel: "AUTHORITY" }, ["SUBMITTING_PORTAL"]),
    ).toMatchObject({ ok: false, kind: "FORBIDDEN" });
    expect(
      checkTransition("WITHDRAW", { status: "APPROVED", channel: "AUTHORITY" }, ["SUBMITTING_PORTAL"]),
    ).toMatchObject({ ok: false, kind: "INVALID_TRANSITION" });
  });

  it("ends every path in RESULT_ISSUED or WITHDRAWN, which nothing leaves", () => {
    const leaves = Object.values(APPLICATION_RULES).flatMap((rule) => rule.from);
    expect(leaves).not.toContain("RESULT_ISSUED");
    expect(leaves).not.toContain("WITHDRAWN");
  });
});
