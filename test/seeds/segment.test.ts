/**
 * Segmentation of the act (seed map §2 and §4.1): the 17 standard bodies and
 * their 78 appendices, found from the text's structure, on the real act.
 */
import { describe, expect, it } from "vitest";
import type { SourceLine } from "../../seeds/extract/model.js";
import { classifyAppendix, segmentAct } from "../../seeds/extract/segment.js";
import { readSource } from "../../seeds/extract/source.js";
import { actLines } from "./helpers/flat.js";
import { actSegmentation, appendixById } from "./helpers/regional.js";
import { seedMapAppendices, seedMapSpans } from "./helpers/standards.js";

describe("segmentAct: standards", () => {
  const { standards } = actSegmentation();

  it("finds the 17 standard bodies and numbers them by the preamble, skipping the repealed item 11", () => {
    expect(standards.map((standard) => standard.serviceNumber)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18,
    ]);
  });

  it("gives each standard the approval block, title, body and last line of the seed map", () => {
    expect(standards).toEqual(seedMapSpans);
  });

  it("has no approval block for S1 (after the preamble) and S12 (lost after the garbled end of S10.a3, 47893–47901)", () => {
    expect(actLines(83, 84)).toEqual([
      "өткен соң қолданысқа енгiзiледi.",
      " «Жұмыссыз азаматтарды тiркеу және есепке қою» мемлекеттік қызмет ",
    ]);
    expect(actLines(47901, 47902)).toEqual([
      " mail.ru",
      " «Мемлекеттiк бюджет қаражаты есебiнен қызмет көрсететiн мемлекеттiк ",
    ]);
    expect(standards[0]!.approval).toBeNull();
    expect(standards[10]!.approval).toBeNull();
  });

  it("keeps S9's stray «бекітілген» (40459) as its approval and ends the truncated S8.a3 just above it", () => {
    expect(actLines(40458, 40459)).toEqual(["Алматы қаласының жұмыспен ", " бекітілген        "]);
    expect(standards[8]!.approval).toEqual({ start: 40459, end: 40459 });
    expect(standards[7]!.end).toBe(40458);
  });

  it("reads an approval block cut by a page break (S5, 19377–19384) and the truncated «с ә у і р д е» (30537)", () => {
    expect(actLines(19379, 19381)).toEqual(["", "", ""]);
    expect(standards[4]!.approval).toEqual({ start: 19377, end: 19384 });
    expect(actLines(30537, 30537)[0]!.trim()).toBe("2 0 1 1  ж ы л ғ ы  7  с ә у і р д е");
    expect(standards[6]!.approval).toEqual({ start: 30535, end: 30539 });
  });

  it("ends S3's title on the line that carries the section number «стандарты 1» (10961)", () => {
    expect(actLines(10961, 10962)).toEqual([
      "«Жұмыссыз азаматтарға анықтама беру» мемлекеттік қызмет стандарты 1",
      ". Жалпы ережелер",
    ]);
    expect(standards[2]!.title).toEqual({ start: 10961, end: 10961 });
  });

  it("finds the structure by text: the same act shifted down by ten lines shifts every range by ten", () => {
    const shifted: SourceLine[] = [
      ...Array.from({ length: 10 }, (_, i) => ({ no: i + 1, text: "" })),
      ...readSource().map((line) => ({ no: line.no + 10, text: line.text })),
    ];
    const moved = segmentAct(shifted);
    expect(moved.standards.map((s) => s.title.start)).toEqual(standards.map((s) => s.title.start + 10));
    expect(moved.appendices.map((a) => a.body.end)).toEqual(actSegmentation().appendices.map((a) => a.body.end + 10));
  });
});

