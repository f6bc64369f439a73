import { describe, expect, it } from "vitest";
import { chooseMinistryValues } from "../../seeds/extract/assemble/ministry.js";
import { readSource, sliceLines } from "../../seeds/extract/source.js";
import { extractMinistry, extractServices, readPreambleItems } from "../../seeds/extract/standards/services.js";
import { deadlineSummary, renderServiceTable } from "../../seeds/extract/standards/table.js";
import type { ServiceRecord } from "../../seeds/extract/standards/model.js";
import { seedMapAppendices, seedMapSpans } from "./helpers/standards.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon } = actAttested();

const act = readSource();
const services = extractServices(act, lexicon, seedMapSpans, seedMapAppendices);
const service = (n: number): ServiceRecord => {
  const found = services.find((s) => s.number === n);
  if (!found) throw new Error(`no service ${n}`);
  return found;
};

describe("the 18 preamble items", () => {
  it("gives one record per preamble item, item 11 repealed without a body", () => {
    expect(services.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(service(11)).toMatchObject({
      repealed: true,
      title: null,
      lines: { start: 51, end: 53 },
      providers: [],
      appendixIds: [],
    });
    expect(service(11).amendments).toEqual([
      expect.objectContaining({ number: "185", date: "2014-03-05", change: "REPEALED", target: "item 11" }),
    ]);
    expect(services.filter((s) => !s.repealed)).toHaveLength(17);
  });

  it("has exactly the contract's top-level keys, sub-services (non-empty only on S18) included", () => {
    const keys = [
      "number",
      "repealed",
      "title",
      "preambleTitle",
      "alternateTitles",
      "form",
      "lines",
      "providers",
      "legalBasis",
      "result",
      "recipients",
      "deadlines",
      "waitingTimes",
      "cost",
      "schedules",
      "documents",
      "refusalGrounds",
      "suspensionGrounds",
      "handIn",
      "delivery",
      "complaints",
      "appendixIds",
      "qualityIndicators",
      "forms",
      "amendments",
      "subServices",
    ];
    for (const s of services) expect(Object.keys(s).sort()).toEqual([...keys].sort());
    expect(services.filter((s) => s.subServices.length > 0).map((s) => s.number)).toEqual([18]);
  });

  it("reads the preamble titles with «стандарты» moved after the «;» (23–77)", () => {
    const items = readPreambleItems(act, lexicon);
    expect(items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(items[7]?.title).toBe(
      "Қозғалуға қиындығы бар бірінші топтағы мүгедектерге жеке көмекшінің және есту бойынша мүгедектерге қолмен көрсететін тіл маманының қызметтерін ұсыну үшін мүгедектерге құжаттарды ресімдеу",
    );
    expect(items[7]?.lines).toEqual({ start: 41, end: 46 });
  });
});

describe("titles and their variants", () => {
  it("keeps the body title and lists the preamble's different wording as an alias (S5, S17)", () => {
    expect(service(5).title).toBe(
      "Мүгедектерді сурдо-тифлотехникалық және міндетті гигиеналық құралдармен қамтамасыз ету үшін оларға құжаттар ресімдеу",
    );
    expect(service(5).preambleTitle).toBe(
      "Мүгедектерді сурдо-тифлотехникалық құралдармен және міндетті гигиеналық құралдармен қамтамасыз ету үшін оларға құжаттарды ресімдеу",
    );
    expect(service(5).alternateTitles).toContain(service(5).preambleTitle);
    expect(service(17).title).toBe(
      "Атаулы әлеуметтік көмек алушыларға өтініш берушінің (отбасының) тиесілігін растайтын анықтама беру",
    );
    expect(service(17).alternateTitles).toContain(
      "Өтініш берушінің (отбасының) атаулы әлеуметтік көмек алушыларға тиесілігін растайтын анықтама беру",
    );
  });

  it("takes paragraph 1's name (S1 89) and caption variants (S8 36967, S18 captions) as aliases", () => {
    expect(service(1).alternateTitles).toContain("Жұмыссыздарды тіркеу және есепке қою");
    expect(service(8).alternateTitles).toContain(
      "Жүріп-тұруы қиын бірінші топтағы мүгедектерге жеке көмекшінің қызметін және естілмейтіндігі бойынша мүгедектерге ымдау тілі маманының қызметін беру үшін мүгедектердің құжаттарын ресімдеу",
    );
    expect(service(18).alternateTitles.some((t) => t.includes("белсенді шараларына"))).toBe(true);
  });

  it("reads S3's title with the section number stuck to it (10961)", () => {
    expect(service(3).title).toBe("Жұмыссыз азаматтарға анықтама беру");
  });
});

describe("form", () => {
  it("tells the three forms apart (S3 10972–10976 across a page break, S15 62782)", () => {
    expect(services.filter((s) => !s.repealed).map((s) => s.form)).toEqual([
      "NON_AUTOMATED",
      "NON_AUTOMATED",
      "PARTIALLY_NON_AUTOMATED",
      "NON_AUTOMATED",
      "NON_AUTOMATED",
      "NON_AUTOMATED",
      "NON_AUTOMATED",
      "NON_AUTOMATED",
      "NON_AUTOMATED",
      "NON_AUTOMATED",
      "NON_AUTOMATED",
      "NON_AUTOMATED",
      "NON_AUTOMATED",
      "PARTIALLY_AUTOMATED",
      "NON_AUTOMATED",
      "NON_AUTOMATED",
      "NON_AUTOMATED",
    ]);
  });
});

describe("deadlines (paragraph 7)", () => {
  it("reproduces the seed map's §7 table", () => {
    const table = Object.fromEntries(
      services.filter((s) => !s.repealed).map((s) => [s.number, deadlineSummary(s, false)]),
    );
    expect(table).toEqual({
      1: "10 wd",
      2: "20 cd / 20 cd",
      3: "10 min / 3 wd",
      4: "10 wd / 10 wd",
      5: "10 wd / 10 wd",
      6: "7 wd / 22 wd / 7 wd",
      7: "7 wd / 22 wd",
      8: "10 wd",
      9: "10 wd",
      10: "10 wd",
      12: "17 wd / 17 wd",
      13: "14 wd / 14 wd",
      14: "15 cd",
      15: "10 wd",
      16: "10 wd / 15 wd / 10 wd",
      17: "15 min",
      18: "30 min",
    });
  });

  it("gives the akim route «no more than 22 working days» (S6 23712–23713, S7 30588–30589) and 15 within (S16 66516)", () => {
    const akim = (n: number) => service(n).deadlines.filter((d) => d.channel === "AKIM");
    expect(akim(6)).toEqual([
      expect.objectContaining({ amount: 22, unit: "WORKING_DAYS", atMost: true, lines: { start: 23712, end: 23713 } }),
    ]);
    expect(akim(7)).toEqual([
      expect.objectContaining({ amount: 22, unit: "WORKING_DAYS", atMost: true, lines: { start: 30588, end: 30589 } }),
    ]);
    expect(akim(16)).toEqual([
      expect.objectContaining({ amount: 15, unit: "WORKING_DAYS", atMost: false, lines: { start: 66516, end: 66517 } }),
    ]);
  });

  it("reads S3's two headed blocks: minutes at the authority, working days and three waits at the centre (10993–11010)", () => {
    expect(service(3).deadlines.map((d) => [d.channel, d.amount, d.unit, d.lines.start])).toEqual([
      ["AUTHORITY", 10, "MINUTES", 10995],
      ["SERVICE_CENTRE", 3, "WORKING_DAYS", 11002],
    ]);
    expect(service(3).waitingTimes.map((w) => [w.channel, w.kind, w.minutes, w.lines.start])).toEqual([
      ["AUTHORITY", "WAIT", 10, 10997],
      ["AUTHORITY", "SERVICE", 15, 11000],
      ["SERVICE_CENTRE", "WAIT_AT_HAND_IN", 30, 11005],
      ["SERVICE_CENTRE", "WAIT", 30, 11007],
      ["SERVICE_CENTRE", "SERVICE", 30, 11009],
    ]);
  });

  it("keeps the queue rule «15 minutes per person ahead» (S1 122–124, S6 23717–23720)", () => {
    expect(service(1).waitingTimes[0]).toMatchObject({
      channel: "AUTHORITY",
      kind: "WAIT",
      minutes: 15,
      perPersonAhead: true,
      lines: { start: 122, end: 124 },
    });
    expect(
      service(6)
        .waitingTimes.filter((w) => w.kind === "WAIT")
        .map((w) => [w.channel, w.minutes, w.perPersonAhead]),
    ).toEqual([
      ["AUTHORITY", 15, true],
      ["AKIM", 15, true],
      ["SERVICE_CENTRE", 30, true],
    ]);
  });

  it("reads item 3 as the service time even where it repeats item 2's words (S4 15231–15233)", () => {
    expect(
      service(4)
        .waitingTimes.filter((w) => w.kind === "SERVICE")
        .map((w) => [w.channel, w.minutes]),
    ).toEqual([
      ["AUTHORITY", 15],
      ["SERVICE_CENTRE", 30],
    ]);
  });
});

describe("providers (paragraph 1)", () => {
  it("finds the channels, their lists and the akim fallback (S6 23657–23671)", () => {
    expect(service(6).providers.map((p) => [p.channel, p.appendixId, p.alternative])).toEqual([
      ["AUTHORITY", "s6-a1", false],
      ["AKIM", null, true],
      ["SERVICE_CENTRE", "s6-a2", true],
    ]);
    expect(service(6).providers[1]?.wording).toContain(
      "ауылдық (селолық) округтің әкіміне (бұдан әрі – ауылдық округтің әкімі) жүгінеді",
    );
  });

  it("reads «балама негізде» as an alternative channel like «баламалы негізде» (S5 19399, S12 47918, S13 52268; S2 4008)", () => {
    const centre = (n: number) => service(n).providers.find((p) => p.channel === "SERVICE_CENTRE");
    expect(centre(5)?.wording).toMatch(/^сондай-ақ балама негізде халыққа қызмет/u);
    for (const n of [2, 3, 4, 5, 6, 12, 13, 16]) expect(centre(n)?.alternative, `S${n}`).toBe(true);
  });

  it("has a service-centre channel exactly in S2, S3, S4, S5, S6, S12, S13, S16 and an akim in S6, S7, S16, S17", () => {
    const having = (channel: string) =>
      services.filter((s) => s.providers.some((p) => p.channel === channel)).map((s) => s.number);
    expect(having("SERVICE_CENTRE")).toEqual([2, 3, 4, 5, 6, 12, 13, 16]);
    expect(having("AKIM")).toEqual([6, 7, 16, 17]);
    expect(having("AUTHORITY")).toHaveLength(17);
  });
});

describe("legal basis (paragraph 3)", () => {
  it("restores S7's displaced «Заңының» and reads three acts (30559–30571)", () => {
    const basis = service(7).legalBasis;
    expect(basis?.lines).toEqual({ start: 30559, end: 30571 });
    expect(basis?.citations.map((c) => [c.kind, c.date, c.number, c.parts])).toEqual([
      ["LAW", "2001-07-17", null, ["2-бабы", "1-тармағының"]],
      ["GOVERNMENT_RESOLUTION", "2001-12-24", "1685", ["2-тарауының"]],
      ["MINISTERIAL_ORDER", "2009-07-28", "237-ө", []],
    ]);
  });

  it("reads S18's law with its sub-paragraphs (80665–80667)", () => {
    expect(service(18).legalBasis?.citations).toEqual([
      expect.objectContaining({
        kind: "LAW",
        title: "Халықты жұмыспен қамту туралы",
        date: "2001-01-23",
        parts: ["8-бабы", "1-тармағының", "2), 5), 6), 7) тармақшаларына"],
      }),
    ]);
  });

  it("reads every standard's acts with dates, numbers and parts (paragraph 3)", () => {
    const summary = Object.fromEntries(
      services
        .filter((s) => !s.repealed)
        .map((s) => [
          s.number,
          s.legalBasis?.citations.map((c) => [c.kind, c.date, c.number, c.parts.join(" ")].filter((v) => v).join(" ")),
        ]),
    );
    expect(summary).toEqual({
      1: ["LAW 2001-01-23 15-бабына"],
      2: ["LAW 1992-12-18 11-бабы", "GOVERNMENT_RESOLUTION 2006-02-20 110 2-тарауы"],
      3: ["LAW 2001-01-23 8-бабына"],
      4: ["LAW 2005-04-13 22-бабы 1-тармағының", "GOVERNMENT_RESOLUTION 2005-07-20 754"],
      5: ["LAW 2005-04-13 22-бабы 1-тармағының", "GOVERNMENT_RESOLUTION 2005-07-20 754"],
      6: [
        "LAW 2005-06-28 4-бабы 1-тармағының",
        "LAW 2007-01-11 29-бабының",
        "GOVERNMENT_RESOLUTION 2005-11-02 1092 4-тарауының",
      ],
      7: [
        "LAW 2001-07-17 2-бабы 1-тармағының",
        "GOVERNMENT_RESOLUTION 2001-12-24 1685 2-тарауының",
        "MINISTERIAL_ORDER 2009-07-28 237-ө",
      ],
      8: ["LAW 2005-04-13 21-бабының 1-тармағының 4) тармақшасы", "GOVERNMENT_RESOLUTION 2005-07-20 754"],
      9: ["LAW 2005-04-13 22-бабы 1-тармағы", "GOVERNMENT_RESOLUTION 2005-07-20 754"],
      10: ["LAW 2005-04-13 20-бабы", "GOVERNMENT_RESOLUTION 2005-07-20 754"],
      12: [
        "LAW 2005-04-13 24-бабының 1-тармағы",
        "LAW 2008-12-29 11-бабы 1-тармағының 3) тармақшасы 13-бабы 1-тармағының 1) тармақшасы",
        "GOVERNMENT_RESOLUTION 2009-03-14 330 1-тармағы",
        "MINISTERIAL_ORDER 2010-12-06 394-ө",
      ],
      13: [
        "LAW 2005-04-13 23-бабының 1-тармағы",
        "LAW 2008-12-29 11-бабы 1-тармағының 3) тармақшасы 13-бабы 1-тармағының 1) тармақшасы",
        "GOVERNMENT_RESOLUTION 2009-03-14 330 1-тармағы",
        "MINISTERIAL_ORDER 2010-12-06 394-ө",
      ],
      14: ["LAW 2001-01-23 6-бабының 1-тармағы 1) тармақшасының", "MASLIKHAT_DECISION"],
      15: ["LAW 2002-07-11 16-бабы 4) тармақшасының", "LOCAL_EXECUTIVE_RESOLUTION"],
      16: ["LAW 2005-07-08 18-бабының 5-тармағы", "MASLIKHAT_DECISION"],
      17: ["LAW 2001-07-17", "GOVERNMENT_RESOLUTION 2008-01-25 64"],
      18: ["LAW 2001-01-23 8-бабы 1-тармағының 2), 5), 6), 7) тармақшаларына"],
    });
  });

  it("does not take «(бұдан әрі – Заң)» for another act (S2 4014–4015)", () => {
    expect(service(2).legalBasis?.text).toContain(
      "Заңының (бұдан әрі – Заң) 11-бабы және Қазақстан Республикасы Үкіметінің 2006 жылғы 20 ақпандағы № 110 қаулысымен бекітілген",
    );
  });

  it("names maslikhat decisions as a basis (S14 56530–56533)", () => {
    expect(service(14).legalBasis?.citations.map((c) => c.kind)).toEqual(["LAW", "MASLIKHAT_DECISION"]);
  });
});

describe("result, recipients, cost", () => {
  it("splits the result into its outcomes and medium (S1 108–110)", () => {
    expect(service(1).result).toMatchObject({
      outcomes: [
        "электронды түрде жұмыссыз ретінде тіркеу және есепке қою",
        "қызмет көрсетуден бас тарту туралы дәлелді жауап",
      ],
      medium: "ELECTRONIC",
      lines: { start: 108, end: 110 },
    });
  });

  it("lists the recipients' categories (S1 111–114) and leaves S14's to the maslikhat (56541–56542)", () => {
    expect(service(1).recipients?.categories).toEqual([
      "Қазақстан Республикасының азаматтарына",
      "оралмандарға",
      "босқындарға",
      "шетелдіктерге",
      "Қазақстан Республикасында тұрақты тұратын азаматтығы жоқ адамдарға",
    ]);
    expect(service(14).recipients?.setByMaslikhat).toBe(true);
  });

  it("enumerates no category where the maslikhats set them (S14 56541–56542), not the sentence's tail", () => {
    expect(service(14).recipients).toMatchObject({
      categories: [],
      categoryLines: [],
      setByMaslikhat: true,
      lines: { start: 56541, end: 56542 },
    });
  });

  it("keeps «ата-аналарына және өзге де заңды өкілдеріне» one category and reads the dash as what each category must be (S15 62799–62806)", () => {
    expect(service(15).recipients?.categories).toEqual([
      "Қазақстан Республикасының азаматтарына – үйде оқып және тәрбиеленіп жатқан мүгедек балалардың ата-аналарына және өзге де заңды өкілдеріне",
      "Қазақстан Республикасының аумағында тұрақты тұратын шетелдіктер мен азаматтығы жоқ адамдарға – үйде оқып және тәрбиеленіп жатқан мүгедек балалардың ата-аналарына және өзге де заңды өкілдеріне",
    ]);
    // «жеке тұлғаларға – …» names every person, so the dash gives the one category (S17 73368–73369).
    expect(service(17).recipients?.categories).toEqual(["мемлекеттік атаулы әлеуметтік көмек алушыларға"]);
  });

  it("reads S5's three headed groups: a heading is no category, it qualifies the lines under it (19426–19446)", () => {
    const categories = service(5).recipients?.categories ?? [];
    expect(categories).toHaveLength(10);
    expect(categories.some((c) => /бойынша$/u.test(c))).toBe(false);
    expect(categories[2]).toBe("сурдотехникалық құралдармен қамтамасыз ету бойынша: мүгедек балаларға");
    expect(categories[6]).toBe("тифлотехникалық құралдармен қамтамасыз ету бойынша: мүгедек балаларға");
    expect(service(5).recipients?.categoryLines[6]).toEqual({ start: 19435, end: 19437 });
  });

  it("lists the lines after a lead ending in a colon as categories (S2 4034–4047, S4 15202–15218)", () => {
    expect(service(2).recipients?.categories).toHaveLength(4);
    expect(service(2).recipients?.categoryLines.map((l) => l.start)).toEqual([4035, 4038, 4041, 4044]);
    expect(service(2).recipients?.categories[0]).toMatch(
      /^әуеде және жер үстінде ядролық жарылыстар жасаған кезеңде \(1949-1965 жж\.\)/u,
    );
    expect(service(4).recipients?.categories).toHaveLength(7);
    expect(service(4).recipients?.categories[6]).toMatch(/кәсіптік ауруға шалдыққан мүгедектерге$/u);
  });

  it("states every service free (paragraph 8)", () => {
    expect(services.filter((s) => !s.repealed).every((s) => s.cost?.free === true)).toBe(true);
  });
});

describe("schedules (paragraph 9)", () => {
  it("reads the authority's and the centre's hours (S3 11012–11027)", () => {
    expect(service(3).schedules?.byChannel.map((s) => [s.channels, s.scope, s.weekly])).toEqual([
      [
        ["AUTHORITY"],
        "MAIN",
        [
          {
            days: ["MON", "TUE", "WED", "THU", "FRI"],
            opens: "09:00",
            closes: "18:00",
            breaks: [{ start: "13:00", end: "14:00" }],
          },
        ],
      ],
      [
        ["SERVICE_CENTRE"],
        "MAIN",
        [{ days: ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"], opens: "09:00", closes: "20:00", breaks: [] }],
      ],
      [
        ["SERVICE_CENTRE"],
        "BRANCHES",
        [
          {
            days: ["MON", "TUE", "WED", "THU", "FRI"],
            opens: "09:00",
            closes: "19:00",
            breaks: [{ start: "13:00", end: "14:00" }],
          },
        ],
      ],
    ]);
  });
});

describe("schedules: notes", () => {
  it("keeps the sentence after S13's branch hours as a note, not as hours (52331–52334)", () => {
    const branches = service(13).schedules?.byChannel.find((b) => b.scope === "BRANCHES");
    expect(branches?.text).toBe(
      "мереке және демалыс күндерін қоспағанда, сағат 13.00-ден 14.00-ге дейін түскі үзіліспен сағат 9.00-ден 19.00-ге дейін.",
    );
    expect(service(13).schedules?.notes.map((n) => n.text)).toContain(
      "Қабылдау алдын ала жазылусыз және жедел қызмет көрсетусіз, «электронды» кезек тәртібімен жүзеге асырылады.",
    );
  });
});

describe("schedules of every standard", () => {
  it("gives each authority 9–18 on weekdays with a 13–14 lunch, and each centre its own and its branches' hours", () => {
    const weekdays = [
      {
        days: ["MON", "TUE", "WED", "THU", "FRI"],
        opens: "09:00",
        closes: "18:00",
        breaks: [{ start: "13:00", end: "14:00" }],
      },
    ];
    for (const s of services.filter((x) => !x.repealed)) {
      const authority = s.schedules?.byChannel.find((b) => b.channels.includes("AUTHORITY") && b.scope === "MAIN");
      expect(authority?.weekly, `S${s.number}`).toEqual(weekdays);
      const centre = s.schedules?.byChannel.filter((b) => b.channels.includes("SERVICE_CENTRE")) ?? [];
      if (s.providers.some((p) => p.channel === "SERVICE_CENTRE")) {
        expect(
          centre.map((b) => [b.scope, b.weekly[0]?.opens, b.weekly[0]?.closes, b.weekly[0]?.days.length]),
          `S${s.number}`,
        ).toEqual([
          ["MAIN", "09:00", "20:00", 7],
          ["BRANCHES", "09:00", "19:00", 5],
        ]);
      }
    }
  });
});

describe("documents (paragraph 11)", () => {
  it("lists S1's five items, the first with three applicant cases (143–154)", () => {
    const list = service(1).documents?.lists[0];
    expect(list?.channels).toEqual(["AUTHORITY"]);
    expect(list?.items.map((i) => i.code)).toEqual(["d1", "d2", "d3", "d4", "d5"]);
    expect(list?.items[0]?.cases.map((c) => [c.code, c.applicants, c.lines.start])).toEqual([
      ["d1.1", "Қазақстан азаматтары", 145],
      ["d1.2", "шетелдіктер және азаматтығы жоқ адамдар", 146],
      ["d1.3", "оралмандар", 149],
    ]);
    expect(service(1).documents?.noFormsToFill).toBe(true);
  });

  it("keeps S6's two channel lists of eight items (23764–23811)", () => {
    expect(service(6).documents?.lists.map((l) => [l.channels, l.items.length, l.lines.start])).toEqual([
      [["AUTHORITY", "SERVICE_CENTRE"], 8, 23764],
      [["AKIM"], 8, 23796],
    ]);
  });

  it("reads S5's three sub-lists and the closing certificate (19491–19544)", () => {
    const items = service(5).documents?.lists[0]?.items ?? [];
    expect(items.map((i) => [i.code, i.cases.length])).toEqual([
      ["d1", 7],
      ["d2", 4],
      ["d3", 4],
      ["x1", 0],
    ]);
    expect(items[3]?.text).toBe("мүгедектігі туралы анықтама ұсынады");
  });

  it("leaves S14's list to maslikhat decisions and reads its free-form application (56571–56574)", () => {
    expect(service(14).documents).toMatchObject({
      lists: [],
      setByMaslikhat: true,
      forms: { lines: { start: 56573, end: 56574 } },
    });
  });

  it("adds S18's documents for foreigners and oralmans after the list (80716–80727)", () => {
    const items = service(18).documents?.lists[0]?.items ?? [];
    expect(items.map((i) => i.code)).toEqual(["d1", "d2", "d3", "d4", "d5", "x1", "x2"]);
    expect(items[6]?.text).toBe("Оралмандар оралман куәлігін ұсынады");
  });

  it("reads S17's unnumbered identity item with two cases (73404–73408)", () => {
    expect(service(17).documents?.lists[0]?.items.map((i) => [i.code, i.cases.length])).toEqual([["d1", 2]]);
  });
});

describe("refusal, suspension, termination (paragraph 16)", () => {
  it("splits S1's grounds and finds the refusal-letter form (169–173)", () => {
    expect(service(1).refusalGrounds?.grounds.map((g) => [g.code, g.text])).toEqual([
      ["r1", "қажетті құжаттар болмаған кезде"],
      ["r2", "жалған мәліметтер мен құжаттар ұсынған кезде"],
    ]);
    expect(service(1).refusalGrounds?.letterAppendixId).toBe("s1-a2");
    expect(service(1).suspensionGrounds).toMatchObject({ exists: false, lines: { start: 173, end: 173 } });
  });

  it("keeps S6's termination grounds apart from its refusal grounds (23864–23898)", () => {
    expect(service(6).refusalGrounds?.grounds.map((g) => g.code)).toEqual(["r1", "r2", "r3"]);
    expect(service(6).refusalGrounds?.termination.map((g) => [g.code, g.lines.start])).toEqual([
      ["t1", 23879],
      ["t2", 23880],
      ["t3", 23881],
      ["t4", 23883],
    ]);
  });

  it("keeps S6's unnumbered sentence as a third refusal ground: the text names it one (23895–23897)", () => {
    // Paragraph 16 (new wording, № 435) lists two numbered grounds under «Уәкілетті орган: … бас тартады»,
    // then, after the termination grounds and the centre's return rules, says in its own words
    // «Мемлекеттік қызмет көрсетуден бас тарту үшін негіз … толық емес және (немесе) дәйексіз
    // мәліметтерді ұсынуы болып табылады» — «the ground for refusal is …». The seed map (§3, S6) counts
    // it as the third of S6's three refusal grounds.
    const lines = sliceLines(act, 23895, 23897)
      .map((l) => l.text)
      .join(" ");
    expect(lines).toMatch(/бас тарту үшін негіз/u);
    const third = service(6).refusalGrounds?.grounds[2];
    expect(third?.code).toBe("r3");
    expect(third?.lines).toEqual({ start: 23895, end: 23897 });
    expect(third?.text).toMatch(/толық емес және \(немесе\) дәйексіз мәліметтерді ұсынуы/u);
  });

  it("reads S16's shared termination and suspension grounds (66597–66605)", () => {
    expect(service(16).refusalGrounds?.grounds).toHaveLength(1);
    expect(service(16).refusalGrounds?.termination).toHaveLength(3);
    expect(service(16).suspensionGrounds?.exists).toBe(true);
    expect(service(16).suspensionGrounds?.grounds.map((g) => g.code)).toEqual(["s1", "s2", "s3"]);
  });

  it("counts the seed map's refusal grounds per standard", () => {
    expect(
      Object.fromEntries(services.filter((s) => !s.repealed).map((s) => [s.number, s.refusalGrounds?.grounds.length])),
    ).toEqual({
      1: 2,
      2: 2,
      3: 1,
      4: 4,
      5: 4,
      6: 3,
      7: 3,
      8: 3,
      9: 3,
      10: 3,
      12: 3,
      13: 3,
      14: 1,
      15: 2,
      16: 1,
      17: 1,
      18: 1,
    });
  });
});

describe("hand-in and delivery", () => {
  it("gives a talon at the authority or akim and a receipt at the centre (S6 23843–23854)", () => {
    expect(service(6).handIn.map((h) => [h.channels, h.receives])).toEqual([
      [["AUTHORITY", "AKIM"], "TALON"],
      [["SERVICE_CENTRE"], "RECEIPT"],
    ]);
    expect(service(6).handIn[1]?.contents).toContain("сұралатын мемлекеттік қызметтің түрі");
  });

  it("lists a talon's contents without the sentence's lead (S8 36893) and the result handed over at once (S17 73423–73425)", () => {
    expect(service(8).handIn[0]?.contents).toEqual([
      "тіркелген және тұтынушының мемлекеттік қызметті алатын күні",
      "құжаттарды қабылдап алған адамның тегі мен аты-жөні",
    ]);
    expect(service(17).handIn).toEqual([
      expect.objectContaining({
        channels: ["AUTHORITY", "AKIM"],
        receives: "RESULT",
        contents: [
          "мемлекеттік қызмет алушының атаулы әлеуметтік көмек алушыларға (отбасына) тиесілігін растайтын анықтама",
        ],
        lines: { start: 73423, end: 73425 },
      }),
    ]);
  });

  it("reads «почта» as the post like «пошта» (S9 40565–40568 «почта байланысы арқылы», S15 62869–62873 «почталық хабарлама»)", () => {
    expect(service(9).delivery.map((d) => [d.methods, d.lines.start])).toEqual([[["IN_PERSON", "BY_POST"], 40565]]);
    expect(service(15).delivery.map((d) => d.methods)).toEqual([["IN_PERSON", "BY_POST"]]);
  });

  it("delivers in person or by post per channel (S6 23855–23860)", () => {
    expect(service(6).delivery.map((d) => [d.channels, d.methods])).toEqual([
      [
        ["AUTHORITY", "AKIM"],
        ["IN_PERSON", "BY_POST"],
      ],
      [["SERVICE_CENTRE"], ["IN_PERSON"]],
    ]);
  });
});

describe("complaints (section 5)", () => {
  it("routes each kind of complaint to its body and list (S1 194–223)", () => {
    const complaints = service(1).complaints;
    expect(complaints?.routes.map((r) => [r.kind, r.target, r.appendixId])).toEqual([
      ["OFFICIAL_ACTIONS", "PROVIDER_HEAD", "s1-a1"],
      ["RESULT_DISAGREEMENT", "REGIONAL_ADMINISTRATION", "s1-a4"],
      ["RESULT_DISAGREEMENT", "AKIMAT_APPARATUS", "s1-a5"],
      ["RUDE_SERVICE", "PROVIDER_HEAD", "s1-a4"],
      ["COURT", "COURT", null],
    ]);
    expect(complaints?.contents?.lines).toEqual({ start: 217, end: 220 });
    expect(complaints?.receipt).toMatchObject({
      receives: "TALON",
      includesAnswerDate: true,
      includesContact: true,
      lines: { start: 221, end: 223 },
    });
  });

  it("keeps every list a route cites: S2 p.20 cites appendices 1 and 4 (4195–4198), p.22 appendices 1, 2 and 6 (4207–4214)", () => {
    const routes = (kind: string) =>
      service(2)
        .complaints?.routes.filter((r) => r.kind === kind)
        .map((r) => [r.target, r.appendixId, r.lines.start]);
    expect(routes("OFFICIAL_ACTIONS")).toEqual([
      ["PROVIDER_HEAD", "s2-a1", 4195],
      ["REGIONAL_ADMINISTRATION", "s2-a4", 4195],
      ["PROVIDER_HEAD", "s2-a2", 4199],
    ]);
    expect(routes("RUDE_SERVICE")).toEqual([
      ["PROVIDER_HEAD", "s2-a1", 4207],
      ["PROVIDER_HEAD", "s2-a2", 4207],
      ["AKIMAT_APPARATUS", "s2-a6", 4207],
    ]);
  });

  it("routes a complaint about rude service to the head of the centre too, where the text names it and cites its list (S6 23939–23946)", () => {
    // «… уәкілетті органның, облыс әкімі аппаратының, орталық басшысының атына … осы стандартқа 1, 2, 6-қосымшаларда көрсетілген.»
    expect(
      service(6)
        .complaints?.routes.filter((r) => r.kind === "RUDE_SERVICE")
        .map((r) => [r.target, r.appendixId]),
    ).toEqual([
      ["PROVIDER_HEAD", "s6-a1"],
      ["PROVIDER_HEAD", "s6-a2"],
      ["AKIMAT_APPARATUS", "s6-a6"],
    ]);
    const toCentreHead = services
      .filter((s) => s.complaints?.routes.some((r) => r.kind === "RUDE_SERVICE" && r.appendixKind === "XQO"))
      .map((s) => s.number);
    expect(toCentreHead).toEqual([2, 4, 5, 6, 12, 13, 16]);
  });

  it("reads plural «әрекеттеріне (әрекетсіздігіне)» and the centre's own route (S12 48102–48109)", () => {
    expect(
      service(12)
        .complaints?.routes.filter((r) => r.kind === "OFFICIAL_ACTIONS")
        .map((r) => [r.target, r.appendixId]),
    ).toEqual([
      ["PROVIDER_HEAD", "s12-a1"],
      ["REGIONAL_ADMINISTRATION", "s12-a4"],
      ["PROVIDER_HEAD", "s12-a2"],
    ]);
  });

  it("keeps S7's citation of the akimat list for the higher authority (30712)", () => {
    expect(service(7).complaints?.routes.find((r) => r.kind === "RESULT_DISAGREEMENT")).toMatchObject({
      target: "REGIONAL_ADMINISTRATION",
      appendixId: "s7-a4",
      appendixKind: "AKIM",
    });
  });

  it("finds the talon sentence beside a court route (S4 15388–15395) and in paragraph 24 (S17 73482–73484)", () => {
    expect(service(4).complaints?.receipt).toMatchObject({
      includesAnswerDate: true,
      includesContact: true,
      lines: { start: 15388, end: 15395 },
    });
    expect(
      service(4)
        .complaints?.routes.filter((r) => r.kind === "COURT")
        .map((r) => r.lines.start),
    ).toEqual([15382, 15388]);
    expect(service(17).complaints?.receipt?.lines).toEqual({ start: 73482, end: 73484 });
    expect(service(17).complaints?.contents?.lines).toEqual({ start: 73478, end: 73481 });
  });

  it("tells S18's complainant the outcome comes by post, keeping the talon paragraph's last sentence (80793–80798)", () => {
    expect(service(18).complaints?.receipt).toMatchObject({ outcomeByPost: true, lines: { start: 80793, end: 80798 } });
    expect(service(18).complaints?.receipt?.text).toMatch(
      /талон беріледі\. Шағымды қарау нәтижелері туралы мемлекеттік қызмет алушы пошта арқылы жазбаша түрде хабарланады\.$/u,
    );
  });
});

describe("appendices, quality indicators, forms, sub-services", () => {
  it("lists each standard's appendices (78 in all)", () => {
    expect(services.reduce((n, s) => n + s.appendixIds.length, 0)).toBe(78);
    expect(service(17).appendixIds).toEqual(["s17-a1", "s17-a2", "s17-a3", "s17-a4", "s17-a5", "s17-a6"]);
  });

  it("has 6 quality indicators per standard and 12 in S18", () => {
    expect(services.filter((s) => !s.repealed).map((s) => s.qualityIndicators.length)).toEqual([
      6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 12,
    ]);
  });

  it("attaches the three forms (S1.a2, S17.a2, S17.a3)", () => {
    expect(services.flatMap((s) => s.forms.map((f) => f.id))).toEqual(["s1-a2", "s17-a2", "s17-a3"]);
  });

  it("lists S18's six sub-services (80656–80663)", () => {
    expect(service(18).subServices.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(service(18).subServices[5]).toMatchObject({
      title: "Адамдарға кәсіптік бағдарлауда тегін қызмет көрсету",
      lines: { start: 80663, end: 80663 },
    });
  });

  it("ties S18's refusal ground to the sub-services it excepts, by their quoted names (80739–80742)", () => {
    // «… жолдама беруден бас тартады («Жұмысқа орналасу үшін жолдама беруді» және «Адамдарға кәсіптік бағдарлауда тегін қызмет көрсетуді» қоспағанда).»
    expect(service(18).refusalGrounds?.grounds.map((g) => [g.code, g.exceptSubServices])).toEqual([["r1", [4, 6]]]);
    expect(
      services
        .flatMap((s) => [...(s.refusalGrounds?.grounds ?? []), ...(s.refusalGrounds?.termination ?? [])])
        .filter((g) => g.exceptSubServices.length > 0),
    ).toHaveLength(1);
  });
});

describe("the Ministry (paragraph 26)", () => {
  it("reads the address and web site of every standard, S18's own site included (80799–80801)", () => {
    const ministry = extractMinistry(act, lexicon, services);
    expect(ministry.sources).toHaveLength(17);
    expect(ministry.postalCode).toBe("010000");
    expect(ministry.website).toBe("www.enbek.gov.kz");
    expect(ministry.sources.find((s) => s.serviceNumber === 18)).toMatchObject({
      address: "010000, Астана қаласы, Орынбор көшесі, 8",
      website: "www.enbek.kz",
      lines: { start: 80799, end: 80801 },
    });
  });
});

describe("the Ministry's conflicts (paragraph 26 differs between standards)", () => {
  const chosen = chooseMinistryValues(extractMinistry(act, lexicon, services));

  it("keeps www.enbek.gov.kz and records S18's www.enbek.kz with its lines (80799–80801), naming no listings", () => {
    expect(
      act
        .slice(80798, 80801)
        .map((line) => line.text)
        .join(" "),
    ).toContain("www.enbek.kz");
    expect(chosen.website).toBe("www.enbek.gov.kz");
    const websites = chosen.conflicts.find((conflict) => conflict.field === "websites");
    expect(websites).toMatchObject({
      providerId: "ministry",
      chosen: "www.enbek.gov.kz",
      rule: "majority: 16 of 17 standards",
    });
    expect(websites!.values).toEqual([
      expect.objectContaining({ value: "www.enbek.gov.kz", listingIds: [] }),
      { value: "www.enbek.kz", listingIds: [], lines: [{ start: 80799, end: 80801 }] },
    ]);
    expect(websites!.values[0]!.lines).toHaveLength(16);
  });

  it("records every wording of the address, each with the lines of the standards that print it (224–227 … 80799–80801)", () => {
    const address = chosen.conflicts.find((conflict) => conflict.field === "address")!;
    expect(address.chosen).toBe(chosen.address);
    expect(address.chosen).toMatch(/сол жақ жағалау, Орынбор көшесі, № 8-үй/);
    const lines = address.values.flatMap((value) => value.lines ?? []);
    expect(lines).toHaveLength(17);
    expect(lines).toContainEqual({ start: 224, end: 227 });
    expect(address.values.find((value) => value.value === "010000, Астана қаласы, Орынбор көшесі, 8")?.lines).toEqual([
      { start: 80799, end: 80801 },
    ]);
  });
});

describe("REPORT.md table", () => {
  it("renders one row per preamble item", () => {
    const table = renderServiceTable(services);
    const rows = table.trim().split("\n");
    expect(rows).toHaveLength(2 + 18);
    expect(rows[2 + 5]).toBe(
      "| 6 | 18 жасқа дейінгі балалары бар отбасыларға мемлекеттік жәрдемақылар тағайындау | NON_AUTOMATED | authority, akim, centre | 7 wd / ≤22 wd / 7 wd | authority/centre: 8; akim: 8 | 3 | 6 |",
    );
    expect(rows[2 + 10]).toBe("| 11 | repealed | — | — | — | — | — | — |");
  });
});
