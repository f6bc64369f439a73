/**
 * Qyzmet as users run it: `npm start` in a child process (production mode,
 * as the script sets it), on a free port, with a PGlite folder of its own
 * unless the test names another database. Resolves once the process prints
 * its readiness line; `stop()` sends SIGTERM to the whole process group.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/config/config.js";

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:43123/graphql. */
  url: string;
  /** http://127.0.0.1:43123 */
  origin: string;
  child: ChildProcess;
  /** Everything the process has written to stderr so far. */
  stderr(): string;
  /** SIGTERM to npm, as a supervisor stops it; resolves with npm's exit code once the server has exited (SIGKILL after 20 s: null). */
  stop(): Promise<number | null>;
}

export async function startNpmStart(
  env: Record<string, string> = {},
  cwd: string = PROJECT_ROOT,
): Promise<RunningServer> {
  const dataDir = env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), "qyzmet-start-"));
  const child = spawn("npm", ["start", "--silent"], {
    cwd,
    // detached: its own process group, so stop() reaches node behind npm and sh.
    detached: true,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      HOST: "127.0.0.1",
      PORT: "0",
      ...(dataDir ? { PGLITE_DIR: dataDir } : {}),
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  // npm forwards SIGTERM to the script (which execs node, so no shell swallows it) and exits with its code;
  // the server has exited when the last holder of the stderr pipe closed it.
  const closed = new Promise<void>((resolve) => child.stderr!.on("close", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running behind a failed start.
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
      reject(new Error(`npm start printed no readiness line in 120 s:\n${stderr}`));
    }, 120_000);
    const check = () => {
      const match = /Qyzmet serves (http:\/\/\S+\/graphql)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stderr!.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before it was ready:\n${stderr}`));
    });
  });
  let stopping: Promise<number | null> | undefined;
  return {
    url,
    origin: new URL(url).origin,
    child,
    stderr: () => stderr,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, "SIGTERM");
        const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 20_000).unref());
        const timedOut = (await Promise.race([closed, timeout])) === "timeout";
        if (timedOut) process.kill(-child.pid!, "SIGKILL");
        const code = await exited;
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
        return timedOut ? null : code;
      })();
      return stopping;
    },
  };
}

/**
 * `access.cli.ts` as the README has an operator run it, where the server's
 * database is (`env` names it); `key` is the key it printed. Asynchronous:
 * the server that answers it may run in the test's own process.
 */
export function runAccessCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string; key?: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/modules/access/access.cli.ts", ...args],
      {
        cwd: PROJECT_ROOT,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
        timeout: 120_000,
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : null) : 0,
          stdout,
          stderr,
          key: /^(qz_\S+)$/m.exec(stdout)?.[1],
        }),
    );
  });
}
