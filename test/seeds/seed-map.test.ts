/**
 * The map of the act (`seeds/MAP.md`) against the code that cites it: every
 * «seed map §…» (or bare «§…») in a comment or test name must name a section
 * the map has, so a reader can follow it from a clone.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAP = readFileSync(join(ROOT, "seeds/MAP.md"), "utf8");

/** «## 5. Text-extraction defects» → "5", «### 5.12 Cyrillic/Latin look-alikes» → "5.12". */
function mapSections(map: string): Set<string> {
  const sections = new Set<string>();
  for (const match of map.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.?\s/gmu)) sections.add(match[1]!);
  return sections;
}

/** Every cited section: «§4.2», «§4.2–4.6» (both ends), «§5 item 15» (as 5.15). */
function citations(text: string): string[] {
  const cited: string[] = [];
  for (const match of text.matchAll(/§(\d+(?:\.\d+)?)(?:\s*item\s+(\d+)|[–-](\d+(?:\.\d+)?))?/gu)) {
    const [, first, item, last] = match;
    cited.push(item ? `${first}.${item}` : first!);
    if (last) cited.push(last);
  }
  return cited;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "data" || name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|md)$/u.test(name) ? [path] : [];
  });
}

describe("seed map citations", () => {
  const sections = mapSections(MAP);

  it("reads the sections the comments cite most from the map's headings", () => {
    for (const section of ["1.1", "2", "3", "4.2", "4.6", "5.1", "5.15", "7"]) expect(sections).toContain(section);
    expect(citations("seed map §5.1–5.2, §7 and §5 item 15")).toEqual(["5.1", "5.2", "7", "5.15"]);
  });

  it("finds a section of seeds/MAP.md for every § cited in src/, seeds/ and test/", () => {
    const files = ["src", "seeds", "test"].flatMap((dir) => sourceFiles(join(ROOT, dir)));
    const cited = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          citations(line).map((section) => ({ at: `${relative(ROOT, file)}:${index + 1}`, section })),
        ),
    );
    expect(cited.length).toBeGreaterThan(100);
    expect(
      cited.filter(({ section }) => !sections.has(section)).map(({ at, section }) => `${at} cites §${section}`),
    ).toEqual([]);
  });
});
