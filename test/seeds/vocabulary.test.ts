/**
 * The act's cue words (`seeds/extract/vocabulary.ts`), on the real act: the
 * one declaration every reader and cleaner uses.
 */
import { describe, expect, it } from "vitest";
import { squash } from "../../seeds/extract/segment.js";
import { readSource } from "../../seeds/extract/source.js";
import { SCHEDULE_WORDS, isColumnNumberLine, opensSchedule } from "../../seeds/extract/vocabulary.js";

const act = readSource();
const line = (no: number): string => act[no - 1]!.text;

describe("the act's vocabulary", () => {
  it("finds the 420 column-number lines the seed map counts (§5.1): 403 × «1 2 3 4 5», 17 × «1 2 3 4»", () => {
    const found = act.filter((l) => isColumnNumberLine(l.text));
    expect(found).toHaveLength(420);
    expect(found.filter((l) => l.text.trim() === "1 2 3 4")).toHaveLength(17);
    // «к ө ш е с і ,  1 2 3» (5433) is house 123.
    expect(isColumnNumberLine("1 2 3")).toBe(false);
  });

  it("reads every line of a block schedule as schedule words, its continuations too (275–280, 3429–3431)", () => {
    for (let no = 275; no <= 280; no += 1) expect(SCHEDULE_WORDS.test(squash(line(no))), String(no)).toBe(true);
    for (let no = 3429; no <= 3431; no += 1) expect(SCHEDULE_WORDS.test(squash(line(no))), String(no)).toBe(true);
    // The 2012 wording's link text (77559–77561, seed map §5.2).
    expect(SCHEDULE_WORDS.test(squash(line(77559)))).toBe(true);
    expect(SCHEDULE_WORDS.test(squash(line(77561)))).toBe(true);
    // An address line (289 «020200, Аршалы ауылы, Тәшенов») has none.
    expect(SCHEDULE_WORDS.test(squash(line(289)))).toBe(false);
  });

  it("opens a schedule at its days off (275), not at its continuation (277)", () => {
    expect(opensSchedule(line(275))).toBe(true);
    expect(opensSchedule(line(277))).toBe(false);
  });
});
