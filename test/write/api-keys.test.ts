/**
 * API keys through the API: only admins issue, list and revoke them; a key
 * works until revoked; the secret is shown once and stored as a hash.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type TestDatabase } from "../support/database.js";
import { apiKeyFromHeaders } from "../../src/modules/access/access.service.js";
import { apiKeyOf } from "../../src/server/server.js";
import { type Api, openWriteDatabase, startApi } from "./support.js";

const CREATE = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on IssuedApiKey { key apiKey { id name role providerId revokedAt } }
    ... on MutationError { message }
    ... on ValidationFailed { fields { field message } }
    ... on NotFound { entity }
  }
}`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { __typename ... on ApiKey { id revokedAt } ... on MutationError { message } } }`;
const KEYS = `{ apiKeys { id role name } }`;

describe.each(databaseTargets())("API keys on $name", (target) => {
  let db: TestDatabase;
  let api: Api;
  let admin: string;

  beforeAll(async () => {
    db = await openWriteDatabase(target);
    api = await startApi(db);
    admin = await api.key("ADMIN", "Root administrator");
  });

  afterAll(async () => {
    await api?.stop();
    await db?.dispose();
  });

  it("lets an admin issue an officer key bound to a provider, shown once and stored only as a hash", async () => {
    const { createApiKey } = await api.run(
      CREATE,
      { input: { name: "Ақкөл бөлімінің маманы", role: "OFFICER", providerId: "authority:akmola:akkol" } },
      admin,
    );
    expect(createApiKey).toMatchObject({
      __typename: "IssuedApiKey",
      apiKey: { role: "OFFICER", providerId: "authority:akmola:akkol", revokedAt: null },
    });
    expect(createApiKey.key).toMatch(/^qz_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const [row] = await db.query<{ secret_hash: string }>("SELECT secret_hash FROM api_key WHERE id = $1", [
      createApiKey.apiKey.id,
    ]);
    expect(createApiKey.key).not.toContain(row?.secret_hash);
    expect((await api.run(KEYS, {}, admin)).apiKeys.map((key: { id: string }) => key.id)).toContain(
      createApiKey.apiKey.id,
    );
  });

  it("binds officer keys, and only officer keys, to an existing provider", async () => {
    expect((await api.run(CREATE, { input: { name: "Officer", role: "OFFICER" } }, admin)).createApiKey).toMatchObject({
      __typename: "ValidationFailed",
      fields: [{ field: "providerId" }],
    });
    expect(
      (
        await api.run(
          CREATE,
          { input: { name: "Portal", role: "PORTAL", providerId: "authority:akmola:akkol" } },
          admin,
        )
      ).createApiKey,
    ).toMatchObject({ __typename: "ValidationFailed" });
    expect(
      (await api.run(CREATE, { input: { name: "Officer", role: "OFFICER", providerId: "authority:nowhere" } }, admin))
        .createApiKey,
    ).toMatchObject({ __typename: "NotFound", entity: "Provider" });
  });

  it("refuses key management to portals, officers and anonymous callers", async () => {
    const portal = await api.key("PORTAL", "Portal");
    expect((await api.run(CREATE, { input: { name: "Mine", role: "ADMIN" } }, portal)).createApiKey).toMatchObject({
      __typename: "Forbidden",
    });
    expect((await api.run(CREATE, { input: { name: "Mine", role: "ADMIN" } }, null)).createApiKey).toMatchObject({
      __typename: "Forbidden",
    });
    expect((await api.raw(KEYS, {}, portal)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await api.raw(KEYS, {}, "qz_bad")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("revokes a key at once; a second revocation is a Conflict", async () => {
    const { createApiKey } = await api.run(CREATE, { input: { name: "Short-lived portal", role: "PORTAL" } }, admin);
    expect((await api.run(REVOKE, { id: createApiKey.apiKey.id }, admin)).revokeApiKey).toMatchObject({
      __typename: "ApiKey",
      revokedAt: expect.anything(),
    });
    expect((await api.raw(KEYS, {}, createApiKey.key)).errors?.[0]).toMatchObject({
      message: "the API key was revoked",
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect((await api.run(REVOKE, { id: createApiKey.apiKey.id }, admin)).revokeApiKey).toMatchObject({
      __typename: "Conflict",
    });
    expect((await api.run(REVOKE, { id: "nope" }, admin)).revokeApiKey).toMatchObject({ __typename: "NotFound" });
  });

  // What production calls: apiKeyOf for HTTP requests (src/server/server.ts), apiKeyFromHeaders for graphql-ws
  // connection parameters (src/server/push.ts). Both must read a key the same way.
  it.each([
    ["HTTP requests", apiKeyOf],
    ["subscriptions", apiKeyFromHeaders],
  ] as const)("reads the key of %s from an Authorization bearer header or X-Api-Key", (_, read) => {
    expect(read({ authorization: "Bearer qz_abc" })).toBe("qz_abc");
    expect(read({ "x-api-key": " qz_def " })).toBe("qz_def");
    expect(read({})).toBeNull();
  });
});
