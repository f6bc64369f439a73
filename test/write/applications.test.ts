/**
 * Applications through the API, on the committed directory: submission and
 * its receipt, due dates on real dates, every lifecycle path, every error
 * member of both unions, idempotent retries, the officer's list, who sees
 * personal data, and parallel transitions.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseTargets } from "../support/database.js";
import { purgeIdempotencyKeys } from "../../src/modules/write/idempotency.service.js";
import { setAuditSink } from "../../src/modules/write/personal-data.js";
import type { SubmitApplicationInput, TransitionApplicationInput } from "../generated/graphql.js";
import {
  ApplicationByNumberDocument,
  ApplicationsDocument,
  ComplaintsDocument,
  RegionsDocument,
  SubmitApplicationDocument,
  SubmitApplicationLinksDocument,
  TransitionApplicationDocument,
} from "../generated/graphql.js";
import { applicant, DEPARTMENT, iin, member, submission, useWriteApi } from "./support.js";

const CENTRE = "centre:akmola";

describe.each(databaseTargets())("applications on $name", (target) => {
  const api = useWriteApi(target);
  let centreOfficer: string;

  beforeAll(async () => {
    centreOfficer = await api.key("OFFICER", "ХҚО инспекторы", CENTRE);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const submit = async (overrides: Partial<SubmitApplicationInput> = {}, key: string | null = api.portal) =>
    (await api.run(SubmitApplicationDocument, { input: submission(overrides) }, key)).submitApplication;
  /** A submission that must be refused as invalid: the fields named. */
  const refusedFields = async (overrides: Partial<SubmitApplicationInput>) =>
    member(await submit(overrides), "ValidationFailed").fields;
  /** A step that must be taken: the application after it. */
  const advance = async (input: TransitionApplicationInput, key: string) =>
    member(await step(input, key), "Application");
  const step = async (input: TransitionApplicationInput, key: string) =>
    (await api.run(TransitionApplicationDocument, { input }, key)).transitionApplication;
  const countApplications = async () =>
    (await api.db.query<{ n: number }>("SELECT count(*)::int AS n FROM application"))[0]?.n;

  describe("submission", () => {
    it("returns the receipt the standard describes: number, service, provider, documents accepted, who received them, the due date and an access code", async () => {
      const receipt = await api.receive({ receivedBy: "Жанар Омарова, маман" });
      expect(receipt.__typename).toBe("ApplicationReceipt");
      expect(receipt.application.number).toMatch(/^A-\d{4}-\d{7}$/);
      expect(receipt.accessCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(receipt.receivedBy).toBe("Жанар Омарова, маман");
      expect(receipt.document).toBe("TALON");
      expect(receipt.application).toMatchObject({
        status: "SUBMITTED",
        version: 1,
        channel: "AUTHORITY",
        service: { number: 6, title: expect.stringContaining("жәрдемақы") },
        provider: { slug: DEPARTMENT, name: "Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" },
        deadline: { amount: 7, unit: "WORKING_DAYS" },
        applicant: { phone: "+77011234567", surname: "Нұрланова" },
        history: [{ from: null, to: "SUBMITTED", actorRole: "PORTAL", actorName: "Жанар Омарова, маман" }],
      });
      expect(receipt.application.documents.map((document: { code: string }) => document.code)).toEqual([
        "d1",
        "d2",
        "d4",
      ]);
    });

    it("reaches the directory's live provider and service records from the receipt's snapshot", async () => {
      const data = await api.run(SubmitApplicationLinksDocument, { input: submission() }, api.portal);
      const { application } = member(data.submitApplication, "ApplicationReceipt");
      expect(application.provider.node).toMatchObject({
        __typename: "Authority",
        name: expect.stringContaining("Ақкөл"),
      });
      expect(application.service.node).toMatchObject({ number: 6 });
    });

    it("counts seven working days from Thursday 19 March 2026 across Nauryz and the days it moves, to Thursday 2 April", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2026-03-19T05:00:00Z"));
      const receipt = await api.receive();
      expect(receipt.application.dueDate).toBe("2026-04-02");
      expect(new Date(receipt.application.dueAt).toISOString()).toBe("2026-04-02T19:00:00.000Z");
    });

    it("gives the akim channel its own, longer deadline: 22 working days from 7 December 2026 skip Independence Day", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2026-12-07T05:00:00Z"));
      const receipt = await api.receive({
        channel: "AKIM",
        akimOffice: "Ақкөл ауданы Азат ауылдық округі әкімінің аппараты",
      });
      expect(receipt.application).toMatchObject({
        channel: "AKIM",
        akimOffice: expect.stringContaining("Азат"),
        deadline: { amount: 22, unit: "WORKING_DAYS" },
      });
      // 8–11, 14, 15, 17, 18, 21–25, 28–31 December, 5, 6, 8, 9 and 12 January (1, 2 and 7 January are days off).
      expect(receipt.application.dueDate).toBe("2027-01-12");
    });

    it("counts calendar days straight through weekends and holidays (service 2: 20 calendar days)", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2026-03-13T05:00:00Z"));
      const receipt = await api.receive({ serviceNumber: 2, documents: ["d1"], recipientCategory: "c1" });
      expect(receipt.application.deadline).toMatchObject({ amount: 20, unit: "CALENDAR_DAYS" });
      expect(receipt.application.dueDate).toBe("2026-04-02");
    });

    it("lets a minute deadline fall due the same day (service 18: 30 minutes), even on a holiday", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2026-12-16T06:00:00Z"));
      const receipt = await api.receive({ serviceNumber: 18, documents: ["d1"], recipientCategory: "c1" });
      expect(receipt.application).toMatchObject({ dueDate: "2026-12-16", deadline: { unit: "MINUTES", amount: 30 } });
      expect(new Date(receipt.application.dueAt).toISOString()).toBe("2026-12-16T06:30:00.000Z");
      expect(receipt.document).toBe("RESULT");
    });

    it("refuses, storing nothing, a submission whose working days run past the holiday calendar's known years", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2027-12-27T05:00:00Z"));
      const before = await countApplications();
      const result = await api.raw(SubmitApplicationDocument, { input: submission({}) }, api.portal);
      vi.useRealTimers();
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: "DATE_OUTSIDE_CALENDAR",
        reason: "YEAR_NOT_COVERED",
      });
      expect(await countApplications()).toBe(before);
    });

    it("rejects every broken field at once and stores nothing", async () => {
      const before = await countApplications();
      const result = await submit({
        applicant: applicant({ iin: "900101300127", surname: "Нұр1анова", phone: "12345", email: "not-an-email" }),
        documents: ["d1", "d99", "d1"],
        recipientCategory: "c9",
      });
      expect(result.__typename).toBe("ValidationFailed");
      expect(member(result, "ValidationFailed").fields.map((field: { field: string }) => field.field)).toEqual([
        "applicant.iin",
        "applicant.surname",
        "applicant.phone",
        "applicant.email",
        "recipientCategory",
        "documents[1]",
        "documents[2]",
      ]);
      expect(await countApplications()).toBe(before);
    });

    it("rejects a channel the standard does not offer, and a provider not in the channel's list", async () => {
      expect(
        await refusedFields({ serviceNumber: 1, channel: "SERVICE_CENTRE", providerId: CENTRE, documents: ["d1"] }),
      ).toEqual([{ field: "channel", message: expect.stringContaining("does not offer the SERVICE_CENTRE channel") }]);
      expect((await refusedFields({ channel: "SERVICE_CENTRE", providerId: DEPARTMENT }))[0]).toMatchObject({
        field: "providerId",
        message: expect.stringContaining("needs a provider of type SERVICE_CENTRE"),
      });
      expect((await refusedFields({ providerId: "basqarma:akmola" }))[0]).toMatchObject({
        field: "providerId",
        message: expect.stringContaining("list of providers for the AUTHORITY channel"),
      });
    });

    it("needs the akim's office on the akim channel", async () => {
      expect(await refusedFields({ channel: "AKIM" })).toEqual([
        { field: "akimOffice", message: expect.stringContaining("AKIM channel needs") },
      ]);
    });

    it("answers NotFound for a provider or service that does not exist", async () => {
      expect(await submit({ providerId: "authority:nowhere" })).toMatchObject({
        __typename: "NotFound",
        entity: "Provider",
        reference: "authority:nowhere",
      });
      expect(await submit({ serviceNumber: 99 })).toMatchObject({ __typename: "NotFound", entity: "Service" });
      expect(await submit({ serviceNumber: 11 })).toMatchObject({
        __typename: "ValidationFailed",
        fields: [{ field: "serviceNumber", message: expect.stringContaining("repealed") }],
      });
    });

    it("answers Forbidden to callers without a portal key, and to unknown or revoked keys", async () => {
      expect(await submit({}, null)).toMatchObject({ __typename: "Forbidden", requiredRole: "PORTAL" });
      expect(await submit({}, api.officer)).toMatchObject({
        __typename: "Forbidden",
        message: expect.stringContaining("role OFFICER"),
      });
      expect(await submit({}, `qz_aaaaaaaaaaaa_${"A".repeat(43)}`)).toMatchObject({
        __typename: "Forbidden",
        message: "the API key is not recognised",
      });
      const revoked = await api.key("PORTAL", "Old portal");
      await api.db.query("UPDATE api_key SET revoked_at = now() WHERE id = $1", [revoked.split("_")[1]]);
      expect(await submit({}, revoked)).toMatchObject({ __typename: "Forbidden", message: "the API key was revoked" });
    });

    it("replays the original receipt for a retry with the same idempotency key and creates nothing", async () => {
      const first = await api.receive({ idempotencyKey: "retry-1" });
      const count = await countApplications();
      const again = await api.receive({ idempotencyKey: "retry-1" });
      expect(again.application.number).toBe(first.application.number);
      expect(again.accessCode).toBe(first.accessCode);
      expect(await countApplications()).toBe(count);
    });

    it("answers Conflict when an idempotency key comes back with different input", async () => {
      await submit({ idempotencyKey: "retry-2" });
      expect(await submit({ idempotencyKey: "retry-2", documents: ["d1"] })).toMatchObject({
        __typename: "Conflict",
        reason: "IDEMPOTENCY_KEY_REUSED",
      });
    });

    it("creates one application when retries with the same idempotency key race each other", async () => {
      const before = await countApplications();
      const results = await Promise.all(Array.from({ length: 5 }, () => api.receive({ idempotencyKey: "race-1" })));
      expect(new Set(results.map((result) => result.application.number)).size).toBe(1);
      expect(await countApplications()).toBe((before ?? 0) + 1);
    });

    it("forgets idempotency keys after the retention period", async () => {
      await submit({ idempotencyKey: "old-key" });
      await api.db.query("UPDATE idempotency_key SET created_at = now() - interval '4 days'");
      expect(await purgeIdempotencyKeys(api.db)).toBeGreaterThan(0);
      expect((await api.db.query<{ n: number }>("SELECT count(*)::int AS n FROM idempotency_key"))[0]?.n).toBe(0);
    });

    it("keeps idempotency keys per caller, so two portals may use the same key", async () => {
      const mine = await api.receive({ idempotencyKey: "shared-key" });
      const theirs = await api.receive({ idempotencyKey: "shared-key" }, api.otherPortal);
      expect(theirs.application.number).not.toBe(mine.application.number);
    });
  });

  describe("lifecycle", () => {
    it("goes SUBMITTED → IN_REVIEW → APPROVED → RESULT_ISSUED, recording who did what", async () => {
      const { application } = await api.receive();
      const review = await step(
        { number: application.number, action: "START_REVIEW", expectedVersion: 1, actorName: "Б. Сейітов" },
        api.officer,
      );
      expect(review).toMatchObject({ status: "IN_REVIEW", version: 2 });
      const approved = await step({ number: application.number, action: "APPROVE", expectedVersion: 2 }, api.officer);
      expect(approved).toMatchObject({ status: "APPROVED", outcome: "APPROVED" });
      const issued = await advance(
        { number: application.number, action: "ISSUE_RESULT", expectedVersion: 3 },
        api.officer,
      );
      expect(issued).toMatchObject({ status: "RESULT_ISSUED", version: 4, overdue: false });
      expect(issued.history.map((event: { from: string | null; to: string }) => `${event.from}->${event.to}`)).toEqual([
        "null->SUBMITTED",
        "SUBMITTED->IN_REVIEW",
        "IN_REVIEW->APPROVED",
        "APPROVED->RESULT_ISSUED",
      ]);
      expect(issued.history[1]).toMatchObject({
        actorRole: "OFFICER",
        actorName: "Б. Сейітов",
        providerId: DEPARTMENT,
      });
    });

    it("refuses only on one of the service's refusal grounds, and records it", async () => {
      const { application } = await api.receive();
      await step({ number: application.number, action: "START_REVIEW", expectedVersion: 1 }, api.officer);
      const missing = await step({ number: application.number, action: "REFUSE", expectedVersion: 2 }, api.officer);
      expect(missing).toMatchObject({
        __typename: "ValidationFailed",
        fields: [{ field: "refusalGroundCode", message: expect.stringContaining("r1, r2, r3") }],
      });
      const refused = await advance(
        {
          number: application.number,
          action: "REFUSE",
          expectedVersion: 2,
          refusalGroundCode: "r2",
          reason: "Табыс азық-түлік себетінен жоғары",
        },
        api.officer,
      );
      expect(refused).toMatchObject({
        status: "REFUSED",
        outcome: "REFUSED",
        refusalGround: { code: "r2", text: expect.any(String) },
      });
      expect(refused.refusalGround!.text.length).toBeGreaterThan(10);
      const issued = await step(
        { number: application.number, action: "ISSUE_RESULT", expectedVersion: 3 },
        api.officer,
      );
      expect(issued).toMatchObject({ status: "RESULT_ISSUED", outcome: "REFUSED" });
    });

    it("has a centre forward to the department, which decides, and lets the centre hand the result over", async () => {
      const { application } = await api.receive({ channel: "SERVICE_CENTRE", providerId: CENTRE });
      expect(application).toMatchObject({
        channel: "SERVICE_CENTRE",
        provider: { slug: CENTRE },
        deadline: { amount: 7 },
      });
      const early = await step(
        { number: application.number, action: "START_REVIEW", expectedVersion: 1 },
        centreOfficer,
      );
      expect(early).toMatchObject({ __typename: "Conflict", reason: "INVALID_TRANSITION" });
      const forwarded = await step(
        { number: application.number, action: "FORWARD", expectedVersion: 1, forwardToProviderId: DEPARTMENT },
        centreOfficer,
      );
      expect(forwarded).toMatchObject({
        status: "FORWARDED",
        provider: { slug: DEPARTMENT },
        receivedAt: { slug: CENTRE },
      });
      expect(
        await step({ number: application.number, action: "APPROVE", expectedVersion: 2 }, centreOfficer),
      ).toMatchObject({ __typename: "Forbidden" });
      await step({ number: application.number, action: "START_REVIEW", expectedVersion: 2 }, api.officer);
      await step({ number: application.number, action: "APPROVE", expectedVersion: 3 }, api.officer);
      const centreList = async (filter: Record<string, unknown>) =>
        (await api.run(ApplicationsDocument, { filter, first: 100 }, centreOfficer)).applications.nodes.map(
          (node: { number: string }) => node.number,
        );
      expect(await centreList({})).not.toContain(application.number);
      expect(await centreList({ receivedHere: true, status: ["APPROVED"] })).toContain(application.number);
      const issued = await advance(
        { number: application.number, action: "ISSUE_RESULT", expectedVersion: 4 },
        centreOfficer,
      );
      expect(issued.history.map((event: { to: string }) => event.to)).toEqual([
        "SUBMITTED",
        "FORWARDED",
        "IN_REVIEW",
        "APPROVED",
        "RESULT_ISSUED",
      ]);
    });

    it("forwards only to a department on the service's list", async () => {
      const { application } = await api.receive({ channel: "SERVICE_CENTRE", providerId: CENTRE });
      const wrong = await step(
        { number: application.number, action: "FORWARD", expectedVersion: 1, forwardToProviderId: "basqarma:akmola" },
        centreOfficer,
      );
      expect(wrong).toMatchObject({ __typename: "ValidationFailed", fields: [{ field: "forwardToProviderId" }] });
      expect(
        await step(
          { number: application.number, action: "FORWARD", expectedVersion: 1, forwardToProviderId: "authority:none" },
          centreOfficer,
        ),
      ).toMatchObject({ __typename: "NotFound", entity: "Provider" });
    });

    it("lets the submitting portal withdraw, and nobody else", async () => {
      const { application } = await api.receive();
      expect(
        await step({ number: application.number, action: "WITHDRAW", expectedVersion: 1 }, api.otherPortal),
      ).toMatchObject({ __typename: "NotFound" });
      expect(
        await step({ number: application.number, action: "WITHDRAW", expectedVersion: 1 }, api.officer),
      ).toMatchObject({ __typename: "Forbidden" });
      const withdrawn = await step(
        { number: application.number, action: "WITHDRAW", expectedVersion: 1, reason: "Өтініш беруші бас тартты" },
        api.portal,
      );
      expect(withdrawn).toMatchObject({
        status: "WITHDRAWN",
        history: [{}, { actorRole: "PORTAL", reason: "Өтініш беруші бас тартты" }],
      });
      expect(
        await step({ number: application.number, action: "START_REVIEW", expectedVersion: 2 }, api.officer),
      ).toMatchObject({ __typename: "Conflict", reason: "INVALID_TRANSITION", currentStatus: "WITHDRAWN" });
    });

    it("answers a stale version with Conflict and the current version", async () => {
      const { application } = await api.receive();
      await step({ number: application.number, action: "START_REVIEW", expectedVersion: 1 }, api.officer);
      expect(
        await step({ number: application.number, action: "APPROVE", expectedVersion: 1 }, api.officer),
      ).toMatchObject({
        __typename: "Conflict",
        reason: "STALE_VERSION",
        currentVersion: 2,
      });
    });

    it("hides applications from officers of other providers and answers NotFound for unknown numbers", async () => {
      const { application } = await api.receive();
      expect(
        await step({ number: application.number, action: "START_REVIEW", expectedVersion: 1 }, api.otherOfficer),
      ).toMatchObject({ __typename: "NotFound" });
      expect(
        await step({ number: "A-2026-9999999", action: "START_REVIEW", expectedVersion: 1 }, api.officer),
      ).toMatchObject({ __typename: "NotFound", entity: "Application" });
      expect(
        await step({ number: application.number, action: "START_REVIEW", expectedVersion: 1 }, api.admin),
      ).toMatchObject({ __typename: "Forbidden" });
    });

    it("replays a repeated step with the same idempotency key instead of taking it twice", async () => {
      const { application } = await api.receive();
      const input: TransitionApplicationInput = {
        idempotencyKey: "step-1",
        number: application.number,
        action: "START_REVIEW",
        expectedVersion: 1,
      };
      const first = await advance(input, api.officer);
      const again = await advance(input, api.officer);
      expect(again).toMatchObject({ status: "IN_REVIEW", version: 2 });
      expect(again.history).toHaveLength(first.history.length);
    });

    it("lets exactly one of parallel transitions of one application win; the others get Conflict and nothing is lost", async () => {
      const { application } = await api.receive();
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          step(
            { number: application.number, action: "START_REVIEW", expectedVersion: 1, actorName: `officer ${i}` },
            api.officer,
          ),
        ),
      );
      expect(results.filter((result) => result.__typename === "Application")).toHaveLength(1);
      expect(results.filter((result) => result.__typename === "Conflict")).toHaveLength(5);
      const rows = await api.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM application_event e JOIN application a ON a.id = e.application_id WHERE a.number = $1",
        [application.number],
      );
      expect(rows[0]?.n).toBe(2);
    });
  });

  describe("tracking and personal data", () => {
    it("finds an application by number and access code, and shows personal data only to callers with the right", async () => {
      const receipt = await api.receive();
      const { number } = receipt.application;
      const anonymous = await api.run(ApplicationByNumberDocument, { number, accessCode: receipt.accessCode }, null);
      expect(anonymous.applicationByNumber).toMatchObject({ number, status: "SUBMITTED", applicant: null });
      const own = await api.run(ApplicationByNumberDocument, { number, accessCode: receipt.accessCode }, api.portal);
      expect(own.applicationByNumber!.applicant).toMatchObject({ iin: iin("900101", "0012") });
      expect(
        (await api.run(ApplicationByNumberDocument, { number, accessCode: receipt.accessCode }, api.otherPortal))
          .applicationByNumber!.applicant,
      ).toBeNull();
      expect(
        (await api.run(ApplicationByNumberDocument, { number, accessCode: receipt.accessCode }, api.otherOfficer))
          .applicationByNumber!.applicant,
      ).toBeNull();
      expect(
        (await api.run(ApplicationByNumberDocument, { number, accessCode: receipt.accessCode }, api.officer))
          .applicationByNumber!.applicant,
      ).not.toBeNull();
      // The submitting portal's key is enough (the code is not even looked at); anyone else with a wrong code gets null.
      expect(
        (await api.run(ApplicationByNumberDocument, { number, accessCode: "0000000000" }, api.portal))
          .applicationByNumber,
      ).toMatchObject({
        number,
      });
      expect(
        (await api.run(ApplicationByNumberDocument, { number, accessCode: "0000000000" }, api.otherPortal))
          .applicationByNumber,
      ).toBeNull();
      expect(
        (await api.run(ApplicationByNumberDocument, { number, accessCode: "0000000000" }, null)).applicationByNumber,
      ).toBeNull();
    });

    it("writes its audit lines with the IIN, names and phone masked", async () => {
      const lines: string[] = [];
      setAuditSink((line) => lines.push(line));
      try {
        await submit();
      } finally {
        setAuditSink(() => undefined);
      }
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain("application.submitted");
      expect(lines[0]).toContain("********0126");
      expect(lines[0]).not.toContain(iin("900101", "0012"));
      expect(lines[0]).not.toContain("Нұрланова");
    });

    it("never stores the access code or an API key in clear", async () => {
      const receipt = await api.receive();
      const rows = await api.db.query<{ access_code_hash: string }>(
        "SELECT access_code_hash FROM application WHERE number = $1",
        [receipt.application.number],
      );
      expect(rows[0]?.access_code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0]?.access_code_hash).not.toContain(receipt.accessCode);
      const keys = await api.db.query<{ secret_hash: string }>("SELECT secret_hash FROM api_key");
      for (const key of keys) expect(api.portal).not.toContain(key.secret_hash);
    });
  });

  describe("the officer's list", () => {
    it("lists the applications addressed to the officer's provider, filtered by status and service, in keyset pages", async () => {
      const mine = [await api.receive(), await api.receive(), await api.receive()].map(
        (receipt) => receipt.application.number,
      );
      await step({ number: mine[0]!, action: "START_REVIEW", expectedVersion: 1 }, api.officer);
      const inReview = (
        await api.run(
          ApplicationsDocument,
          { filter: { status: ["IN_REVIEW"], serviceNumber: 6 }, first: 100 },
          api.officer,
        )
      ).applications;
      expect(inReview.nodes.map((node: { number: string }) => node.number)).toContain(mine[0]);
      expect(inReview.nodes.every((node: { status: string }) => node.status === "IN_REVIEW")).toBe(true);

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { nodes: { number: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (
          await api.run(ApplicationsDocument, { first: 2, after }, api.officer)
        ).applications;
        seen.push(...page.nodes.map((node) => node.number));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (const number of mine) expect(seen).toContain(number);
      expect(
        (await api.run(ApplicationsDocument, { first: 100 }, api.otherOfficer)).applications.nodes.map(
          (node: { number: string }) => node.number,
        ),
      ).not.toContain(mine[1]);
    });

    it("lists overdue applications, most overdue first", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2024-12-02T05:00:00Z"));
      const old = await api.receive({ serviceNumber: 18, documents: ["d1"] });
      vi.useRealTimers();
      const overdue = (await api.run(ApplicationsDocument, { filter: { overdue: true }, first: 100 }, api.officer))
        .applications.nodes;
      expect(overdue[0]).toMatchObject({ number: old.application.number, overdue: true });
      expect(overdue.every((node: { overdue: boolean }) => node.overdue)).toBe(true);
    });

    it("shows a portal only what it submitted, and refuses lists to admins and to callers without a key", async () => {
      const receipt = await api.receive({}, api.otherPortal);
      const theirs = (await api.run(ApplicationsDocument, { first: 100 }, api.otherPortal)).applications.nodes.map(
        (node: { number: string }) => node.number,
      );
      expect(theirs).toContain(receipt.application.number);
      expect(
        (await api.run(ApplicationsDocument, { first: 100 }, api.portal)).applications.nodes.map(
          (node: { number: string }) => node.number,
        ),
      ).not.toContain(receipt.application.number);
      expect((await api.raw(ApplicationsDocument, {}, api.admin)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await api.raw(ApplicationsDocument, {}, null)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(
        (await api.raw(ApplicationsDocument, { after: "nonsense" }, api.officer)).errors?.[0]?.extensions?.code,
      ).toBe("INVALID_CURSOR");
    });

    it("pages backward with last/before through the same items as forward, as Relay connections do", async () => {
      for (let i = 0; i < 3; i += 1) await submit();
      const forward = (await api.run(ApplicationsDocument, { first: 100 }, api.officer)).applications;
      const numbers = forward.nodes.map((node: { number: string }) => node.number);
      expect(forward.edges.map((edge: { node: { number: string } }) => edge.node.number)).toEqual(numbers);
      expect(forward.pageInfo).toMatchObject({
        hasPreviousPage: false,
        startCursor: forward.edges[0]!.cursor,
        endCursor: forward.edges.at(-1)!.cursor,
      });

      const backward: string[] = [];
      let before: string | null = null;
      for (;;) {
        const page: {
          nodes: { number: string }[];
          pageInfo: { hasPreviousPage: boolean; startCursor: string | null };
        } = (await api.run(ApplicationsDocument, { last: 2, before }, api.officer)).applications;
        backward.unshift(...page.nodes.map((node) => node.number));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backward).toEqual(numbers);

      const middle = (await api.run(ApplicationsDocument, { first: 2, after: forward.edges[0]!.cursor }, api.officer))
        .applications;
      expect(middle.nodes.map((node: { number: string }) => node.number)).toEqual(numbers.slice(1, 3));
      expect(middle.pageInfo.hasPreviousPage).toBe(true);
      expect(
        (await api.raw(ApplicationsDocument, { first: 2, last: 2 }, api.officer)).errors?.[0]?.extensions?.code,
      ).toBe("BAD_USER_INPUT");
      expect((await api.raw(ApplicationsDocument, { first: 101 }, api.officer)).errors?.[0]?.extensions?.code).toBe(
        "PAGE_SIZE_EXCEEDED",
      );
    });

    it("refuses a cursor of another owner's list, of another order or filter, or of another field with INVALID_CURSOR", async () => {
      await submit();
      await submit({}, api.otherPortal);
      const cursor = (await api.run(ApplicationsDocument, { first: 1 }, api.officer)).applications.pageInfo.endCursor;
      const code = async (variables: Record<string, unknown>, key: string) =>
        (await api.raw(ApplicationsDocument, variables, key)).errors?.[0]?.extensions?.code;
      expect(await code({ first: 1, after: cursor }, api.officer)).toBeUndefined();
      expect(await code({ first: 1, after: cursor }, api.otherOfficer)).toBe("INVALID_CURSOR");
      expect(await code({ first: 1, after: cursor, filter: { overdue: true } }, api.officer)).toBe("INVALID_CURSOR");
      expect(await code({ first: 1, after: cursor, filter: { serviceNumber: 6 } }, api.officer)).toBe("INVALID_CURSOR");
      const portalCursor = (await api.run(ApplicationsDocument, { first: 1 }, api.otherPortal)).applications.pageInfo
        .endCursor;
      expect(await code({ first: 1, after: portalCursor }, api.portal)).toBe("INVALID_CURSOR");
      const complaints = await api.raw(ComplaintsDocument, { first: 1, after: cursor }, api.officer);
      expect(complaints.errors?.[0]?.extensions?.code).toBe("INVALID_CURSOR");
      const directory = await api.raw(RegionsDocument, { first: 1, after: cursor }, api.officer);
      expect(directory.errors?.[0]?.extensions?.code).toBe("INVALID_CURSOR");
    });
  });
});
