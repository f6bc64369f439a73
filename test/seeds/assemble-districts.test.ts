import { describe, expect, it } from "vitest";
import { clusterPlaces, type PlaceMention } from "../../seeds/extract/assemble/districts.js";
import { readPlaceName } from "../../seeds/extract/assemble/places.js";
import { normaliseText } from "../../seeds/extract/clean/text.js";
import { regionById } from "../../seeds/extract/regions.js";
import { readSource, sliceLines } from "../../seeds/extract/source.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon } = actAttested();

const lines = readSource();

function text(start: number, end: number): string {
  return normaliseText(
    sliceLines(lines, start, end)
      .map((line) => line.text)
      .join("\n"),
    lexicon,
  ).replace(/^\d+\.?\s+/, "");
}

/** The akimat lists of the act (seed map §4.3); every other list that names districts is a DEPT list. */
const AKIM_LISTS = new Set(["s2-a5", "s6-a5", "s7-a4", "s14-a4", "s16-a5", "s17-a6"]);

/** A mention as the pipeline builds it: the place read from the printed name, the printed address. */
function mention(
  regionId: string,
  appendixId: string,
  name: [number, number],
  address: [number, number],
): PlaceMention {
  const read = readPlaceName(text(...name), regionById(regionId));
  if (!read.place || !read.kind) throw new Error(`no place in lines ${name.join("–")}`);
  const listKind = AKIM_LISTS.has(appendixId) ? "AKIM" : "DEPT";
  return { regionId, appendixId, listKind, place: read.place, kind: read.kind, address: text(...address) };
}

describe("clusterPlaces on the act's rows", () => {
  it("merges Меркі (S1.a1, 1544) and Мерке (S2.a1, 5478): one district, both spellings kept", () => {
    const { entities } = clusterPlaces([
      mention("zhambyl", "s1-a1", [1544, 1547], [1549, 1551]),
      mention("zhambyl", "s2-a1", [5478, 5480], [5482, 5483]),
      mention("zhambyl", "s3-a1", [12447, 12450], [12452, 12454]),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ kind: "DISTRICT", place: "Меркі", otherSpellings: ["Мерке"] });
  });

  it("makes «Рудный ауданының» (S1.a1, 2402) and «Рудный қаласының әкімдігі» (S2.a5, 9724) one city: the address says «Рудный қаласы»", () => {
    const { entities } = clusterPlaces([
      mention("kostanay", "s1-a1", [2402, 2405], [2407, 2408]),
      mention("kostanay", "s2-a5", [9724, 9725], [9727, 9727]),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ kind: "CITY", place: "Рудный" });
  });

  it("keeps Жітіқара a district although its akimat is «Жітіқара қаласы әкімінің аппараты» (2201 / 9534): the address says «Жітіқара ауданы»", () => {
    const { entities } = clusterPlaces([
      mention("kostanay", "s1-a1", [2201, 2204], [2206, 2208]),
      mention("kostanay", "s2-a5", [9534, 9535], [9537, 9538]),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ kind: "DISTRICT", place: "Жітіқара" });
  });

  it("keeps Арал ауданы and Арал қаласы apart: one list (S2.a5, 9749 and 9772) names both", () => {
    const { entities, entityOfMention } = clusterPlaces([
      mention("kyzylorda", "s2-a5", [9749, 9750], [9752, 9752]),
      mention("kyzylorda", "s2-a5", [9772, 9773], [9775, 9775]),
      mention("kyzylorda", "s1-a1", [2461, 2463], [2465, 2466]),
    ]);
    expect(entities.map((entity) => [entity.place, entity.kind])).toEqual([
      ["Арал", "DISTRICT"],
      ["Арал", "CITY"],
    ]);
    expect(entityOfMention).toEqual([0, 1, 0]);
  });

  it("makes Қостанай ауданы and Қостанай қаласы two places: S2.a5 names both (9587, 9699)", () => {
    const { entities } = clusterPlaces([
      mention("kostanay", "s2-a5", [9587, 9588], [9590, 9590]),
      mention("kostanay", "s2-a5", [9699, 9700], [9702, 9702]),
    ]);
    expect(entities.map((entity) => entity.kind)).toEqual(["DISTRICT", "CITY"]);
  });

  it("turns districts of Астана and Алматы into city districts, and merges «Алматы ауданының әкімдігі» (10663) with Алмалы (S2.a1, 7281)", () => {
    const { entities } = clusterPlaces([
      mention("almaty-city", "s2-a1", [7281, 7281], [7282, 7284]),
      mention("almaty-city", "s2-a5", [10663, 10664], [10666, 10666]),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ kind: "CITY_DISTRICT", place: "Алмалы", otherSpellings: ["Алматы"] });
  });

  it("spells Сарқан as its own akimat does (S2.a5 8505, S6.a5 28228), although the department lists print «Сарқант» (944, 4912) and more rows say so", () => {
    const { entities } = clusterPlaces([
      mention("almaty-oblast", "s1-a1", [946, 949], [951, 952]),
      mention("almaty-oblast", "s2-a1", [4913, 4915], [4917, 4918]),
      mention("almaty-oblast", "s3-a1", [946, 949], [951, 952]),
      mention("almaty-oblast", "s2-a5", [8505, 8506], [8508, 8509]),
      mention("almaty-oblast", "s6-a5", [28228, 28229], [28231, 28232]),
      mention("almaty-oblast", "s16-a5", [70987, 70988], [70990, 70991]),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ kind: "DISTRICT", place: "Сарқан", otherSpellings: ["Сарқант"] });
  });

  it("does not follow the akimat lists' «Казталов» (9136), a Russian К for the departments' Қазталов (1738, 5660)", () => {
    const { entities } = clusterPlaces([
      mention("west-kazakhstan", "s1-a1", [1738, 1741], [1743, 1744]),
      mention("west-kazakhstan", "s2-a1", [5660, 5663], [5665, 5666]),
      mention("west-kazakhstan", "s2-a5", [9136, 9137], [9139, 9140]),
    ]);
    expect(entities[0]).toMatchObject({ place: "Қазталов", otherSpellings: ["Казталов"] });
  });
});
