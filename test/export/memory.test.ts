/**
 * The largest export (the act's text, 84,765 rows, about 9 MB of CSV)
 * streamed by the real server to a slow client: the server reads a batch
 * only when the socket has taken the last one (it stops reading while the
 * client does), and its heap stays flat — far below the file's size —
 * however much has been sent.
 */
import { get as httpGet, type IncomingMessage } from "node:http";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { type QyzmetServer, startServer } from "../../src/server/server.js";
import { databaseTargets, openSeededDatabase, type TestDatabase } from "../support/database.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("streaming the largest export", () => {
  const [target] = databaseTargets();
  let db: TestDatabase;
  let server: QyzmetServer;
  let linesRead = 0;
  beforeAll(async () => {
    db = await openSeededDatabase(target!);
    // Counts the act's lines the server has read from the database so far.
    const counting = {
      ...db,
      close: async () => undefined,
      async query<Row>(sql: string, params?: unknown[]) {
        const rows = await db.query<Row>(sql, params);
        if (sql.includes("FROM source_line")) linesRead += rows.length;
        return rows;
      },
    };
    server = await startServer({
      db: counting,
      schema: await buildGraphQLSchema(),
      host: "127.0.0.1",
      port: 0,
      shutdownGraceMs: 1000,
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it("reads the database only as fast as the client takes the file, with bounded memory", async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      httpGet(`http://127.0.0.1:${server.port}/export/source_lines.csv`, resolve).on("error", reject),
    );
    expect(response.statusCode).toBe(200);
    response.pause();
    const baseline = heap();
    await sleep(1500);
    // Paused: the server has filled the socket's buffers and waits.
    const readWhilePaused = linesRead;
    await sleep(500);
    expect(linesRead).toBe(readWhilePaused);
    expect(readWhilePaused).toBeLessThan(80_000);

    let bytes = 0;
    let peak = 0;
    let nextSample = 0;
    for await (const chunk of response) {
      bytes += (chunk as Buffer).length;
      if (bytes >= nextSample) {
        peak = Math.max(peak, heap() - baseline);
        nextSample += MB;
        await sleep(20);
      }
    }
    expect(linesRead).toBe(84_765);
    console.log(
      `streamed ${(bytes / MB).toFixed(1)} MB (84,765 rows); read while the client paused: ${readWhilePaused} rows; ` +
        `heap growth over the stream (after GC, sampled every MB): at most ${(peak / MB).toFixed(1)} MB`,
    );
    expect(bytes).toBeGreaterThan(8 * MB);
    expect(peak).toBeLessThan(bytes / 4);
  });
});
