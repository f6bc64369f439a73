/**
 * PostgreSQL going away under a running server, as an operator meets it: a
 * TCP proxy of the test's own sits between `npm start` and PostgreSQL; the
 * test cuts it (every open connection and every new one) and restores it.
 * While it is cut, every request that needs the database is answered 503
 * with Retry-After and one SERVICE_UNAVAILABLE error, and /ready says so; a
 * public read the response cache already holds is still answered from it
 * (the data cannot change while no one can reach the database); once it is
 * back, the next request succeeds without a restart.
 */
import { createServer, type Server, type Socket, connect } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresUrl } from "../support/database.js";
import { type RunningServer, startNpmStart } from "../support/process.js";

/** Forwards to PostgreSQL until cut; while cut, refuses every connection by closing it at once. */
class CuttableProxy {
  private readonly sockets = new Set<Socket>();
  private cut = false;
  readonly server: Server;

  constructor(private readonly target: { host: string; port: number }) {
    this.server = createServer((client) => {
      if (this.cut) return void client.destroy();
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return (this.server.address() as { port: number }).port;
  }

  sever(): void {
    this.cut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.cut = false;
  }

  close(): Promise<void> {
    this.sever();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const QUERY = JSON.stringify({ query: "{ regions { totalCount } }" });
const schema = `qyzmet_unavailable_${process.pid}`;

describe.skipIf(!postgresUrl)("PostgreSQL unavailable under npm start", () => {
  let proxy: CuttableProxy;
  let server: RunningServer;

  beforeAll(async () => {
    const target = new URL(postgresUrl);
    proxy = new CuttableProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const port = await proxy.listen();
    const viaProxy = new URL(postgresUrl);
    viaProxy.host = `127.0.0.1:${port}`;
    viaProxy.searchParams.set("schema", schema);
    server = await startNpmStart({ DATABASE_URL: viaProxy.toString() });
  }, 180_000);

  afterAll(async () => {
    proxy?.restore();
    await server?.stop();
    await proxy?.close();
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  /** Asks afresh: `no-cache` makes the response cache run the query, as HTTP has it. */
  const ask = (cacheControl = "no-cache") =>
    fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", "cache-control": cacheControl },
      body: QUERY,
    });

  it("answers 503 + Retry-After and SERVICE_UNAVAILABLE while the database is cut off, and /ready says so", async () => {
    expect(await (await ask("")).json()).toEqual({ data: { regions: { totalCount: 16 } } });
    proxy.sever();
    // The same public read, cached before the cut, is still answered from the cache.
    const cached = await ask("");
    expect(cached.status).toBe(200);
    expect(await cached.json()).toEqual({ data: { regions: { totalCount: 16 } } });
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await ask();
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      const body = (await response.json()) as {
        data?: unknown;
        errors: { extensions: { code: string; reason: string } }[];
      };
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: "SERVICE_UNAVAILABLE", reason: "database-unavailable" }),
        }),
      ]);
    }
    const ready = await fetch(new URL("/ready", server.url));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "not-ready", reason: "database-unavailable" });
    // Liveness is about the process, which is fine.
    expect((await fetch(new URL("/health", server.url))).status).toBe(200);
  });

  it("serves the next request once the database is back, without a restart", async () => {
    proxy.restore();
    const response = await ask();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { regions: { totalCount: 16 } } });
    expect((await fetch(new URL("/ready", server.url))).status).toBe(200);
    expect(server.stderr()).toContain("the database is unavailable");
  });
});
