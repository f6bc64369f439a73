/**
 * The regions' alternate names: the short forms the act prints in its region
 * headings, read from the real headings of the DEPT and AKIM lists.
 */
import { describe, expect, it } from "vitest";
import { regionRecords } from "../../seeds/extract/assemble/regions.js";
import { readable, segmentAct } from "../../seeds/extract/segment.js";
import { readSource, sliceLines } from "../../seeds/extract/source.js";
import { findRegionBlocks } from "../../seeds/extract/tables/regional/blocks.js";

const act = readSource();
const text = (start: number, end: number) => readable(sliceLines(act, start, end).map((line) => line.text));

describe("regionRecords: alternate names from the headings", () => {
  it("takes the short form of a heading and its Latin form (239 Ақмола, 1177 Шығыс Қазақстан, 3365 Алматы қаласы)", () => {
    expect(text(239, 239)).toMatch(/^Ақмола облысының аудандық/);
    expect(text(1177, 1177)).toMatch(/^Шығыс Қазақстан облысының/);
    expect(text(3365, 3365)).toMatch(/^Алматы қаласының жұмыспен/);
    const regions = regionRecords([
      { regionId: "akmola", text: text(239, 239) },
      { regionId: "east-kazakhstan", text: text(1177, 1177) },
      { regionId: "almaty-city", text: text(3365, 3365) },
    ]);
    const byId = new Map(regions.map((region) => [region.id, region]));
    expect(byId.get("akmola")).toMatchObject({
      name: "Ақмола облысы",
      nameLatin: "Aqmola oblysy",
      alternateNames: ["Ақмола", "Aqmola"],
    });
    expect(byId.get("east-kazakhstan")?.alternateNames).toEqual(["Шығыс Қазақстан", "Şyğys Qazaqstan"]);
    expect(byId.get("almaty-city")?.alternateNames).toEqual(["Алматы", "Almaty"]);
    // A region whose heading was not given gets no invented name.
    expect(byId.get("aktobe")?.alternateNames).toEqual([]);
  });

  it("gives every region of the act exactly its heading's short form, and no abbreviation the act does not print", () => {
    const { appendices } = segmentAct(act);
    const headings = appendices
      .filter((appendix) => appendix.kind === "DEPT" || appendix.kind === "AKIM")
      .flatMap((appendix) => findRegionBlocks(act, appendix.body))
      .map((block) => ({ regionId: block.regionId, text: text(block.heading.start, block.heading.end) }));
    const regions = regionRecords(headings);
    expect(regions).toHaveLength(16);
    for (const region of regions) {
      expect(region.alternateNames).toHaveLength(2);
      const [short] = region.alternateNames;
      expect(region.name.startsWith(`${short} `)).toBe(true);
    }
    const joined = act.map((line) => line.text).join("\n");
    for (const abbreviation of ["ШҚО", "ОҚО", "СҚО", "БҚО", "Алматы қ.", "Астана қ."])
      expect(joined).not.toContain(abbreviation);
  });
});
