import { describe, expect, it } from "vitest";
import { identifyProviders, regionOfName } from "../../seeds/extract/assemble/identity.js";
import { districtSlugs, listingId } from "../../seeds/extract/assemble/ids.js";
import { splitAddressCell } from "../../seeds/extract/clean/emails.js";
import { normaliseText } from "../../seeds/extract/clean/text.js";
import type { AppendixRecord, RawRow } from "../../seeds/extract/model.js";
import { segmentAct } from "../../seeds/extract/segment.js";
import { readSource } from "../../seeds/extract/source.js";
import { readAkimTable } from "../../seeds/extract/tables/akim.js";
import { readDeptTable } from "../../seeds/extract/tables/dept.js";
import { readXqoTable } from "../../seeds/extract/tables/xqo.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon, contacts } = actAttested();

const lines = readSource();
const { appendices } = segmentAct(lines);
const appendix = (id: string): AppendixRecord => appendices.find((candidate) => candidate.id === id)!;

function rowsOf(...ids: string[]): RawRow[] {
  return ids.flatMap((id) => {
    const record = appendix(id);
    const reader = record.kind === "DEPT" ? readDeptTable : record.kind === "AKIM" ? readAkimTable : readXqoTable;
    return reader(lines, record).rows;
  });
}

/** The name and address text as the cleaning stage gives them to identity. */
function identify(rows: RawRow[]) {
  const entries = rows.map((row) => ({
    listingId: listingId(row),
    row,
    name: normaliseText(row.name.map((part) => part.text).join("\n"), lexicon),
    addressText: splitAddressCell(row.address.map((part) => part.text).join("\n"), contacts, lexicon).address,
  }));
  const identity = identifyProviders(entries);
  const providerOf = new Map(entries.map((entry, index) => [entry.listingId, identity.placements[index]]));
  return { ...identity, providerOf };
}

describe("identifyProviders on real lists", () => {
  // S2's DEPT list, its AKIM list and its centres, read as the pipeline reads them.
  const s2 = identify(rowsOf("s2-a1", "s2-a5", "s2-a2"));

  it("places every row of S2.a1, S2.a5 and S2.a2", () => {
    expect(s2.problems).toEqual([]);
    expect(s2.placements.every((placement) => placement !== null)).toBe(true);
  });

  it("lands the DEPT and AKIM rows of one place on one district although the lists order them differently (Ақтөбе: S2.a1 row 1 Әйтеке би, S2.a5 row 2)", () => {
    const dept = s2.providerOf.get("s2-a1#aktobe-1")!;
    const akim = [...s2.providerOf.entries()].find(
      ([id, placement]) => id.startsWith("s2-a5#aktobe-") && placement?.districtId === dept.districtId,
    );
    expect(dept.providerId).toBe("authority:aktobe:aiteke-bi");
    expect(akim?.[1]?.providerId).toBe("akimat:aktobe:aiteke-bi");
  });

  it("gives Астана one authority and four akimats: the city apparatus and Сарыарқа, Алматы, Есіл (S2.a5 10582–10636)", () => {
    const astana = [...s2.providerOf.entries()].filter(([id]) => id.includes("#astana-"));
    expect(astana.map(([, placement]) => placement!.providerId)).toEqual([
      "authority:astana",
      "akimat:astana",
      "akimat:astana:saryarka",
      "akimat:astana:almaty",
      "akimat:astana:esil",
    ]);
  });

  it("puts the centres of Алматы and Астана in their city districts (S2.a2 rows 16–27)", () => {
    expect(s2.providerOf.get("s2-a2#16")?.providerId).toBe("centre:almaty-city:almaly");
    expect(s2.providerOf.get("s2-a2#18")?.providerId).toBe("centre:almaty-city:auezov");
    expect(s2.providerOf.get("s2-a2#22")?.districtId).toBe("almaty-city/turksib");
    expect(s2.providerOf.get("s2-a2#26")?.providerId).toBe("centre:astana:saryarka-2");
    expect(s2.providerOf.get("s2-a2#6")?.providerId).toBe("centre:east-kazakhstan:2");
  });

  it("links Алматы's city-level DEPT row (S12.a1, 51326) to the city's басқарма, since other DEPT lists print its district departments", () => {
    const { providerOf } = identify(rowsOf("s2-a1", "s12-a1"));
    const almaty = [...providerOf.entries()].filter(([id]) => id.startsWith("s12-a1#almaty-city-"));
    expect(almaty.map(([, placement]) => placement!.providerId)).toEqual(["basqarma:almaty-city"]);
  });
});

describe("ids", () => {
  it("suffixes a city or settlement that shares its place name with a district of the same region", () => {
    expect(
      districtSlugs([
        { place: "Арал", kind: "DISTRICT" },
        { place: "Арал", kind: "CITY" },
        { place: "Қармақшы", kind: "DISTRICT" },
        { place: "Қармақшы", kind: "SETTLEMENT" },
        { place: "Қызылорда", kind: "CITY" },
      ]),
    ).toEqual(["aral", "aral-city", "karmakshy", "karmakshy-settlement", "kyzylorda"]);
  });

  it("qualifies DEPT/AKIM listing ids by region, not the flat lists'", () => {
    expect(listingId({ appendixId: "s1-a1", listKind: "DEPT", regionId: "akmola", position: 3 })).toBe(
      "s1-a1#akmola-3",
    );
    expect(listingId({ appendixId: "s2-a2", listKind: "XQO", regionId: "astana", position: 26 })).toBe("s2-a2#26");
  });

  it("finds the region a heading-less row names («Алматы қаласы Алмалы ауданының орталығы» is Алматы city, not the oblast)", () => {
    expect(regionOfName("Алматы қаласы Алмалы ауданының орталығы")?.id).toBe("almaty-city");
    expect(regionOfName("Астана қаласы Алматы ауданының № 1 орталығы")?.id).toBe("astana");
    expect(regionOfName("Алматы облысының орталығы")?.id).toBe("almaty-oblast");
  });
});
