/**
 * Subscriptions over graphql-ws at /graphql, with a graphql-ws client as
 * portals use it: each portal sees its own applications' events only, an
 * officer its provider's, and a connection without a PORTAL or OFFICER key
 * is refused. (A transition made through another process: processes.test.ts.)
 */
import { describe, expect, it } from "vitest";
import {
  type ApplicationAction,
  ApplicationUpdatedDocument,
  ComplaintUpdatedDocument,
  TransitionApplicationDocument,
  TransitionComplaintDocument,
} from "../generated/graphql.js";
import { databaseTargets } from "../support/database.js";
import { DEPARTMENT, member, useWriteApi, WALK } from "../write/support.js";
import { collect, wsClient } from "./support.js";

describe.each(databaseTargets())("subscriptions on $name", (target) => {
  const api = useWriteApi(target, { eventsPollMs: 200 });

  const submit = async (key = api.portal) => (await api.receive({}, key)).application.number;
  const step = async (number: string, action: ApplicationAction, expectedVersion: number) =>
    member(
      (await api.run(TransitionApplicationDocument, { input: { number, action, expectedVersion } }, api.officer))
        .transitionApplication,
      "Application",
    );

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

  it("tells a portal of its applications' steps as they commit, and nothing of another portal's", async () => {
    const mineClient = wsClient(api.url, api.portal);
    const theirsClient = wsClient(api.url, api.otherPortal);
    const mine = collect(mineClient, ApplicationUpdatedDocument);
    const theirs = collect(theirsClient, ApplicationUpdatedDocument);
    try {
      await live(mine, api.portal);
      await live(theirs, api.otherPortal);
      const number = await submit(api.portal);
      await api.run(
        TransitionApplicationDocument,
        { input: { number, action: "START_REVIEW", expectedVersion: 1 } },
        api.officer,
      );
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
      const probe = await submit(api.otherPortal);
      await theirs.until((values) => values.some((value: any) => value.data.applicationUpdated.number === probe));
      const theirNumbers = theirs.values.map((value: any) => value.data.applicationUpdated.number);
      const owners = await api.db.prisma.application.findMany({
        where: { number: { in: theirNumbers } },
        select: { submittedById: true },
      });
      expect(owners.length).toBeGreaterThan(0);
      expect(owners.every((row) => api.otherPortal.startsWith(`qz_${row.submittedById}_`))).toBe(true);
      expect(theirs.values.map((value: any) => value.data.applicationUpdated.number)).not.toContain(number);
    } finally {
      mine.stop();
      theirs.stop();
      await mineClient.dispose();
      await theirsClient.dispose();
    }
  });

  it("narrows to one application by number, and tells officers of their provider's complaints only", async () => {
    const officerClient = wsClient(api.url, api.officer);
    const otherClient = wsClient(api.url, api.otherOfficer);
    const portalClient = wsClient(api.url, api.portal);
    const watcher = collect(officerClient, ApplicationUpdatedDocument);
    const complaints = collect(officerClient, ComplaintUpdatedDocument);
    const stranger = collect(otherClient, ComplaintUpdatedDocument);
    try {
      await live(watcher, api.portal);
      const number = await submit();
      // On the officer's connection, next to `watcher`: live once a later probe reaches `watcher`, give or take a step.
      const one = collect(officerClient, ApplicationUpdatedDocument, { number: ` ${number.toLowerCase()} ` });
      await live(watcher, api.portal);
      let version = 1;
      for (const action of WALK) {
        version = (await step(number, action, version)).version;
        await submit();
      }
      await one.until((values) => values.some((value: any) => value.data.applicationUpdated.to === "RESULT_ISSUED"));
      expect(new Set(one.values.map((value: any) => value.data.applicationUpdated.number))).toEqual(new Set([number]));
      one.stop();
      const complaint = (await api.fileTalon()).complaint.number;
      await api.run(
        TransitionComplaintDocument,
        { input: { number: complaint, action: "START_REVIEW", expectedVersion: 1 } },
        api.officer,
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
      const attempt = collect(client, ApplicationUpdatedDocument);
      const error = (await attempt.ended()) as { code?: number; reason?: string };
      expect(error.code).toBe(4403);
      await client.dispose();
    }
  });

  it("answers a bad argument, a query and an invalid document with errors, not events", async () => {
    const client = wsClient(api.url, api.portal);
    // Refused before it starts (an error message), or by the field when it starts (a result with errors, then the end).
    const failure = async (subscription: ReturnType<typeof collect>) =>
      ((await subscription.ended()) as any[] | null) ?? (subscription.values[0] as any)?.errors;
    try {
      const badNumber = collect(client, ApplicationUpdatedDocument, { number: "not-a-number" });
      expect((await failure(badNumber))[0].extensions.code).toBe("BAD_USER_INPUT");
      const tooLong = collect(client, ApplicationUpdatedDocument, { number: "A".repeat(40) });
      expect((await failure(tooLong))[0].message).toMatch(/at most 32 characters/);
      // Strings on purpose: what no typed subscription document can be.
      const query = collect(client, `{ regions { totalCount } }`);
      expect((await failure(query))[0].message).toMatch(/only subscriptions/);
      const invalid = collect(client, `subscription { applicationUpdated { nope } }`);
      expect((await failure(invalid))[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    } finally {
      await client.dispose();
    }
  });
});
