/**
 * Push across real `npm start` processes:
 *
 * - the server is SIGKILLed after a transition committed and while its
 *   webhook is being sent; after a restart the event is delivered (PGlite in
 *   a folder, and PostgreSQL);
 * - two processes on one PostgreSQL schema drain one outbox: each event
 *   reaches the receiver once;
 * - a subscriber connected to one process sees a transition made through
 *   the other (with Redis when TEST_REDIS_URL is set, so the nudge between
 *   processes is exercised too; the outbox read alone delivers without it).
 */
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApplicationUpdatedDocument,
  type CreateApiKeyInput,
  CreateApiKeyDocument,
  RegisterWebhookEndpointDocument,
  SubmitApplicationDocument,
  TransitionApplicationDocument,
  type TransitionApplicationInput,
  WebhookDeliveriesDocument,
} from "../generated/graphql.js";
import { postgresUrl } from "../support/database.js";
import { type RunningServer, runAccessCli, startNpmStart } from "../support/process.js";
import { deleteKeys, redisUrl, uniquePrefix } from "../support/redis.js";
import { DEPARTMENT, member, submission } from "../write/support.js";
import { collect, LOOPBACK_WEBHOOK_ENV, type Receiver, startReceiver, wsClient } from "./support.js";

async function post<T, V extends Record<string, unknown>>(
  server: RunningServer,
  document: TypedDocumentNode<T, V>,
  variables: NoInfer<V>,
  key: string | null,
): Promise<T> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** An application submitted through `server`: its number. */
const submitVia = async (server: RunningServer, key: string) =>
  member(
    (await post(server, SubmitApplicationDocument, { input: submission() }, key)).submitApplication,
    "ApplicationReceipt",
  ).application.number;

/** A step taken through `server`: the application after it. */
const stepVia = async (server: RunningServer, input: TransitionApplicationInput, key: string) =>
  member((await post(server, TransitionApplicationDocument, { input }, key)).transitionApplication, "Application");

const registerVia = async (server: RunningServer, url: string, key: string) =>
  member(
    (await post(server, RegisterWebhookEndpointDocument, { input: { url } }, key)).registerWebhookEndpoint,
    "RegisteredWebhookEndpoint",
  ).endpoint.id;

const deliveriesVia = async (server: RunningServer, endpointId: string, key: string) =>
  (await post(server, WebhookDeliveriesDocument, { endpointId }, key)).webhookDeliveries.nodes;

/** The first ADMIN key as the README has it (the CLI, which asks a running PGlite server through its control socket), then the others through the API. */
async function keysFor(server: RunningServer, env: Record<string, string>) {
  const issued = await runAccessCli(["ADMIN", "Ops team"], env);
  if (!issued.key) throw new Error(`the CLI issued no key: ${issued.stderr}`);
  const admin = issued.key;
  const create = async (input: CreateApiKeyInput) =>
    member((await post(server, CreateApiKeyDocument, { input }, admin)).createApiKey, "IssuedApiKey").key;
  return {
    portal: await create({ role: "PORTAL", name: "eGov portal" }),
    officer: await create({ role: "OFFICER", name: "Ақкөл бөлімі", providerId: DEPARTMENT }),
  };
}

/** SIGKILL to the whole process group (npm, sh, node): the server dies without any shutdown. */
async function kill(server: RunningServer): Promise<void> {
  const exited =
    server.child.exitCode === null && server.child.signalCode === null ? once(server.child, "exit") : Promise.resolve();
  process.kill(-server.child.pid!, "SIGKILL");
  await exited;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}

const schemaUrl = (schema: string) => {
  const url = new URL(postgresUrl);
  url.searchParams.set("schema", schema);
  return url.toString();
};

interface Target {
  name: string;
  env(): Record<string, string>;
  cleanUp(): Promise<void>;
}

const killTargets: Target[] = [
  (() => {
    const folder = mkdtempSync(join(tmpdir(), "qyzmet-push-"));
    return {
      name: "pglite",
      env: () => ({ PGLITE_DIR: folder }),
      cleanUp: async () => rmSync(folder, { recursive: true, force: true }),
    };
  })(),
  ...(postgresUrl
    ? [
        (() => {
          const schema = `qyzmet_push_kill_${process.pid}`;
          return {
            name: "postgres",
            env: () => ({ DATABASE_URL: schemaUrl(schema) }),
            cleanUp: () => dropSchema(schema),
          };
        })(),
      ]
    : []),
];

