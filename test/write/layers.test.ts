/**
 * The write side's layers: `access` (keys, callers) and `write` (the core:
 * errors, idempotency, personal data, access codes, directory reads) are
 * used by `application` and `complaint`, never the reverse, and the two
 * modules do not reach into each other.
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
    ["access", ["application", "complaint"]],
    ["write", ["application", "complaint"]],
    ["application", ["complaint"]],
    ["complaint", ["application"]],
  ])("%s imports none of %j", (module, forbidden) => {
    const imported = importedModules(module);
    expect(forbidden.filter((other) => imported.has(other))).toEqual([]);
  });

  it("sees the imports it checks", () => {
    expect(importedModules("application")).toContain("write");
    expect(importedModules("complaint")).toContain("write");
  });
});
