import { describe, expect, it } from "vitest";
import { readSource } from "../../seeds/extract/source.js";
import { extractForm } from "../../seeds/extract/standards/forms.js";
import { extractQualityIndicators } from "../../seeds/extract/standards/quality.js";
import { extractServices } from "../../seeds/extract/standards/services.js";
import { appendixOf, seedMapAppendices, seedMapSpans } from "./helpers/standards.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon } = actAttested();

const act = readSource();

describe("quality indicators", () => {
  it("reads S1.a3's five groups and six indicators with empty value columns (3533–3560)", () => {
    const indicators = extractQualityIndicators(act, appendixOf("s1-a3"), lexicon);
    expect(indicators.map((i) => [i.code, i.group, i.lines.start])).toEqual([
      ["1.1", "Уақтылылығы", 3535],
      ["2.1", "Сапасы", 3540],
      ["3.1", "Қолжетімділік", 3545],
      ["3.2", "Қолжетімділік", 3549],
      ["4.1", "Шағымдану үдерісі", 3554],
      ["5.1", "Сыпайылық", 3559],
    ]);
    expect(indicators[2]).toMatchObject({
      id: "s1-a3#3.1",
      label:
        "Қызметті ұсыну сапасына және оны ұсыну тәртібі туралы ақпаратқа қанағаттанатын тұтынушылардың %-ы (үлесі)",
      normativeValue: null,
      targetValueNextYear: null,
      currentValueReportingYear: null,
      lines: { start: 3545, end: 3547 },
    });
  });

  it("reads S18.a2's twelve indicators, a bracket cut onto its own line included (84274–84345)", () => {
    const indicators = extractQualityIndicators(act, appendixOf("s18-a2"), lexicon);
    expect(indicators.map((i) => i.code)).toEqual([
      "1.1",
      "1.2",
      "2.1",
      "2.2",
      "3.1",
      "3.2",
      "3.3",
      "4.1",
      "4.2",
      "4.3",
      "4.4",
      "5.1",
    ]);
    expect(indicators[1]?.label).toBe("Қызметтің көрсетілуін кезекте 40 минуттан аспай күткен тұтынушылар % (үлесі)");
  });

  it("reads every QUAL table, glued headers included (S9.a2 43826–43827, S14.a2 59807)", () => {
    const counts = seedMapAppendices
      .filter((a) => a.kind === "QUAL")
      .map((a) => extractQualityIndicators(act, a, lexicon).length);
    expect(counts).toEqual([6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 12]);
  });
});

describe("forms", () => {
  it("keeps S1.a2's refusal letter as a template with two hinted blanks (3503–3509)", () => {
    expect(extractForm(act, appendixOf("s1-a2"), lexicon)).toEqual({
      id: "s1-a2",
      serviceNumber: 1,
      appendixId: "s1-a2",
      title: null,
      lines: [
        "___",
        "(кімге арналған)",
        "Сізді ___",
        "(бас тарту себебін көрсету)",
        "байланысты жұмыссыз ретінде тіркеуден және есепке алудан бас",
        "тартылатынын хабарлаймыз.",
        "Басқарма бастығы",
      ],
      blanks: [
        { hint: "кімге арналған", line: 3503 },
        { hint: "бас тарту себебін көрсету", line: 3505 },
      ],
      source: { start: 3503, end: 3509 },
    });
  });

  it("repairs the letter-spaced date line of S17.a2's application (77112)", () => {
    const form = extractForm(act, appendixOf("s17-a2"), lexicon);
    expect(form.title).toBe("Өтініш");
    expect(form.lines).toContain("20___ жылғы «___» ___");
    expect(form.blanks.find((b) => b.line === 77090)?.hint).toBe("елді мекен, аудан, облыс");
    expect(form.blanks[form.blanks.length - 1]).toEqual({ hint: "өтініш берушінің қолы", line: 77112 });
  });

  it("keeps S17.a3's certificate with five family-member lines (77120–77135)", () => {
    const form = extractForm(act, appendixOf("s17-a3"), lexicon);
    expect(form.title).toBe("АНЫҚТАМА");
    expect(form.lines.filter((l) => /^\d\. ___$/.test(l))).toEqual(["1. ___", "2. ___", "3. ___", "4. ___", "5. ___"]);
    expect(form.lines).toContain("Отбасының мына мүшелеріне:");
  });
});

describe("records are JSON-plain", () => {
  it("survive a JSON round trip unchanged", () => {
    const services = extractServices(act, lexicon, seedMapSpans, seedMapAppendices);
    expect(JSON.parse(JSON.stringify(services))).toStrictEqual(services);
  });
});
