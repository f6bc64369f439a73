/**
 * The write side's layers, lowest first: `access` (keys, callers), `events`
 * (the outbox the writes record into; its GraphQL types still take
 * the two file modules' status enums), `write` (the core: errors,
 * idempotency, personal data, access codes, directory reads, the steps every
 * file takes), then `application` and `complaint`, which do not reach into
 * each other. A folder imports only folders below it, so no two import each
 * other; `api-key` (the ADMIN's mutations) sits above `write` beside them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const MODULES = resolve(dirname(fileURLToPath(import.meta.url)), "../../src/modules");

/** The modules a module's files import (relative imports into another folder of src/modules). */
function importedModules(module: string): Set<string> {
  const dir = join(MODULES, module);
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
    const text = readFileSync(join(dir, file), "utf8");
    for (const [, specifier] of text.matchAll(/\bfrom\s*["'](\.[^"']+)["']/g)) {
      const target = relative(MODULES, resolve(dir, specifier!)).split("/")[0]!;
      if (!target.startsWith("..") && target !== module && !target.endsWith(".ts") && !target.endsWith(".js"))
        found.add(target);
    }
  }
  return found;
}

describe("the write side's layers", () => {
  it.each([
    ["access", ["write", "events", "api-key", "application", "complaint"]],
    ["events", ["write", "api-key"]],
    ["write", ["api-key", "application", "complaint"]],
    ["application", ["complaint"]],
    ["complaint", ["application"]],
  ])("%s imports none of %j", (module, forbidden) => {
    const imported = importedModules(module);
    expect(forbidden.filter((other) => imported.has(other))).toEqual([]);
  });

  it("sees the imports it checks", () => {
    expect(importedModules("application")).toContain("write");
    expect(importedModules("complaint")).toContain("write");
    expect(importedModules("write")).toContain("access");
    expect(importedModules("write")).toContain("events");
  });

  it.each([
    ["access", "write"],
    ["events", "write"],
    ["application", "complaint"],
  ])("%s and %s do not import each other", (one, other) => {
    expect(importedModules(one).has(other) && importedModules(other).has(one)).toBe(false);
  });
});
