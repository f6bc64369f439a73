/**
 * Complaints through the API, on the committed directory: routing that
 * differs between services, the talon of paragraph 25, the addressee's
 * lifecycle, every error member of both unions, and who sees what.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseTargets } from "../support/database.js";
import {
  ComplaintByNumberDocument,
  ComplaintsDocument,
  type FileComplaintInput,
  FileComplaintDocument,
  SubmitApplicationDocument,
  type TransitionComplaintInput,
  TransitionComplaintDocument,
} from "../generated/graphql.js";
import { complainant, complaintInput, DEPARTMENT, member, useWriteApi } from "./support.js";

const CENTRE = "centre:akmola";
const BASQARMA = "basqarma:akmola";
const APPARATUS = "apparatus:akmola";

describe.each(databaseTargets())("complaints on $name", (target) => {
  const api = useWriteApi(target);
  let basqarmaOfficer: string;

  beforeAll(async () => {
    basqarmaOfficer = await api.key("OFFICER", "Ақмола басқармасы", BASQARMA);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const file = async (overrides: Partial<FileComplaintInput> = {}, key: string | null = api.portal) =>
    (await api.run(FileComplaintDocument, { input: complaintInput(overrides) }, key)).fileComplaint;
  const step = async (input: TransitionComplaintInput, key: string) =>
    (await api.run(TransitionComplaintDocument, { input }, key)).transitionComplaint;

  describe("routing by each service's rules", () => {
    it("sends a complaint about a department official under service 1 to the department's own head (S1 p.20 cites the departments' list)", async () => {
      const talon = await api.fileTalon();
      expect(talon.__typename).toBe("ComplaintTalon");
      expect(talon.complaint).toMatchObject({
        addressee: { slug: DEPARTMENT },
        route: { target: "PROVIDER_HEAD", appendixId: "s1-a1" },
      });
    });

    it("sends the same complaint under service 2 to the department's head, or to the regional administration when asked: S2 p.20 cites both lists (1 and 4, 4195–4198)", async () => {
      const talon = await api.fileTalon({ serviceNumber: 2 });
      expect(talon.complaint).toMatchObject({
        addressee: { slug: DEPARTMENT },
        route: { target: "PROVIDER_HEAD", appendixId: "s2-a1" },
      });
      const higher = await api.fileTalon({ serviceNumber: 2, preferredTarget: "REGIONAL_ADMINISTRATION" });
      expect(higher.complaint).toMatchObject({
        addressee: { slug: BASQARMA },
        route: { target: "REGIONAL_ADMINISTRATION", appendixId: "s2-a4" },
      });
    });

    it("sends a complaint about a centre's employee to the centre's head, by the rule that cites the centres' list (S6 p.20)", async () => {
      const talon = await api.fileTalon({ serviceNumber: 6, providerId: CENTRE });
      expect(talon.complaint).toMatchObject({
        addressee: { slug: CENTRE },
        route: { target: "PROVIDER_HEAD", appendixId: "s6-a2" },
      });
    });

    it("sends disagreement with a result to the region's administration, even where the rule cites the akimats' list (S7 p.21)", async () => {
      const s1 = await api.fileTalon({ kind: "RESULT_DISAGREEMENT" });
      expect(s1.complaint).toMatchObject({
        addressee: { slug: BASQARMA },
        route: { target: "REGIONAL_ADMINISTRATION", appendixId: "s1-a4" },
      });
      const s7 = await api.fileTalon({ kind: "RESULT_DISAGREEMENT", serviceNumber: 7 });
      expect(s7.complaint).toMatchObject({
        addressee: { slug: BASQARMA },
        route: { target: "REGIONAL_ADMINISTRATION", appendixId: "s7-a4" },
      });
    });

    it("lets the complainant choose among the bodies the standard offers: rude service under S4 may go to the oblast akim's apparatus", async () => {
      const talon = await api.fileTalon({
        kind: "RUDE_SERVICE",
        serviceNumber: 4,
        preferredTarget: "AKIMAT_APPARATUS",
      });
      expect(talon.complaint).toMatchObject({
        addressee: { slug: APPARATUS },
        route: { target: "AKIMAT_APPARATUS", appendixId: "s4-a5" },
      });
      const rejected = await file({ kind: "RUDE_SERVICE", serviceNumber: 7, preferredTarget: "AKIMAT_APPARATUS" });
      expect(rejected).toMatchObject({
        __typename: "ValidationFailed",
        fields: [{ field: "preferredTarget", message: expect.stringContaining("PROVIDER_HEAD") }],
      });
    });

    it("does not take complaints that belong in court", async () => {
      const result = await file({ kind: "COURT" });
      expect(result).toMatchObject({
        __typename: "ValidationFailed",
        fields: [{ field: "kind", message: expect.stringContaining("court") }],
      });
    });
  });

  describe("the talon of paragraph 25", () => {
    it("gives the date the answer is due (15 calendar days) and the addressee's contacts from the directory", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2026-03-19T05:00:00Z"));
      const talon = await api.fileTalon({ kind: "RESULT_DISAGREEMENT" });
      expect(talon.answerDueDate).toBe("2026-04-03");
      expect(talon.answerPeriod).toContain("No. 221-III");
      expect(talon.contact).toMatchObject({ slug: BASQARMA, name: expect.stringContaining("басқармасы") });
      expect(talon.contact.phones.length).toBeGreaterThan(0);
      expect(talon.accessCode).toMatch(/^[0-9A-Z]{10}$/);
      expect(talon.complaint.route.text.length).toBeGreaterThan(20);
    });
  });

  describe("lifecycle and access", () => {
    it("lets the addressee's officer review and answer, recording each step", async () => {
      const talon = await api.fileTalon({ kind: "RESULT_DISAGREEMENT" });
      const number = talon.complaint.number;
      expect(await step({ number, action: "START_REVIEW", expectedVersion: 1 }, api.officer)).toMatchObject({
        __typename: "NotFound",
      });
      expect(await step({ number, action: "START_REVIEW", expectedVersion: 1 }, basqarmaOfficer)).toMatchObject({
        status: "IN_REVIEW",
        version: 2,
      });
      expect(await step({ number, action: "ANSWER", expectedVersion: 2 }, basqarmaOfficer)).toMatchObject({
        __typename: "ValidationFailed",
        fields: [{ field: "answer" }],
      });
      const answered = await step(
        {
          number,
          action: "ANSWER",
          expectedVersion: 2,
          answer: "Шағым қаралды, бөлімге құжаттарды қайта қарау тапсырылды.",
        },
        basqarmaOfficer,
      );
      expect(answered).toMatchObject({ status: "ANSWERED", answer: expect.stringContaining("Шағым қаралды") });
      expect(member(answered, "Complaint").history.map((event: { to: string }) => event.to)).toEqual([
        "FILED",
        "IN_REVIEW",
        "ANSWERED",
      ]);
      expect(await step({ number, action: "WITHDRAW", expectedVersion: 3 }, api.portal)).toMatchObject({
        __typename: "Conflict",
        reason: "INVALID_TRANSITION",
      });
    });

    it("lets exactly one of parallel steps on one complaint win", async () => {
      const { complaint: filed } = await api.fileTalon({ kind: "RESULT_DISAGREEMENT" });
      const results = await Promise.all(
        Array.from({ length: 4 }, () =>
          step({ number: filed.number, action: "START_REVIEW", expectedVersion: 1 }, basqarmaOfficer),
        ),
      );
      expect(results.filter((result) => result.__typename === "Complaint")).toHaveLength(1);
      expect(results.filter((result) => result.__typename === "Conflict")).toHaveLength(3);
    });

    it("lets the filing portal withdraw, answers a stale version with Conflict, and keeps withdrawal from officers", async () => {
      const { complaint: filed } = await api.fileTalon();
      expect(await step({ number: filed.number, action: "WITHDRAW", expectedVersion: 1 }, api.officer)).toMatchObject({
        __typename: "Forbidden",
        requiredRole: "PORTAL",
      });
      expect(await step({ number: filed.number, action: "WITHDRAW", expectedVersion: 7 }, api.portal)).toMatchObject({
        __typename: "Conflict",
        reason: "STALE_VERSION",
        currentVersion: 1,
      });
      expect(await step({ number: filed.number, action: "WITHDRAW", expectedVersion: 1 }, api.portal)).toMatchObject({
        status: "WITHDRAWN",
      });
    });

    it("shows the complainant's data and words only to the filing portal and the addressee's officers", async () => {
      const talon = await api.fileTalon();
      const vars = { number: talon.complaint.number, accessCode: talon.accessCode };
      expect((await api.run(ComplaintByNumberDocument, vars, null)).complaintByNumber).toMatchObject({
        status: "FILED",
        complainant: null,
        reasons: null,
      });
      expect(
        (await api.run(ComplaintByNumberDocument, vars, api.otherPortal)).complaintByNumber!.complainant,
      ).toBeNull();
      expect((await api.run(ComplaintByNumberDocument, vars, api.portal)).complaintByNumber!.complainant).toMatchObject(
        {
          surname: "Жұмабеков",
          phone: "+77017654321",
        },
      );
      expect(
        (await api.run(ComplaintByNumberDocument, vars, api.officer)).complaintByNumber!.complainant,
      ).toMatchObject({
        surname: "Жұмабеков",
      });
      // The filing portal's key is enough (the code is not even looked at); anyone else with a wrong code gets null.
      expect(
        (await api.run(ComplaintByNumberDocument, { ...vars, accessCode: "WRONGCODE0" }, api.portal)).complaintByNumber,
      ).not.toBeNull();
      expect(
        (await api.run(ComplaintByNumberDocument, { ...vars, accessCode: "WRONGCODE0" }, api.otherPortal))
          .complaintByNumber,
      ).toBeNull();
    });

    it("lists complaints for the addressee's officers and the filing portal only", async () => {
      const talon = await api.fileTalon({ kind: "RESULT_DISAGREEMENT" });
      const mine = (await api.run(ComplaintsDocument, { status: ["FILED"] }, basqarmaOfficer)).complaints.nodes.map(
        (node: { number: string }) => node.number,
      );
      expect(mine).toContain(talon.complaint.number);
      expect(
        (await api.run(ComplaintsDocument, {}, api.officer)).complaints.nodes.map(
          (node: { number: string }) => node.number,
        ),
      ).not.toContain(talon.complaint.number);
      expect(
        (await api.run(ComplaintsDocument, {}, api.otherPortal)).complaints.nodes.map(
          (node: { number: string }) => node.number,
        ),
      ).not.toContain(talon.complaint.number);
    });

    it("links a complaint to an application the portal submitted, and refuses one it cannot show it owns", async () => {
      const submitted = await api.run(
        SubmitApplicationDocument,
        {
          input: {
            serviceNumber: 1,
            channel: "AUTHORITY",
            providerId: DEPARTMENT,
            recipientCategory: "c1",
            documents: ["d1"],
            applicant: {
              iin: "900101300126",
              surname: "Жұмабеков",
              givenName: "Ерлан",
              postalAddress: "Ақкөл қ., Абай к-сі, 5",
              phone: "87017654321",
            },
          },
        },
        api.portal,
      );
      const receipt = member(submitted.submitApplication, "ApplicationReceipt");
      const number = receipt.application.number;
      const linked = await api.fileTalon({ applicationNumber: number, kind: "OFFICIAL_ACTIONS", serviceNumber: null });
      expect(linked.complaint).toMatchObject({ applicationNumber: number, service: { number: 1 } });
      expect(await file({ applicationNumber: number }, api.otherPortal)).toMatchObject({
        __typename: "NotFound",
        entity: "Application",
      });
      const withCode = await file(
        { applicationNumber: number, applicationAccessCode: receipt.accessCode },
        api.otherPortal,
      );
      expect(withCode.__typename).toBe("ComplaintTalon");
      expect(await file({ applicationNumber: number, kind: "RESULT_DISAGREEMENT" })).toMatchObject({
        __typename: "ValidationFailed",
        fields: [{ field: "kind", message: expect.stringContaining("no result yet") }],
      });
    });
  });

  describe("failures as data", () => {
    it("rejects paragraph 24's missing contents field by field, and files nothing", async () => {
      const before = (await api.db.query<{ n: number }>("SELECT count(*)::int AS n FROM complaint"))[0]?.n;
      const result = await file({
        complainant: { ...complainant, surname: "", postalAddress: "x" },
        reasons: "",
        demands: "",
      });
      expect(result.__typename).toBe("ValidationFailed");
      expect(member(result, "ValidationFailed").fields.map((field: { field: string }) => field.field)).toEqual([
        "complainant.surname",
        "complainant.postalAddress",
        "reasons",
        "demands",
      ]);
      expect((await api.db.query<{ n: number }>("SELECT count(*)::int AS n FROM complaint"))[0]?.n).toBe(before);
    });

    it("answers NotFound for an unknown provider, Forbidden for an officer filing, and Conflict for a reused idempotency key", async () => {
      expect(await file({ providerId: "authority:nowhere" })).toMatchObject({
        __typename: "NotFound",
        entity: "Provider",
      });
      expect(await file({}, api.officer)).toMatchObject({ __typename: "Forbidden", requiredRole: "PORTAL" });
      const first = await api.fileTalon({ idempotencyKey: "complaint-1" });
      const again = await api.fileTalon({ idempotencyKey: "complaint-1" });
      expect(again.complaint.number).toBe(first.complaint.number);
      expect(await file({ idempotencyKey: "complaint-1", demands: "Басқа талап, басқа мәтін." })).toMatchObject({
        __typename: "Conflict",
        reason: "IDEMPOTENCY_KEY_REUSED",
      });
    });

    it("answers NotFound to a step on an unknown complaint", async () => {
      expect(
        await step({ number: "C-2026-9999999", action: "START_REVIEW", expectedVersion: 1 }, basqarmaOfficer),
      ).toMatchObject({ __typename: "NotFound", entity: "Complaint" });
    });
  });
});
