/**
 * Memory of the access-code limiter under a flood of wrong numbers: 100,000
 * lookups of distinct, well-formed, non-existent numbers through the
 * tracking path (`lookUpByAccessCode`, with a lookup that finds nothing, so
 * no database is involved), reporting the heap before and after (after a
 * full GC) and the keys the limiter holds. Scenarios: one client, 1,000
 * clients, 100,000 clients (every lookup from a new address: the cap holds),
 * 300,000 clients, and the same flood with a 2-second window, measured again
 * once the window has passed (expiry).
 *
 * Run alone: `npx tsx bench/limiter.ts` (each scenario runs in a process of
 * its own, with `--expose-gc`); `npm run bench -- limiter` calls `benchLimiter`.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Database } from "../src/db/database.js";
import { MAX_TRACKED_KEYS, setAccessCodeLimiter, WrongCodeLimiter } from "../src/modules/access/attempt-limiter.js";
import { lookUpByAccessCode } from "../src/modules/write/access-code.js";

const gc = (globalThis as { gc?: () => void }).gc;

const heapMb = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

interface Row {
  scenario: string;
  lookups: number;
  clients: number;
  refused: number;
  heapBeforeMb: string;
  heapAfterMb: string;
  /** Heap once the window has passed (the expiry scenario only). */
  heapAfterWindowMb: string;
  /** Keys held after the flood: client-and-number + client. */
  keysHeld: string;
  untracked: number;
}

interface Scenario {
  name: string;
  lookups: number;
  clients: number;
  windowMs?: number;
}

const SCENARIOS: Scenario[] = [
  { name: "one client walks 100,000 numbers", lookups: 100_000, clients: 1 },
  { name: "1,000 clients, 100 numbers each", lookups: 100_000, clients: 1_000 },
  {
    name: `100,000 clients, one number each (cap ${MAX_TRACKED_KEYS} keys of each kind)`,
    lookups: 100_000,
    clients: 100_000,
  },
  { name: "300,000 clients, one number each", lookups: 300_000, clients: 300_000 },
  { name: "100,000 clients, a 2 s window, then 2.5 s later", lookups: 100_000, clients: 100_000, windowMs: 2_000 },
];

async function flood({ name, lookups, clients, windowMs }: Scenario): Promise<Row> {
  const db = {} as Database;
  const limiter = new WrongCodeLimiter(windowMs ? { windowMs } : {});
  setAccessCodeLimiter(db, limiter);
  const before = heapMb();
  let refused = 0;
  for (let i = 0; i < lookups; i++) {
    const client = i % clients;
    const address = `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`;
    try {
      await lookUpByAccessCode({
        db,
        caller: null,
        clientAddress: address,
        number: `A-2026-${String(1_000_000 + i).padStart(7, "0")}`,
        accessCode: "WRONGCODE0",
        load: async () => null,
        owns: () => false,
      });
    } catch {
      refused += 1;
    }
  }
  const after = heapMb();
  const held = limiter.tracked();
  let afterWindow = "-";
  if (windowMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs + 500));
    afterWindow = `${heapMb().toFixed(1)} (${limiter.tracked().numbers} + ${limiter.tracked().clients} keys)`;
  }
  return {
    scenario: name,
    lookups,
    clients,
    refused,
    heapBeforeMb: before.toFixed(1),
    heapAfterMb: after.toFixed(1),
    heapAfterWindowMb: afterWindow,
    keysHeld: `${held.numbers} + ${held.clients}`,
    untracked: limiter.untracked,
  };
}

/** Each scenario in a process of its own, so one's timers and keys do not weigh on the next one's heap. */
export function benchLimiter(): Row[] {
  return SCENARIOS.map((_, index) => {
    const run = spawnSync(
      process.execPath,
      ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), String(index)],
      { encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`limiter scenario ${index} failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Row;
  });
}

const scenario = process.argv[2];
if (scenario !== undefined && /^\d+$/.test(scenario)) {
  if (!gc) throw new Error("run with node --expose-gc");
  console.log(JSON.stringify(await flood(SCENARIOS[Number(scenario)]!)));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = benchLimiter();
  const columns = Object.keys(rows[0]!) as (keyof Row)[];
  console.log(`| ${columns.join(" | ")} |`);
  console.log(`|${columns.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${columns.map((column) => String(row[column])).join(" | ")} |`);
}
