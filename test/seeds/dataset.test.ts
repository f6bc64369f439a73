import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type {
  AppendixRecord,
  ConflictRecord,
  DistrictRecord,
  ListingRecord,
  ProviderRecord,
  RegionRecord,
  TableAnomaly,
} from "../../seeds/extract/model.js";
import type { ServiceRecord } from "../../seeds/extract/standards/model.js";
import { REGIONS } from "../../seeds/extract/regions.js";
import {
  EXPECTED_AKIM_ROWS,
  EXPECTED_AKIMATS,
  EXPECTED_AUTHORITIES,
  EXPECTED_CENTRES,
  EXPECTED_DEPT_ROWS,
  EXPECTED_DISTRICTS,
  EXPECTED_FLAT_ROWS,
  EXPECTED_TOTALS,
} from "../../seeds/extract/assemble/expected.js";

/**
 * The committed dataset against the seed map's hand counts (§4.2–4.6) and
 * invariants (§7). `data-fresh.test.ts` guarantees these files are what the
 * pipeline produces, so this test reads the files the seed loader reads.
 */
function load<T>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../seeds/data/${name}`, import.meta.url)), "utf8")) as T;
}

const regions = load<RegionRecord[]>("regions.json");
const districts = load<DistrictRecord[]>("districts.json");
const providers = load<ProviderRecord[]>("providers.json");
const listings = load<ListingRecord[]>("listings.json");
const conflicts = load<ConflictRecord[]>("conflicts.json");
const anomalies = load<TableAnomaly[]>("anomalies.json");
const appendices = load<AppendixRecord[]>("appendices.json");
const services = load<ServiceRecord[]>("services.json");

const providerById = new Map(providers.map((provider) => [provider.id, provider]));
const districtById = new Map(districts.map((district) => [district.id, district]));

function kindOf(provider: ProviderRecord): string {
  if (provider.type === "SERVICE_CENTRE") return "centres";
  if (provider.type === "AKIMAT_APPARATUS") return provider.akimatLevel === "REGIONAL" ? "apparatus" : "akimats";
  if (provider.authorityKind === "MINISTRY") return "ministry";
  return provider.authorityKind === "REGIONAL_ADMINISTRATION" ? "basqarmas" : "authorities";
}

function countPerRegion(items: { regionId: string | null }[]): number[] {
  return REGIONS.map((region) => items.filter((item) => item.regionId === region.id).length);
}

describe("regions and districts", () => {
  it("has the 16 regions: 14 oblasts, Астана and Алматы", () => {
    expect(regions.map((region) => region.id)).toEqual(REGIONS.map((region) => region.id));
    expect(regions.filter((region) => region.kind === "OBLAST")).toHaveLength(14);
  });

  it("has every district, city, city district and settlement, per region", () => {
    expect(districts).toHaveLength(EXPECTED_TOTALS.districts);
    expect(countPerRegion(districts)).toEqual(EXPECTED_DISTRICTS);
    expect(new Set(districts.map((district) => district.id)).size).toBe(districts.length);
    for (const district of districts) expect(district.id.startsWith(`${district.regionId}/`)).toBe(true);
  });

  it("makes the districts of Астана and Алматы city districts, and Қызылорда's kents settlements", () => {
    for (const district of districts.filter((d) => d.regionId === "astana" || d.regionId === "almaty-city")) {
      expect(district.kind).toBe("CITY_DISTRICT");
    }
    expect(
      districts
        .filter((d) => d.kind === "SETTLEMENT")
        .map((d) => d.name)
        .sort(),
    ).toEqual(["Әйтеке би кенті", "Жалағаш кенті", "Қармақшы кенті", "Тереңөзек кенті"].sort());
  });

  it("settles the kind disputes of §5.14: Рудный and Арқалық are cities, Жітіқара a district", () => {
    const kind = (regionId: string, place: string) =>
      districts.find((d) => d.regionId === regionId && d.name.startsWith(place))?.kind;
    expect(kind("kostanay", "Рудный")).toBe("CITY");
    expect(kind("kostanay", "Арқалық")).toBe("CITY");
    expect(kind("kostanay", "Жітіқара")).toBe("DISTRICT");
  });

  it("keeps every other spelling (Мерке/Меркі, Түрксіб/Түркісіб, «Алматы ауданы» = Алмалы)", () => {
    const names = (id: string) => {
      const district = districtById.get(id);
      return district ? [district.name, ...district.alternateNames] : [];
    };
    expect(names("zhambyl/merki").concat(names("zhambyl/merke")).sort()).toEqual(["Мерке ауданы", "Меркі ауданы"]);
    expect(names("almaty-city/almaly")).toContain("Алматы ауданы");
    expect(districts.every((district) => district.nameLatin.length > 0)).toBe(true);
  });

  it("names Сарқан ауданы as its akimat does, with a slug that follows it, and keeps «Сарқант» as an alternate name (seed map §5.14)", () => {
    expect(districtById.has("almaty-oblast/sarkant")).toBe(false);
    expect(districtById.get("almaty-oblast/sarkan")).toMatchObject({
      name: "Сарқан ауданы",
      alternateNames: ["Сарқант ауданы"],
    });
    expect(
      providers
        .filter((provider) => provider.districtId === "almaty-oblast/sarkan")
        .map((provider) => provider.id)
        .sort(),
    ).toEqual(["akimat:almaty-oblast:sarkan", "authority:almaty-oblast:sarkan"]);
    const report = readFileSync(fileURLToPath(new URL("../../seeds/data/REPORT.md", import.meta.url)), "utf8");
    expect(report).toContain("Сарқан/Сарқант");
    expect(report).toContain("| `almaty-oblast/sarkan` | DISTRICT | Сарқан ауданы / Сарқант ауданы |");
  });
});

describe("providers", () => {
  const byKind = (kind: string) => providers.filter((provider) => kindOf(provider) === kind);

  it("counts 206 authorities, 16 басқармалар, 1 ministry, 213 akimats, 16 apparatus, 27 centres", () => {
    expect(byKind("authorities")).toHaveLength(EXPECTED_TOTALS.authorities);
    expect(byKind("basqarmas")).toHaveLength(EXPECTED_TOTALS.basqarmas);
    expect(byKind("ministry")).toHaveLength(EXPECTED_TOTALS.ministry);
    expect(byKind("akimats")).toHaveLength(EXPECTED_TOTALS.akimats);
    expect(byKind("apparatus")).toHaveLength(EXPECTED_TOTALS.apparatus);
    expect(byKind("centres")).toHaveLength(EXPECTED_TOTALS.centres);
  });

  it("counts them per region", () => {
    expect(countPerRegion(byKind("authorities"))).toEqual(EXPECTED_AUTHORITIES);
    expect(countPerRegion(byKind("akimats"))).toEqual(EXPECTED_AKIMATS);
    expect(countPerRegion(byKind("centres"))).toEqual(EXPECTED_CENTRES);
    expect(countPerRegion(byKind("basqarmas"))).toEqual(REGIONS.map(() => 1));
    expect(countPerRegion(byKind("apparatus"))).toEqual(REGIONS.map(() => 1));
  });

  it("has unique ids of the documented shapes, each in an existing region and district", () => {
    expect(new Set(providers.map((provider) => provider.id)).size).toBe(providers.length);
    for (const provider of providers) {
      expect(provider.id).toMatch(
        /^(ministry|authority:[a-z-]+(:[a-z0-9-]+)?|akimat:[a-z-]+(:[a-z0-9-]+)?|basqarma:[a-z-]+|apparatus:[a-z-]+|centre:[a-z-]+(:[a-z0-9-]+)?)$/,
      );
      if (provider.regionId) expect(REGIONS.some((region) => region.id === provider.regionId)).toBe(true);
      if (provider.districtId) expect(districtById.get(provider.districtId)?.regionId).toBe(provider.regionId);
      expect(provider.nameLatin.length).toBeGreaterThan(0);
    }
  });

  it("puts every oblast authority in a district that also has the district's akimat", () => {
    const akimatDistricts = new Set(byKind("akimats").map((akimat) => akimat.districtId));
    const oblastAuthorities = byKind("authorities").filter(
      (provider) => regions.find((r) => r.id === provider.regionId)?.kind === "OBLAST",
    );
    for (const authority of oblastAuthorities) {
      expect(authority.districtId, authority.id).not.toBeNull();
      expect(akimatDistricts.has(authority.districtId), authority.id).toBe(true);
    }
  });

  it("places the Байқоңыр branch in Қармақшы, Astana's city bodies in no district", () => {
    expect(providerById.get("authority:kyzylorda:baikonyr")?.districtId).toBe("kyzylorda/karmakshy");
    expect(providerById.get("authority:astana")?.districtId).toBeNull();
    expect(providerById.get("akimat:astana")?.districtId).toBeNull();
    expect(
      byKind("akimats")
        .filter((akimat) => akimat.regionId === "astana")
        .map((akimat) => akimat.id)
        .sort(),
    ).toEqual(["akimat:astana", "akimat:astana:almaty", "akimat:astana:esil", "akimat:astana:saryarka"]);
  });

  it("gives every apparatus its responsible unit, and the Ministry an address", () => {
    for (const apparatus of byKind("apparatus")) expect(apparatus.responsibleUnit?.name, apparatus.id).toBeTruthy();
    expect(providerById.get("ministry")?.address?.full).toMatch(/Астана/);
  });

  it("gives the 27 centres, whose lists print no hours, the centre's own hours of paragraph 9, with its lines (S2 4070–4074 … S16 66532–66536)", () => {
    const centres = providers.filter((provider) => provider.type === "SERVICE_CENTRE");
    expect(centres).toHaveLength(27);
    for (const centre of centres) {
      expect(centre.schedule, centre.id).toEqual({
        text: "күн сайын сағат 9.00-ден 20.00-ге дейін үзіліссіз",
        weekly: [
          { days: ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"], opens: "09:00", closes: "20:00", breaks: [] },
        ],
      });
      expect(
        centre.sources.map((source) => [source.field, source.serviceNumber]),
        centre.id,
      ).toEqual([2, 3, 4, 5, 6, 12, 13, 16].map((number) => ["schedule", number]));
    }
    expect(centres[0]!.sources[0]!.lines).toEqual({ start: 4070, end: 4074 });
  });

  it("gives the Ministry's name, address and web site the lines of the paragraphs that print them (paragraph 26)", () => {
    const ministry = providerById.get("ministry")!;
    const of = (field: string) =>
      ministry.sources.filter((source) => source.field === field).map((source) => source.serviceNumber);
    expect(of("name")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18]);
    // The chosen address is S4–S10 and S15's wording (majority 8 of 17); S18 alone prints www.enbek.kz.
    expect(of("address")).toEqual([4, 5, 6, 7, 8, 9, 10, 15]);
    expect(of("websites")).not.toContain(18);
    expect(ministry.sources.find((source) => source.serviceNumber === 1)?.lines).toEqual({ start: 224, end: 227 });
    expect(
      providers.filter(
        (provider) => provider.type !== "SERVICE_CENTRE" && provider.id !== "ministry" && provider.sources.length > 0,
      ),
    ).toEqual([]);
  });

  it("derives serviceNumbers from the listings: which standards list a provider", () => {
    const fromListings = new Map<string, Set<number>>();
    for (const listing of listings) {
      const set = fromListings.get(listing.providerId) ?? new Set<number>();
      set.add(listing.serviceNumber);
      fromListings.set(listing.providerId, set);
    }
    for (const provider of providers.filter((p) => p.id !== "ministry")) {
      expect(provider.serviceNumbers, provider.id).toEqual(
        [...(fromListings.get(provider.id) ?? [])].sort((a, b) => a - b),
      );
    }
  });
});

describe("listings", () => {
  const ofAppendix = (id: string) => listings.filter((listing) => listing.appendixId === id);

  it("keeps all 3,504 DEPT rows, per list and region as the seed map counts them (§4.2)", () => {
    for (const [appendixId, expected] of Object.entries(EXPECTED_DEPT_ROWS)) {
      expect(countPerRegion(ofAppendix(appendixId)), appendixId).toEqual(expected);
    }
    expect(Object.keys(EXPECTED_DEPT_ROWS).reduce((sum, id) => sum + ofAppendix(id).length, 0)).toBe(
      EXPECTED_TOTALS.deptRows,
    );
  });

  it("keeps all 1,276 AKIM rows (§4.3)", () => {
    for (const [appendixId, expected] of Object.entries(EXPECTED_AKIM_ROWS)) {
      expect(countPerRegion(ofAppendix(appendixId)), appendixId).toEqual(expected);
    }
    expect(Object.keys(EXPECTED_AKIM_ROWS).reduce((sum, id) => sum + ofAppendix(id).length, 0)).toBe(
      EXPECTED_TOTALS.akimRows,
    );
  });

  it("keeps every BASQ, APP and XQO row (§4.4–4.6)", () => {
    for (const [appendixId, [min, max]] of Object.entries(EXPECTED_FLAT_ROWS)) {
      const count = ofAppendix(appendixId).length;
      expect(count, appendixId).toBeGreaterThanOrEqual(min);
      expect(count, appendixId).toBeLessThanOrEqual(max);
    }
  });

  it("links every row to an existing provider, inside its appendix's body", () => {
    const bodies = new Map(appendices.map((appendix) => [appendix.id, appendix.body]));
    expect(new Set(listings.map((listing) => listing.id)).size).toBe(listings.length);
    for (const listing of listings) {
      expect(providerById.has(listing.providerId), listing.id).toBe(true);
      const body = bodies.get(listing.appendixId)!;
      expect(listing.lines.start).toBeGreaterThanOrEqual(body.start);
      expect(listing.lines.end).toBeLessThanOrEqual(body.end);
    }
  });

  it("links the duplicated Жамбыл rows of Алматы облысы (S1.a1) to one provider, and reports the duplicate", () => {
    const jambyl = ofAppendix("s1-a1").filter((listing) => listing.providerId === "authority:almaty-oblast:jambyl");
    expect(jambyl).toHaveLength(2);
    expect(
      anomalies.some(
        (anomaly) =>
          anomaly.kind === "duplicate-row" &&
          anomaly.appendixId === "s1-a1" &&
          anomaly.lines.start <= jambyl[1]!.lines.start &&
          jambyl[1]!.lines.start <= anomaly.lines.end,
      ),
    ).toBe(true);
  });

  it("reports the Latin text left out of Ақжайық's address («ZHUBAN 90 KZ», 9086 … 78837) as an anomaly on its own lines", () => {
    const unread = anomalies.filter((anomaly) => anomaly.message.includes("«ZHUBAN 90 KZ»"));
    expect(unread.map((anomaly) => [anomaly.appendixId, anomaly.lines.start, anomaly.lines.end])).toEqual([
      ["s2-a5", 9086, 9086],
      ["s6-a5", 28777, 28777],
      ["s7-a4", 35258, 35258],
      ["s14-a4", 61217, 61217],
      ["s16-a5", 71534, 71534],
      ["s17-a6", 78837, 78837],
    ]);
  });

  it("reports the rows one list lost and the others print (§4.3 S17.a6 Абай and Ақтоғай, §4.4 S10.a3 ОҚО)", () => {
    const missing = anomalies
      .filter((anomaly) => / does not list /.test(anomaly.message))
      .map((anomaly) => anomaly.message.split(",")[0] ?? "");
    expect(missing).toEqual(
      expect.arrayContaining([
        "s17-a6 does not list akimat:karaganda:abai",
        "s17-a6 does not list akimat:karaganda:aktogai",
        "s10-a3 does not list basqarma:south-kazakhstan",
      ]),
    );
    expect(missing.filter((message) => message.startsWith("s12-a1") || message.startsWith("s13-a1"))).toHaveLength(14);
  });

  it("links the Almaty city row that S12.a1 and S13.a1 print instead of the districts to the city's басқарма", () => {
    for (const appendixId of ["s12-a1", "s13-a1"]) {
      expect(
        ofAppendix(appendixId)
          .filter((listing) => listing.regionId === "almaty-city")
          .map((listing) => listing.providerId),
      ).toEqual(["basqarma:almaty-city"]);
    }
  });
});

describe("akimat names", () => {
  it("are clean (no «ММ», no quotes around the whole name) and keep the printed forms as alternate names; listings keep the printed value", () => {
    const akimats = providers.filter((provider) => provider.id.startsWith("akimat:"));
    expect(akimats).toHaveLength(213);
    for (const akimat of akimats) {
      expect(akimat.name).not.toMatch(/ММ|^«.*»$/);
      expect(akimat.name.split("«").length).toBe(akimat.name.split("»").length);
      expect(akimat.alternateNames.some((name) => /» ММ»?$/.test(name))).toBe(true);
    }
    expect(providerById.get("akimat:astana:almaty")).toMatchObject({
      name: "Астана қаласы «Алматы» ауданы әкімінің аппараты",
      alternateNames: ["«Астана қаласы «Алматы» ауданы әкімінің аппараты» ММ"],
    });
    expect(listings.find((listing) => listing.id === "s2-a5#aktobe-5")?.values.name).toBe(
      "«Қарғалы ауданының әкімдігі» ММ",
    );
  });
});

describe("conflicts", () => {
  it("name existing providers and listings, and choose one of the values", () => {
    const listingIds = new Set(listings.map((listing) => listing.id));
    for (const conflict of conflicts) {
      expect(providerById.has(conflict.providerId)).toBe(true);
      expect(conflict.values.length).toBeGreaterThan(1);
      expect(conflict.values.map((value) => value.value)).toContain(conflict.chosen);
      for (const value of conflict.values) for (const id of value.listingIds) expect(listingIds.has(id)).toBe(true);
      // A value that names no listing says which lines print it (the Ministry's paragraph 26).
      for (const value of conflict.values)
        if (value.listingIds.length === 0) expect(value.lines?.length).toBeGreaterThan(0);
    }
  });

  it("record the Ministry's differing web sites and addresses (S18 www.enbek.kz, 80799–80801)", () => {
    const ministry = conflicts.filter((conflict) => conflict.providerId === "ministry");
    expect(ministry.map((conflict) => conflict.field)).toEqual(["address", "websites"]);
    expect(ministry[1]!.values.map((value) => value.value)).toEqual(["www.enbek.gov.kz", "www.enbek.kz"]);
    expect(providerById.get("ministry")?.websites).toEqual(["www.enbek.gov.kz"]);
  });

  it("keep the fax and teletype labels a list prints: S2.a4 «Факс: 8-7162-763-687» (7704–7705), though S4.a4 prints it unlabelled under «Телефон, факс нөмірлері» (18922, 18929–18947)", () => {
    const listing = (id: string) => listings.find((l) => l.id === id)!;
    expect(listing("s2-a4#1").values.phones.map((p) => p.kind)).toEqual(["PHONE", "FAX"]);
    expect(listing("s4-a4#1").values.phones.map((p) => p.kind)).toEqual(["PHONE", "PHONE"]);
    expect(providerById.get("basqarma:akmola")!.phones.map((p) => [p.kind, p.e164])).toEqual([
      ["PHONE", "+77162763690"],
      ["FAX", "+77162763687"],
    ]);
    // 7814 «Тел: 8-7212-43-20-82, телетайп: 8-7212-27-12-42».
    expect(providerById.get("basqarma:karaganda")!.phones.map((p) => p.kind)).toEqual(["PHONE", "TELETYPE"]);
    // The label is no disagreement: the lists that print the same numbers, labelled or not, vote together.
    expect(conflicts.find((c) => c.providerId === "basqarma:akmola" && c.field === "phones")?.rule).toBe(
      "majority: 14 of 17 listings",
    );
  });

  it("record the Ақкөл house number «81» against S17's «8-үй» and keep 81 (seed map §4.2 F3)", () => {
    const house = conflicts.find(
      (conflict) => conflict.providerId === "authority:akmola:akkol" && conflict.field === "address",
    );
    expect(house).toBeDefined();
    expect(house!.chosen).toMatch(/81/);
    expect(house!.values.some((value) => value.listingIds.includes("s17-a1#akmola-1"))).toBe(true);
  });
});

describe("the act (seed map §7)", () => {
  it("has 78 appendices: 5, 6, 5, 5, 5, 6, 4, 3, 3, 3, 5, 5, 4, 3, 6, 6, 4 per standard", () => {
    const perStandard = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18].map(
      (number) => appendices.filter((appendix) => appendix.serviceNumber === number).length,
    );
    expect(perStandard).toEqual([5, 6, 5, 5, 5, 6, 4, 3, 3, 3, 5, 5, 4, 3, 6, 6, 4]);
    const kinds = new Map<string, number>();
    for (const appendix of appendices) kinds.set(appendix.kind, (kinds.get(appendix.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ DEPT: 17, AKIM: 6, BASQ: 17, APP: 10, XQO: 8, QUAL: 17, FORM: 3 });
  });

  it("has 17 standards with a body and item 11 repealed", () => {
    expect(services.filter((service) => !service.repealed)).toHaveLength(17);
    expect(services.find((service) => service.number === 11)?.repealed).toBe(true);
  });

  it("has the processing deadlines of §7: the authority's first, then the centre's or the akim's", () => {
    const W = "WORKING_DAYS";
    const C = "CALENDAR_DAYS";
    const M = "MINUTES";
    const authority: [number, number, string][] = [
      [1, 10, W],
      [2, 20, C],
      [3, 10, M],
      [4, 10, W],
      [5, 10, W],
      [6, 7, W],
      [7, 7, W],
      [8, 10, W],
      [9, 10, W],
      [10, 10, W],
      [12, 17, W],
      [13, 14, W],
      [14, 15, C],
      [15, 10, W],
      [16, 10, W],
      [17, 15, M],
      [18, 30, M],
    ];
    const deadlines = (number: number) =>
      services
        .find((service) => service.number === number)!
        .deadlines.map((deadline) => [deadline.channel, deadline.amount, deadline.unit]);
    for (const [number, amount, unit] of authority)
      expect(deadlines(number)[0], `S${number}`).toEqual(["AUTHORITY", amount, unit]);
    expect(deadlines(3)[1]).toEqual(["SERVICE_CENTRE", 3, W]);
    expect(deadlines(6)).toEqual([
      ["AUTHORITY", 7, W],
      ["AKIM", 22, W],
      ["SERVICE_CENTRE", 7, W],
    ]);
    expect(deadlines(7)).toEqual([
      ["AUTHORITY", 7, W],
      ["AKIM", 22, W],
    ]);
    expect(deadlines(16)).toEqual([
      ["AUTHORITY", 10, W],
      ["AKIM", 15, W],
      ["SERVICE_CENTRE", 10, W],
    ]);
  });

  it("has no value in any quality table", () => {
    for (const service of services) {
      for (const indicator of service.qualityIndicators) {
        expect(indicator.normativeValue).toBeNull();
        expect(indicator.targetValueNextYear).toBeNull();
        expect(indicator.currentValueReportingYear).toBeNull();
      }
    }
  });
});

describe("REPORT.md", () => {
  const report = readFileSync(fileURLToPath(new URL("../../seeds/data/REPORT.md", import.meta.url)), "utf8");

  it("documents the id scheme, the canonical-value rule and the area-code rule in its header", () => {
    expect(report).toContain("`authority:<region>:<place>`");
    expect(report).toMatch(/Canonical values: a sound value beats a damaged one.*then majority/);
    expect(report).toMatch(/Phones: local numbers of regional bodies/);
  });

  it("finds every count the seed map expects: no count is marked as differing", () => {
    expect(report).not.toContain("(expected");
  });

  it("lists every conflict and every anomaly, and no unassigned line outside boilerplate", () => {
    for (const conflict of conflicts) expect(report).toContain(`| \`${conflict.providerId}\` | ${conflict.field} |`);
    expect(report).toContain(`| unassigned lines (not boilerplate) | 0 | 0 |`);
    expect(report.match(/^\| s\d+-a\d+ \| [a-z-]+ \| \d+(–\d+)? \| /gm)?.length).toBe(anomalies.length);
  });
});
