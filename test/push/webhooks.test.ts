/**
 * Webhooks through the API and a receiver of the test's own on loopback
 * (allowed by configuration, as an operator would): every event arrives,
 * signed as the README says; a receiver that fails twice gets the event on
 * the third attempt; the delivery log tells the portal what happened; a
 * portal can ask for a redelivery; the allow-list and one portal's
 * isolation from another's.
 */
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { parseWebhookConfig } from "../../src/config/config.js";
import { checkWebhookUrl } from "../../src/modules/webhook/webhook.allow-list.js";
import { retryDelayMs } from "../../src/modules/webhook/webhook.dispatcher.js";
import { signatureHeader, verifySignature } from "../../src/modules/webhook/webhook.signature.js";
import {
  DeleteWebhookEndpointDocument,
  RedeliverWebhookDocument,
  RegisterWebhookEndpointDocument,
  type RegisterWebhookEndpointInput,
  TransitionApplicationDocument,
  WebhookDeliveriesDocument,
  type WebhookDeliveriesQueryVariables,
  WebhookEndpointsDocument,
} from "../generated/graphql.js";
import { databaseTargets } from "../support/database.js";
import { DEPARTMENT, member, startApi, useWriteApi, WALK } from "../write/support.js";
import { loopbackWebhooks, type Receiver, startReceiver } from "./support.js";

