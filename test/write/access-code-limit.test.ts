/**
 * Wrong access codes are limited per client and number, with a budget per
 * client, so the lookup cannot be used to guess codes, nor to lock a citizen
 * (or the portal and officers, who need no code) out of their own file.
 * Clients are told apart by API key, else by address: the tests send from
 * several loopback addresses (127.0.0.x) to the server on 127.0.0.1.
 */
import { request } from "node:http";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  clientOf,
  LOOKUP_WINDOW_MS,
  MAX_FAILED_LOOKUPS,
  MAX_FAILED_LOOKUPS_PER_CLIENT,
  WrongCodeLimiter,
} from "../../src/modules/access/attempt-limiter.js";
import { databaseTargets } from "../support/database.js";
import { ApplicationTrackingDocument, ComplaintTrackingDocument } from "../generated/graphql.js";
import { useWriteApi } from "./support.js";

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

/** An answer as it came over HTTP. */
type Answer = { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };

describe.each(databaseTargets())("tracking lookups on $name", (target) => {
  const api = useWriteApi(target);

  /**
   * POSTs an operation from `from` (a loopback address), as an anonymous client unless `key` is given. A string only
   * for the budget test's fields, which are built at run time.
   */
  const send = <V extends object>(
    document: TypedDocumentNode<unknown, V> | string,
    variables: NoInfer<V>,
    from: string,
    key?: string,
  ) =>
    new Promise<Answer>((resolve, reject) => {
      const body = JSON.stringify({ query: typeof document === "string" ? document : print(document), variables });
      const req = request(
        {
          host: "127.0.0.1",
          port: Number(new URL(api.url).port),
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

  it(`lets a stranger's ${MAX_FAILED_LOOKUPS} wrong codes lock out only the stranger: the right code from another client, the portal and the officer still get in`, async () => {
    const { accessCode, application } = await api.receive();
    const { number } = application;
    for (let i = 0; i < MAX_FAILED_LOOKUPS; i++) {
      expect((await send(ApplicationTrackingDocument, { number, accessCode: "WRONGCODE0" }, "127.0.0.2")).data).toEqual(
        {
          applicationByNumber: null,
        },
      );
    }
    const stranger = await send(ApplicationTrackingDocument, { number, accessCode }, "127.0.0.2");
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_ATTEMPTS", scope: "NUMBER" });

    // The applicant, from another address, with the code.
    expect((await send(ApplicationTrackingDocument, { number, accessCode }, "127.0.0.1")).data).toEqual({
      applicationByNumber: { number, applicant: null },
    });
    // Another portal with the code (its key is its own client), even from the stranger's address.
    expect(
      (await send(ApplicationTrackingDocument, { number, accessCode }, "127.0.0.2", api.otherPortal)).data,
    ).toEqual({
      applicationByNumber: { number, applicant: null },
    });
    // The submitting portal and the provider's officer need no code, from anywhere.
    expect((await send(ApplicationTrackingDocument, { number }, "127.0.0.2", api.portal)).data).toEqual({
      applicationByNumber: { number, applicant: { surname: "Нұрланова" } },
    });
    expect(
      (await send(ApplicationTrackingDocument, { number, accessCode: "WRONGCODE0" }, "127.0.0.2", api.officer)).data,
    ).toEqual({
      applicationByNumber: { number, applicant: { surname: "Нұрланова" } },
    });
  });

  it("serves a complaint to its filing portal and addressee's officer without the code, and limits strangers the same way", async () => {
    const talon = await api.fileTalon();
    const { number } = talon.complaint;
    for (let i = 0; i < MAX_FAILED_LOOKUPS; i++)
      await send(ComplaintTrackingDocument, { number, accessCode: "WRONGCODE0" }, "127.0.0.4");
    expect(
      (await send(ComplaintTrackingDocument, { number, accessCode: talon.accessCode }, "127.0.0.4")).errors?.[0]
        ?.extensions?.code,
    ).toBe("TOO_MANY_ATTEMPTS");
    expect((await send(ComplaintTrackingDocument, { number, accessCode: talon.accessCode }, "127.0.0.1")).data).toEqual(
      {
        complaintByNumber: { number, complainant: null },
      },
    );
    expect((await send(ComplaintTrackingDocument, { number }, "127.0.0.4", api.portal)).data).toEqual({
      complaintByNumber: { number, complainant: { surname: "Жұмабеков" } },
    });
    expect((await send(ComplaintTrackingDocument, { number }, "127.0.0.4", api.officer)).data).toEqual({
      complaintByNumber: { number, complainant: { surname: "Жұмабеков" } },
    });
  });

  it("normalises numbers before counting, and refuses malformed ones as BAD_USER_INPUT without counting them", async () => {
    const { accessCode, application } = await api.receive();
    const lower = ` ${application.number.toLowerCase()} `;
    expect(
      (await send(ApplicationTrackingDocument, { number: lower, accessCode: accessCode.toLowerCase() }, "127.0.0.5"))
        .data,
    ).toEqual({
      applicationByNumber: { number: application.number, applicant: null },
    });
    for (let i = 0; i < MAX_FAILED_LOOKUPS + 5; i++) {
      const malformed = await send(
        ApplicationTrackingDocument,
        { number: `${application.number}x`, accessCode: "WRONGCODE0" },
        "127.0.0.5",
      );
      expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    // Wrong codes for the lower-case and the upper-case number are one count.
    for (let i = 0; i < MAX_FAILED_LOOKUPS / 2; i++)
      await send(ApplicationTrackingDocument, { number: lower, accessCode: "WRONGCODE0" }, "127.0.0.5");
    for (let i = 0; i < MAX_FAILED_LOOKUPS / 2; i++)
      await send(ApplicationTrackingDocument, { number: application.number, accessCode: "WRONGCODE0" }, "127.0.0.5");
    expect(
      (await send(ApplicationTrackingDocument, { number: application.number, accessCode }, "127.0.0.5")).errors?.[0]
        ?.extensions?.code,
    ).toBe("TOO_MANY_ATTEMPTS");
  });

  it("asks for the code (BAD_USER_INPUT, not counted) when the caller may not read the record without it", async () => {
    const { application } = await api.receive();
    for (const key of [undefined, api.otherPortal]) {
      const answer = await send(ApplicationTrackingDocument, { number: application.number }, "127.0.0.6", key);
      expect(answer.errors?.[0]).toMatchObject({
        extensions: { code: "BAD_USER_INPUT" },
        message: expect.stringContaining("accessCode"),
      });
    }
  });

  it(`holds the budget of ${MAX_FAILED_LOOKUPS_PER_CLIENT} wrong codes per client over all numbers, without touching other clients`, async () => {
    const { accessCode, application } = await api.receive();
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
    const refused = await send(ApplicationTrackingDocument, { number: application.number, accessCode }, "127.0.0.7");
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_ATTEMPTS", scope: "CLIENT" });
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(LOOKUP_WINDOW_MS / 1000);
    expect(
      (await send(ApplicationTrackingDocument, { number: application.number, accessCode }, "127.0.0.8")).data,
    ).toEqual({
      applicationByNumber: { number: application.number, applicant: null },
    });
  });
});
