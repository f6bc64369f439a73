/**
 * Opening hours and due dates on the holiday calendar: `isOpenAt` (hours,
 * lunch breaks, days off, transfers, the service centres' every-day hours),
 * the `openAt` filter, and the `dueDate` preview — pure, then through the
 * real server on each database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import {
  DateOutsideCalendarError,
  HOLIDAY_DATA,
  HolidayCalendar,
} from "../../src/modules/calendar/calendar.service.js";
import { isOpenAt, keepsDaysOff } from "../../src/modules/provider/provider.schedule.js";
import { committedSeedData, databaseTargets } from "../support/database.js";
import { type GraphHarness, startSeededGraph } from "./support.js";

/** The instant at local time `hhmm` (Kazakhstan, UTC+5) on `iso`. */
const local = (iso: string, hhmm: string) => new Date(`${iso}T${hhmm}:00+05:00`);

const data = committedSeedData();
const department = data.providers.find((provider) => provider.id === "authority:akmola:akkol")!.schedule!;
const centre = data.providers.find((provider) => provider.id === "centre:akmola")!.schedule!;
const saturdayAkimat = data.providers.find(
  (provider) =>
    provider.schedule?.weekly.some((hours) => hours.days.includes("SAT" as never)) &&
    provider.type === "AKIMAT_APPARATUS",
)!.schedule!;

describe("isOpenAt on the holiday calendar", () => {
  it("reads the act's schedules: departments and akimats keep days off, the centres' own hours run every day", () => {
    expect(department.text).toMatch(/мереке күндерін қоспағанда/);
    expect(keepsDaysOff(department)).toBe(true);
    expect(centre.text).toBe("күн сайын сағат 9.00-ден 20.00-ге дейін үзіліссіз");
    expect(keepsDaysOff(centre)).toBe(false);
  });

  it("opens a department on working hours, closes it for lunch, at night and at the weekend", () => {
    // Tuesday 24 November 2026.
    expect(isOpenAt(department, local("2026-11-24", "10:30"))).toBe(true);
    expect(isOpenAt(department, local("2026-11-24", "13:30"))).toBe(false);
    expect(isOpenAt(department, local("2026-11-24", "18:00"))).toBe(false);
    expect(isOpenAt(department, local("2026-11-28", "10:30"))).toBe(false);
  });

  it("closes a department on a holiday and on the day a weekend holiday moves to, and opens a centre on both", () => {
    // Wednesday 16 December 2026 (Independence Day); Tuesday 24 March 2026 (Nauryz moved from the weekend).
    for (const day of ["2026-12-16", "2026-03-24"]) {
      expect(isOpenAt(department, local(day, "10:00")), day).toBe(false);
      expect(isOpenAt(centre, local(day, "10:00")), day).toBe(true);
    }
    expect(isOpenAt(centre, local("2026-11-29", "19:59"))).toBe(true);
    expect(isOpenAt(centre, local("2026-11-29", "20:00"))).toBe(false);
  });

  it("keeps an akimat's Saturday hours, except on a Saturday holiday", () => {
    const saturday = saturdayAkimat.weekly.find((hours) => hours.days.includes("SAT" as never))!;
    expect(isOpenAt(saturdayAkimat, local("2026-11-28", saturday.opens))).toBe(true);
    expect(isOpenAt(saturdayAkimat, local("2026-11-28", saturday.closes))).toBe(false);
    // Saturday 21 March 2026 is Nauryz.
    expect(isOpenAt(saturdayAkimat, local("2026-03-21", saturday.opens))).toBe(false);
  });

  it("opens a department on a Saturday a transfer made a working day, with the hours of the day it replaced, and closes it on that day", () => {
    const calendar = new HolidayCalendar({
      ...HOLIDAY_DATA,
      transfers: [{ off: "2026-01-05", working: "2026-01-10", source: "a resolution (test)" }],
    });
    expect(isOpenAt(department, local("2026-01-10", "10:00"), calendar)).toBe(true);
    expect(isOpenAt(department, local("2026-01-10", "13:30"), calendar)).toBe(false);
    expect(isOpenAt(department, local("2026-01-05", "10:00"), calendar)).toBe(false);
    expect(isOpenAt(department, local("2026-01-05", "10:00"))).toBe(true);
  });

  it("refuses to guess on a day the calendar does not know, unless the hours do not depend on it", () => {
    expect(() => isOpenAt(department, local("2028-01-10", "10:00"))).toThrow(DateOutsideCalendarError);
    expect(() => isOpenAt(department, local("2027-05-17", "10:00"))).toThrow(/not announced/);
    expect(isOpenAt(centre, local("2028-01-10", "10:00"))).toBe(true);
    expect(isOpenAt({ text: "?", weekly: [] }, local("2028-01-10", "10:00"))).toBeNull();
  });
});

