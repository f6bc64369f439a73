/** `npm run db:migrate | db:seed | db:reset` as a user runs them, on a PGlite directory and on PostgreSQL. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { listMigrations } from "../../prisma/migrations.js";
import { postgresUrl } from "../support/database.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const total = listMigrations().length;

function cli(command: string, databaseUrl: string, ...flags: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/db/cli.ts", command, ...flags], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const pgliteDir = mkdtempSync(join(tmpdir(), "qyzmet-cli-"));
const pgSchema = `qyzmet_cli_${process.pid}`;
const targets = [{ name: "pglite", url: `pglite:${pgliteDir}` }];
if (postgresUrl)
  targets.push({ name: "postgres", url: `${postgresUrl}${postgresUrl.includes("?") ? "&" : "?"}schema=${pgSchema}` });

afterAll(async () => {
  rmSync(pgliteDir, { recursive: true, force: true });
  if (postgresUrl) {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`);
    await client.end();
  }
});

describe.each(targets)("the database commands on $name", ({ url }) => {
  it("migrate applies every migration once, then reports nothing to do", () => {
    const first = cli("migrate", url);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`applied ${total} of ${total} migrations`);
    expect(cli("migrate", url).stdout).toContain(`all ${total} migrations already applied`);
  });

  it("seed loads the directory, then finds nothing changed; --force compares every row and changes none", () => {
    const first = cli("seed", url);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^provider\s+\+\d+ ~0 -0$/m);
    expect(cli("seed", url).stdout).toContain("seed data unchanged since the last load");
    const forced = cli("seed", url, "--force");
    expect(forced.stdout).toMatch(/^listing\s+\+0 ~0 -0$/m);
    expect(forced.stdout).not.toMatch(/\+[1-9]|~[1-9]|-[1-9]/);
  });

  it("reset drops everything, migrates and loads again", () => {
    const reset = cli("reset", url);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain("dropped every table");
    expect(reset.stdout).toContain(`applied ${total} of ${total} migrations`);
    expect(reset.stdout).toMatch(/^provider\s+\+\d+ ~0 -0$/m);
  });
});

describe("the database commands with a bad DATABASE_URL", () => {
  it("print one line and exit 1", () => {
    const run = cli("migrate", "postgres://nobody@127.0.0.1:1/none");
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "qyzmet: cannot reach PostgreSQL at postgres://nobody@127.0.0.1:1/none: connection refused (is the server running?)",
    );
  });
});
