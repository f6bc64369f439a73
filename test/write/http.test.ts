/**
 * The write API over HTTP, as a portal calls it: the key travels in the
 * Authorization header (or X-Api-Key), and failures are data with status 200.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { issueApiKey } from "../../src/modules/access/access.service.js";
import { type QyzmetServer, startServer } from "../../src/server/server.js";
import { databaseTargets, type TestDatabase } from "../support/database.js";
import { openWriteDatabase } from "./support.js";

const SUBMIT = `mutation ($input: SubmitApplicationInput!) {
  submitApplication(input: $input) { __typename ... on ApplicationReceipt { application { number applicant { phone } } } ... on MutationError { message } }
}`;

const input = {
  serviceNumber: 1,
  channel: "AUTHORITY",
  providerId: "authority:akmola:akkol",
  recipientCategory: "c1",
  documents: ["d1"],
  applicant: {
    iin: "900101300126",
    surname: "Нұрланова",
    givenName: "Айгүл",
    postalAddress: "Ақкөл қ., Сейфуллин к-сі, 12",
    phone: "87011234567",
  },
};

describe.each(databaseTargets())("the write API over HTTP on $name", (target) => {
  let db: TestDatabase;
  let server: QyzmetServer;
  let portalKey: string;

  beforeAll(async () => {
    db = await openWriteDatabase(target);
    server = await startServer({
      db: { ...db, close: async () => undefined },
      schema: await buildGraphQLSchema(),
      host: "127.0.0.1",
      port: 0,
      shutdownGraceMs: 1000,
    });
    portalKey = (await issueApiKey(db, { name: "HTTP portal", role: "PORTAL" })).key;
  });

  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  const post = (headers: Record<string, string>) =>
    fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: SUBMIT, variables: { input } }),
    });

  it("submits with the key in an Authorization bearer header, and never lets the answer be cached", async () => {
    const response = await post({ authorization: `Bearer ${portalKey}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control") ?? "no-store").not.toMatch(/public/);
    const body = await response.json();
    expect(body.data.submitApplication).toMatchObject({
      __typename: "ApplicationReceipt",
      application: { applicant: { phone: "+77011234567" } },
    });
  });

  it("accepts the key in X-Api-Key too", async () => {
    const body = await (await post({ "x-api-key": portalKey })).json();
    expect(body.data.submitApplication.__typename).toBe("ApplicationReceipt");
  });

  it("answers a request without a key with Forbidden as data", async () => {
    const body = await (await post({})).json();
    expect(body.data.submitApplication).toMatchObject({
      __typename: "Forbidden",
      message: expect.stringContaining("PORTAL"),
    });
  });
});