describe.each(databaseTargets())("opening hours and due dates on $name", (target) => {
  let graph: GraphHarness;
  beforeAll(async () => {
    graph = await startSeededGraph(target);
  });
  afterAll(async () => {
    await graph?.close();
  });

  const count = async (field: string, at: string, extra = "") => {
    const result: any = await graph.execute(
      `{ ${field}(first: 1, filter: { openAt: "${at}" ${extra} }) { totalCount } }`,
    );
    expect(result.errors, `${field} at ${at}`).toBeUndefined();
    return result.data[field].totalCount as number;
  };

  it("filters providers by openAt: every readable schedule on a working morning, only the centres on Independence Day", async () => {
    const readable = (type: string) =>
      data.providers.filter((provider) => provider.type === type && (provider.schedule?.weekly.length ?? 0) > 0).length;
    const tuesday = local("2026-11-24", "10:30").toISOString();
    expect(await count("authorities", tuesday)).toBe(readable("AUTHORITY"));
    expect(await count("serviceCentres", tuesday)).toBe(readable("SERVICE_CENTRE"));
    const independenceDay = local("2026-12-16", "10:30").toISOString();
    expect(await count("authorities", independenceDay)).toBe(0);
    expect(await count("akimatApparatus", independenceDay)).toBe(0);
    expect(await count("serviceCentres", independenceDay)).toBe(27);
    // At lunch, departments close; the centres do not break.
    expect(await count("authorities", local("2026-11-24", "13:30").toISOString())).toBe(0);
    expect(await count("serviceCentres", local("2026-11-24", "13:30").toISOString())).toBe(27);
  });

  it("filters nested provider lists by openAt through the batching loaders", async () => {
    const result: any = await graph.execute(
      `query($id: ID!, $at: DateTime!) { region(id: $id) { authorities(first: 100, filter: { openAt: $at }) { totalCount } serviceCentres(first: 100, filter: { openAt: $at }) { totalCount } } }`,
      { id: toGlobalId("Region", "akmola"), at: local("2026-12-16", "10:00").toISOString() },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.region).toEqual({ authorities: { totalCount: 0 }, serviceCentres: { totalCount: 1 } });
  });

  it("answers isOpenAt on the calendar, and DATE_OUTSIDE_CALENDAR for a day it does not know", async () => {
    const ask = (at: string) =>
      graph.execute(`query($id: ID!, $at: DateTime!) { node(id: $id) { ... on Provider { isOpenAt(at: $at) } } }`, {
        id: toGlobalId("Authority", "authority:akmola:akkol"),
        at,
      });
    expect((await ask(local("2026-12-16", "10:00").toISOString())).data).toEqual({ node: { isOpenAt: false } });
    expect((await ask(local("2026-12-17", "10:00").toISOString())).data).toEqual({ node: { isOpenAt: true } });
    const refused = await ask(local("2028-01-10", "10:00").toISOString());
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "DATE_OUTSIDE_CALENDAR",
      reason: "YEAR_NOT_COVERED",
      date: "2028-01-10",
    });
    const filtered: any = await graph.execute(
      `{ authorities(filter: { openAt: "2028-01-10T05:00:00Z" }) { totalCount } }`,
    );
    expect(filtered.errors?.[0]?.extensions?.code).toBe("DATE_OUTSIDE_CALENDAR");
  });

  const DUE = `query($service: Int!, $channel: Channel!, $from: DateTime) {
    dueDate(service: $service, channel: $channel, from: $from) { service channel from dueDate dueAt caveats deadline { amount unit atMost text lineStart lineEnd } }
  }`;

  it("previews the due date submitApplication computes, from the standard's deadline and the calendar", async () => {
    const service = data.services.find((candidate) => candidate.number === 6)!;
    const deadline = service.deadlines.find((candidate) => candidate.channel === "AUTHORITY")!;
    const result: any = await graph.execute(DUE, { service: 6, channel: "AUTHORITY", from: "2026-03-19T05:00:00Z" });
    expect(result.errors).toBeUndefined();
    // The same instant and channel as test/write/applications.test.ts, whose receipt says 2 April.
    expect(result.data.dueDate).toMatchObject({
      service: 6,
      channel: "AUTHORITY",
      dueDate: "2026-04-02",
      dueAt: "2026-04-02T19:00:00.000Z",
      deadline: {
        amount: deadline.amount,
        unit: deadline.unit,
        text: deadline.text,
        lineStart: deadline.lines.start,
        lineEnd: deadline.lines.end,
      },
    });
    expect(result.data.dueDate.caveats).toEqual([expect.stringContaining("2026")]);
    const akim: any = await graph.execute(DUE, { service: 6, channel: "AKIM", from: "2026-12-07T05:00:00Z" });
    expect(akim.data.dueDate).toMatchObject({ dueDate: "2027-01-12", deadline: { amount: 22, unit: "WORKING_DAYS" } });
  });

  it("counts from now when no instant is given, and lets no cache keep a due date", async () => {
    const response = await graph.post({ query: DUE, variables: { service: 6, channel: "AUTHORITY" } });
    expect(response.body.errors).toBeUndefined();
    expect(Date.now() - Date.parse(response.body.data.dueDate.from)).toBeLessThan(60_000);
    expect(response.headers.get("cache-control")).toBe("no-store");
    // Even with it, and alongside directory fields: cheap to answer again, and one rule is easier to trust.
    const fixed = await graph.post({
      query: `{ regions(first: 1) { totalCount } dueDate(service: 6, channel: AUTHORITY, from: "2026-03-19T05:00:00Z") { dueDate } }`,
    });
    expect(fixed.body.errors).toBeUndefined();
    expect(fixed.headers.get("cache-control")).toBe("no-store");
    expect((await graph.post({ query: `{ regions(first: 1) { totalCount } }` })).headers.get("cache-control")).toBe(
      "max-age=300, public",
    );
  });

  it("refuses a service or channel that takes no applications, and a count into days the calendar does not know", async () => {
    const code = async (variables: Record<string, unknown>) =>
      ((await graph.execute(DUE, variables)) as any).errors?.[0]?.extensions;
    expect(await code({ service: 11, channel: "AUTHORITY" })).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await code({ service: 99, channel: "AUTHORITY" })).toMatchObject({ code: "BAD_USER_INPUT" });
    const offered = new Set(
      data.services.find((candidate) => candidate.number === 2)!.providers.map((provider) => provider.channel),
    );
    const missing = (["AUTHORITY", "AKIM", "SERVICE_CENTRE"] as const).find((channel) => !offered.has(channel));
    if (missing) expect(await code({ service: 2, channel: missing })).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await code({ service: 6, channel: "AUTHORITY", from: "2027-12-27T05:00:00Z" })).toMatchObject({
      code: "DATE_OUTSIDE_CALENDAR",
      reason: "YEAR_NOT_COVERED",
    });
  });
});
