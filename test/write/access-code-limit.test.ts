/**
 * Wrong access codes are limited per client and number, with a budget per
 * client, so the lookup cannot be used to guess codes, nor to lock a citizen
 * (or the portal and officers, who need no code) out of their own file.
 * Clients are told apart by API key, else by address: the tests send from
 * several loopback addresses (127.0.0.x) to the server on 127.0.0.1.
 */
import { request } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  clientOf,
  LOOKUP_WINDOW_MS,
  MAX_FAILED_LOOKUPS,
  MAX_FAILED_LOOKUPS_PER_CLIENT,
  WrongCodeLimiter,
} from "../../src/modules/access/attempt-limiter.js";
import { iinCheckDigit } from "../../src/modules/write/personal-data.js";
import { databaseTargets, type TestDatabase } from "../support/database.js";
import { type Api, openWriteDatabase, startApi } from "./support.js";

describe("the wrong-code limiter", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("counts per client and number, refuses that pair only, and forgets it when the window has passed", async () => {
    vi.useFakeTimers();
    const limiter = new WrongCodeLimiter({ perNumber: 3, perClient: 100, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      await limiter.check("stranger", "A-2026-0000001");
      await limiter.fail("stranger", "A-2026-0000001");
    }
    await expect(limiter.check("stranger", "A-2026-0000001")).rejects.toMatchObject({
      extensions: { code: "TOO_MANY_ATTEMPTS", scope: "NUMBER" },
    });
    await limiter.check("applicant", "A-2026-0000001");
    await limiter.check("stranger", "A-2026-0000002");
    vi.advanceTimersByTime(60_001);
    await limiter.check("stranger", "A-2026-0000001");
    expect(limiter.tracked()).toEqual({ numbers: 0, clients: 0 });
  });

  it("holds a budget per client over all numbers", async () => {
    const limiter = new WrongCodeLimiter({ perNumber: 10, perClient: 5 });
    for (let i = 1; i <= 5; i++) await limiter.fail("walker", `A-2026-000000${i}`);
    await expect(limiter.check("walker", "A-2026-0000009")).rejects.toMatchObject({
      extensions: { code: "TOO_MANY_ATTEMPTS", scope: "CLIENT" },
    });
    await limiter.check("someone else", "A-2026-0000009");
  });

  it("holds at most its cap of keys, and stops counting new ones rather than refusing anyone", async () => {
    const limiter = new WrongCodeLimiter({ perNumber: 10, perClient: 10, maxTrackedKeys: 50 });
    for (let i = 0; i < 200; i++) await limiter.fail(`client ${i}`, `A-2026-${String(i).padStart(7, "0")}`);
    expect(limiter.tracked()).toEqual({ numbers: 50, clients: 50 });
    expect(limiter.untracked).toBe(300);
    await limiter.check("client 199", "A-2026-0000199");
  });

  it("tells clients apart by key, else by address (IPv6 by its /64)", () => {
    expect(clientOf("abc", "10.0.0.1")).toBe("key:abc");
    expect(clientOf(null, "::ffff:10.0.0.1")).toBe("address:10.0.0.1");
    expect(clientOf(null, "2001:db8:1:2:3:4:5:6")).toBe(clientOf(null, "2001:db8:1:2::9"));
    expect(clientOf(null, "2001:db8:1:2::9")).not.toBe(clientOf(null, "2001:db8:1:3::9"));
    expect(clientOf(null, undefined)).toBe("address:unknown");
  });
});

const iin = (serial: string) => `9001013${serial}${iinCheckDigit(`9001013${serial}`)}`;
const DEPARTMENT = "authority:akmola:akkol";

const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { __typename ... on ApplicationReceipt { accessCode application { number } } } }`;
const FILE = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { __typename ... on ComplaintTalon { accessCode complaint { number } } } }`;
const APPLICATION = `query($n: String!, $c: String) { applicationByNumber(number: $n, accessCode: $c) { number applicant { surname } } }`;
const COMPLAINT = `query($n: String!, $c: String) { complaintByNumber(number: $n, accessCode: $c) { number complainant { surname } } }`;

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

