/**
 * The read side over the whole committed directory, sent over HTTP with the typed documents of test/operations. Expected
 * values come from the committed seed data itself, so the tests follow the
 * extraction rather than copies of it.
 */
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { referenceTables } from "../../src/db/reference-tables.js";
import {
  AkimatApparatusDocument,
  AuthoritiesDocument,
  DirectoryWalkDocument,
  DistrictsDocument,
  LegalActHistoryDocument,
  LegalActLinesDocument,
  NodesDocument,
  ProviderSourcesDocument,
  RegionsDocument,
  RegionWithProvidersDocument,
  SearchDocument,
  ServiceCentresDocument,
  ServiceDetailDocument,
  ServicesDocument,
  StatsDocument,
  WhoProvidesDocument,
} from "../generated/graphql.js";
import { committedSeedData, databaseTargets } from "../support/database.js";
import { type GraphHarness, startSeededGraph } from "./support.js";

const data = () => committedSeedData();
const providersWhere = (test: (provider: ReturnType<typeof data>["providers"][number]) => boolean) =>
  data().providers.filter(test);
const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id).sort();
const globalIds = (type: string, rows: { id: string }[]) => rows.map((row) => toGlobalId(type, row.id)).sort();
const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

describe.each(databaseTargets())("the directory graph on $name", (target) => {
  let graph: GraphHarness;
  beforeAll(async () => {
    graph = await startSeededGraph(target);
  });
  afterAll(async () => {
    await graph?.close();
  });

  async function ok<TData, TVariables extends Record<string, unknown>>(
    document: Parameters<GraphHarness["execute"]>[0] & { __apiType?: (variables: TVariables) => TData },
    variables?: TVariables,
  ): Promise<TData> {
    const result = await graph.execute<TData, TVariables>(document as never, variables);
    expect(result.errors).toBeUndefined();
    return result.data as TData;
  }

  describe("regions", () => {
    it("lists the 16 regions in the act's order, page by page forward and backward", async () => {
      const first = await ok(RegionsDocument, { first: 10 });
      expect(first.regions.totalCount).toBe(16);
      expect(first.regions.edges.map((edge) => edge.node.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(first.regions.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const rest = await ok(RegionsDocument, { first: 10, after: first.regions.pageInfo.endCursor });
      expect(rest.regions.edges.map((edge) => edge.node.position)).toEqual([11, 12, 13, 14, 15, 16]);
      expect(rest.regions.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const last = await ok(RegionsDocument, { last: 3 });
      expect(last.regions.edges.map((edge) => edge.node.slug)).toEqual(
        data()
          .regions.slice(-3)
          .map((region) => region.id),
      );
      const before = await ok(RegionsDocument, { last: 2, before: last.regions.pageInfo.startCursor });
      expect(before.regions.edges.map((edge) => edge.node.position)).toEqual([12, 13]);
    });

    it("filters regions by kind and by a name typed in Latin", async () => {
      const cities = await ok(RegionsDocument, { filter: { kind: "CITY" } });
      expect(cities.regions.edges.map((edge) => edge.node.slug).sort()).toEqual(
        data()
          .regions.filter((region) => region.kind === "CITY")
          .map((region) => region.id)
          .sort(),
      );
      const akmola = await ok(RegionsDocument, { filter: { text: "akmola" } });
      expect(akmola.regions.edges.map((edge) => edge.node.slug)).toEqual(["akmola"]);
    });

    it("gives an empty page, not an error, for a filter nothing matches", async () => {
      const none = await ok(RegionsDocument, { filter: { text: "Qwertyuiop" } });
      expect(none.regions).toEqual({
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    });

    it("refuses a cursor it did not issue with INVALID_CURSOR", async () => {
      expect(codeOf(await graph.execute(RegionsDocument, { first: 2, after: "not-a-cursor" }))).toBe("INVALID_CURSOR");
    });

    it("links a region down to its districts, authorities, akimat apparatus, centres and its regional administration", async () => {
      const { region } = await ok(RegionWithProvidersDocument, { id: toGlobalId("Region", "akmola") });
      const own = providersWhere((provider) => provider.regionId === "akmola");
      expect(region!.name).toBe(data().regions.find((row) => row.id === "akmola")!.name);
      expect(ids(region!.districts.nodes)).toEqual(
        globalIds(
          "District",
          data().districts.filter((district) => district.regionId === "akmola"),
        ),
      );
      expect(region!.districts.nodes.every((district) => district.region.id === region!.id)).toBe(true);
      expect(ids(region!.authorities.nodes)).toEqual(
        globalIds(
          "Authority",
          own.filter((provider) => provider.type === "AUTHORITY"),
        ),
      );
      expect(ids(region!.akimatApparatus.nodes)).toEqual(
        globalIds(
          "AkimatApparatus",
          own.filter((provider) => provider.type === "AKIMAT_APPARATUS"),
        ),
      );
      expect(ids(region!.serviceCentres.nodes)).toEqual(
        globalIds(
          "ServiceCentre",
          own.filter((provider) => provider.type === "SERVICE_CENTRE"),
        ),
      );
      const basqarma = own.find((provider) => provider.authorityKind === "REGIONAL_ADMINISTRATION")!;
      expect(region!.regionalAdministration).toMatchObject({
        id: toGlobalId("Authority", basqarma.id),
        name: basqarma.name,
        authorityKind: "REGIONAL_ADMINISTRATION",
      });
    });

    it("returns null for a region id that does not exist, and INVALID_ID for an id of another kind", async () => {
      expect((await ok(RegionWithProvidersDocument, { id: toGlobalId("Region", "atlantis") })).region).toBeNull();
      expect(
        codeOf(await graph.execute(RegionWithProvidersDocument, { id: toGlobalId("District", "akmola/akkol") })),
      ).toBe("INVALID_ID");
    });

    it("accepts a slug wherever it accepts a global id, and INVALID_ID for what is neither", async () => {
      const bySlug = await ok(RegionWithProvidersDocument, { id: "pavlodar" });
      const byId = await ok(RegionWithProvidersDocument, { id: toGlobalId("Region", "pavlodar") });
      expect(bySlug).toEqual(byId);
      expect(bySlug.region?.id).toBe(toGlobalId("Region", "pavlodar"));
      const filters = [
        ["authorities by region", `{ authorities(first: 100, filter: { regionId: "ID" }) { totalCount } }`, "pavlodar"],
        ["districts by region", `{ districts(first: 100, filter: { regionId: "ID" }) { totalCount } }`, "pavlodar"],
        ["services by district", `{ services(filter: { districtId: "ID" }) { totalCount } }`, "akmola/akkol"],
        ["district", `{ district(id: "ID") { slug } }`, "akmola/akkol"],
      ] as const;
      for (const [name, query, slug] of filters) {
        const type = slug.includes("/") ? "District" : "Region";
        const a = await graph.execute(query.replace("ID", slug));
        const b = await graph.execute(query.replace("ID", toGlobalId(type, slug)));
        expect(a.errors, name).toBeUndefined();
        expect(a, name).toEqual(b);
        expect(JSON.stringify(a.data), name).not.toMatch(/:0\b|null/);
      }
      for (const bad of ["Pavlodar!", "akmola akkol", toGlobalId("Service", "s6")]) {
        expect(
          codeOf(
            await graph.execute(`query ($id: ID!) { authorities(filter: { regionId: $id }) { totalCount } }`, {
              id: bad,
            }),
          ),
          bad,
        ).toBe("INVALID_ID");
      }
    });
  });

  describe("districts", () => {
    it("filters districts by region, kind, service number and text in either script", async () => {
      const akmola = await ok(DistrictsDocument, { filter: { regionId: toGlobalId("Region", "akmola") }, first: 100 });
      expect(akmola.districts.totalCount).toBe(
        data().districts.filter((district) => district.regionId === "akmola").length,
      );
      const cities = await ok(DistrictsDocument, { filter: { kind: "CITY" }, first: 100 });
      expect(cities.districts.totalCount).toBe(data().districts.filter((district) => district.kind === "CITY").length);
      for (const text of ["Ақкөл", "Akkol", "aqköl"]) {
        const found = await ok(DistrictsDocument, { filter: { text }, first: 10 });
        expect(
          found.districts.nodes.map((district) => district.slug),
          text,
        ).toEqual(["akmola/akkol"]);
      }
      const regionsWithService = await ok(RegionsDocument, { filter: { serviceNumber: 6 } });
      expect(regionsWithService.regions.totalCount).toBe(
        new Set(
          providersWhere((provider) => provider.serviceNumbers.includes(6) && provider.regionId !== null).map(
            (provider) => provider.regionId,
          ),
        ).size,
      );
      const withCentres = await ok(DistrictsDocument, { filter: { serviceNumber: 6 }, first: 100 });
      const expected = new Set(
        providersWhere((provider) => provider.serviceNumbers.includes(6) && provider.districtId !== null).map(
          (provider) => provider.districtId,
        ),
      );
      expect(withCentres.districts.totalCount).toBe(expected.size);
    });

    it("fetches one district by id with its region and providers", async () => {
      const result = await graph.execute(
        `query ($id: ID!) { district(id: $id) { slug name region { slug } authorities { nodes { slug } } akimatApparatus { nodes { slug } } serviceCentres { totalCount } } }`,
        {
          id: toGlobalId("District", "akmola/akkol"),
        },
      );
      const own = providersWhere((provider) => provider.districtId === "akmola/akkol");
      expect(result.data).toEqual({
        district: {
          slug: "akmola/akkol",
          name: data().districts.find((district) => district.id === "akmola/akkol")!.name,
          region: { slug: "akmola" },
          authorities: {
            nodes: own.filter((provider) => provider.type === "AUTHORITY").map((provider) => ({ slug: provider.id })),
          },
          akimatApparatus: {
            nodes: own
              .filter((provider) => provider.type === "AKIMAT_APPARATUS")
              .map((provider) => ({ slug: provider.id })),
          },
          serviceCentres: { totalCount: own.filter((provider) => provider.type === "SERVICE_CENTRE").length },
        },
      });
    });

    it("pages through all districts region by region", async () => {
      const all = await ok(DistrictsDocument, { first: 100 });
      expect(all.districts.totalCount).toBe(data().districts.length);
      expect(all.districts.nodes[0]!.region.slug).toBe("akmola");
    });
  });

  describe("providers", () => {
    it("lists authorities of every level, filtered by kind, region, district, service and text", async () => {
      const all = await ok(AuthoritiesDocument, { first: 100 });
      expect(all.authorities.totalCount).toBe(providersWhere((provider) => provider.type === "AUTHORITY").length);
      const ministry = await ok(AuthoritiesDocument, { filter: { kind: "MINISTRY" } });
      expect(ministry.authorities.edges.map((edge) => edge.node.authorityKind)).toEqual(["MINISTRY"]);
      const ministryRow = providersWhere((provider) => provider.authorityKind === "MINISTRY")[0]!;
      expect(ministry.authorities.edges[0]!.node.region?.slug ?? null).toBe(ministryRow.regionId);
      const inAkkol = await ok(AuthoritiesDocument, { filter: { districtId: toGlobalId("District", "akmola/akkol") } });
      expect(inAkkol.authorities.edges.map((edge) => edge.node.slug)).toEqual(["authority:akmola:akkol"]);
      const byService = await ok(AuthoritiesDocument, {
        filter: { serviceNumber: 1, regionId: toGlobalId("Region", "akmola") },
        first: 100,
      });
      expect(byService.authorities.totalCount).toBe(
        providersWhere(
          (provider) =>
            provider.type === "AUTHORITY" && provider.regionId === "akmola" && provider.serviceNumbers.includes(1),
        ).length,
      );
      const byText = await ok(AuthoritiesDocument, { filter: { text: "Ekibastuz" } });
      expect(byText.authorities.edges.map((edge) => edge.node.slug)).toContain("authority:pavlodar:ekibastuz");
    });

    it("sorts authorities by name both ways and by region by default", async () => {
      const ascending = await ok(AuthoritiesDocument, { orderBy: { field: "NAME", direction: "ASC" }, first: 100 });
      const descending = await ok(AuthoritiesDocument, { orderBy: { field: "NAME", direction: "DESC" }, last: 100 });
      expect(descending.authorities.edges.map((edge) => edge.node.id).reverse()).toEqual(
        ascending.authorities.edges.map((edge) => edge.node.id),
      );
      const byRegion = await ok(AuthoritiesDocument, { first: 100 });
      const positions = byRegion.authorities.edges.map(
        (edge) => data().regions.find((region) => region.id === edge.node.region?.slug)?.order ?? 0,
      );
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });

    it("serves akimat apparatus of both levels with their level", async () => {
      const regional = await ok(AkimatApparatusDocument, { filter: { kind: "REGIONAL_AKIMAT_APPARATUS" }, first: 100 });
      expect(regional.akimatApparatus.totalCount).toBe(
        providersWhere((provider) => provider.akimatLevel === "REGIONAL").length,
      );
      expect(new Set(regional.akimatApparatus.nodes.map((node) => node.level))).toEqual(new Set(["REGIONAL"]));
      const all = await ok(AkimatApparatusDocument, { first: 1 });
      expect(all.akimatApparatus.totalCount).toBe(
        providersWhere((provider) => provider.type === "AKIMAT_APPARATUS").length,
      );
    });

    it("serves service centres with their contacts as the directory settled them", async () => {
      const { serviceCentres } = await ok(ServiceCentresDocument, { first: 100 });
      const centres = providersWhere((provider) => provider.type === "SERVICE_CENTRE");
      expect(serviceCentres.totalCount).toBe(centres.length);
      for (const node of serviceCentres.nodes) {
        const row = centres.find((centre) => centre.id === node.slug)!;
        expect(node).toMatchObject({ name: row.name, nameLatin: row.nameLatin, websites: row.websites });
        expect(node.phones).toEqual(row.phones.map(({ raw, e164, kind }) => ({ raw, e164, kind })));
        expect(node.address?.full ?? null).toBe(row.address?.full ?? null);
        // The lists print no hours: every centre has the centre's hours paragraph 9 states, with those paragraphs as sources.
        expect(node.schedule).toEqual(row.schedule);
        expect(node.schedule?.weekly[0]).toMatchObject({ opens: "09:00", closes: "20:00", breaks: [] });
        expect(node.sources).toEqual(row.sources);
        expect(node.sources.map((source) => source.serviceNumber)).toEqual([2, 3, 4, 5, 6, 12, 13, 16]);
      }
    });

    it("serves the lines of the Ministry's values, which no list prints (paragraph 26: 224–227 … 80799–80801)", async () => {
      const { node } = await ok(ProviderSourcesDocument, { id: toGlobalId("Authority", "ministry") });
      if (node?.__typename !== "Authority") throw new Error("not an authority");
      expect(node.listings).toEqual([]);
      expect(node.sources).toEqual(data().providers.find((provider) => provider.id === "ministry")!.sources);
      expect(new Set(node.sources.map((source) => source.field))).toEqual(new Set(["name", "address", "websites"]));
      expect(node.sources.find((source) => source.field === "name" && source.serviceNumber === 18)?.lines).toEqual({
        start: 80799,
        end: 80801,
      });
    });

    it("answers who provides service 6 in Ақкөл district in one query", async () => {
      const { service } = await ok(WhoProvidesDocument, {
        number: 6,
        filter: { districtId: toGlobalId("District", "akmola/akkol") },
      });
      const expected = providersWhere(
        (provider) => provider.districtId === "akmola/akkol" && provider.serviceNumbers.includes(6),
      );
      expect(
        ids([...service!.authorities.nodes, ...service!.akimatApparatus.nodes, ...service!.serviceCentres.nodes]),
      ).toEqual(
        expected
          .map((provider) =>
            toGlobalId(
              { AUTHORITY: "Authority", AKIMAT_APPARATUS: "AkimatApparatus", SERVICE_CENTRE: "ServiceCentre" }[
                provider.type
              ],
              provider.id,
            ),
          )
          .sort(),
      );
      expect(service!.authorities.nodes.length).toBeGreaterThan(0);
      const regional = await ok(WhoProvidesDocument, { number: 1, filter: {} });
      expect(regional.service!.regionalAdministrations.totalCount).toBe(
        providersWhere(
          (provider) => provider.authorityKind === "REGIONAL_ADMINISTRATION" && provider.serviceNumbers.includes(1),
        ).length,
      );
    });

    it("says whether a provider is open at an instant in Kazakhstan time", async () => {
      const provider = providersWhere(
        (row) =>
          row.type === "AUTHORITY" &&
          (row.schedule?.weekly ?? []).some(
            (hours) => hours.days.includes("TUE") && hours.opens === "09:00" && hours.closes === "18:00",
          ),
      )[0]!;
      const query = (at: string) =>
        graph.execute(`query ($id: ID!) { node(id: $id) { ... on Provider { isOpenAt(at: "${at}") } } }`, {
          id: toGlobalId("Authority", provider.id),
        });
      // 2026-11-24 is a Tuesday; Kazakhstan is UTC+5.
      expect((await query("2026-11-24T05:30:00Z")).data).toEqual({ node: { isOpenAt: true } });
      expect((await query("2026-11-24T14:00:00Z")).data).toEqual({ node: { isOpenAt: false } });
      expect((await query("2026-11-29T06:00:00Z")).data).toEqual({ node: { isOpenAt: false } });
    });
  });

  describe("listings and conflicts", () => {
    it("shows every row that names a provider whose lists disagree, the values printed there, and the conflicts with their rule", async () => {
      const counts = new Map<string, number>();
      for (const conflict of data().conflicts)
        counts.set(conflict.providerId, (counts.get(conflict.providerId) ?? 0) + 1);
      const [providerId] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      const provider = data().providers.find((row) => row.id === providerId)!;
      const typename = { AUTHORITY: "Authority", AKIMAT_APPARATUS: "AkimatApparatus", SERVICE_CENTRE: "ServiceCentre" }[
        provider.type
      ];
      const { node } = await ok(ProviderSourcesDocument, { id: toGlobalId(typename, providerId) });
      if (
        node?.__typename !== "Authority" &&
        node?.__typename !== "AkimatApparatus" &&
        node?.__typename !== "ServiceCentre"
      )
        throw new Error("not a provider");

      const listings = data().listings.filter((listing) => listing.providerId === providerId);
      expect(node.listings.map((listing) => listing.id).sort()).toEqual(globalIds("Listing", listings));
      for (const listing of node.listings) {
        const row = listings.find((candidate) => toGlobalId("Listing", candidate.id) === listing.id)!;
        expect(listing).toMatchObject({
          row: row.position,
          printedNumber: row.printedNumber,
          lines: row.lines,
          standard: { number: row.serviceNumber },
        });
        expect(listing.values).toMatchObject({
          name: row.values.name,
          postalCode: row.values.postalCode,
          address: row.values.address,
        });
        expect(listing.appendix.id).toBe(toGlobalId("Appendix", row.appendixId));
      }

      const conflicts = data().conflicts.filter((conflict) => conflict.providerId === providerId);
      expect(node.conflicts.map((conflict) => conflict.field).sort()).toEqual(
        conflicts.map((conflict) => conflict.field).sort(),
      );
      for (const conflict of node.conflicts) {
        const row = conflicts.find((candidate) => candidate.field === conflict.field)!;
        expect({ chosen: conflict.chosen, rule: conflict.rule }).toEqual({ chosen: row.chosen, rule: row.rule });
        expect(conflict.values.map((value) => value.value)).toEqual(row.values.map((value) => value.value));
        expect(conflict.values.map((value) => ids(value.listings))).toEqual(
          row.values.map((value) =>
            globalIds(
              "Listing",
              value.listingIds.map((id) => ({ id })),
            ),
          ),
        );
      }
      expect(node.conflicts.length).toBeGreaterThan(1);
    });

    it("returns the act's lines a listing came from", async () => {
      const listing = data().listings[0]!;
      const { legalAct } = await ok(LegalActLinesDocument, { start: listing.lines.start, end: listing.lines.end });
      const source = data().sourceText.split("\n");
      expect(legalAct!.sourceLines).toEqual(
        source
          .slice(listing.lines.start - 1, listing.lines.end)
          .map((text, index) => ({ no: listing.lines.start + index, text })),
      );
    });
  });

  describe("the act", () => {
    it("states its status, its repeal by № 217 and every amendment note with the lines it stands on", async () => {
      const { legalAct } = await ok(LegalActHistoryDocument, {});
      const record = data().legalAct;
      expect(legalAct).toMatchObject({
        date: "2011-04-07",
        status: "REPEALED",
        repeal: { date: "2014-03-11", number: "217", change: "REPEALED" },
      });
      expect(legalAct!.entryIntoForce).toBe(record.entryIntoForce?.text ?? null);
      expect(legalAct!.recital).toMatchObject({ lines: { start: 12, end: 18 } });
      expect(legalAct!.recital!.text).toContain("Бюджет кодексінің 34-бабына");
      expect(legalAct!.recital!.citations).toHaveLength(record.recital!.citations.length);
      expect(legalAct!.amendments).toEqual(
        record.amendments.map(({ date, number, change, target, lines }) => ({ date, number, change, target, lines })),
      );
    });
  });

  describe("services", () => {
    it("lists the services by number and filters them by text and repeal", async () => {
      const all = await ok(ServicesDocument, {});
      expect(all.services.nodes.map((service) => service.number)).toEqual(
        data()
          .services.map((service) => service.number)
          .sort((a, b) => a - b),
      );
      const inForce = await ok(ServicesDocument, { filter: { repealed: false } });
      expect(inForce.services.totalCount).toBe(data().services.filter((service) => !service.repealed).length);
      const byText = await ok(ServicesDocument, { filter: { text: "zhumyssyz" } });
      expect(byText.services.nodes.map((service) => service.number)).toContain(1);
      const inAkkol = await ok(ServicesDocument, { filter: { districtId: toGlobalId("District", "akmola/akkol") } });
      const offered = new Set(
        providersWhere((provider) => provider.districtId === "akmola/akkol").flatMap(
          (provider) => provider.serviceNumbers,
        ),
      );
      expect(inAkkol.services.nodes.map((service) => service.number)).toEqual([...offered].sort((a, b) => a - b));
      const inAkmola = await ok(ServicesDocument, { filter: { regionId: toGlobalId("Region", "akmola") } });
      expect(inAkmola.services.totalCount).toBe(
        new Set(
          providersWhere((provider) => provider.regionId === "akmola").flatMap((provider) => provider.serviceNumbers),
        ).size,
      );
    });

    it("serves a service's standard with its rules, indicators and appendices as extracted", async () => {
      const { service } = await ok(ServiceDetailDocument, { number: 6 });
      const row = data().services.find((candidate) => candidate.number === 6)! as Record<string, any>;
      expect(service).toMatchObject({ number: 6, title: row.title, repealed: false, lines: row.lines, form: row.form });
      expect(service!.deadlines).toEqual(
        row.deadlines.map(({ channel, amount, unit, atMost, text }: any) => ({ channel, amount, unit, atMost, text })),
      );
      expect(service!.channels.map((channel) => channel.channel)).toEqual(
        row.providers.map((channel: any) => channel.channel),
      );
      expect(service!.legalBasis!.citations).toHaveLength(row.legalBasis.citations.length);
      expect(service!.cost).toEqual({ free: row.cost.free, text: row.cost.text });
      expect(service!.complaints!.routes.map((route) => route.kind)).toEqual(
        row.complaints.routes.map((route: any) => route.kind),
      );
      expect(service!.qualityIndicators.map((indicator) => indicator.code)).toEqual(
        row.qualityIndicators.map((indicator: any) => indicator.code),
      );
      expect(service!.appendices.map((appendix) => appendix.id)).toEqual(
        globalIds(
          "Appendix",
          data().appendices.filter((appendix) => appendix.serviceNumber === 6),
        ),
      );
    });

    it("serves S18's six sub-services and the two its refusal ground excepts (80654–80663, 80739–80742)", async () => {
      const { service } = await ok(ServiceDetailDocument, { number: 18 });
      const row = data().services.find((candidate) => candidate.number === 18)!;
      expect(service!.subServices).toEqual(row.subServices);
      expect(service!.subServices.map((sub) => sub.number)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(service!.refusalGrounds!.grounds.map((ground) => ground.exceptSubServices)).toEqual([[4, 6]]);
      expect((await ok(ServiceDetailDocument, { number: 6 })).service!.subServices).toEqual([]);
    });

    it("serves the repealed item 11 without a title or rules, and without errors", async () => {
      const { service } = await ok(ServiceDetailDocument, { number: 11 });
      expect(service).toMatchObject({
        number: 11,
        repealed: true,
        title: null,
        deadlines: [],
        waitingTimes: [],
        handIn: [],
        delivery: [],
        legalBasis: null,
        appendices: [],
      });
    });

    it("returns null for a service number the act does not have", async () => {
      expect((await ok(ServiceDetailDocument, { number: 99 })).service).toBeNull();
    });
  });

  describe("global ids", () => {
    it("fetches every kind of entity again through node and nodes, in the order asked", async () => {
      const listing = data().listings[0]!;
      const wanted = [
        toGlobalId("Region", "akmola"),
        toGlobalId("District", "akmola/akkol"),
        toGlobalId("Authority", "authority:akmola:akkol"),
        toGlobalId("AkimatApparatus", "akimat:akmola:akkol"),
        toGlobalId("Service", "service-6"),
        toGlobalId("Listing", listing.id),
        toGlobalId("Appendix", listing.appendixId),
        toGlobalId("Region", "atlantis"),
        toGlobalId("ServiceCentre", "authority:akmola:akkol"),
      ];
      const { nodes } = await ok(NodesDocument, { ids: wanted });
      expect(nodes.map((node) => node?.__typename ?? null)).toEqual([
        "Region",
        "District",
        "Authority",
        "AkimatApparatus",
        "Service",
        "Listing",
        "Appendix",
        null,
        null,
      ]);
      expect(nodes.slice(0, 7).map((node) => node!.id)).toEqual(wanted.slice(0, 7));
    });
  });

  describe("search", () => {
    it("finds Ақкөл however it is typed: Cyrillic, capitals, Latin with or without diacritics", async () => {
      for (const query of ["Ақкөл", "АҚКӨЛ", "Akkol", "Aqköl", "akkol"]) {
        const { search } = await ok(SearchDocument, { query, kinds: ["DISTRICT"], first: 5 });
        expect(search.edges[0]?.node, query).toMatchObject({
          __typename: "District",
          id: toGlobalId("District", "akmola/akkol"),
        });
      }
    });

    it("ranks matches across kinds and narrows them by kind", async () => {
      const { search } = await ok(SearchDocument, { query: "Akkol", first: 20 });
      const kinds = new Set(search.edges.map((edge) => edge.node.__typename));
      expect(kinds).toEqual(new Set(["District", "Authority", "AkimatApparatus"]));
      const scores = search.edges.map((edge) => edge.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const only = await ok(SearchDocument, { query: "Akkol", kinds: ["AKIMAT_APPARATUS"] });
      expect(only.search.edges.map((edge) => edge.node.__typename)).toEqual(["AkimatApparatus"]);
      const services = await ok(SearchDocument, { query: "жәрдемақы", kinds: ["SERVICE"] });
      expect(services.search.edges.every((edge) => edge.node.__typename === "Service")).toBe(true);
      expect(services.search.totalCount).toBeGreaterThan(0);
    });

    it("refuses a query with no letters or digits with BAD_USER_INPUT", async () => {
      expect(codeOf(await graph.execute(SearchDocument, { query: " !? " }))).toBe("BAD_USER_INPUT");
    });
  });

  describe("stats", () => {
    it("counts the directory per kind, per region and per service, and the services per provider", async () => {
      const { stats } = await ok(StatsDocument, {});
      const { providers } = data();
      expect(stats).toMatchObject({
        regions: 16,
        districts: data().districts.length,
        providers: providers.length,
        listings: data().listings.length,
        conflicts: data().conflicts.length,
      });
      expect(stats.byKind.reduce((sum, entry) => sum + entry.count, 0)).toBe(providers.length);
      const akmola = stats.byRegion.find((entry) => entry.region.slug === "akmola")!;
      expect(akmola.providers).toBe(providers.filter((provider) => provider.regionId === "akmola").length);
      const six = stats.byService.find((entry) => entry.service.number === 6)!;
      expect(six.providers).toBe(providers.filter((provider) => provider.serviceNumbers.includes(6)).length);
      expect(stats.servicesPerProvider.reduce((sum, entry) => sum + entry.providers, 0)).toBe(providers.length);
    });

    it("counts services as the services list does, and those in force apart", async () => {
      const { stats, services } = await ok(StatsDocument, {});
      expect(stats.services).toBe(services.totalCount);
      expect({ all: stats.services, inForce: stats.servicesInForce }).toEqual({ all: 18, inForce: 17 });
    });
  });

  describe("batching", () => {
    /**
     * The statements one run of `send` costs, the fewest of three runs: the server's own timers (the response
     * cache's version check, the held tables' reload every few seconds) may add one to a run, never take one away.
     */
    async function statementsOf(send: () => Promise<unknown>): Promise<number> {
      let fewest = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        await referenceTables(graph.db);
        const before = graph.db.statements.count;
        await send();
        fewest = Math.min(fewest, graph.db.statements.count - before);
      }
      return fewest;
    }

    it("loads a region with all its districts and providers of every kind in two SQL statements", async () => {
      // The region's districts and its providers of every kind (one query); regions and districts by id from memory.
      expect(
        await statementsOf(() => ok(RegionWithProvidersDocument, { id: toGlobalId("Region", "almaty-oblast") })),
      ).toBe(2);
    });

    it("walks regions → districts → authorities → services over the whole directory in a small constant number of SQL statements", async () => {
      const { regions } = await ok(DirectoryWalkDocument, {});

      // The walk is complete: no page was cut short.
      expect(regions.totalCount).toBe(16);
      const districts = regions.nodes.flatMap((region) => region.districts.nodes);
      expect(districts).toHaveLength(data().districts.length);
      const authorities = districts.flatMap((district) => district.authorities.nodes);
      expect(authorities).toHaveLength(
        providersWhere((provider) => provider.type === "AUTHORITY" && provider.districtId !== null).length,
      );
      expect(authorities.every((authority) => authority.services.nodes.length === authority.services.totalCount)).toBe(
        true,
      );

      // One statement per level (regions, districts, authorities, their service links; the services are held in
      // memory), whatever the number of rows: the same operation over two regions costs as many as over all sixteen.
      const all = await statementsOf(() => ok(DirectoryWalkDocument, {}));
      expect(all).toBeLessThanOrEqual(4);
      const two = await statementsOf(async () => {
        const answer = await graph.execute(
          print(DirectoryWalkDocument).replace("regions(first: 20)", "regions(first: 2)"),
        );
        expect(answer.errors).toBeUndefined();
      });
      expect(two).toBe(all);
    });
  });
});