describe("segmentAct: appendices", () => {
  const { appendices } = actSegmentation();

  it("finds the 78 appendices with the caption and body ranges and kinds of the seed map", () => {
    expect(appendices.map((appendix) => ({ ...appendix, heading: "" }))).toEqual(seedMapAppendices);
    for (const appendix of appendices) expect(appendix.heading, appendix.id).not.toBe("");
  });

  it("counts 5, 6, 5, 5, 5, 6, 4, 3, 3, 3, 5, 5, 4, 3, 6, 6, 4 appendices per standard, numbered from 1", () => {
    const perStandard = new Map<number, number[]>();
    for (const appendix of appendices)
      perStandard.set(appendix.serviceNumber, [...(perStandard.get(appendix.serviceNumber) ?? []), appendix.number]);
    expect([...perStandard.values()].map((numbers) => numbers.length)).toEqual([
      5, 6, 5, 5, 5, 6, 4, 3, 3, 3, 5, 5, 4, 3, 6, 6, 4,
    ]);
    for (const numbers of perStandard.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it("counts 17 DEPT, 6 AKIM, 17 BASQ, 10 APP, 8 XQO, 17 QUAL and 3 FORM", () => {
    const counts: Record<string, number> = {};
    for (const appendix of appendices) counts[appendix.kind] = (counts[appendix.kind] ?? 0) + 1;
    expect(counts).toEqual({ DEPT: 17, AKIM: 6, BASQ: 17, APP: 10, XQO: 8, QUAL: 17, FORM: 3 });
  });

  it("reads letter-spaced captions (S1.a1, 228–231)", () => {
    expect(actLines(228, 228)[0]).toBe("« Ж ұ м ы с с ы з  а з а м а т т а р д ы  т і р к е у  ");
    expect(appendixById("s1-a1").caption).toEqual({ start: 228, end: 231 });
  });

  it("reads S3's «стандартына N-қосымша» one-liner and S5's «стандарты N-қосымша»", () => {
    expect(actLines(11138, 11138)).toEqual(["стандартына 1-қосымша"]);
    expect(appendixById("s3-a1").caption).toEqual({ start: 11136, end: 11138 });
    expect(actLines(19666, 19666)[0]!.trim()).toBe("стандарты 1-қосымша");
    expect(appendixById("s5-a1").caption).toEqual({ start: 19662, end: 19666 });
  });

  it("reads captions cut by a page break (S4.a4 18901–18907, S10.a1 44323–44330)", () => {
    expect(appendixById("s4-a4").caption).toEqual({ start: 18901, end: 18907 });
    expect(appendixById("s10-a1").caption).toEqual({ start: 44323, end: 44330 });
  });

  it("ends the last appendices of S8 and S10 where their text breaks off", () => {
    expect(appendixById("s8-a3").body.end).toBe(40458);
    expect(appendixById("s10-a3").body.end).toBe(47901);
  });

  it("takes the body's first paragraph as the heading, letter-spacing repaired, up to the noun closing it", () => {
    expect(appendixById("s1-a4").heading).toBe(
      "Облыстық, Астана және Алматы қалаларының жұмыспен қамту және әлеуметтік бағдарламалар басқармаларының мекенжайлары мен байланыс деректері",
    );
    // The truncated note follows the heading without a blank line (11140–11141).
    expect(appendixById("s3-a1").heading).toBe("Уәкілетті органдардың мекенжайлары мен байланыс деректері");
    // The first region heading follows without a blank line (60129–60130).
    expect(appendixById("s14-a4").heading).toBe("Аудандардың, облыстық маңызы бар қалалар әкімдіктерінің тізбесі");
    expect(appendixById("s17-a1").heading).toBe("Уәкілетті органдардың тізілімі");
    expect(appendixById("s17-a3").heading).toBe("АНЫҚТАМА");
    expect(appendixById("s18-a2").heading).toBe("Кесте. Сапа және қолжетімділік көрсеткіштерінің мәндері");
  });

  it("decides the kind from the heading and the content, not from the position", () => {
    // S17.a2 opens «Уәкілетті органға …» but is a form with blanks to fill in.
    expect(appendixById("s17-a2").kind).toBe("FORM");
    // S18.a4 «…әкімдіктерінің тізімі» has no region sub-headings: the apparatus list.
    expect(appendixById("s18-a4").kind).toBe("APP");
    expect(classifyAppendix("Аудандардың, облыстық маңызы бар қалалар әкімдіктерінің тізбесі", 16, false)).toBe("AKIM");
    expect(classifyAppendix("Уәкілетті органдардың тізбесі", 16, false)).toBe("DEPT");
    expect(
      classifyAppendix("Облыстардың және Астана мен Алматы қалаларының уәкілетті органдарының тізбесі", 0, false),
    ).toBe("BASQ");
    expect(classifyAppendix("Халыққа Қызмет көрсету орталықтарының тізбесі", 0, false)).toBe("XQO");
    expect(classifyAppendix("Кесте. Сапа мен тиімділік көрсеткіштерінің мәні", 0, false)).toBe("QUAL");
    expect(classifyAppendix("АНЫҚТАМА", 0, false)).toBe("FORM");
  });

  it("places every appendix inside its standard, in order, without overlaps", () => {
    const { standards } = actSegmentation();
    let previousEnd = 0;
    for (const appendix of appendices) {
      const standard = standards.find((s) => s.serviceNumber === appendix.serviceNumber)!;
      expect(appendix.caption.start).toBeGreaterThan(Math.max(previousEnd, standard.body.end));
      expect(appendix.body.end).toBeLessThanOrEqual(standard.end);
      previousEnd = appendix.body.end;
    }
  });
});