describe.each(databaseTargets())("tracking lookups on $name", (target) => {
  let db: TestDatabase;
  let api: Api;
  let port: number;
  let portal: string;
  let otherPortal: string;
  let officer: string;

  /** POSTs an operation from `from` (a loopback address), as an anonymous client unless `key` is given. */
  const send = (query: string, variables: Record<string, unknown>, from: string, key?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path: "/graphql",
          method: "POST",
          localAddress: from,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            ...(key ? { authorization: `Bearer ${key}` } : {}),
          },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve(JSON.parse(text) as Answer));
        },
      );
      req.on("error", reject);
      req.end(body);
    });

  const submit = async () =>
    (
      await api.run(
        SUBMIT,
        {
          input: {
            serviceNumber: 6,
            channel: "AUTHORITY",
            providerId: DEPARTMENT,
            recipientCategory: "c1",
            documents: ["d1", "d2", "d4"],
            applicant: {
              iin: iin("0012"),
              surname: "Нұрланова",
              givenName: "Айгүл",
              postalAddress: "Ақкөл қ., Абай к-сі, 5",
              phone: "8 701 123 45 67",
            },
          },
        },
        portal,
      )
    ).submitApplication as { accessCode: string; application: { number: string } };

  beforeAll(async () => {
    db = await openWriteDatabase(target);
    api = await startApi(db);
    port = Number(new URL(api.url).port);
    portal = await api.key("PORTAL", "eGov portal");
    otherPortal = await api.key("PORTAL", "Another portal");
    officer = await api.key("OFFICER", "Ақкөл бөлімінің маманы", DEPARTMENT);
  });

  afterAll(async () => {
    await api?.stop();
    await db?.dispose();
  });

  it(`lets a stranger's ${MAX_FAILED_LOOKUPS} wrong codes lock out only the stranger: the right code from another client, the portal and the officer still get in`, async () => {
    const { accessCode, application } = await submit();
    const { number } = application;
    for (let i = 0; i < MAX_FAILED_LOOKUPS; i++) {
      expect((await send(APPLICATION, { n: number, c: "WRONGCODE0" }, "127.0.0.2")).data).toEqual({
        applicationByNumber: null,
      });
    }
    const stranger = await send(APPLICATION, { n: number, c: accessCode }, "127.0.0.2");
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_ATTEMPTS", scope: "NUMBER" });

    // The applicant, from another address, with the code.
    expect((await send(APPLICATION, { n: number, c: accessCode }, "127.0.0.1")).data).toEqual({
      applicationByNumber: { number, applicant: null },
    });
    // Another portal with the code (its key is its own client), even from the stranger's address.
    expect((await send(APPLICATION, { n: number, c: accessCode }, "127.0.0.2", otherPortal)).data).toEqual({
      applicationByNumber: { number, applicant: null },
    });
    // The submitting portal and the provider's officer need no code, from anywhere.
    expect((await send(APPLICATION, { n: number }, "127.0.0.2", portal)).data).toEqual({
      applicationByNumber: { number, applicant: { surname: "Нұрланова" } },
    });
    expect((await send(APPLICATION, { n: number, c: "WRONGCODE0" }, "127.0.0.2", officer)).data).toEqual({
      applicationByNumber: { number, applicant: { surname: "Нұрланова" } },
    });
  });

  it("serves a complaint to its filing portal and addressee's officer without the code, and limits strangers the same way", async () => {
    const talon = (
      await api.run(
        FILE,
        {
          input: {
            kind: "OFFICIAL_ACTIONS",
            providerId: DEPARTMENT,
            serviceNumber: 1,
            complainant: { surname: "Жұмабеков", givenName: "Ерлан", postalAddress: "Ақкөл қ., Абай к-сі, 5" },
            subject: "Бөлімнің маманы",
            reasons: "Құжаттарды қабылдамады, себебін айтпады.",
            demands: "Қабылдауды талап етемін.",
          },
        },
        portal,
      )
    ).fileComplaint as { accessCode: string; complaint: { number: string } };
    const { number } = talon.complaint;
    for (let i = 0; i < MAX_FAILED_LOOKUPS; i++) await send(COMPLAINT, { n: number, c: "WRONGCODE0" }, "127.0.0.4");
    expect((await send(COMPLAINT, { n: number, c: talon.accessCode }, "127.0.0.4")).errors?.[0]?.extensions?.code).toBe(
      "TOO_MANY_ATTEMPTS",
    );
    expect((await send(COMPLAINT, { n: number, c: talon.accessCode }, "127.0.0.1")).data).toEqual({
      complaintByNumber: { number, complainant: null },
    });
    expect((await send(COMPLAINT, { n: number }, "127.0.0.4", portal)).data).toEqual({
      complaintByNumber: { number, complainant: { surname: "Жұмабеков" } },
    });
    expect((await send(COMPLAINT, { n: number }, "127.0.0.4", officer)).data).toEqual({
      complaintByNumber: { number, complainant: { surname: "Жұмабеков" } },
    });
  });

  it("normalises numbers before counting, and refuses malformed ones as BAD_USER_INPUT without counting them", async () => {
    const { accessCode, application } = await submit();
    const lower = ` ${application.number.toLowerCase()} `;
    expect((await send(APPLICATION, { n: lower, c: accessCode.toLowerCase() }, "127.0.0.5")).data).toEqual({
      applicationByNumber: { number: application.number, applicant: null },
    });
    for (let i = 0; i < MAX_FAILED_LOOKUPS + 5; i++) {
      const malformed = await send(APPLICATION, { n: `${application.number}x`, c: "WRONGCODE0" }, "127.0.0.5");
      expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    // Wrong codes for the lower-case and the upper-case number are one count.
    for (let i = 0; i < MAX_FAILED_LOOKUPS / 2; i++)
      await send(APPLICATION, { n: lower, c: "WRONGCODE0" }, "127.0.0.5");
    for (let i = 0; i < MAX_FAILED_LOOKUPS / 2; i++)
      await send(APPLICATION, { n: application.number, c: "WRONGCODE0" }, "127.0.0.5");
    expect(
      (await send(APPLICATION, { n: application.number, c: accessCode }, "127.0.0.5")).errors?.[0]?.extensions?.code,
    ).toBe("TOO_MANY_ATTEMPTS");
  });

  it("asks for the code (BAD_USER_INPUT, not counted) when the caller may not read the record without it", async () => {
    const { application } = await submit();
    for (const key of [undefined, otherPortal]) {
      const answer = await send(APPLICATION, { n: application.number }, "127.0.0.6", key);
      expect(answer.errors?.[0]).toMatchObject({
        extensions: { code: "BAD_USER_INPUT" },
        message: expect.stringContaining("accessCode"),
      });
    }
  });

  it(`holds the budget of ${MAX_FAILED_LOOKUPS_PER_CLIENT} wrong codes per client over all numbers, without touching other clients`, async () => {
    const { accessCode, application } = await submit();
    const aliases = 25;
    for (let start = 0; start < MAX_FAILED_LOOKUPS_PER_CLIENT; start += aliases) {
      const fields = Array.from(
        { length: aliases },
        (_, i) =>
          `n${i}: applicationByNumber(number: "A-2026-${String(9_000_000 + start + i)}", accessCode: "WRONGCODE0") { number }`,
      );
      const answer = await send(`{ ${fields.join(" ")} }`, {}, "127.0.0.7");
      expect(answer.errors).toBeUndefined();
    }
    const refused = await send(APPLICATION, { n: application.number, c: accessCode }, "127.0.0.7");
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_ATTEMPTS", scope: "CLIENT" });
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(LOOKUP_WINDOW_MS / 1000);
    expect((await send(APPLICATION, { n: application.number, c: accessCode }, "127.0.0.8")).data).toEqual({
      applicationByNumber: { number: application.number, applicant: null },
    });
  });
});
