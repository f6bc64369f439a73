/**
 * The response cache's Redis store keeps the in-memory store's promise on a
 * real Redis (under a key prefix of this run's own): least recently used
 * first out within its budget of bytes, whoever wrote or read the entries.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisResponseStore } from "../../src/shared-state/response-store.js";
import { deleteKeys, redisUrl, uniquePrefix } from "../support/redis.js";

const prefix = uniquePrefix("response-store");
/** An answer whose stored JSON is exactly `bytes` long with its key, for keys of 2 characters. */
const answer = (bytes: number) => {
  const empty = JSON.stringify({ status: 200, headers: {}, body: "" }).length + 2;
  return { status: 200, headers: {}, body: "x".repeat(bytes - empty) };
};

describe.skipIf(!redisUrl)("the response cache's Redis store (needs TEST_REDIS_URL)", () => {
  let one: Redis;
  let other: Redis;

  beforeAll(() => {
    one = new Redis(redisUrl, { keyPrefix: prefix });
    other = new Redis(redisUrl, { keyPrefix: prefix });
  });

  afterAll(async () => {
    one?.disconnect();
    other?.disconnect();
    await deleteKeys(redisUrl, prefix);
  });

  it("drops the least recently used answers, of any process, once the budget is full", async () => {
    const a = new RedisResponseStore(one, 300);
    const b = new RedisResponseStore(other, 300);
    await a.set("k1", answer(100));
    await b.set("k2", answer(100));
    await a.set("k3", answer(100));
    expect(await a.bytes()).toBe(300);
    // k1 read last (through the other process), so k2 is the oldest now.
    expect(await b.get("k1")).toEqual(answer(100));
    await b.set("k4", answer(100));
    expect(await a.get("k2")).toBeUndefined();
    for (const key of ["k1", "k3", "k4"]) expect(await b.get(key)).toEqual(answer(100));
    expect(await a.bytes()).toBe(300);
    // Replacing an answer counts its new size, not both.
    await a.set("k4", answer(50));
    expect(await a.bytes()).toBe(250);
    // One answer larger than the whole budget is not kept, and evicts nothing.
    await a.set("k5", answer(301));
    expect(await a.get("k5")).toBeUndefined();
    expect(await a.bytes()).toBe(250);
  });
});
