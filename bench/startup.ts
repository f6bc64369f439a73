/**
 * Start-up time of `npm start`: a first start that creates the embedded
 * database, migrates and loads the directory, then starts on the same data
 * (which must skip the load). Times are to the "Qyzmet serves" log line.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface StartupRow {
  scenario: string;
  database: string;
  milliseconds: number;
}

function timeStart(env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx/esm", "src/main.ts"], {
      cwd: root,
      env: { ...process.env, HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let elapsed = 0;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!elapsed && stderr.includes("Qyzmet serves")) {
        elapsed = performance.now() - started;
        child.kill("SIGTERM");
      }
    });
    child.on("exit", (code) => (elapsed ? resolve(elapsed) : reject(new Error(`start failed (${code}):\n${stderr}`))));
  });
}

export async function benchStartup(options: { databaseUrl?: string; runs?: number } = {}): Promise<StartupRow[]> {
  const runs = options.runs ?? 3;
  const rows: StartupRow[] = [];
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

  const dir = mkdtempSync(join(tmpdir(), "qyzmet-bench-"));
  try {
    const env = { PGLITE_DIR: dir, DATABASE_URL: "" };
    rows.push({
      scenario: "first start (create, migrate, load)",
      database: "pglite",
      milliseconds: await timeStart(env),
    });
    const again: number[] = [];
    for (let i = 0; i < runs; i++) again.push(await timeStart(env));
    rows.push({
      scenario: `start on loaded data (median of ${runs})`,
      database: "pglite",
      milliseconds: median(again),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (options.databaseUrl) {
    const schema = `qyzmet_bench_${process.pid}`;
    const url = `${options.databaseUrl}${options.databaseUrl.includes("?") ? "&" : "?"}schema=${schema}`;
    rows.push({
      scenario: "first start (migrate, load)",
      database: "postgres",
      milliseconds: await timeStart({ DATABASE_URL: url }),
    });
    const again: number[] = [];
    for (let i = 0; i < runs; i++) again.push(await timeStart({ DATABASE_URL: url }));
    rows.push({
      scenario: `start on loaded data (median of ${runs})`,
      database: "postgres",
      milliseconds: median(again),
    });
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: options.databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
  return rows;
}
