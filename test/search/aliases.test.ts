/**
 * The folding and the alias table search uses: pure, against the committed
 * data and the act's text.
 */
import { describe, expect, it } from "vitest";
import { readSource } from "../../seeds/extract/source.js";
import { ALIAS_TABLE, findAliases, isFormOf } from "../../src/modules/search/search.aliases.js";
import { searchFold } from "../../src/modules/search/search.fold.js";
import { phoneDigits, phoneKey } from "../../src/modules/search/search.keys.js";
import { searchTerms, STOP_WORDS } from "../../src/modules/search/search.text.js";
import { committedSeedData } from "../support/database.js";

describe("the search folding", () => {
  it("folds Russian Cyrillic spellings of Kazakh names onto the Kazakh: и/і/ы/й, е/ё, ь/ъ, х/һ, к/қ, г/ғ, н/ң, о/ө, у/ұ/ү, а/ә", () => {
    const pairs: [string, string][] = [
      ["Есиль", "Есіл"],
      ["Семей", "Семей"],
      ["Кызылорда", "Қызылорда"],
      ["Аккол", "Ақкөл"],
      ["Мангистау", "Маңғыстау"],
      ["Туркестан", "Түркестан"],
      ["Жанаозен", "Жаңаөзен"],
      ["Экибастуз", "Екібастұз"],
      ["Сарань", "Саран"],
      ["Семёновка", "Семеновка"],
      ["Хромтау", "Һромтау"],
      ["Аркалык", "Арқалық"],
    ];
    for (const [russian, kazakh] of pairs)
      expect(searchFold(russian), `${russian} = ${kazakh}`).toBe(searchFold(kazakh));
  });

  it("folds common English spellings onto the Kazakh: y for й and ы, zh, kh, gh, dzh", () => {
    const pairs: [string, string][] = [
      ["Kostanay", "Қостанай"],
      ["Semey", "Семей"],
      ["Kapshagay", "Қапшағай"],
      ["Kyzylorda", "Қызылорда"],
      ["Zhezkazgan", "Жезқазған"],
      ["Dzhezkazgan", "Жезқазған"],
      ["Shakhtinsk", "Шахтинск"],
      ["Taldykorgan", "Талдықорған"],
      ["Aghadyr", "Ағадыр"],
      ["Qostanai", "Қостанай"],
    ];
    for (const [english, kazakh] of pairs)
      expect(searchFold(english), `${english} = ${kazakh}`).toBe(searchFold(kazakh));
  });

  it("keeps doubled letters, so Ақкөл is not a part of Алакөл", () => {
    expect(searchFold("Алакөл")).not.toContain(searchFold("Ақкөл"));
  });

  it("reads every spelling of a phone number as the same digits", () => {
    for (const typed of ["8 (7162) 40-10-63", "+7 7162 401063", "87162401063", "7162401063", "8-7162-40-10-63"])
      expect(phoneDigits(typed), typed).toBe("77162401063");
    expect(phoneDigits("40-10-63")).toBe("401063");
    expect(
      phoneKey([
        { raw: "40-10-63", e164: "+77162401063" },
        { raw: "8-7162 25-77-16", e164: "+77162257716" },
      ]),
    ).toBe(" 77162401063 401063 77162257716 ");
  });
});

