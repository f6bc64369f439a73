/**
 * One writer per embedded database folder, as users meet it: `npm start` on
 * a folder, then the README's own route to the first admin key while it
 * runs, a second server and a `db:seed` on the same folder, a restart and a
 * SIGKILL. No key or row may be lost, and nothing may write behind the
 * server's back.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { LOCK_FILE } from "../../src/db/lock.js";
import { type RunningServer, startNpmStart } from "../support/process.js";

const folder = mkdtempSync(join(tmpdir(), "qyzmet-folder-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const env = (more: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  PGLITE_DIR: folder,
  ...more,
});

function run(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], {
    cwd: PROJECT_ROOT,
    env: env(),
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const issueKey = (role: string, name: string) => run(["src/modules/access/access.cli.ts", role, name]);
const keyOf = (stdout: string) => /^(qz_\S+)$/m.exec(stdout)?.[1];

async function post(server: RunningServer, query: string, key: string | null) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

const ISSUE_PORTAL = `mutation { createApiKey(input: { role: PORTAL, name: "eGov portal" }) { __typename ... on IssuedApiKey { key } } }`;
/** What the server says of a key: listing applications is FORBIDDEN to a valid ADMIN key, UNAUTHENTICATED to an unknown one. */
async function verdict(server: RunningServer, key: string): Promise<string> {
  const answer = await post(server, "{ applications(first: 1) { nodes { number } } }", key);
  return answer.errors?.[0]?.extensions?.code ?? "OK";
}

describe("an embedded database folder", () => {
  let adminKey = "";
  let portalKey = "";

  it("lets the admin CLI issue a key while npm start holds the folder, through the server", async () => {
    const server = await startNpmStart({ PGLITE_DIR: folder });
    try {
      const lock = JSON.parse(readFileSync(join(folder, LOCK_FILE), "utf8")) as { pid: number; controlSocket?: string };
      expect(lock.controlSocket).toBeTruthy();
      const issued = issueKey("ADMIN", "Ops team");
      expect(issued.code, issued.stderr).toBe(0);
      expect(issued.stdout).toContain(`for the server running as process ${lock.pid}`);
      adminKey = keyOf(issued.stdout)!;
      expect(adminKey).toMatch(/^qz_/);
      // The server knows the key at once: it issued it.
      const portal = await post(server, ISSUE_PORTAL, adminKey);
      expect(portal.data?.createApiKey.__typename).toBe("IssuedApiKey");
      portalKey = portal.data.createApiKey.key;
      expect(await verdict(server, portalKey)).toBe("OK");
      expect(await verdict(server, adminKey)).toBe("FORBIDDEN");
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 240_000);

  it("refuses a second server and a db:seed on the folder with one line naming the holder", async () => {
    const server = await startNpmStart({ PGLITE_DIR: folder });
    try {
      const { pid } = JSON.parse(readFileSync(join(folder, LOCK_FILE), "utf8")) as { pid: number };
      const line = `qyzmet: the database at ${folder} is in use by process ${pid}; stop it first or use the running server`;
      const second = run(["src/main.ts"]);
      expect({ code: second.code, stderr: second.stderr.trim() }).toEqual({ code: 1, stderr: line });
      const seed = run(["src/db/cli.ts", "seed", "--force"]);
      expect({ code: seed.code, stderr: seed.stderr.trim() }).toEqual({ code: 1, stderr: line });
      // The running server was not disturbed.
      expect(await verdict(server, portalKey)).toBe("OK");
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 240_000);

  it("keeps every key across a restart, and after a SIGKILL takes the dead process's lock over", async () => {
    const first = await startNpmStart({ PGLITE_DIR: folder });
    expect(await verdict(first, adminKey)).toBe("FORBIDDEN");
    expect(await verdict(first, portalKey)).toBe("OK");
    const { pid } = JSON.parse(readFileSync(join(folder, LOCK_FILE), "utf8")) as { pid: number };
    process.kill(pid, "SIGKILL");
    await first.stop();
    // The lock file names a process that is gone.
    expect(JSON.parse(readFileSync(join(folder, LOCK_FILE), "utf8")).pid).toBe(pid);
    const second = await startNpmStart({ PGLITE_DIR: folder });
    try {
      expect(await verdict(second, adminKey)).toBe("FORBIDDEN");
      expect(await verdict(second, portalKey)).toBe("OK");
      expect(await verdict(second, "qz_not_a_key")).toBe("UNAUTHENTICATED");
    } finally {
      expect(await second.stop()).toBe(0);
    }
    // With no server, the CLI opens the folder itself, and the key is there at the next start.
    const offline = issueKey("PORTAL", "Offline portal");
    expect(offline.code, offline.stderr).toBe(0);
    const third = await startNpmStart({ PGLITE_DIR: folder });
    try {
      expect(await verdict(third, keyOf(offline.stdout)!)).toBe("OK");
    } finally {
      await third.stop();
    }
  }, 300_000);
});
