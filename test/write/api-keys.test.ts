/**
 * API keys as production issues them (README, "Getting keys"): the first
 * ADMIN key from `access.cli.ts` (writing to PostgreSQL itself, or asking
 * the server that holds a PGlite folder through its control socket), every
 * later key through `createApiKey`/`revokeApiKey`, which only admins may
 * call; a key works until revoked; the secret is shown once and stored as a
 * hash; and the key readers of HTTP requests and subscriptions.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { apiKeyFromHeaders } from "../../src/modules/access/access.service.js";
import { apiKeyOf } from "../../src/server/server.js";
import {
  ApiKeysDocument,
  type CreateApiKeyInput,
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
} from "../generated/graphql.js";
import { databaseTargets, openEmptyDatabase, postgresUrl, type TestDatabase } from "../support/database.js";
import { runAccessCli } from "../support/process.js";
import { type Api, DEPARTMENT, member, startApi, useWriteApi } from "./support.js";

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

/**
 * Where the CLI finds the database: a PGlite folder that the running server
 * holds (the CLI asks it over the control socket), or a PostgreSQL schema
 * (the CLI writes to it itself).
 */
const cliTargets = [
  {
    name: "a PGlite folder held by the server",
    issuedBy: `the server running as process ${process.pid}`,
    async open() {
      const folder = mkdtempSync(join(tmpdir(), "qyzmet-keys-"));
      const db = await createDatabase({ kind: "pglite", dataDir: folder });
      await migrate(db);
      return {
        db,
        env: { PGLITE_DIR: folder },
        dispose: async () => {
          await db.close();
          rmSync(folder, { recursive: true, force: true });
        },
      };
    },
  },
  ...databaseTargets()
    .filter((target) => target.name === "postgres")
    .map((target) => ({
      name: "a PostgreSQL schema",
      issuedBy: "PostgreSQL",
      async open() {
        const db: TestDatabase = await openEmptyDatabase(target);
        await migrate(db);
        const [row] = await db.query<{ schema: string }>("SELECT current_schema() AS schema");
        const url = new URL(postgresUrl);
        url.searchParams.set("schema", row!.schema);
        return { db, env: { DATABASE_URL: url.toString() }, dispose: () => db.dispose() };
      },
    })),
];

describe.each(cliTargets)("the first ADMIN key, from access.cli.ts, in $name", (where) => {
  let opened: { db: Database; env: Record<string, string>; dispose(): Promise<void> };
  let api: Api;

  beforeAll(async () => {
    opened = await where.open();
    api = await startApi(opened.db);
  });

  afterAll(async () => {
    await api?.stop();
    await opened?.dispose();
  });

  it("prints a key once, which then issues the portals' keys through the API", async () => {
    const issued = await runAccessCli(["ADMIN", "Ops team"], opened.env);
    expect(issued.code, issued.stderr).toBe(0);
    expect(issued.stdout).toContain(`for ${where.issuedBy}`);
    expect(issued.stdout).toContain("Store it now: it is not shown again.");
    const admin = issued.key!;
    expect((await api.run(ApiKeysDocument, {}, admin)).apiKeys).toEqual([
      { id: expect.any(String), role: "ADMIN", name: "Ops team" },
    ]);
    const portal = await api.run(CreateApiKeyDocument, { input: { role: "PORTAL", name: "eGov portal" } }, admin);
    expect(portal.createApiKey).toMatchObject({ __typename: "IssuedApiKey", apiKey: { role: "PORTAL" } });
    const [row] = await opened.db.query<{ secret_hash: string; created_by: string }>(
      "SELECT secret_hash, created_by FROM api_key WHERE name = 'Ops team'",
    );
    expect(row?.created_by).toBe("cli");
    expect(admin).not.toContain(row?.secret_hash);
  });

  it("refuses an officer key without a provider, or for a provider the database does not hold", async () => {
    const usage = await runAccessCli(["OFFICER", "Ақкөл бөлімі"], opened.env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("usage: access.cli.ts");
    const unknown = await runAccessCli(["OFFICER", "Ақкөл бөлімі", "authority:nowhere"], opened.env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no provider authority:nowhere");
    expect(unknown.key).toBeUndefined();
  });
});
