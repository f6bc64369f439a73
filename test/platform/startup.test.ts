/**
 * `npm start` as a user meets it: a real process, real signals, and the one
 * line it prints when the configuration cannot work.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

interface Run {
  code: number | null;
  stderr: string;
}

function start(env: Record<string, string>, untilLine?: RegExp, then?: (pid: number) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    // What `npm start` runs, without npm in between (npm would add its own signal handling).
    const child = spawn(process.execPath, ["--import", "tsx/esm", "src/main.ts"], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", SEED_ON_START: "false", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let fired = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (untilLine && !fired && untilLine.test(stderr)) {
        fired = true;
        then?.(child.pid!);
      }
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const lines = (text: string) => text.trim().split("\n").filter(Boolean);

describe("starting Qyzmet with a configuration that cannot work", () => {
  it("prints one line naming the malformed DATABASE_URL and exits 1", async () => {
    const run = await start({ DATABASE_URL: "mysql://root@localhost/test" });
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      'qyzmet: DATABASE_URL must start with postgres:// or postgresql://, got "mysql://"',
    ]);
  });

  it("prints one line when the PostgreSQL server cannot be reached", async () => {
    const run = await start({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/test" });
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      "qyzmet: cannot reach PostgreSQL at postgres://postgres@127.0.0.1:1/test: connection refused (is the server running?)",
    ]);
  });

  it("prints one line when the port is already in use", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = await start({ DATABASE_URL: "memory:", HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "error" });
      expect(run.code).toBe(1);
      expect(lines(run.stderr)).toEqual([
        `qyzmet: port ${port} on 127.0.0.1 is already in use (set PORT to another port)`,
      ]);
    } finally {
      blocker.close();
    }
  });
});

describe("stopping Qyzmet", () => {
  it("drains and exits 0 on SIGTERM", async () => {
    // NODE_ENV=production as `npm start` sets it: Apollo would then install signal handlers of its own unless told not to.
    const run = await start(
      { DATABASE_URL: "memory:", HOST: "127.0.0.1", PORT: "0", NODE_ENV: "production" },
      /Qyzmet serves/,
      (pid) => process.kill(pid, "SIGTERM"),
    );
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 0,
      stderr: expect.stringContaining("SIGTERM: draining requests and closing the database"),
    });
    expect(run.stderr.split("SIGTERM: draining").length - 1).toBe(1);
    expect(run.code).toBe(0);
  });
});
