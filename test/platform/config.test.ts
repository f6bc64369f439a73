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
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(
      new ConfigError('PORT must be a whole number between 0 and 65535, got "eighty"'),
    );
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
    expect(loadConfig({ REDIS_URL: "redis://127.0.0.1:6379/2" }).redis).toEqual({
      url: "redis://127.0.0.1:6379/2",
      keyPrefix: "qyzmet:",
    });
    expect(loadConfig({ REDIS_URL: "rediss://cache:6380", REDIS_KEY_PREFIX: "portal-a:" }).redis).toEqual({
      url: "rediss://cache:6380",
      keyPrefix: "portal-a:",
    });
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
    const config = loadConfig({
      DATABASE_URL: "postgres://u@primary:5432/qyzmet?schema=directory",
      DATABASE_REPLICA_URLS: " postgres://u@standby-1/qyzmet, postgres://u@standby-2/qyzmet ,",
    });
    expect(config.replicas).toEqual([
      { kind: "postgres", url: "postgres://u@standby-1/qyzmet", poolSize: 10, schema: "directory" },
      { kind: "postgres", url: "postgres://u@standby-2/qyzmet", poolSize: 10, schema: "directory" },
    ]);
    expect(loadConfig({}).replicas).toEqual([]);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: "postgres://u@standby/qyzmet" })).toThrow(
      "DATABASE_REPLICA_URLS needs DATABASE_URL to be a PostgreSQL server",
    );
    const primary = { DATABASE_URL: "postgres://u@primary/qyzmet" };
    expect(() => loadConfig({ ...primary, DATABASE_REPLICA_URLS: "postgres://u@standby/qyzmet?schema=other" })).toThrow(
      "entry 1 sets ?schema=",
    );
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
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: "maybe" })).toThrow(
      new ConfigError('GRAPHQL_INTROSPECTION must be true or false, got "maybe"'),
    );
  });

  it("rejects unknown log levels and non-boolean switches", () => {
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow("LOG_LEVEL must be one of");
    expect(() => loadConfig({ SEED_ON_START: "maybe" })).toThrow("SEED_ON_START must be true or false");
    expect(loadConfig({ SEED_ON_START: "false" }).seedOnStart).toBe(false);
  });
});

describe("observability settings", () => {
  it("leaves metrics and traces off unless asked, and logs in the format the terminal suits", () => {
    expect(loadConfig({})).toMatchObject({ metrics: null, tracing: null, logFormat: "auto" });
    expect(() => loadConfig({ LOG_FORMAT: "xml" })).toThrow(
      new ConfigError('LOG_FORMAT must be one of json, pretty, auto, got "xml"'),
    );
  });

  it("serves metrics on loopback by default and refuses a guessable token or a clash with PORT", () => {
    expect(loadConfig({ METRICS_PORT: "9464" }).metrics).toEqual({ port: 9464, host: "127.0.0.1", token: null });
    expect(loadConfig({ METRICS_TOKEN: "0123456789abcdef" }).metrics).toEqual({
      port: null,
      host: "127.0.0.1",
      token: "0123456789abcdef",
    });
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).toThrow(
      "METRICS_TOKEN must be at least 16 printable characters without spaces",
    );
    expect(() => loadConfig({ METRICS_PORT: "4000" })).toThrow("METRICS_PORT must differ from PORT (both are 4000)");
    expect(() => loadConfig({ METRICS_HOST: "0.0.0.0" })).toThrow("METRICS_HOST needs METRICS_PORT");
  });

  it("reads the standard OpenTelemetry variables and refuses protocols it does not send", () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" }).tracing).toEqual({
      url: "http://collector:4318/v1/traces",
      serviceName: "qyzmet",
      sampler: { kind: "parentbased_always_on", ratio: 1 },
      batch: { scheduledDelayMillis: 5000, maxQueueSize: 2048, maxExportBatchSize: 512, exportTimeoutMillis: 30000 },
    });
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://c:4318/custom", OTEL_SERVICE_NAME: "qz" }).tracing,
    ).toMatchObject({ url: "http://c:4318/custom", serviceName: "qz" });
    // The SDK reads neither the sampler's nor the batch's variables any more: Qyzmet does.
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318" };
    expect(
      loadConfig({
        ...endpoint,
        OTEL_TRACES_SAMPLER: "parentbased_traceidratio",
        OTEL_TRACES_SAMPLER_ARG: "0.1",
        OTEL_BSP_SCHEDULE_DELAY: "200",
      }).tracing,
    ).toMatchObject({
      sampler: { kind: "parentbased_traceidratio", ratio: 0.1 },
      batch: { scheduledDelayMillis: 200 },
    });
    expect(() => loadConfig({ ...endpoint, OTEL_TRACES_SAMPLER: "sometimes" })).toThrow(
      "OTEL_TRACES_SAMPLER must be one of always_on, always_off, traceidratio",
    );
    expect(() => loadConfig({ ...endpoint, OTEL_TRACES_SAMPLER_ARG: "1.5" })).toThrow(
      'OTEL_TRACES_SAMPLER_ARG must be a number from 0 to 1, got "1.5"',
    );
    expect(() => loadConfig({ ...endpoint, OTEL_BSP_MAX_EXPORT_BATCH_SIZE: "5000" })).toThrow(
      "must not exceed OTEL_BSP_MAX_QUEUE_SIZE",
    );
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_SDK_DISABLED: "true" }).tracing).toBeNull();
    expect(() =>
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4317", OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" }),
    ).toThrow('OTEL_EXPORTER_OTLP_PROTOCOL must be http/json (the only OTLP protocol Qyzmet sends), got "grpc"');
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).toThrow(
      "OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL",
    );
  });
});
