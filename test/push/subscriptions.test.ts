/**
 * Subscriptions over graphql-ws at /graphql, with a graphql-ws client as
 * portals use it: each portal sees its own applications' events only, an
 * officer its provider's, and a connection without a PORTAL or OFFICER key
 * is refused. (A transition made through another process: processes.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type TestDatabase } from "../support/database.js";
import { type Api, openWriteDatabase, startApi } from "../write/support.js";
import {
  complaintInput,
  DEPARTMENT,
  FILE,
  OTHER_DEPARTMENT,
  STEP,
  STEP_COMPLAINT,
  SUBMIT,
  submission,
} from "./fixtures.js";
import { collect, wsClient } from "./support.js";

const APPLICATION_UPDATED = `subscription Watch($number: String) { applicationUpdated(number: $number) { id type number from to version occurredAt providerId } }`;
const COMPLAINT_UPDATED = `subscription { complaintUpdated { id type number from to version addresseeId } }`;

describe.each(databaseTargets())("subscriptions on $name", (target) => {
  let db: TestDatabase;
  let api: Api;
  let portal: string;
  let otherPortal: string;
  let officer: string;
  let otherOfficer: string;

  const submit = async (key = portal) =>
    (await api.run(SUBMIT, { input: submission() }, key)).submitApplication.application.number as string;

  /**
   * Submits applications as `key` until `watcher` sees one: from then on the
   * subscription is known to be live (the server acknowledges no single
   * subscription), without guessing how long that takes.
   */
  async function live(watcher: ReturnType<typeof collect>, key: string): Promise<void> {
    for (let tries = 0; tries < 20; tries++) {
      const number = await submit(key);
      try {
        await watcher.until(
          (values) => values.some((value: any) => value.data?.applicationUpdated?.number === number),
          1_000,
        );
        return;
      } catch {
        // not live yet
      }
    }
    throw new Error("the subscription never went live");
  }

  beforeAll(async () => {
    db = await openWriteDatabase(target);
    api = await startApi(db, { eventsPollMs: 200 });
    portal = await api.key("PORTAL", "eGov portal");
    otherPortal = await api.key("PORTAL", "Another portal");
    officer = await api.key("OFFICER", "Ақкөл бөлімі", DEPARTMENT);
    otherOfficer = await api.key("OFFICER", "Аршалы бөлімі", OTHER_DEPARTMENT);
  });

  afterAll(async () => {
    await api?.stop();
    await db?.dispose();
  });

  it("tells a portal of its applications' steps as they commit, and nothing of another portal's", async () => {
    const mineClient = wsClient(api.url, portal);
    const theirsClient = wsClient(api.url, otherPortal);
    const mine = collect(mineClient, APPLICATION_UPDATED);
    const theirs = collect(theirsClient, APPLICATION_UPDATED);
    try {
      await live(mine, portal);
      await live(theirs, otherPortal);
      const number = await submit(portal);
      await api.run(STEP, { input: { number, action: "START_REVIEW", expectedVersion: 1 } }, officer);
      await mine.until((values) =>
        values.some(
          (value: any) =>
            value.data.applicationUpdated.number === number && value.data.applicationUpdated.to === "IN_REVIEW",
        ),
      );
      const seen = mine.values
        .map((value: any) => value.data.applicationUpdated)
        .filter((event: any) => event.number === number);
      expect(seen.map((event: any) => [event.type, event.from, event.to, event.version])).toEqual([
        ["APPLICATION_SUBMITTED", null, "SUBMITTED", 1],
        ["APPLICATION_STATUS_CHANGED", "SUBMITTED", "IN_REVIEW", 2],
      ]);
      expect(seen[1]).toMatchObject({ providerId: DEPARTMENT });
      // The other portal's stream went on (its own probe arrives after ours) and never carried ours.
      const probe = await submit(otherPortal);
      await theirs.until((values) => values.some((value: any) => value.data.applicationUpdated.number === probe));
      const theirNumbers = theirs.values.map((value: any) => value.data.applicationUpdated.number);
      const owners = await db.prisma.application.findMany({
        where: { number: { in: theirNumbers } },
        select: { submittedById: true },
      });
      expect(owners.length).toBeGreaterThan(0);
      expect(owners.every((row) => otherPortal.startsWith(`qz_${row.submittedById}_`))).toBe(true);
      expect(theirs.values.map((value: any) => value.data.applicationUpdated.number)).not.toContain(number);
    } finally {
      mine.stop();
      theirs.stop();
      await mineClient.dispose();
      await theirsClient.dispose();
    }
  });

  it("narrows to one application by number, and tells officers of their provider's complaints only", async () => {
    const officerClient = wsClient(api.url, officer);
    const otherClient = wsClient(api.url, otherOfficer);
    const portalClient = wsClient(api.url, portal);
    const watcher = collect(officerClient, APPLICATION_UPDATED);
    const complaints = collect(officerClient, COMPLAINT_UPDATED);
    const stranger = collect(otherClient, COMPLAINT_UPDATED);
    try {
      await live(watcher, portal);
      const number = await submit();
      // On the officer's connection, next to `watcher`: live once a later probe reaches `watcher`, give or take a step.
      const one = collect(officerClient, APPLICATION_UPDATED, { number: ` ${number.toLowerCase()} ` });
      await live(watcher, portal);
      let version = 1;
      for (const action of ["START_REVIEW", "APPROVE", "ISSUE_RESULT"]) {
        version = (await api.run(STEP, { input: { number, action, expectedVersion: version } }, officer))
          .transitionApplication.version;
        await submit();
      }
      await one.until((values) => values.some((value: any) => value.data.applicationUpdated.to === "RESULT_ISSUED"));
      expect(new Set(one.values.map((value: any) => value.data.applicationUpdated.number))).toEqual(new Set([number]));
      one.stop();
      const complaint = (await api.run(FILE, { input: complaintInput() }, portal)).fileComplaint.complaint.number;
      await api.run(
        STEP_COMPLAINT,
        { input: { number: complaint, action: "START_REVIEW", expectedVersion: 1 } },
        officer,
      );
      await complaints.until((values) =>
        values.some(
          (value: any) =>
            value.data.complaintUpdated.number === complaint && value.data.complaintUpdated.to === "IN_REVIEW",
        ),
      );
      expect(
        complaints.values
          .map((value: any) => value.data.complaintUpdated)
          .filter((event: any) => event.number === complaint),
      ).toMatchObject([
        { type: "COMPLAINT_FILED", to: "FILED", addresseeId: DEPARTMENT },
        { type: "COMPLAINT_STATUS_CHANGED", from: "FILED", to: "IN_REVIEW", version: 2 },
      ]);
      expect(stranger.values).toEqual([]);
      expect(stranger.error).toBeNull();
    } finally {
      watcher.stop();
      complaints.stop();
      stranger.stop();
      await Promise.all([officerClient.dispose(), otherClient.dispose(), portalClient.dispose()]);
    }
  });

  it("refuses a connection without a key, with an unknown key or an ADMIN key", async () => {
    const admin = await api.key("ADMIN", "Ops");
    for (const key of [null, "qz_aaaaaaaaaaaa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", admin]) {
      const client = wsClient(api.url, key);
      const attempt = collect(client, APPLICATION_UPDATED);
      const error = (await attempt.ended()) as { code?: number; reason?: string };
      expect(error.code).toBe(4403);
      await client.dispose();
    }
  });

  it("answers a bad argument, a query and an invalid document with errors, not events", async () => {
    const client = wsClient(api.url, portal);
    // Refused before it starts (an error message), or by the field when it starts (a result with errors, then the end).
    const failure = async (subscription: ReturnType<typeof collect>) =>
      ((await subscription.ended()) as any[] | null) ?? (subscription.values[0] as any)?.errors;
    try {
      const badNumber = collect(client, APPLICATION_UPDATED, { number: "not-a-number" });
      expect((await failure(badNumber))[0].extensions.code).toBe("BAD_USER_INPUT");
      const tooLong = collect(client, APPLICATION_UPDATED, { number: "A".repeat(40) });
      expect((await failure(tooLong))[0].message).toMatch(/at most 32 characters/);
      const query = collect(client, `{ regions { totalCount } }`);
      expect((await failure(query))[0].message).toMatch(/only subscriptions/);
      const invalid = collect(client, `subscription { applicationUpdated { nope } }`);
      expect((await failure(invalid))[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    } finally {
      await client.dispose();
    }
  });
});
