/**
 * Overload: 200 heavy directory queries at once against `npm start` (a
 * process of its own, production mode), while a prober (another process)
 * asks `/health` every 50 ms. Reports the prober's latency (p50/p99/max), how many queries were
 * shed (503 + Retry-After) and the latency of those accepted.
 *
 *   npx tsx bench/overload.ts            (npm run bench -- overload)
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Agent, request } from "node:http";
import pg from "pg";
import { PROJECT_ROOT } from "../src/config/config.js";

export interface OverloadRow {
  database: string;
  queries: number;
  accepted: number;
  shed: number;
  failed: number;
  acceptedP50Ms: number;
  acceptedP99Ms: number;
  healthP50Ms: number;
  healthP99Ms: number;
  healthMaxMs: number;
  /** Probes that got no 200 (a refused or reset connection). */
  healthFailed: number;
  seconds: number;
}

const PARALLEL = 200;
const walk = readFileSync(join(PROJECT_ROOT, "test", "operations", "walk.graphql"), "utf8");
/** The heavy shapes a busy directory sees: the whole walk, and a search per alias. */
const HEAVY = [
  { query: walk },
  {
    query: `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: search(query: "${["Akkol", "Astana", "бөлім", "Aqsu", "қала"][i % 5]}", first: 20) { totalCount nodes { __typename } }`).join(" ")} }`,
  },
];

const quantile = (values: number[], q: number) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

async function startServer(env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn("npm", ["start", "--silent"], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", HOST: "127.0.0.1", PORT: "0", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /Qyzmet serves (http:\/\/\S+\/graphql)/.exec(stderr);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 100);
    child.on("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.on("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(url: string, agent: Agent, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // no-cache: every heavy query runs, as 200 different ones would; the response cache would answer repeats.
    const headers = body ? { "content-type": "application/json", "cache-control": "no-cache" } : {};
    const req = request(url, { method: body ? "POST" : "GET", agent, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * The liveness probe, in a process of its own as a kubelet's is: probed from
 * the load's own process, its timings counted that process's busy moments
 * (reading 200 answers of up to 0.8 MB) as the server's. It opens a new
 * connection for each probe, every 50 ms, until its stdin closes, then
 * prints the latencies (Infinity for a probe that got no 200) as JSON.
 */
const PROBER = `
  const { request } = await import("node:http");
  const latencies = [];
  let probing = true;
  process.stdin.on("end", () => (probing = false)).resume();
  while (probing) {
    const started = performance.now();
    const ok = await new Promise((resolve) => {
      const req = request(process.argv[1], { agent: false }, (res) => { res.resume(); res.on("end", () => resolve(res.statusCode === 200)); });
      req.on("error", () => resolve(false));
      req.end();
    });
    latencies.push(ok ? performance.now() - started : null);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.stdout.write(JSON.stringify(latencies));
`;

function startProber(healthUrl: string): { stop(): Promise<number[]> } {
  const child = spawn(process.execPath, ["--input-type=module", "-e", PROBER, healthUrl], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return {
    async stop() {
      child.stdin!.end();
      await exited;
      return (JSON.parse(output || "[]") as (number | null)[]).map((ms) => ms ?? Number.POSITIVE_INFINITY);
    },
  };
}

export async function runOverload(url: string, database: string): Promise<OverloadRow> {
  // One connection per query, as 200 clients would open.
  const agent = new Agent({ keepAlive: true, maxSockets: PARALLEL });
  const prober = startProber(`${new URL(url).origin}/health`);
  // The prober's first probe before the load: it starts as a process does.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const failures = new Set<string>();
  const started = performance.now();
  const outcomes = await Promise.all(
    Array.from({ length: PARALLEL }, async (_, i) => {
      const begun = performance.now();
      try {
        const answer = await send(url, agent, JSON.stringify(HEAVY[i % HEAVY.length]));
        const ok = answer.status === 200 && !(JSON.parse(answer.body) as { errors?: unknown[] }).errors;
        const status = answer.status === 503 && answer.headers["retry-after"] ? "shed" : ok ? "accepted" : "failed";
        if (status === "failed") failures.add(`${answer.status} ${answer.body.slice(0, 200)}`);
        return { status, ms: performance.now() - begun };
      } catch (error) {
        failures.add(String(error));
        return { status: "failed", ms: performance.now() - begun };
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const health = await prober.stop();
  if (process.env.BENCH_DEBUG)
    console.error(`[overload ${database}] probes (ms):`, health.map((ms) => Math.round(ms)).join(" "));
  agent.destroy();
  for (const failure of [...failures].slice(0, 3)) console.error(`[overload ${database}] failed: ${failure}`);
  const accepted = outcomes.filter((outcome) => outcome.status === "accepted").map((outcome) => outcome.ms);
  return {
    database,
    queries: PARALLEL,
    accepted: accepted.length,
    shed: outcomes.filter((outcome) => outcome.status === "shed").length,
    failed: outcomes.filter((outcome) => outcome.status === "failed").length,
    acceptedP50Ms: Math.round(quantile(accepted, 0.5)),
    acceptedP99Ms: Math.round(quantile(accepted, 0.99)),
    healthP50Ms: Math.round(quantile(health, 0.5)),
    healthP99Ms: Math.round(quantile(health, 0.99)),
    healthMaxMs: Math.round(Math.max(0, ...health.filter(Number.isFinite))),
    healthFailed: health.filter((ms) => !Number.isFinite(ms)).length,
    seconds: Math.round(seconds * 10) / 10,
  };
}

/** The scenario on the embedded PGlite and, given a URL, on PostgreSQL (in a schema of its own, dropped after). */
export async function benchOverload(options: { databaseUrl?: string }): Promise<OverloadRow[]> {
  const rows: OverloadRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), "qyzmet-overload-"));
  try {
    const server = await startServer({ PGLITE_DIR: dir });
    try {
      rows.push(await runOverload(server.url, "pglite"));
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (options.databaseUrl) {
    const schema = `qyzmet_overload_${process.pid}`;
    const url = `${options.databaseUrl}${options.databaseUrl.includes("?") ? "&" : "?"}schema=${schema}`;
    const server = await startServer({ DATABASE_URL: url });
    try {
      rows.push(await runOverload(server.url, "postgres"));
    } finally {
      await server.stop();
      const client = new pg.Client({ connectionString: options.databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchOverload({ databaseUrl: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL }));
}
