/**
 * API keys through the API: only admins issue, list and revoke them; a key
 * works until revoked; the secret is shown once and stored as a hash.
 */
import { describe, expect, it } from "vitest";
import { apiKeyFromHeaders } from "../../src/modules/access/access.service.js";
import { apiKeyOf } from "../../src/server/server.js";
import {
  ApiKeysDocument,
  type CreateApiKeyInput,
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
} from "../generated/graphql.js";
import { databaseTargets } from "../support/database.js";
import { DEPARTMENT, member, useWriteApi } from "./support.js";

describe.each(databaseTargets())("API keys on $name", (target) => {
  const api = useWriteApi(target);
  const create = async (input: CreateApiKeyInput, key: string | null = api.admin) =>
    (await api.run(CreateApiKeyDocument, { input }, key)).createApiKey;
  const revoke = async (id: string) => (await api.run(RevokeApiKeyDocument, { id }, api.admin)).revokeApiKey;

  it("lets an admin issue an officer key bound to a provider, shown once and stored only as a hash", async () => {
    const createApiKey = await create({ name: "Ақкөл бөлімінің маманы", role: "OFFICER", providerId: DEPARTMENT });
    expect(createApiKey).toMatchObject({
      __typename: "IssuedApiKey",
      apiKey: { role: "OFFICER", providerId: DEPARTMENT, revokedAt: null },
    });
    const issued = member(createApiKey, "IssuedApiKey");
    expect(issued.key).toMatch(/^qz_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const [row] = await api.db.query<{ secret_hash: string }>("SELECT secret_hash FROM api_key WHERE id = $1", [
      issued.apiKey.id,
    ]);
    expect(issued.key).not.toContain(row?.secret_hash);
    expect((await api.run(ApiKeysDocument, {}, api.admin)).apiKeys.map((key) => key.id)).toContain(issued.apiKey.id);
  });

  it("binds officer keys, and only officer keys, to an existing provider", async () => {
    expect(await create({ name: "Officer", role: "OFFICER" })).toMatchObject({
      __typename: "ValidationFailed",
      fields: [{ field: "providerId" }],
    });
    expect(await create({ name: "Portal", role: "PORTAL", providerId: DEPARTMENT })).toMatchObject({
      __typename: "ValidationFailed",
    });
    expect(await create({ name: "Officer", role: "OFFICER", providerId: "authority:nowhere" })).toMatchObject({
      __typename: "NotFound",
      entity: "Provider",
    });
  });

  it("refuses key management to portals, officers and anonymous callers", async () => {
    expect(await create({ name: "Mine", role: "ADMIN" }, api.portal)).toMatchObject({ __typename: "Forbidden" });
    expect(await create({ name: "Mine", role: "ADMIN" }, api.officer)).toMatchObject({ __typename: "Forbidden" });
    expect(await create({ name: "Mine", role: "ADMIN" }, null)).toMatchObject({ __typename: "Forbidden" });
    expect((await api.raw(ApiKeysDocument, {}, api.portal)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await api.raw(ApiKeysDocument, {}, "qz_bad")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("revokes a key at once; a second revocation is a Conflict", async () => {
    const issued = member(await create({ name: "Short-lived portal", role: "PORTAL" }), "IssuedApiKey");
    expect(await revoke(issued.apiKey.id)).toMatchObject({ __typename: "ApiKey", revokedAt: expect.anything() });
    expect((await api.raw(ApiKeysDocument, {}, issued.key)).errors?.[0]).toMatchObject({
      message: "the API key was revoked",
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect(await revoke(issued.apiKey.id)).toMatchObject({ __typename: "Conflict" });
    expect(await revoke("nope")).toMatchObject({ __typename: "NotFound" });
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