describe.each(killTargets)("a server killed between commit and delivery, on $name", (target) => {
  let server: RunningServer | undefined;
  let receiver: Receiver;
  // A short timeout, so the killed process's lease on the delivery runs out soon (2 × timeout + 1 s).
  const env = () => ({ ...target.env(), ...LOOPBACK_WEBHOOK_ENV, WEBHOOK_TIMEOUT_MS: "1500" });

  beforeAll(async () => {
    receiver = await startReceiver();
  });

  afterAll(async () => {
    await server?.stop();
    await receiver?.close();
    await target.cleanUp();
  });

  it("delivers the event after a restart", async () => {
    server = await startNpmStart(env());
    const { portal, officer } = await keysFor(server, env());
    const endpoint = await registerVia(server, receiver.url, portal);
    const number = await submitVia(server, portal);
    await receiver.until((received) => received.some((r) => r.json.number === number));
    // The next request is held open: the step commits, its delivery starts, and the process dies before it ends.
    receiver.answers.push("hang");
    expect((await stepVia(server, { number, action: "START_REVIEW", expectedVersion: 1 }, officer)).status).toBe(
      "IN_REVIEW",
    );
    const inFlight = await receiver.until((received) =>
      received.some((r) => r.json.number === number && r.json.to === "IN_REVIEW"),
    );
    const eventId = inFlight.find((r) => r.json.to === "IN_REVIEW")!.json.id;
    await kill(server);
    await server.stop();

    server = await startNpmStart(env());
    const got = await receiver.until((received) => received.filter((r) => r.json.id === eventId).length >= 2, 60_000);
    const attempts = got.filter((r) => r.json.id === eventId);
    expect(attempts.map((r) => r.headers["qyzmet-delivery-attempt"])).toEqual(["1", "2"]);
    await expect
      .poll(async () => (await deliveriesVia(server!, endpoint, portal)).find((d) => d.event.id === eventId), {
        timeout: 10_000,
      })
      .toMatchObject({ status: "DELIVERED", attempts: 2 });
  }, 240_000);
});

describe.skipIf(!postgresUrl)("two npm start processes on one PostgreSQL (needs TEST_DATABASE_URL)", () => {
  const schema = `qyzmet_push_pair_${process.pid}`;
  const prefix = uniquePrefix("push");
  let a: RunningServer;
  let b: RunningServer;
  let receiver: Receiver;
  let keys: { portal: string; officer: string };
  const env = () => ({
    DATABASE_URL: schemaUrl(schema),
    ...LOOPBACK_WEBHOOK_ENV,
    // Slow polls: what arrives fast came by the nudge (or the process's own commit).
    EVENTS_POLL_MS: "1000",
    ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix } : {}),
  });

  beforeAll(async () => {
    receiver = await startReceiver();
    [a, b] = await Promise.all([startNpmStart(env()), startNpmStart(env())]);
    keys = await keysFor(a, env());
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await receiver?.close();
    await dropSchema(schema);
    if (redisUrl) await deleteKeys(redisUrl, prefix);
  });

  it("delivers each event once while both drain the outbox", async () => {
    const endpoint = await registerVia(a, receiver.url, keys.portal);
    // 20 applications, each submitted and stepped through alternating processes, in parallel: 60 events.
    const numbers = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        const [first, second] = index % 2 ? [a, b] : [b, a];
        const number = await submitVia(first, keys.portal);
        let version = 1;
        for (const [server, action] of [
          [second, "START_REVIEW"],
          [first, "APPROVE"],
        ] as const) {
          version = (await stepVia(server, { number, action, expectedVersion: version }, keys.officer)).version;
        }
        return number;
      }),
    );
    const wanted = new Set(numbers);
    const ours = () => receiver.received.filter((r) => wanted.has(r.json.number));
    await receiver.until(() => new Set(ours().map((r) => r.json.id)).size >= 60, 60_000);
    // Anything sent twice would have arrived by the time the log says every delivery is done.
    await expect
      .poll(
        async () => (await deliveriesVia(a, endpoint, keys.portal)).filter((d) => d.status === "DELIVERED").length,
        { timeout: 20_000 },
      )
      .toBe(60);
    const ids = ours().map((r) => r.json.id);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    const log = await deliveriesVia(b, endpoint, keys.portal);
    expect(log.every((d) => d.status === "DELIVERED" && d.attempts === 1)).toBe(true);
  }, 120_000);

  it("tells a subscriber connected to A of a transition made through B", async () => {
    const client = wsClient(a.url, keys.portal);
    const watcher = collect(client, ApplicationUpdatedDocument);
    try {
      // Live once it shows a submission made through A itself.
      for (let tries = 0; ; tries++) {
        const probe = await submitVia(a, keys.portal);
        try {
          await watcher.until(
            (values) => values.some((value: any) => value.data.applicationUpdated.number === probe),
            3_000,
          );
          break;
        } catch (error) {
          if (tries > 10) throw error;
        }
      }
      const number = await submitVia(b, keys.portal);
      await stepVia(b, { number, action: "START_REVIEW", expectedVersion: 1 }, keys.officer);
      const values = await watcher.until((seen) =>
        seen.some(
          (value: any) =>
            value.data.applicationUpdated.number === number && value.data.applicationUpdated.to === "IN_REVIEW",
        ),
      );
      expect(
        values.map((value: any) => value.data.applicationUpdated).filter((event: any) => event.number === number),
      ).toMatchObject([
        { from: null, to: "SUBMITTED", version: 1 },
        { from: "SUBMITTED", to: "IN_REVIEW", version: 2 },
      ]);
    } finally {
      watcher.stop();
      await client.dispose();
    }
  }, 60_000);
});
