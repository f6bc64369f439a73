/**
 * Heavy operations wait for a place of their own (src/graphql/limits.ts,
 * HEAVY_COST; src/server/admission.ts, createGate), and long CPU work runs in
 * turns (src/modules/common/cpu-turn.ts): through the real `npm start`, and
 * the two building blocks on their own.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { withBatchSchedule, byIdLoader } from "../../src/graphql/loader-utils.js";
import { cpuTurn, LoaderTurns, SLICE_MS } from "../../src/modules/common/cpu-turn.js";
import { createGate, GateClosedError } from "../../src/server/admission.js";
import { type RunningServer, startNpmStart } from "../support/process.js";

const walk = readFileSync(join(PROJECT_ROOT, "test", "operations", "walk.graphql"), "utf8");

describe("heavy operations under npm start", () => {
  let server: RunningServer | null = null;
  afterAll(async () => {
    await server?.stop();
  });

  it("runs one heavy operation at a time, lets two wait, turns the rest away with 503, and light reads pass", async () => {
    // Four request slots, so the heavy gate lets two wait (half the slots); a long queue timeout keeps the waiters.
    server = await startNpmStart({
      MAX_HEAVY_OPERATIONS: "1",
      MAX_CONCURRENT_REQUESTS: "4",
      QUEUE_TIMEOUT_MS: "60000",
      RESPONSE_CACHE_MB: "0",
    });
    const post = (query: string) =>
      fetch(server!.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      }).then(async (response) => ({
        status: response.status,
        retryAfter: response.headers.get("retry-after"),
        body: (await response.json()) as {
          data?: { regions?: { totalCount: number } };
          errors?: { message: string; extensions: Record<string, unknown> }[];
        },
      }));
    const walks = Array.from({ length: 6 }, () => post(walk));
    const answers = await Promise.all(walks);
    // The light read after them is admitted as soon as a slot frees and never waits at the heavy gate.
    const light = await post("{ regions(first: 1) { totalCount } }");
    expect(light.status).toBe(200);
    expect(light.body.data?.regions?.totalCount).toBe(16);

    const served = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(served.length + refused.length).toBe(6);
    for (const answer of served) expect(answer.body.data?.regions?.totalCount).toBe(16);
    // Six together: four are admitted, of which one runs, two wait and one finds the gate's queue full; the last two
    // take the freed slots and find it full too. Without the gate all six would run at once and none be refused.
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(served.length).toBeGreaterThanOrEqual(3);
    for (const answer of refused) {
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", reason: "overloaded" });
      expect(answer.body.errors?.[0]?.message).toContain("heavy operations");
    }
  });
});

describe("createGate", () => {
  it("lets in the first maxConcurrent, queues in order, refuses a full queue and a wait that times out", async () => {
    const gate = createGate({ maxConcurrent: 1, maxQueued: 1, queueTimeoutMs: 100 });
    const first = await gate.enter();
    const order: string[] = [];
    const second = gate.enter().then((leave) => {
      order.push("second");
      return leave;
    });
    await expect(gate.enter()).rejects.toBeInstanceOf(GateClosedError);
    expect(gate.stats()).toEqual({ running: 1, queued: 1, shed: 1 });
    first();
    first(); // a second call gives nothing back twice
    (await second)();
    expect(order).toEqual(["second"]);
    expect(gate.stats()).toEqual({ running: 0, queued: 0, shed: 1 });
    const held = await gate.enter();
    await expect(gate.enter()).rejects.toThrow("within 100 ms");
    held();
    expect(gate.stats()).toEqual({ running: 0, queued: 0, shed: 2 });
  });
});

describe("cpuTurn", () => {
  const busy = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };

  it("lets timers and I/O run between pieces of work longer than a slice", async () => {
    const log: string[] = [];
    // Due at once; without turns it would run only after all four pieces, which are ready together.
    setTimeout(() => log.push("timer"), 0);
    await Promise.all(
      [0, 1, 2, 3].map(async (piece) => {
        await cpuTurn();
        busy(2 * SLICE_MS);
        log.push(`piece ${piece}`);
      }),
    );
    expect(log.indexOf("timer")).toBeGreaterThan(-1);
    expect(log.indexOf("timer")).toBeLessThan(log.indexOf("piece 3"));
    expect(log.filter((entry) => entry.startsWith("piece"))).toEqual(["piece 0", "piece 1", "piece 2", "piece 3"]);
  });

  it("runs short pieces together in one slice", async () => {
    let iterations = 0;
    let counting = true;
    const count = () => {
      iterations += 1;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    await Promise.all(Array.from({ length: 50 }, () => cpuTurn()));
    counting = false;
    // Fifty tiny pieces in a 5 ms slice take one or two iterations, not fifty.
    expect(iterations).toBeLessThan(10);
  });
});

describe("a heavy operation's loaders (LoaderTurns)", () => {
  const busy = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };

  /** A parent loader and a child loader built as createLoadersInTurns builds them, over arrays instead of SQL. */
  function turnLoaders() {
    const turns = new LoaderTurns();
    const batches: string[][] = [];
    const build = (name: string) =>
      withBatchSchedule(turns.schedule, () =>
        byIdLoader(
          async (ids) => {
            batches.push([name, ...ids]);
            return ids.map((id) => ({ id }));
          },
          (row) => row.id,
        ),
      );
    const parents = build("parent");
    const children = build("child");
    return {
      batches,
      parent: (id: string) => parents.load(id).then(turns.deliver),
      child: (id: string) => children.load(id).then(turns.deliver),
    };
  }

  it("hands each value of one batch to its resolver in a turn of its own, so timers run between them", async () => {
    const loaders = turnLoaders();
    const log: string[] = [];
    // All four values come from one batch; handed out at once, their resolvers would run back to back before the timer.
    setTimeout(() => log.push("timer"), 0);
    await Promise.all(
      ["a", "b", "c", "d"].map(async (id) => {
        const row = await loaders.parent(id);
        busy(2 * SLICE_MS);
        log.push(`parent ${row!.id}`);
      }),
    );
    expect(log.indexOf("timer")).toBeGreaterThan(-1);
    expect(log.indexOf("timer")).toBeLessThan(log.indexOf("parent d"));
    expect(log.filter((entry) => entry.startsWith("parent"))).toEqual(["parent a", "parent b", "parent c", "parent d"]);
  });

  it("sends what the parents load in their turns as one batch, not one per turn", async () => {
    const loaders = turnLoaders();
    const children = await Promise.all(
      ["a", "b", "c", "d"].map(async (id) => {
        const row = await loaders.parent(id);
        busy(2 * SLICE_MS);
        return loaders.child(`${row!.id}1`);
      }),
    );
    expect(children.map((row) => row!.id)).toEqual(["a1", "b1", "c1", "d1"]);
    expect(loaders.batches).toEqual([
      ["parent", "a", "b", "c", "d"],
      ["child", "a1", "b1", "c1", "d1"],
    ]);
  });
});
