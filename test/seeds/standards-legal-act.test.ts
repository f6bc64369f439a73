import { describe, expect, it } from "vitest";
import { readSource } from "../../seeds/extract/source.js";
import { extractLegalAct } from "../../seeds/extract/standards/legal-act.js";
import { extractServices } from "../../seeds/extract/standards/services.js";
import { seedMapAppendices, seedMapSpans } from "./helpers/standards.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon } = actAttested();

const act = readSource();
const legalAct = extractLegalAct(act, lexicon, seedMapSpans, seedMapAppendices);
const at = (line: number) => legalAct.amendments.filter((a) => a.lines.start === line);

describe("the act", () => {
  it("is resolution № 394 of 2011-04-07 with its title (2–3, 6)", () => {
    expect(legalAct).toMatchObject({
      id: "resolution-394-2011-04-07",
      number: "394",
      date: "2011-04-07",
      title:
        "Жергілікті атқарушы органдар көрсететін әлеуметтік қорғау саласындағы мемлекеттік қызметтердің стандарттарын бекіту туралы",
      titleLines: { start: 2, end: 3 },
    });
  });

  it("reads the recital (12–18) with its displaced links put back and the three acts it cites", () => {
    expect(legalAct.recital?.lines).toEqual({ start: 12, end: 18 });
    // «6-» ends line 15 and «бабының» was moved to the end of 17: the act cites article 6, subparagraphs 2), 3)
    // and article 29 of the informatization law; no text is left over and none is invented.
    expect(legalAct.recital?.text).toBe(
      "Қазақстан Республикасының 2008 жылғы 4 желтоқсандағы Бюджет кодексінің 34-бабына, «Әкімшілік рәсімдер туралы» Қазақстан Республикасының 2000 жылғы 27 қарашадағы Заңының 9-1, 15-2-баптарына және «Ақпараттандыру туралы» Қазақстан Республикасының 2007 жылғы 11 қаңтардағы Заңының 6-бабының 2), 3) тармақшаларына, 29-бабына сәйкес Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
    );
    expect(legalAct.recital?.citations.map((c) => [c.kind, c.title, c.date, c.parts])).toEqual([
      ["CODE", null, "2008-12-04", ["34-бабына"]],
      ["LAW", "Әкімшілік рәсімдер туралы", "2000-11-27", ["9-1, 15-2-баптарына"]],
      ["LAW", "Ақпараттандыру туралы", "2007-01-11", ["6-бабының", "2), 3) тармақшаларына", "29-бабына"]],
    ]);
  });

  it("is repealed by № 217 of 2014-03-11, the number read back from the end of line 9", () => {
    expect(legalAct.status).toBe("REPEALED");
    expect(legalAct.repeal).toMatchObject({
      date: "2014-03-11",
      number: "217",
      change: "REPEALED",
      target: "resolution",
      entryIntoForce: "алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі",
      lines: { start: 9, end: 11 },
    });
  });

  it("keeps its own entry-into-force paragraph (82–83)", () => {
    expect(legalAct.entryIntoForce).toEqual({
      text: "2. Осы қаулы алғашқы ресми жарияланған күнінен бастап күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
      lines: { start: 82, end: 83 },
    });
  });
});

describe("amendment notes", () => {
  it("lists every note of the seed map's §1.1, one record per amending act", () => {
    // 40 «Ескерту» lines + the truncated S3.a1 note + preamble item 11; note 78–81 names two acts.
    expect(legalAct.amendments).toHaveLength(43);
    const byNumber = new Map<string | null, number>();
    for (const a of legalAct.amendments) byNumber.set(a.number, (byNumber.get(a.number) ?? 0) + 1);
    expect(Object.fromEntries(byNumber)).toEqual({
      "217": 1,
      "1059": 24,
      "185": 2,
      "435": 8,
      "65": 3,
      "1427": 4,
      null: 1,
    });
  });

  it("reads both acts of the note on paragraph 1 (78–81)", () => {
    expect(at(78).map((a) => [a.date, a.number, a.change, a.target])).toEqual([
      ["2012-08-17", "1059", "AMENDED", "paragraph 1"],
      ["2014-03-05", "185", "AMENDED", "paragraph 1"],
    ]);
  });

  it("records preamble item 11 as repealed by № 185 (51–53)", () => {
    expect(at(51)).toEqual([
      expect.objectContaining({
        date: "2014-03-05",
        number: "185",
        change: "REPEALED",
        target: "item 11",
        lines: { start: 51, end: 53 },
      }),
    ]);
  });

  it("attributes notes inside a standard to its service and paragraph (S6 23684, S7 30596)", () => {
    expect(at(23684)[0]).toMatchObject({
      serviceNumber: 6,
      target: "paragraph 3",
      change: "NEW_WORDING",
      number: "435",
      date: "2013-04-30",
    });
    expect(at(30596)[0]).toMatchObject({
      serviceNumber: 7,
      target: "paragraph 7",
      change: "AMENDED",
      number: "65",
      entryIntoForce: "2012.01.01 бастап қолданысқа енгізіледі",
    });
  });

  it("reads «1059» moved after the bracket in S17/S18's «стандартпен толықтырылды» (73327–73330)", () => {
    expect(at(73327)[0]).toMatchObject({
      serviceNumber: 17,
      change: "ADDED",
      target: "standard",
      number: "1059",
      date: "2012-08-17",
      entryIntoForce: "алғашқы ресми жарияланғанынан кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі",
      lines: { start: 73327, end: 73330 },
    });
  });

  it("keeps S3.a1's note that lost its first line (11141–11142) as truncated, without date or number", () => {
    expect(at(11141)[0]).toMatchObject({
      truncated: true,
      date: null,
      number: null,
      serviceNumber: 3,
      target: "appendix 1",
    });
  });

  it("gives each service the notes inside its standard", () => {
    const services = extractServices(act, lexicon, seedMapSpans, seedMapAppendices);
    const inStandards = legalAct.amendments.filter((a) => a.serviceNumber !== null);
    const fromServices = services.filter((s) => !s.repealed).flatMap((s) => s.amendments);
    expect(fromServices).toStrictEqual(inStandards);
    expect(Object.fromEntries(services.map((s) => [s.number, s.amendments.length]))).toEqual({
      1: 1,
      2: 1,
      3: 1,
      4: 1,
      5: 1,
      6: 10,
      7: 5,
      8: 2,
      9: 2,
      10: 3,
      11: 1,
      12: 1,
      13: 2,
      14: 2,
      15: 2,
      16: 2,
      17: 1,
      18: 1,
    });
  });

  it("names the appendix-1 notes after their appendix (235)", () => {
    expect(at(235)[0]).toMatchObject({ serviceNumber: 1, target: "appendix 1", change: "AMENDED", number: "1059" });
  });
});