describe.each(databaseTargets())("webhooks on $name", (target) => {
  const api = useWriteApi(target, { webhooks: loopbackWebhooks(), eventsPollMs: 200 });
  let receiver: Receiver;

  const register = async (key: string | null, input: RegisterWebhookEndpointInput) =>
    (await api.run(RegisterWebhookEndpointDocument, { input }, key)).registerWebhookEndpoint;
  /** An endpoint that must be registered: its secret and endpoint. */
  const registerEndpoint = async (key: string, input: RegisterWebhookEndpointInput) =>
    member(await register(key, input), "RegisteredWebhookEndpoint");
  const submit = async (key = api.portal) => (await api.receive({}, key)).application;
  const deliveries = async (key: string, variables: WebhookDeliveriesQueryVariables = {}) =>
    (await api.run(WebhookDeliveriesDocument, variables, key)).webhookDeliveries.nodes;
  const remove = (id: string, key = api.portal) => api.run(DeleteWebhookEndpointDocument, { id }, key);

  beforeEach(async () => {
    await receiver?.close();
    receiver = await startReceiver();
  });

  afterAll(async () => {
    await receiver?.close();
  });

  it("POSTs every event of the portal to its endpoint, signed with its secret", async () => {
    const registered = await registerEndpoint(api.portal, { url: receiver.url });
    expect(registered.__typename).toBe("RegisteredWebhookEndpoint");
    expect(registered.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const { number } = await submit();
    let version = 1;
    for (const action of WALK)
      version = member(
        (
          await api.run(
            TransitionApplicationDocument,
            { input: { number, action, expectedVersion: version } },
            api.officer,
          )
        ).transitionApplication,
        "Application",
      ).version;
    const got = await receiver.until((received) => received.filter((r) => r.json.number === number).length >= 4);
    // Deliveries are sent in parallel, so they may arrive in any order: a receiver orders by `version` (README).
    const mine = got.filter((r) => r.json.number === number).sort((a, b) => a.json.version - b.json.version);
    expect(mine.map((r) => [r.json.type, r.json.from, r.json.to, r.json.version])).toEqual([
      ["APPLICATION_SUBMITTED", null, "SUBMITTED", 1],
      ["APPLICATION_STATUS_CHANGED", "SUBMITTED", "IN_REVIEW", 2],
      ["APPLICATION_STATUS_CHANGED", "IN_REVIEW", "APPROVED", 3],
      ["APPLICATION_STATUS_CHANGED", "APPROVED", "RESULT_ISSUED", 4],
    ]);
    const feed = await api.db.prisma.outboxEvent.findMany({ where: { number }, orderBy: { id: "asc" } });
    for (const [index, request] of mine.entries()) {
      // The documented check, as a receiver runs it, on the body exactly as received.
      expect(
        verifySignature(registered.secret, request.headers["qyzmet-signature"] as string, request.body),
      ).toMatchObject({ ok: true });
      expect(verifySignature("whsec_another", request.headers["qyzmet-signature"] as string, request.body)).toEqual({
        ok: false,
        reason: "mismatch",
      });
      expect(
        verifySignature(
          registered.secret,
          request.headers["qyzmet-signature"] as string,
          request.body.replace('"version":', '"version": '),
        ),
      ).toEqual({ ok: false, reason: "mismatch" });
      expect(request.headers["content-type"]).toBe("application/json");
      expect(request.headers["qyzmet-event-id"]).toBe(feed[index]!.eventId);
      expect(request.json.id).toBe(feed[index]!.eventId);
      expect(request.json).toMatchObject({ providerId: DEPARTMENT, receivedAtId: DEPARTMENT, serviceNumber: 6 });
      // No personal data leaves in a webhook.
      expect(request.body).not.toMatch(/Нұрланова|900101|701/);
    }
    const log = await deliveries(api.portal, { endpointId: registered.endpoint.id });
    expect(log.filter((d) => d.event.number === number).map((d) => [d.status, d.attempts, d.lastStatusCode])).toEqual(
      Array(4).fill(["DELIVERED", 1, 200]),
    );
    await remove(registered.endpoint.id);
  });

  it("sends only the event types an endpoint asked for", async () => {
    const registered = await registerEndpoint(api.portal, {
      url: receiver.url,
      eventTypes: ["APPLICATION_STATUS_CHANGED"],
    });
    const { number } = await submit();
    await api.run(
      TransitionApplicationDocument,
      { input: { number, action: "START_REVIEW", expectedVersion: 1 } },
      api.officer,
    );
    const got = await receiver.until((received) => received.some((r) => r.json.number === number));
    expect(got.filter((r) => r.json.number === number).map((r) => r.json.type)).toEqual(["APPLICATION_STATUS_CHANGED"]);
    await remove(registered.endpoint.id);
  });

  it("retries a receiver that answers 500 twice, and delivers on the third attempt", async () => {
    const registered = await registerEndpoint(api.portal, { url: receiver.url });
    receiver.answers.push(500, 500);
    const { number } = await submit();
    const got = await receiver.until((received) => received.filter((r) => r.json.number === number).length >= 3);
    const attempts = got.filter((r) => r.json.number === number);
    expect(attempts.map((r) => r.headers["qyzmet-delivery-attempt"])).toEqual(["1", "2", "3"]);
    // The same event each time: the receiver dedupes by its id.
    expect(new Set(attempts.map((r) => r.json.id)).size).toBe(1);
    await expect
      .poll(async () => (await deliveries(api.portal, { endpointId: registered.endpoint.id }))[0]?.status, {
        timeout: 10_000,
      })
      .toBe("DELIVERED");
    const [delivery] = await deliveries(api.portal, { endpointId: registered.endpoint.id });
    expect(delivery).toMatchObject({
      status: "DELIVERED",
      attempts: 3,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
    });
    await remove(registered.endpoint.id);
  });

  it("marks a delivery FAILED after the last attempt, says why, and delivers it again on request", async () => {
    // One server only: another one's dispatcher would retry with its own settings.
    await api.restart({ webhooks: { ...loopbackWebhooks(), maxAttempts: 2 } });
    try {
      const endpoint = (await registerEndpoint(api.portal, { url: receiver.url })).endpoint;
      receiver.answers.push(503, 503);
      const { number } = await submit();
      await expect
        .poll(async () => (await deliveries(api.portal, { endpointId: endpoint.id }))[0]?.status, { timeout: 10_000 })
        .toBe("FAILED");
      const [failed] = await deliveries(api.portal, { endpointId: endpoint.id });
      expect(failed).toMatchObject({
        status: "FAILED",
        attempts: 2,
        lastStatusCode: 503,
        lastError: "HTTP 503 (a 2xx status was expected)",
      });
      const again = (
        await api.run(
          RedeliverWebhookDocument,
          { input: { endpointId: endpoint.id, eventId: failed!.event.id } },
          api.portal,
        )
      ).redeliverWebhook;
      expect(again).toMatchObject({
        __typename: "WebhookDelivery",
        status: "PENDING",
        attempts: 0,
        event: { id: failed!.event.id },
      });
      const got = await receiver.until((received) => received.filter((r) => r.json.number === number).length >= 3);
      expect(got.at(-1)!.json.id).toBe(failed!.event.id);
      await expect
        .poll(async () => (await deliveries(api.portal, { endpointId: endpoint.id, status: ["DELIVERED"] })).length, {
          timeout: 10_000,
        })
        .toBe(1);
      await remove(endpoint.id);
    } finally {
      await api.restart();
    }
  });

  it("refuses URLs the operator did not allow, and plain http unless allowed", async () => {
    const refused = async (url: string) =>
      member(await register(api.portal, { url }), "ValidationFailed").fields[0]?.message;
    expect(await refused("http://10.0.0.5/hook")).toMatch(
      /host 10\.0\.0\.5, which this server's operator does not allow/,
    );
    expect(await refused("http://localhost:8080/hook")).toMatch(/host localhost/);
    expect(await refused("ftp://127.0.0.1/hook")).toMatch(/http/);
    expect(await refused("not a url")).toMatch(/not a valid absolute URL/);
    expect(await refused("http://user:pw@127.0.0.1/hook")).toMatch(/user name or password/);
    const httpsOnly = await startApi(api.db, { webhooks: { ...loopbackWebhooks(), allowHttp: false } });
    try {
      const answer = (
        await httpsOnly.run(RegisterWebhookEndpointDocument, { input: { url: receiver.url } }, api.portal)
      ).registerWebhookEndpoint;
      expect(member(answer, "ValidationFailed").fields[0]!.message).toMatch(/https:\/\//);
    } finally {
      await httpsOnly.stop();
    }
    const closed = await startApi(api.db, { webhooks: parseWebhookConfig({}) });
    try {
      const answer = (
        await closed.run(RegisterWebhookEndpointDocument, { input: { url: "https://hooks.example.kz/q" } }, api.portal)
      ).registerWebhookEndpoint;
      expect(member(answer, "ValidationFailed").fields[0]!.message).toMatch(/allows no webhook hosts/);
    } finally {
      await closed.stop();
    }
    // Officers and anonymous callers register nothing.
    expect((await register(api.officer, { url: receiver.url })).__typename).toBe("Forbidden");
    expect(
      (await api.run(RegisterWebhookEndpointDocument, { input: { url: receiver.url } })).registerWebhookEndpoint
        .__typename,
    ).toBe("Forbidden");
  });

  it("keeps portals apart: no other portal's events, log, endpoints or redeliveries", async () => {
    const mine = await registerEndpoint(api.portal, { url: receiver.url });
    const theirs = await registerEndpoint(api.otherPortal, { url: `${receiver.url}/other` });
    const { number } = await submit(api.otherPortal);
    await receiver.until((received) => received.some((r) => r.json.number === number));
    const got = receiver.received.filter((r) => r.json.number === number);
    // Only the other portal's endpoint got its event, once.
    expect(got).toHaveLength(1);
    expect(verifySignature(theirs.secret, got[0]!.headers["qyzmet-signature"] as string, got[0]!.body).ok).toBe(true);
    expect(verifySignature(mine.secret, got[0]!.headers["qyzmet-signature"] as string, got[0]!.body).ok).toBe(false);
    await expect
      .poll(async () => (await deliveries(api.otherPortal, { endpointId: theirs.endpoint.id })).length, {
        timeout: 10_000,
      })
      .toBe(1);
    expect((await deliveries(api.portal)).map((d) => d.event.number)).not.toContain(number);
    expect(await deliveries(api.portal, { endpointId: theirs.endpoint.id })).toEqual([]);
    const endpoints = (await api.run(WebhookEndpointsDocument, {}, api.portal)).webhookEndpoints.map((e) => e.id);
    expect(endpoints).toContain(mine.endpoint.id);
    expect(endpoints).not.toContain(theirs.endpoint.id);
    const eventId = got[0]!.json.id as string;
    expect(
      (await api.run(RedeliverWebhookDocument, { input: { endpointId: mine.endpoint.id, eventId } }, api.portal))
        .redeliverWebhook.__typename,
    ).toBe("NotFound");
    expect(
      (await api.run(RedeliverWebhookDocument, { input: { endpointId: theirs.endpoint.id, eventId } }, api.portal))
        .redeliverWebhook.__typename,
    ).toBe("NotFound");
    expect((await remove(theirs.endpoint.id)).deleteWebhookEndpoint.__typename).toBe("NotFound");
    // Deleting stops deliveries; deleting again is a Conflict.
    expect(member((await remove(mine.endpoint.id)).deleteWebhookEndpoint, "WebhookEndpoint").deletedAt).not.toBeNull();
    expect((await remove(mine.endpoint.id)).deleteWebhookEndpoint.__typename).toBe("Conflict");
    await remove(theirs.endpoint.id, api.otherPortal);
  });
});

describe("the signature and the retry schedule", () => {
  it("verifies the documented header, and refuses a timestamp outside the replay window", () => {
    const body = '{"id":"x"}';
    const now = Date.UTC(2026, 11, 7, 12, 0, 0);
    const header = signatureHeader("whsec_test", body, now / 1000);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature("whsec_test", header, body, { now })).toEqual({ ok: true, timestamp: now / 1000 });
    expect(verifySignature("whsec_test", header, body, { now: now + 301_000 })).toEqual({
      ok: false,
      reason: "outside-window",
    });
    expect(verifySignature("whsec_test", header, body, { now: now - 301_000 })).toEqual({
      ok: false,
      reason: "outside-window",
    });
    expect(verifySignature("whsec_test", header, body, { now: now + 60_000, toleranceSeconds: 30 })).toEqual({
      ok: false,
      reason: "outside-window",
    });
    expect(verifySignature("whsec_test", "v1=abc", body, { now })).toEqual({ ok: false, reason: "malformed" });
    expect(verifySignature("whsec_test", undefined, body, { now })).toEqual({ ok: false, reason: "malformed" });
  });

  it("doubles the wait after each failure, up to the cap, jittered into its upper half", () => {
    const config = { retryBaseMs: 30_000, retryMaxMs: 3_600_000 };
    expect([1, 2, 3, 8, 14].map((attempt) => retryDelayMs(attempt, config, () => 1))).toEqual([
      30_000, 60_000, 120_000, 3_600_000, 3_600_000,
    ]);
    expect([1, 2, 3].map((attempt) => retryDelayMs(attempt, config, () => 0))).toEqual([15_000, 30_000, 60_000]);
  });
});

describe("the allow-list (WEBHOOK_ALLOWED_HOSTS)", () => {
  const allows = (hosts: string, url: string, http = false) =>
    checkWebhookUrl(url, parseWebhookConfig({ WEBHOOK_ALLOWED_HOSTS: hosts, WEBHOOK_ALLOW_HTTP: String(http) })).ok;

  it("matches host names exactly, subdomains by wildcard, addresses and IPv4 ranges", () => {
    expect(allows("hooks.portal.kz", "https://hooks.portal.kz/q")).toBe(true);
    expect(allows("hooks.portal.kz", "https://HOOKS.Portal.kz:8443/q")).toBe(true);
    expect(allows("hooks.portal.kz", "https://evil-hooks.portal.kz/q")).toBe(false);
    expect(allows("hooks.portal.kz", "https://hooks.portal.kz.evil.com/q")).toBe(false);
    expect(allows("*.portal.kz", "https://a.b.portal.kz/q")).toBe(true);
    expect(allows("*.portal.kz", "https://portal.kz/q")).toBe(false);
    expect(allows("*.portal.kz", "https://notportal.kz/q")).toBe(false);
    expect(allows("10.1.0.0/16", "https://10.1.200.3/q")).toBe(true);
    expect(allows("10.1.0.0/16", "https://10.2.0.1/q")).toBe(false);
    expect(allows("::1", "http://[::1]:9000/q", true)).toBe(true);
    expect(allows("127.0.0.1", "http://127.0.0.1:9000/q")).toBe(false);
    expect(allows("", "https://hooks.portal.kz/q")).toBe(false);
  });

  it("refuses entries that are not hosts, with one line", () => {
    expect(() => parseWebhookConfig({ WEBHOOK_ALLOWED_HOSTS: "https://hooks.portal.kz" })).toThrow(
      /WEBHOOK_ALLOWED_HOSTS entry "https:\/\/hooks.portal.kz"/,
    );
    expect(() => parseWebhookConfig({ WEBHOOK_ALLOWED_HOSTS: "10.0.0.0/40" })).toThrow(/WEBHOOK_ALLOWED_HOSTS/);
    expect(() => parseWebhookConfig({ WEBHOOK_RETRY_BASE_MS: "5000", WEBHOOK_RETRY_MAX_MS: "1000" })).toThrow(
      /WEBHOOK_RETRY_MAX_MS/,
    );
    expect(parseWebhookConfig({ WEBHOOK_ALLOWED_HOSTS: " Hooks.Portal.KZ , 127.0.0.1 " }).allowedHosts).toEqual([
      "hooks.portal.kz",
      "127.0.0.1",
    ]);
  });
});
