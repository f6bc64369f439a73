/** Wrong access codes are limited per number, so the lookup cannot be used to guess codes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AttemptLimiter, MAX_FAILED_LOOKUPS } from "../../src/modules/access/attempt-limiter.js";
import { iinCheckDigit } from "../../src/modules/access/personal-data.js";
import { databaseTargets, type TestDatabase } from "../support/database.js";
import { type Api, openWriteDatabase, startApi } from "./support.js";

describe("the attempt limiter", () => {
  it("allows the set number of failures per key in a window, then refuses until the window has passed", () => {
    let now = 0;
    const limiter = new AttemptLimiter(3, 1000, () => now);
    for (let i = 0; i < 3; i++) {
      limiter.check("a");
      limiter.fail("a");
    }
    expect(() => limiter.check("a")).toThrow(/too many wrong access codes/);
    limiter.check("b");
    now = 1001;
    expect(() => limiter.check("a")).not.toThrow();
  });
});

const iin = `9001013001${2}`.slice(0, 11);

describe.each(databaseTargets())("looking up an application by number and access code on $name", (target) => {
  let db: TestDatabase;
  let api: Api;
  beforeAll(async () => {
    db = await openWriteDatabase(target);
    api = await startApi(db);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.dispose();
  });

  it(`answers null for ${MAX_FAILED_LOOKUPS} wrong codes, then TOO_MANY_ATTEMPTS even for the right one, without touching other numbers`, async () => {
    const portal = await api.key("PORTAL", "portal");
    const submit = () =>
      api.run(
        `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { __typename ... on ApplicationReceipt { accessCode application { number } } } }`,
        {
          input: {
            serviceNumber: 6, channel: "AUTHORITY", providerId: "authority:akmola:akkol", recipientCategory: "c1", documents: ["d1", "d2", "d4"],
            applicant: { iin: `${iin}${iinCheckDigit(iin)}`, surname: "Нұрланова", givenName: "Айгүл", postalAddress: "Ақкөл қ., Абай к-сі, 5", phone: "8 701 123 45 67" },
          },
        },
        portal,
      );
    const first = (await submit()).submitApplication;
    const second = (await submit()).submitApplication;
    expect(first.__typename).toBe("ApplicationReceipt");
    const lookup = (number: string, code: string) =>
      api.raw(`query($n: String!, $c: String!) { applicationByNumber(number: $n, accessCode: $c) { number } }`, { n: number, c: code });

    for (let i = 0; i < MAX_FAILED_LOOKUPS; i++) {
      expect((await lookup(first.application.number, "WRONGCODE0")).data).toEqual({ applicationByNumber: null });
    }
    const refused = await lookup(first.application.number, first.accessCode);
    expect(refused.errors?.[0]?.extensions?.code).toBe("TOO_MANY_ATTEMPTS");
    expect((await lookup(second.application.number, second.accessCode)).data).toEqual({ applicationByNumber: { number: second.application.number } });
  });
});
