/**
 * `npm run bench -- push`: webhooks under load. A server (in this process,
 * the real HTTP server with its dispatcher) and a receiver on loopback;
 * 1,000 transitions (334 applications, each taken SUBMITTED → IN_REVIEW →
 * APPROVED → RESULT_ISSUED by an officer, 8 at a time over HTTP), each
 * committing one event that the portal's endpoint receives. Reports:
 *
 * - transitions committed per second (the write side, for context);
 * - events delivered per second, from the first transition's start to the
 *   last of their events received;
 * - delivery latency p50/p99/max, from the event's `occurredAt` (taken in its
 *   transaction, just before the commit) to its arrival at the receiver:
 *   an upper bound of commit-to-receipt by the transaction's own duration;
 * - then a backlog: another 1,000 transitions (and their 334 submissions)
 *   while the receiver answers 503, after which every pending delivery is
 *   made due at once: how fast one process drains a queue.
 *
 * On PostgreSQL (BENCH_DATABASE_URL or DATABASE_URL) it works in a database
 * of its own, qyzmet_bench_push, created beside the one named and dropped at
 * the end; also on the embedded PGlite. Asserts nothing.
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { type DatabaseConfig, parseDatabaseUrl, parseWebhookConfig } from "../src/config/config.js";
import { createDatabase, type Database } from "../src/db/database.js";
import { dropAll, migrate } from "../src/db/migrate.js";
import { readSeedData, seed } from "../src/db/seed.js";
import { buildGraphQLSchema } from "../src/graphql/schema.js";
import { issueApiKey } from "../src/modules/access/access.service.js";
import { iinCheckDigit } from "../src/modules/write/personal-data.js";
import { startServer } from "../src/server/server.js";

const BENCH_DATABASE = "qyzmet_bench_push";
const TRANSITIONS = 1_000;
const CONCURRENCY = 8;
const STEPS = ["START_REVIEW", "APPROVE", "ISSUE_RESULT"] as const;

export interface PushRow {
  scenario: "live" | "backlog";
  database: string;
  transitions: number;
  transitionsPerSecond: number;
  eventsDelivered: number;
  deliveredPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function openBenchDatabase(
  databaseUrl: string | undefined,
): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (!databaseUrl) {
    const db = await createDatabase({ kind: "pglite", dataDir: null });
    return { db, drop: async () => undefined };
  }
  const parsed = parseDatabaseUrl(databaseUrl);
  if (parsed.kind !== "postgres") throw new Error(`the push bench needs a postgres:// URL, got ${databaseUrl}`);
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: parsed.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${BENCH_DATABASE}`);
  const url = new URL(parsed.url);
  url.pathname = `/${BENCH_DATABASE}`;
  const config: DatabaseConfig = { kind: "postgres", url: url.toString(), poolSize: 10, schema: null };
  const db = await createDatabase(config);
  await dropAll(db);
  return { db, drop: () => admin(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`) };
}

export async function benchPush(options: { databaseUrl?: string }): Promise<PushRow[]> {
  const { db, drop } = await openBenchDatabase(options.databaseUrl);
  const receipts = new Map<string, { at: number; occurredAt: number }>();
  let refusing = false;
  let waiting: (() => void) | null = null;
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const at = Date.now();
      if (refusing) {
        res.writeHead(503).end();
        return;
      }
      const event = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { id: string; occurredAt: string };
      // The first receipt counts (a retry would be a second one).
      if (!receipts.has(event.id)) receipts.set(event.id, { at, occurredAt: Date.parse(event.occurredAt) });
      res.writeHead(204).end();
      waiting?.();
    });
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const server = await startServer({
    db: { ...db, close: async () => undefined },
    schema: await buildGraphQLSchema(),
    host: "127.0.0.1",
    port: 0,
    responseCacheMb: 0,
    // A failed attempt waits about an hour: the backlog scenario's deliveries stay queued until it makes them due.
    webhooks: parseWebhookConfig({
      WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
      WEBHOOK_ALLOW_HTTP: "true",
      WEBHOOK_RETRY_BASE_MS: "3600000",
    }),
  });
  const until = async (done: () => boolean) => {
    while (!done()) {
      await new Promise<void>((resolve) => {
        waiting = resolve;
        setTimeout(resolve, 1_000);
      });
    }
  };
  try {
    await migrate(db);
    await seed(db, readSeedData());
    const portal = (await issueApiKey(db, { name: "bench portal", role: "PORTAL" })).key;
    const officer = (
      await issueApiKey(db, { name: "bench officer", role: "OFFICER", providerId: "authority:akmola:akkol" })
    ).key;
    const call = async (query: string, variables: Record<string, unknown>, key: string) => {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    await call(
      `mutation ($url: String!) { registerWebhookEndpoint(input: { url: $url }) { __typename } }`,
      { url: hook },
      portal,
    );
    const applicant = {
      iin: `90010130012${iinCheckDigit("90010130012")}`,
      surname: "Бенч",
      givenName: "Өтініш",
      postalAddress: "Ақкөл қ., Абай к-сі, 1",
      phone: "+7 701 000 00 00",
    };
    const input = {
      serviceNumber: 6,
      channel: "AUTHORITY",
      providerId: "authority:akmola:akkol",
      applicant,
      recipientCategory: "c1",
      documents: ["d1", "d2", "d4"],
    };
    const applications = Math.ceil(TRANSITIONS / STEPS.length);
    const submitAll = async (): Promise<string[]> => {
      const numbers: string[] = [];
      const queue = Array.from({ length: applications }, (_, index) => index);
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (queue.shift() !== undefined) {
            const data = await call(
              `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { ... on ApplicationReceipt { application { number } } } }`,
              { input },
              portal,
            );
            numbers.push(data.submitApplication.application.number);
          }
        }),
      );
      return numbers;
    };
    /** 333 applications take three steps and one takes one: 1,000 transitions, 8 at a time. */
    const stepAll = async (numbers: string[]): Promise<number> => {
      const queue = numbers
        .map((number, index) => ({
          number,
          steps: Math.max(0, Math.min(STEPS.length, TRANSITIONS - STEPS.length * index)),
        }))
        .filter((item) => item.steps > 0);
      let committed = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let item = queue.shift(); item; item = queue.shift()) {
            let version = 1;
            for (const action of STEPS.slice(0, item.steps)) {
              const data = await call(
                `mutation ($input: TransitionApplicationInput!) { transitionApplication(input: $input) { ... on Application { version } ... on MutationError { message } } }`,
                { input: { number: item.number, action, expectedVersion: version } },
                officer,
              );
              if (!data.transitionApplication.version) throw new Error(data.transitionApplication.message);
              version = data.transitionApplication.version;
              committed += 1;
            }
          }
        }),
      );
      return committed;
    };

    // Live: the submissions' events first, so that what is measured is the transitions alone.
    const numbers = await submitAll();
    await until(() => receipts.size >= applications);
    const before = new Set(receipts.keys());
    const started = Date.now();
    const committed = await stepAll(numbers);
    const committedAt = Date.now();
    await until(() => receipts.size - before.size >= committed);
    const measured = [...receipts.entries()].filter(([id]) => !before.has(id)).map(([, receipt]) => receipt);
    const last = Math.max(...measured.map((receipt) => receipt.at));
    const latencies = measured.map((receipt) => receipt.at - receipt.occurredAt).sort((a, b) => a - b);
    const rows: PushRow[] = [
      {
        scenario: "live",
        database: db.kind,
        transitions: committed,
        transitionsPerSecond: (committed / (committedAt - started)) * 1000,
        eventsDelivered: measured.length,
        deliveredPerSecond: (measured.length / (last - started)) * 1000,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        maxMs: latencies.at(-1) ?? 0,
      },
    ];

    // Backlog: the receiver answers 503 while another 1,000 transitions commit (each delivery fails once and
    // waits an hour), then answers again and every pending delivery is made due at once: how fast the queue drains.
    refusing = true;
    const backlogNumbers = await submitAll();
    const backlogCommitted = await stepAll(backlogNumbers);
    const pending = async () =>
      Number(
        (
          await db.query<{ n: string }>(
            `SELECT count(*) AS n FROM webhook_delivery WHERE status = 'PENDING' AND attempts > 0`,
          )
        )[0]!.n,
      );
    while ((await pending()) < applications + backlogCommitted)
      await new Promise((resolve) => setTimeout(resolve, 200));
    refusing = false;
    const received = receipts.size;
    const drainStart = Date.now();
    await db.query(`UPDATE webhook_delivery SET next_attempt_at = now() WHERE status = 'PENDING'`);
    await until(() => receipts.size - received >= applications + backlogCommitted);
    const drained = receipts.size - received;
    rows.push({
      scenario: "backlog",
      database: db.kind,
      transitions: backlogCommitted,
      transitionsPerSecond: 0,
      eventsDelivered: drained,
      deliveredPerSecond:
        (drained / (Math.max(...[...receipts.values()].map((receipt) => receipt.at)) - drainStart)) * 1000,
      p50Ms: 0,
      p99Ms: 0,
      maxMs: 0,
    });
    return rows;
  } finally {
    await server.close();
    receiver.closeAllConnections();
    receiver.close();
    await db.close();
    await drop();
  }
}
