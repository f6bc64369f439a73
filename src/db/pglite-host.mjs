/**
 * The embedded database's own thread. PGlite is PostgreSQL compiled to
 * WebAssembly and runs on the thread that calls it: on the server's event
 * loop, one heavy query held up every other request, `/health` included
 * (200 parallel queries kept a probe waiting 14 s and more). Here it runs in
 * a worker thread and is served over the PostgreSQL wire protocol on a Unix
 * socket (`@electric-sql/pglite-socket`), so the server reaches it exactly as
 * it reaches a PostgreSQL server: `pg` and Prisma's `adapter-pg`.
 *
 * One connection at a time (PGlite is one session): the server's pool holds
 * it, and transactions are as isolated as on one PostgreSQL session.
 *
 * Plain JavaScript: a worker thread starts without the server's TypeScript
 * loader. The messages are typed in database.ts (PGliteHostData, PGliteHostMessage).
 */
import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PGLITE_EXTENSIONS } from "./pglite-extensions.mjs";

async function host({ dataDir, loadDataDir, socketPath }) {
  let db;
  let server;
  try {
    db = await PGlite.create(dataDir ?? undefined, {
      extensions: PGLITE_EXTENSIONS,
      ...(loadDataDir ? { loadDataDir } : {}),
    });
    server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
    await server.start();
  } catch (error) {
    parentPort.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
    return;
  }
  parentPort.on("message", async (message) => {
    if (message.type === "dump") {
      parentPort.postMessage({ type: "dump", data: await db.dumpDataDir("none") });
      return;
    }
    if (message.type === "close") {
      await server.stop();
      if (!db.closed) await db.close();
      parentPort.postMessage({ type: "closed" });
      parentPort.close();
    }
  });
  parentPort.postMessage({ type: "ready" });
}

/**
 * The database thread yields the CPU to the thread that answers HTTP. With
 * both busy on a small machine (200 heavy queries, bench/overload.ts), the
 * kernel shared the cores evenly and a `/health` probe waited for the main
 * thread's share; a higher nice value for this thread alone (Linux's
 * setpriority on a thread id) keeps the probes and the shedding answers
 * prompt while the queries take what is left. Best effort: elsewhere, or
 * without /proc, the thread keeps the process's priority.
 */
/** How much nicer than the process the thread runs. */
const DATABASE_THREAD_NICE = 5;

function yieldToMainThread() {
  try {
    const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(threadId) && threadId !== process.pid)
      setPriority(threadId, Math.min(19, getPriority(threadId) + DATABASE_THREAD_NICE));
  } catch {
    // No /proc (not Linux) or not permitted: the thread runs at the process's priority.
  }
}

if (parentPort) {
  yieldToMainThread();
  await host(workerData);
}