describe("the alias table", () => {
  const data = committedSeedData();
  const records = new Map<string, string>([
    ...data.regions.map((row) => [`Region:${row.id}`, row.name] as const),
    ...data.districts.map((row) => [`District:${row.id}`, row.name] as const),
    ...data.providers.map(
      (row) =>
        [
          `${{ AUTHORITY: "Authority", AKIMAT_APPARATUS: "AkimatApparatus", SERVICE_CENTRE: "ServiceCentre" }[row.type]}:${row.id}`,
          row.name,
        ] as const,
    ),
  ]);
  const allNames = [...data.regions, ...data.districts, ...data.providers].flatMap((row) => [
    row.name,
    ...row.alternateNames,
  ]);
  const addresses = data.providers.flatMap((row) => (row.address?.full ? [row.address.full] : []));
  const sources = new Set(ALIAS_TABLE.sources.map((source) => source.id));

  it("names every source it cites, and says for each whether it was checked", () => {
    expect([...sources].sort()).toEqual(["act", "kato", "renamed", "ru-term", "usage"]);
    for (const source of ALIAS_TABLE.sources) expect(source.checked.length, source.id).toBeGreaterThan(0);
    for (const alias of [
      ...ALIAS_TABLE.places.flatMap((place) => place.aliases),
      ...ALIAS_TABLE.words.flatMap((group) => group.aliases),
    ]) {
      expect(sources.has(alias.source), alias.text).toBe(true);
      if (alias.source === "renamed")
        expect(alias.note, `${alias.text} needs the renaming's year`).toMatch(/\d{4}|Soviet/);
    }
  });

  it("has the official Russian names of all 16 regions and of the regional centres the act's names do not already fold to", () => {
    const regions = ALIAS_TABLE.places.filter((place) => place.target.startsWith("Region:"));
    const oblasts = data.regions.filter((region) => region.kind === "OBLAST").map((region) => `Region:${region.id}`);
    for (const target of oblasts) {
      const place = regions.find((candidate) => candidate.target === target);
      expect(
        place?.aliases.some((alias) => alias.lang === "ru" && alias.source === "kato" && /область$/.test(alias.text)),
        target,
      ).toBe(true);
    }
    const centres = [
      "Караганда",
      "Усть-Каменогорск",
      "Уральск",
      "Петропавловск",
      "Актобе",
      "Кокшетау",
      "Талдыкорган",
      "Костанай",
      "Кызылорда",
      "Актау",
      "Тараз",
      "Атырау",
      "Павлодар",
      "Шымкент",
    ];
    for (const centre of centres) {
      const covered =
        findAliases(searchFold(centre).split(" ")).length > 0 ||
        data.districts.some((district) => searchFold(district.name).startsWith(`${searchFold(centre)} `));
      expect(covered, centre).toBe(true);
    }
  });

  it("points every place alias at a record that exists, under the Kazakh name it gives, whose name holds the core", () => {
    for (const place of ALIAS_TABLE.places) {
      expect(records.get(place.target), place.target).toBe(place.name);
      expect(searchFold(place.name), place.target).toContain(searchFold(place.core));
    }
  });

  it("lists no alias the folding finds already", () => {
    for (const place of ALIAS_TABLE.places) {
      for (const alias of place.aliases) {
        expect(searchFold(alias.text), alias.text).not.toBe(searchFold(place.core));
        expect(searchFold(alias.text), alias.text).not.toBe(searchFold(place.name));
      }
    }
    for (const group of ALIAS_TABLE.words) {
      for (const alias of group.aliases)
        for (const kazakh of group.kazakh) expect(searchFold(alias.text), alias.text).not.toBe(searchFold(kazakh));
    }
  });

  it("finds every form it cites from the act on the lines it gives", () => {
    const lines = readSource();
    const cited = ALIAS_TABLE.places.flatMap((place) => place.aliases).filter((alias) => alias.source === "act");
    expect(cited.length).toBeGreaterThan(0);
    for (const alias of cited) {
      expect(alias.lines?.length, alias.text).toBeGreaterThan(0);
      for (const no of alias.lines!) expect(lines[no - 1]?.text, `${alias.text} on line ${no}`).toContain(alias.text);
    }
  });

  it("expands generic words to Kazakh words the directory's names (or, for streets, addresses) hold", () => {
    const names = [...allNames, ...addresses].map(searchFold).join(" | ");
    for (const group of ALIAS_TABLE.words)
      for (const kazakh of group.kazakh) expect(names, kazakh).toContain(searchFold(kazakh));
  });

  it("recognises inflected forms of an alias, and only those", () => {
    expect(isFormOf(searchFold("Уральска"), searchFold("Уральск"))).toBe(true);
    expect(isFormOf(searchFold("Карагандинской"), searchFold("Карагандинская"))).toBe(true);
    expect(isFormOf(searchFold("области"), searchFold("область"))).toBe(true);
    expect(isFormOf(searchFold("ЦОНа"), searchFold("ЦОН"))).toBe(true);
    expect(isFormOf(searchFold("ВКОА"), searchFold("ВКО"))).toBe(false);
    expect(isFormOf(searchFold("Кара"), searchFold("Караганда"))).toBe(false);
  });

  it("reads a query's aliases as the Kazakh words they stand for, and drops stop words", () => {
    const terms = searchTerms("отдел занятости г. Уральск");
    expect(terms.map((term) => term.typed.join(" "))).toEqual(["otdel", "zaniatosti", "uralsk"]);
    expect(terms.map((term) => term.alternatives.map((alternative) => alternative.words.join(" ")))).toEqual([
      ["otdel", "bolim"],
      ["zaniatosti", "jumispen kamtu"],
      ["uralsk", "oral"],
    ]);
    expect(STOP_WORDS.has(searchFold("г"))).toBe(true);
    expect(
      searchTerms("Жамбылская область")[0]!.alternatives.map((alternative) => alternative.words.join(" ")),
    ).toEqual(["jambilskaia oblast", "jambil oblisi"]);
  });
});
