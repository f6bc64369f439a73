/**
 * The server reads the extractor's output through one door: `seeds/contract`.
 * Everything else under `seeds/extract` (the file reader of the act, the
 * table readers, the lexicon) is the extractor's own and may change without
 * the server noticing; and the contract itself must stay a leaf, so that
 * loading it never loads the act.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : tsFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every relative module specifier of a file (static imports, re-exports, dynamic imports), resolved to a repository path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1]!);
  return specifiers
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => relative(ROOT, resolve(dirname(file), specifier)));
}

describe("the contract between extractor and server", () => {
  it("src/ imports from seeds/ only through seeds/contract", () => {
    const offending = tsFiles(join(ROOT, "src")).flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith("seeds/") && !target.startsWith("seeds/contract/"))
        .map((target) => `${relative(ROOT, file)} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it("seeds/contract is a leaf: it imports nothing outside itself, and no Node module", () => {
    const dir = join(ROOT, "seeds", "contract");
    const offending = tsFiles(dir).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const external = [...text.matchAll(/\bfrom\s*["']([^"']+)["']/g)]
        .map((match) => match[1]!)
        .filter((specifier) => !specifier.startsWith("./"));
      return external.map((specifier) => `${relative(ROOT, file)} → ${specifier}`);
    });
    expect(offending).toEqual([]);
  });

  it("the scan sees the imports it guards", () => {
    expect(importsOf(join(ROOT, "src", "modules", "search", "search.fold.ts"))).toContain("seeds/contract/index.js");
  });
});
