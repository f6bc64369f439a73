import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseDatabaseUrl, redact } from "../../src/config/config.js";

describe("configuration", () => {
  it("defaults to the embedded PGlite under .data/pglite on localhost:4000", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe("localhost");
    expect(config.database.kind).toBe("pglite");
    expect(config.database.kind === "pglite" && config.database.dataDir).toMatch(/[/\\]\.data[/\\]pglite$/);
    expect(config.seedOnStart).toBe(true);
  });

  it("switches to PostgreSQL when DATABASE_URL is a postgres URL, keeping Prisma's ?schema= apart", () => {
    expect(parseDatabaseUrl("postgres://postgres@127.0.0.1:5432/test")).toEqual({
      kind: "postgres",
      url: "postgres://postgres@127.0.0.1:5432/test",
      poolSize: 10,
      schema: null,
    });
    const withSchema = parseDatabaseUrl("postgresql://u:p@db:5432/qyzmet?schema=directory");
    expect(withSchema).toMatchObject({ kind: "postgres", url: "postgresql://u:p@db:5432/qyzmet", schema: "directory" });
  });

  it("reads PORT and HOST and rejects ports that are not numbers in range", () => {
    expect(loadConfig({ PORT: "8080", HOST: "0.0.0.0" })).toMatchObject({ port: 8080, host: "0.0.0.0" });
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(new ConfigError('PORT must be a whole number between 0 and 65535, got "eighty"'));
    expect(() => loadConfig({ PORT: "70000" })).toThrow("PORT must be between 0 and 65535, got 70000");
  });

  it.each([
    ["not a url", "DATABASE_URL is not a valid URL"],
    ["mysql://root@localhost/test", "DATABASE_URL must start with postgres:// or postgresql://"],
    ["postgres://postgres@127.0.0.1:5432", "names no database"],
    ["postgres://postgres@127.0.0.1/test?schema=bad-name", "must be a plain identifier"],
  ])("explains what is wrong with DATABASE_URL %j in one line", (url, message) => {
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(message);
  });

  it("never shows a password from DATABASE_URL in messages", () => {
    expect(redact("postgres://user:secret@host:5432/db")).toBe("postgres://user:****@host:5432/db");
    expect(() => loadConfig({ DATABASE_URL: "postgres://user:secret@host:5432" })).toThrow(/user:\*\*\*\*@host/);
  });

  it("shares state through Redis only when REDIS_URL is set, under REDIS_KEY_PREFIX", () => {
    expect(loadConfig({}).redis).toBeNull();
    expect(loadConfig({ REDIS_URL: " " }).redis).toBeNull();
    expect(loadConfig({ REDIS_URL: "redis://127.0.0.1:6379/2" }).redis).toEqual({ url: "redis://127.0.0.1:6379/2", keyPrefix: "qyzmet:" });
    expect(loadConfig({ REDIS_URL: "rediss://cache:6380", REDIS_KEY_PREFIX: "portal-a:" }).redis).toEqual({ url: "rediss://cache:6380", keyPrefix: "portal-a:" });
  });

  it.each([
    [{ REDIS_URL: "http://cache:6379" }, "REDIS_URL must start with redis:// or rediss://"],
    [{ REDIS_URL: "not a url" }, "REDIS_URL is not a valid URL"],
    [{ REDIS_URL: "redis://127.0.0.1:6379/cache" }, "REDIS_URL's path must be a database number"],
    [{ REDIS_URL: "redis://127.0.0.1", REDIS_KEY_PREFIX: "has space" }, "REDIS_KEY_PREFIX must be 1-64 letters"],
    [{ REDIS_URL: "redis://127.0.0.1", REDIS_KEY_PREFIX: "" }, "REDIS_KEY_PREFIX must be 1-64 letters"],
  ])("explains what is wrong with the Redis settings %j in one line", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("reads standbys from DATABASE_REPLICA_URLS, in the primary's schema, and refuses them without a PostgreSQL primary", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u@primary:5432/qyzmet?schema=directory", DATABASE_REPLICA_URLS: " postgres://u@standby-1/qyzmet, postgres://u@standby-2/qyzmet ," });
    expect(config.replicas).toEqual([
      { kind: "postgres", url: "postgres://u@standby-1/qyzmet", poolSize: 10, schema: "directory" },
      { kind: "postgres", url: "postgres://u@standby-2/qyzmet", poolSize: 10, schema: "directory" },
    ]);
    expect(loadConfig({}).replicas).toEqual([]);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: "postgres://u@standby/qyzmet" })).toThrow("DATABASE_REPLICA_URLS needs DATABASE_URL to be a PostgreSQL server");
    const primary = { DATABASE_URL: "postgres://u@primary/qyzmet" };
    expect(() => loadConfig({ ...primary, DATABASE_REPLICA_URLS: "postgres://u@standby/qyzmet?schema=other" })).toThrow("entry 1 sets ?schema=");
    expect(() => loadConfig({ ...primary, DATABASE_REPLICA_URLS: "postgres://u@a/qyzmet,mysql://u@b/qyzmet" })).toThrow(
      new ConfigError('DATABASE_REPLICA_URLS entry 2: must start with postgres:// or postgresql://, got "mysql://"'),
    );
  });

  it("never shows a Redis password, also one without a user name", () => {
    expect(redact("redis://:s3cret@cache:6379")).toBe("redis://:****@cache:6379");
  });

  it("offers an in-memory PGlite and a PGlite directory by URL", () => {
    expect(parseDatabaseUrl("memory:")).toEqual({ kind: "pglite", dataDir: null });
    expect(parseDatabaseUrl("pglite:./tmp/db")).toMatchObject({ kind: "pglite" });
  });

  it("serves introspection unless GRAPHQL_INTROSPECTION turns it off", () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: "false" }).introspection).toBe(false);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: "maybe" })).toThrow(new ConfigError('GRAPHQL_INTROSPECTION must be true or false, got "maybe"'));
  });

  it("rejects unknown log levels and non-boolean switches", () => {
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow("LOG_LEVEL must be one of");
    expect(() => loadConfig({ SEED_ON_START: "maybe" })).toThrow("SEED_ON_START must be true or false");
    expect(loadConfig({ SEED_ON_START: "false" }).seedOnStart).toBe(false);
  });
});
