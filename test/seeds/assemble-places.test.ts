import { describe, expect, it } from "vitest";
import { readPlaceName } from "../../seeds/extract/assemble/places.js";
import { compactKey, identityKey, isSpellingVariant } from "../../seeds/extract/assemble/keys.js";
import { normaliseText } from "../../seeds/extract/clean/text.js";
import { regionById } from "../../seeds/extract/regions.js";
import { readSource, sliceLines } from "../../seeds/extract/source.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon } = actAttested();

const lines = readSource();

/** The cleaned name cell printed on lines `start`..`end` (a leading row number dropped, as the readers do). */
function nameAt(start: number, end: number): string {
  const text = sliceLines(lines, start, end)
    .map((line) => line.text)
    .join("\n");
  return normaliseText(text, lexicon).replace(/^\d+\.?\s+/, "");
}

function place(regionId: string, start: number, end: number) {
  return readPlaceName(nameAt(start, end), regionById(regionId));
}

describe("readPlaceName on the act's names", () => {
  it("reads a district department (S1.a1 Ақмола row 1, 263–266)", () => {
    expect(place("akmola", 263, 266)).toEqual({ place: "Ақкөл", kind: "DISTRICT", branch: null, number: null });
  });

  it("reads the same district from its akimat (S2.a5, 7965–7966)", () => {
    expect(place("akmola", 7965, 7966)).toMatchObject({ place: "Ақкөл", kind: "DISTRICT" });
  });

  it("takes the district after the city of republican significance (Астана «Сарыарқа», 10602–10605)", () => {
    expect(place("astana", 10602, 10605)).toMatchObject({ place: "Сарыарқа", kind: "DISTRICT" });
  });

  it("finds no district in the Astana city apparatus (S1.a5, 3977–3978)", () => {
    expect(place("astana", 3977, 3978)).toMatchObject({ place: null, kind: null });
  });

  it("keeps «Алматы ауданының әкімдігі» in Алматы city as a district (10663–10664)", () => {
    expect(place("almaty-city", 10663, 10664)).toMatchObject({ place: "Алматы", kind: "DISTRICT" });
  });

  it("reads the short Almaty form «Түрксіб ауданы бөлімі» (S1.a1, 3448)", () => {
    expect(place("almaty-city", 3448, 3448)).toMatchObject({ place: "Түрксіб", kind: "DISTRICT" });
  });

  it("reads a centre's district through the misprint «аудандының» (S2.a2 row 18, 7515–7516)", () => {
    expect(place("almaty-city", 7515, 7516)).toMatchObject({ place: "Әуезов", kind: "DISTRICT" });
  });

  it("reads the number of a numbered oblast centre (S2.a2 row 5, 7390–7391)", () => {
    expect(place("east-kazakhstan", 7390, 7391)).toMatchObject({ place: null, number: "1" });
  });

  it("reads the Байқоңыр branch and its district Қармақшы (S1.a1 Қызылорда row 5, 2501–2505)", () => {
    expect(place("kyzylorda", 2501, 2505)).toEqual({
      place: "Қармақшы",
      kind: "DISTRICT",
      branch: "Байқоңыр",
      number: null,
    });
  });

  it("reads the other wording of the branch, «…бөлімінің Байқоңыр қаласы бойынша филиалы» (S2.a1, 6381–6385)", () => {
    expect(place("kyzylorda", 6381, 6385)).toEqual({
      place: "Қармақшы",
      kind: "DISTRICT",
      branch: "Байқоңыр",
      number: null,
    });
  });

  it("splits a marker glued to a two-letter word, «Әйтеке биауданының» (S13.a1 Ақтөбе row 1, 52830–52833)", () => {
    expect(place("aktobe", 52830, 52833)).toMatchObject({ place: "Әйтеке би", kind: "DISTRICT" });
  });

  it("reads the abbreviation «қ.» as a city (S1.a1 Ақтөбе row 13, 718–720)", () => {
    expect(place("aktobe", 718, 720)).toMatchObject({ place: "Ақтөбе", kind: "CITY" });
  });

  it("reads a settlement akimat (S2.a5 «Әйтеке би кентінің әкімдігі», 9794–9795)", () => {
    expect(place("kyzylorda", 9794, 9795)).toMatchObject({ place: "Әйтеке би", kind: "SETTLEMENT" });
  });

  it("survives the split marker «ауданы ның» (9783–9784)", () => {
    expect(place("kyzylorda", 9783, 9784)).toMatchObject({ place: "Қазалы", kind: "DISTRICT" });
  });

  it("skips «атындағы» and reads «ауданның» (S2.a1 СҚО, 6892–6895)", () => {
    expect(place("north-kazakhstan", 6892, 6895)).toMatchObject({ place: "Ғабит Мүсірепов", kind: "DISTRICT" });
  });

  it("names the oblast centre for «Қалалық жұмыспен қамту…» (S18.a1 Ақтөбе row 1, 81143–81145)", () => {
    expect(place("aktobe", 81143, 81145)).toMatchObject({ place: "Ақтөбе", kind: "CITY" });
  });

  it("reads the city from «Қостанай қаласы әкімдігінің жұмыспен…» (S2.a1, 6263–6266)", () => {
    expect(place("kostanay", 6263, 6266)).toMatchObject({ place: "Қостанай", kind: "CITY" });
  });

  it("reads «Рудный аудандық» as printed, a district; the city is decided with the AKIM lists (6292–6294)", () => {
    expect(place("kostanay", 6292, 6294)).toMatchObject({ place: "Рудный", kind: "DISTRICT" });
  });

  it("reads a letter-spaced place (S17.a6 «Ы р ғ ы з ауданының», 77869–77871)", () => {
    expect(place("aktobe", 77869, 77871)).toMatchObject({ place: "Ырғыз", kind: "DISTRICT" });
  });
});

describe("spelling variants (seed map §4.2)", () => {
  it.each([
    ["Мерке", "Меркі"],
    ["Түрксіб", "Түркісіб"],
    ["Бөрлі", "Бөрілі"],
    ["Шарбақты", "Шербақты"],
    ["Степногор", "Степногорск"],
    ["Железинка", "Железинский"],
    ["Бөкей ордасы", "Бөкейорда"],
    ["Алмалы", "Алматы"],
    ["Сарқан", "Сарқант"],
    ["Успен", "Успенка"],
  ])("%s ~ %s", (a, b) => {
    expect(isSpellingVariant(compactKey(a), compactKey(b))).toBe(true);
  });

  it.each([
    ["Шу", "Іле"],
    ["Ақсу", "Ақтау"],
    ["Алатау", "Алмалы"],
    ["Жамбыл", "Жарма"],
  ])("%s is not %s", (a, b) => {
    expect(isSpellingVariant(compactKey(a), compactKey(b))).toBe(false);
  });

  it("maps Latin look-alikes and quotes away (§5.12)", () => {
    expect(identityKey("«Мемлекеттiк»")).toBe(identityKey("Мемлекеттік"));
  });
});
