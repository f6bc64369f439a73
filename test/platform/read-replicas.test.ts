/**
 * `npm start` with a PostgreSQL standby (`DATABASE_REPLICA_URLS`), on a
 * primary and a streaming standby of the test's own (support/pg-cluster.ts).
 * Where statements run is counted on each server (pg_stat_statements):
 * directory reads reach the standby, a tracking
 * lookup (a read that must see its own writes) the primary. Stopping the
 * standby costs no request; starting it again brings its reads back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PgCluster, postgresBin, startPgCluster, statementsOn } from "../support/pg-cluster.js";
import { type RunningServer, startNpmStart } from "../support/process.js";

const DIRECTORY = JSON.stringify({ query: "{ authorities(first: 3) { totalCount nodes { slug } } }" });
const LOOKUP = JSON.stringify({
  query: '{ applicationByNumber(number: "A-2026-0000001", accessCode: "WRONG-CODE") { number } }',
});

describe.skipIf(!postgresBin)(
  "directory reads on a PostgreSQL standby under npm start (needs initdb and pg_basebackup)",
  () => {
    let cluster: PgCluster;
    let server: RunningServer;

    beforeAll(async () => {
      cluster = await startPgCluster();
      server = await startNpmStart({ DATABASE_URL: cluster.primary.url, DATABASE_REPLICA_URLS: cluster.standby.url });
      // The directory was loaded on the primary; the standby must have it before its reads mean anything.
      await cluster.caughtUp();
    }, 180_000);

    afterAll(async () => {
      await server?.stop();
      cluster?.destroy();
    });

    // no-cache: run every time, not answered by the response cache.
    const ask = async (body: string) => {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", "cache-control": "no-cache" },
        body,
      });
      return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
    };
    const ready = async () =>
      (await (await fetch(new URL("/ready", server.url))).json()) as { status: string; standbys?: string[] };

    it("sends directory reads to the standby and tracking lookups to the primary", async () => {
      const before = {
        standby: await statementsOn(cluster.standby.url, "provider"),
        primary: await statementsOn(cluster.primary.url, "provider"),
      };
      const lookupsBefore = {
        standby: await statementsOn(cluster.standby.url, "application"),
        primary: await statementsOn(cluster.primary.url, "application"),
      };
      for (let i = 0; i < 5; i++) {
        const answer = await ask(DIRECTORY);
        expect(answer.status).toBe(200);
        expect(answer.body.data.authorities.nodes).toHaveLength(3);
      }
      expect((await ask(LOOKUP)).body).toEqual({ data: { applicationByNumber: null } });
      await expect
        .poll(() => statementsOn(cluster.standby.url, "provider"), { timeout: 5_000 })
        .toBeGreaterThanOrEqual(before.standby + 5);
      await expect
        .poll(() => statementsOn(cluster.primary.url, "application"), { timeout: 5_000 })
        .toBeGreaterThan(lookupsBefore.primary);
      expect(await statementsOn(cluster.primary.url, "provider")).toBe(before.primary);
      expect(await statementsOn(cluster.standby.url, "application")).toBe(lookupsBefore.standby);
      expect(await ready()).toMatchObject({ status: "ready", standbys: ["ok"] });
    });

    it("moves reads to the primary without a failed request when the standby stops, and back when it returns", async () => {
      cluster.standby.stop();
      const primaryBefore = await statementsOn(cluster.primary.url, "provider");
      for (let i = 0; i < 10; i++) {
        const answer = await ask(DIRECTORY);
        expect(answer.status).toBe(200);
        expect(answer.body.data.authorities.nodes).toHaveLength(3);
      }
      await expect
        .poll(() => statementsOn(cluster.primary.url, "provider"), { timeout: 5_000 })
        .toBeGreaterThanOrEqual(primaryBefore + 10);
      expect(await ready()).toMatchObject({ status: "ready", standbys: ["unavailable"] });
      expect(server.stderr().match(/taken out of reads/g)).toHaveLength(1);

      cluster.standby.start();
      await expect.poll(async () => (await ready()).standbys, { timeout: 10_000, interval: 200 }).toEqual(["ok"]);
      const standbyBefore = await statementsOn(cluster.standby.url, "provider");
      expect((await ask(DIRECTORY)).status).toBe(200);
      await expect
        .poll(() => statementsOn(cluster.standby.url, "provider"), { timeout: 5_000 })
        .toBeGreaterThan(standbyBefore);
      expect(server.stderr()).toContain("back in reads");
    });
  },
);
