/**
 * The outbox through the API: one event per submission, filing and step,
 * written in the change's transaction (a change that fails writes none, even
 * when it fails after the event's INSERT), read back in order through the
 * keyset feed by the portal that submitted and the provider's officers only;
 * and the lists' `updatedSince` filters.
 */
import { describe, expect, it } from "vitest";
import {
  type ApplicationAction,
  ApplicationsDocument,
  ComplaintsDocument,
  EventsDocument,
  type EventsQueryVariables,
  TransitionApplicationDocument,
  type TransitionApplicationInput,
  TransitionComplaintDocument,
} from "../generated/graphql.js";
import { databaseTargets } from "../support/database.js";
import { DEPARTMENT, member, useWriteApi, WALK } from "../write/support.js";

describe.each(databaseTargets())("events on $name", (target) => {
  const api = useWriteApi(target);

  const submit = async (key = api.portal) => (await api.receive({}, key)).application;
  const step = (
    number: string,
    action: ApplicationAction,
    expectedVersion: number,
    key = api.officer,
    extra: Partial<TransitionApplicationInput> = {},
  ) =>
    api
      .run(TransitionApplicationDocument, { input: { number, action, expectedVersion, ...extra } }, key)
      .then((data) => data.transitionApplication);
  const file = async (key = api.portal) => (await api.fileTalon({}, key)).complaint;
  const feed = async (key: string, variables: EventsQueryVariables = {}) =>
    (await api.run(EventsDocument, { first: 100, ...variables }, key)).events;
  const eventsOf = async (number: string) =>
    api.db.prisma.outboxEvent.findMany({ where: { number }, orderBy: { id: "asc" } });

  it("writes one event for the submission and one for each step, with the statuses and versions", async () => {
    const { number } = await submit();
    let version = 1;
    for (const action of WALK) {
      const result = await step(number, action, version);
      expect(result.__typename).toBe("Application");
      version = member(result, "Application").version;
    }
    const rows = await eventsOf(number);
    expect(rows.map((row) => [row.type, row.fromStatus, row.toStatus, row.version])).toEqual([
      ["APPLICATION_SUBMITTED", null, "SUBMITTED", 1],
      ["APPLICATION_STATUS_CHANGED", "SUBMITTED", "IN_REVIEW", 2],
      ["APPLICATION_STATUS_CHANGED", "IN_REVIEW", "APPROVED", 3],
      ["APPLICATION_STATUS_CHANGED", "APPROVED", "RESULT_ISSUED", 4],
    ]);
    expect(new Set(rows.map((row) => row.eventId)).size).toBe(4);
    // The history the application shows and the events agree, step for step.
    expect(await api.db.prisma.applicationEvent.count({ where: { application: { number } } })).toBe(rows.length);
  });

  it("writes none for a step that is refused", async () => {
    const { number } = await submit();
    expect(member(await step(number, "APPROVE", 1), "Conflict").reason).toBe("INVALID_TRANSITION");
    expect(member(await step(number, "START_REVIEW", 7), "Conflict").reason).toBe("STALE_VERSION");
    expect((await step(number, "START_REVIEW", 1, api.otherOfficer)).__typename).toBe("NotFound");
    expect((await eventsOf(number)).map((row) => row.type)).toEqual(["APPLICATION_SUBMITTED"]);
  });

  it("writes one event when two officers take the same step at once: the loser's transaction leaves none", async () => {
    const { number } = await submit();
    const results = await Promise.all([
      step(number, "START_REVIEW", 1),
      step(number, "START_REVIEW", 1),
      step(number, "START_REVIEW", 1),
    ]);
    expect(results.filter((result) => result.__typename === "Application")).toHaveLength(1);
    // Losers are told of the conflict: a stale version when they raced the winner, an invalid step when they ran after it (PGlite runs them one by one).
    expect(
      results.filter(
        (result) => result.__typename === "Conflict" && ["STALE_VERSION", "INVALID_TRANSITION"].includes(result.reason),
      ),
    ).toHaveLength(2);
    expect((await eventsOf(number)).map((row) => row.toStatus)).toEqual(["SUBMITTED", "IN_REVIEW"]);
  });

  it("rolls the event back with the change when the transaction fails after writing it", async () => {
    const { number } = await submit();
    // The idempotency record is updated after the work, the event included: make that UPDATE fail in the database.
    await api.db.query(
      `CREATE FUNCTION refuse_idempotency() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`,
    );
    await api.db.query(
      `CREATE TRIGGER refuse_idempotency BEFORE UPDATE ON idempotency_key FOR EACH ROW EXECUTE FUNCTION refuse_idempotency()`,
    );
    try {
      const failed = await api.raw(
        TransitionApplicationDocument,
        { input: { number, action: "START_REVIEW", expectedVersion: 1, idempotencyKey: "fails-after-the-event" } },
        api.officer,
      );
      expect(failed.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      await api.db.query(`DROP TRIGGER refuse_idempotency ON idempotency_key`);
      await api.db.query(`DROP FUNCTION refuse_idempotency()`);
    }
    expect((await eventsOf(number)).map((row) => row.type)).toEqual(["APPLICATION_SUBMITTED"]);
    expect(
      await api.db.prisma.application.findUnique({ where: { number }, select: { status: true, version: true } }),
    ).toEqual({ status: "SUBMITTED", version: 1 });
    // And the same step then succeeds, with its one event.
    expect(member(await step(number, "START_REVIEW", 1), "Application").status).toBe("IN_REVIEW");
    expect((await eventsOf(number)).map((row) => row.toStatus)).toEqual(["SUBMITTED", "IN_REVIEW"]);
  });

  it("writes events for complaints: the filing and each step", async () => {
    const filed = await file();
    const answered = (
      await api.run(
        TransitionComplaintDocument,
        {
          input: {
            number: filed.number,
            action: "ANSWER",
            expectedVersion: 1,
            answer: "Құжаттарыңыз қабылданды, тіркелді.",
          },
        },
        api.officer,
      )
    ).transitionComplaint;
    expect(member(answered, "Complaint").status).toBe("ANSWERED");
    expect((await eventsOf(filed.number)).map((row) => [row.type, row.fromStatus, row.toStatus, row.version])).toEqual([
      ["COMPLAINT_FILED", null, "FILED", 1],
      ["COMPLAINT_STATUS_CHANGED", "FILED", "ANSWERED", 2],
    ]);
  });

  it("feeds a portal its own events in order, page by page from a cursor, and nothing of another portal's", async () => {
    const first = await submit(api.otherPortal);
    const before = await feed(api.otherPortal);
    expect(before.edges.map((edge: any) => edge.node.number)).toEqual([first.number]);
    const cursor = before.pageInfo.endCursor;
    // Caught up: nothing after the cursor.
    expect((await feed(api.otherPortal, { after: cursor })).edges).toEqual([]);
    const second = await submit(api.otherPortal);
    await step(second.number, "START_REVIEW", 1);
    const mine = await submit(api.portal);
    const after = await feed(api.otherPortal, { after: cursor });
    expect(
      after.edges.map((edge: any) => [edge.node.number, edge.node.type, edge.node.appTo, edge.node.version]),
    ).toEqual([
      [second.number, "APPLICATION_SUBMITTED", "SUBMITTED", 1],
      [second.number, "APPLICATION_STATUS_CHANGED", "IN_REVIEW", 2],
    ]);
    expect(after.edges[1]!.node).toMatchObject({
      __typename: "ApplicationUpdate",
      appFrom: "SUBMITTED",
      providerId: DEPARTMENT,
      receivedAtId: DEPARTMENT,
      serviceNumber: 6,
    });
    // Two at a time, the same events.
    const paged: string[] = [];
    let next: string | null = null;
    do {
      const page: any = await feed(api.otherPortal, { first: 2, ...(next ? { after: next } : {}) });
      paged.push(...page.edges.map((edge: any) => edge.node.id));
      next = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (next);
    expect(paged).toEqual((await feed(api.otherPortal)).edges.map((edge: any) => edge.node.id));
    expect(paged).toHaveLength(3);
    // The other portal's submission is in its own feed, and in no one else's.
    const all = (await feed(api.otherPortal)).edges.map((edge: any) => edge.node.number);
    expect(all).not.toContain(mine.number);
    expect((await feed(api.portal)).edges.map((edge: any) => edge.node.number)).toContain(mine.number);
    // A cursor is for the list that issued it.
    const foreign = await api.raw(EventsDocument, { first: 10, after: cursor }, api.portal);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("INVALID_CURSOR");
  });

  it("feeds officers their provider's events, filtered by type, and not another provider's", async () => {
    const { number } = await submit();
    const complaint = await file();
    const ours = (await feed(api.officer)).edges.map((edge: any) => edge.node.number);
    expect(ours).toEqual(expect.arrayContaining([number, complaint.number]));
    const onlyComplaints = (await feed(api.officer, { types: ["COMPLAINT_FILED"] })).edges.map(
      (edge: any) => edge.node,
    );
    expect(
      onlyComplaints.every((node: any) => node.type === "COMPLAINT_FILED" && node.addresseeId === DEPARTMENT),
    ).toBe(true);
    expect(onlyComplaints.map((node: any) => node.number)).toContain(complaint.number);
    expect((await feed(api.otherOfficer)).edges).toEqual([]);
  });

  it("refuses the feed without a key, and to ADMIN keys", async () => {
    expect((await api.raw(EventsDocument, { first: 1 })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(
      (await api.raw(EventsDocument, { first: 1 }, await api.key("ADMIN", "Ops"))).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
  });

  it("lists applications and complaints changed since an instant", async () => {
    const since = new Date(Date.now() - 1);
    const portalKey = await api.key("PORTAL", "A portal with a short list");
    const old = await submit(portalKey);
    const changed = await submit(portalKey);
    const cut = new Date();
    await step(changed.number, "START_REVIEW", 1);
    const list = async (since: Date) =>
      (
        await api.run(ApplicationsDocument, { first: 50, filter: { updatedSince: since.toISOString() } }, portalKey)
      ).applications.nodes.map((node) => node.number);
    expect((await list(since)).sort()).toEqual([old.number, changed.number].sort());
    expect(await list(cut)).toEqual([changed.number]);
    const complaint = await file(portalKey);
    const complaints = async (since: Date) =>
      (await api.run(ComplaintsDocument, { first: 50, updatedSince: since.toISOString() }, portalKey)).complaints.nodes;
    expect((await complaints(cut)).map((node) => node.number)).toEqual([complaint.number]);
    expect(await complaints(new Date(Date.now() + 60_000))).toEqual([]);
  });
});
