/**
 * The embedded database's thread yields the CPU to the thread that answers
 * HTTP (src/db/pglite-host.mjs): under `npm start`, exactly one thread of the
 * server runs at a higher nice value (a lower priority), and the main thread
 * keeps the process's.
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, startNpmStart } from "../support/process.js";

/** A thread's nice value: field 19 of /proc/<pid>/task/<tid>/stat (after the parenthesised name). */
function niceOf(pid: number, tid: string): number {
  const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
}

describe.runIf(process.platform === "linux")("the embedded database's thread under npm start", () => {
  let server: RunningServer | null = null;
  afterAll(async () => {
    await server?.stop();
  });

  it("runs at a lower priority than the main thread, alone of the server's threads", async () => {
    server = await startNpmStart({ LOG_FORMAT: "json" });
    const pid = Number(/"pid":(\d+)/.exec(server.stderr())![1]);
    const threads = readdirSync(`/proc/${pid}/task`).map((tid) => ({ tid, nice: niceOf(pid, tid) }));
    // Relative to the process's own (a test run under `nice` starts the server niced already).
    const main = threads.find((thread) => thread.tid === String(pid))!.nice;
    const lowered = threads.filter((thread) => thread.nice !== main);
    expect(lowered).toHaveLength(1);
    expect(lowered[0]!.nice).toBeGreaterThan(main);
  });
});
