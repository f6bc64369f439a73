import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  calendarCaveats,
  DateOutsideCalendarError,
  daysOff,
  dueDate,
  HOLIDAY_DATA,
  HolidayCalendar,
  isWorkingDay,
  localDate,
  startOfLocalDay,
} from "../../src/modules/calendar/calendar.service.js";

/** An instant at 10:00 Kazakhstan time (UTC+5 since March 2024) on `iso`. */
const at10 = (iso: string) => new Date(`${iso}T05:00:00Z`);

describe("the holiday calendar", () => {
  it("cites the law and the Labour Code article its dates come from", () => {
    expect(HOLIDAY_DATA.sources.map((source) => source.id)).toEqual(["holidays-law", "labour-code-85"]);
    expect(HOLIDAY_DATA.sources[0]?.title).toContain("2001 жылғы 13 желтоқсандағы № 267-II");
  });

  it("gives the working days after Nauryz 2026 off, because 21 and 22 March fall on a Saturday and a Sunday", () => {
    const off = daysOff(2026);
    expect(["2026-03-21", "2026-03-22", "2026-03-23"].map((date) => off.get(date)?.reason)).toEqual([
      "HOLIDAY",
      "HOLIDAY",
      "HOLIDAY",
    ]);
    expect(off.get("2026-03-24")?.reason).toBe("MOVED");
    expect(off.get("2026-03-25")?.reason).toBe("MOVED");
    expect(isWorkingDay("2026-03-26")).toBe(true);
  });

  it("keeps Independence Day, 16 December, off and the 17th a working day", () => {
    expect(isWorkingDay("2026-12-16")).toBe(false);
    expect(isWorkingDay("2026-12-17")).toBe(true);
    expect(isWorkingDay("2025-12-16")).toBe(false);
  });

  it("does not move a religious holiday that falls on a weekend (Kurban Ait on Sunday 16 June 2024)", () => {
    expect(daysOff(2024).get("2024-06-16")?.reason).toBe("HOLIDAY");
    expect(isWorkingDay("2024-06-17")).toBe(true);
  });

  it("counts working days from the day after registration, skipping the weekend and Nauryz", () => {
    // Thursday 19 March 2026 + 7 working days: 20, 26, 27, 30, 31 March, 1 and 2 April.
    expect(addWorkingDays("2026-03-19", 7)).toBe("2026-04-02");
  });

  it("skips Independence Day when ten working days run across it", () => {
    // Monday 7 December 2026 + 10: 8–11, 14, 15, 17, 18, 21, 22 December.
    expect(addWorkingDays("2026-12-07", 10)).toBe("2026-12-22");
  });

  it("makes calendar days ignore weekends and holidays", () => {
    expect(dueDate(at10("2026-03-19"), 5, "CALENDAR_DAYS").date).toBe("2026-03-24");
  });

  it("ends a day deadline at local midnight after the due date", () => {
    const due = dueDate(at10("2026-12-07"), 10, "WORKING_DAYS");
    expect(due.date).toBe("2026-12-22");
    expect(due.at.toISOString()).toBe("2026-12-22T19:00:00.000Z");
  });

  it("lets a minute deadline fall due on the same day, on the clock", () => {
    const due = dueDate(at10("2026-03-23"), 30, "MINUTES");
    expect(due.at.toISOString()).toBe("2026-03-23T05:30:00.000Z");
    expect(due.date).toBe("2026-03-23");
  });

  it("reads dates in Kazakhstan time, which was UTC+6 until March 2024", () => {
    expect(localDate(new Date("2026-03-20T20:00:00Z"))).toBe("2026-03-21");
    expect(startOfLocalDay("2023-12-16").toISOString()).toBe("2023-12-15T18:00:00.000Z");
  });
});

describe("the calendar's years and what it refuses", () => {
  it("covers 2024–2027 and cites a known source for every holiday", () => {
    expect(HOLIDAY_DATA.coverage).toMatchObject({ fromYear: 2024, toYear: 2027 });
    const sources = new Set(HOLIDAY_DATA.sources.map((source) => source.id));
    for (const rule of [...HOLIDAY_DATA.fixed, ...HOLIDAY_DATA.movable, ...HOLIDAY_DATA.pending])
      expect(sources.has(rule.source), rule.name).toBe(true);
  });

  it("gives 2027 its holidays and the working days the Labour Code moves weekend ones to", () => {
    const off = daysOff(2027);
    // 1 January is a Friday; the 2nd, a Saturday, gives Monday the 4th off.
    expect(off.get("2027-01-01")?.reason).toBe("HOLIDAY");
    expect(off.get("2027-01-04")?.reason).toBe("MOVED");
    expect(off.get("2027-01-07")?.reason).toBe("HOLIDAY");
    // Nauryz: 21 March is a Sunday, so Wednesday the 24th is off after the 22nd and 23rd.
    expect(["2027-03-22", "2027-03-23", "2027-03-24"].map((date) => isWorkingDay(date))).toEqual([false, false, false]);
    expect(off.get("2027-03-24")?.reason).toBe("MOVED");
    expect(isWorkingDay("2027-03-25")).toBe(true);
    // 1 May (Saturday) → Monday 3 May; 9 May (Sunday) → Monday 10 May; 7 May is a Friday.
    expect(["2027-05-03", "2027-05-07", "2027-05-10"].map((date) => off.get(date)?.reason)).toEqual([
      "MOVED",
      "HOLIDAY",
      "MOVED",
    ]);
    expect(["2027-07-06", "2027-08-30", "2027-10-25", "2027-12-16"].map((date) => isWorkingDay(date))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(isWorkingDay("2027-12-17")).toBe(true);
  });

  it("refuses a day past its last year, or before its first, with a typed error rather than a guess", () => {
    for (const date of ["2028-01-10", "2023-12-29"]) {
      let error: unknown;
      try {
        isWorkingDay(date);
      } catch (caught) {
        error = caught;
      }
      expect(error, date).toBeInstanceOf(DateOutsideCalendarError);
      expect((error as DateOutsideCalendarError).extensions).toMatchObject({
        code: "DATE_OUTSIDE_CALENDAR",
        date,
        reason: "YEAR_NOT_COVERED",
        knownYears: { from: 2024, to: 2027 },
      });
    }
    // Working days that run into 2028 are refused; calendar days need no holidays, and are not.
    expect(() => dueDate(at10("2027-12-20"), 10, "WORKING_DAYS")).toThrow(DateOutsideCalendarError);
    expect(dueDate(at10("2027-12-20"), 20, "CALENDAR_DAYS").date).toBe("2028-01-09");
  });

  it("refuses the days Kurban Ait 2027 may fall on until its date is announced, and answers for the days around them", () => {
    expect(HOLIDAY_DATA.movable.some((rule) => rule.date.startsWith("2027-"))).toBe(false);
    expect(() => isWorkingDay("2027-05-17")).toThrow(/not announced/);
    expect(isWorkingDay("2027-05-14")).toBe(true);
    expect(isWorkingDay("2027-05-18")).toBe(true);
    expect(() => addWorkingDays("2027-05-12", 5)).toThrow(DateOutsideCalendarError);
    expect(addWorkingDays("2027-05-11", 3)).toBe("2027-05-14");
  });

  it("honours a Government transfer: the day off moves, the weekend day works with the hours of the day it replaced", () => {
    const calendar = new HolidayCalendar({
      ...HOLIDAY_DATA,
      transfers: [{ off: "2026-01-05", working: "2026-01-10", source: "a resolution (test)" }],
    });
    expect(calendar.dayStatus("2026-01-05")).toMatchObject({ working: false, kind: "TRANSFER" });
    expect(calendar.dayStatus("2026-01-10")).toMatchObject({
      working: true,
      kind: "TRANSFERRED_WORKDAY",
      hoursOf: "MON",
    });
    // Friday 2 January 2026 + 3 working days: 6, 8 (7th is Christmas), 9 — the 5th is off now.
    expect(calendar.addWorkingDays("2026-01-02", 3)).toBe("2026-01-09");
    expect(calendar.addWorkingDays("2026-01-02", 4)).toBe("2026-01-10");
    expect(addWorkingDays("2026-01-02", 3)).toBe("2026-01-08");
  });

  it("says which years lack a record of the Government's transfers", () => {
    expect(calendarCaveats("2026-12-07", "2027-01-12")).toEqual([expect.stringContaining("2026, 2027")]);
    expect(
      new HolidayCalendar({
        ...HOLIDAY_DATA,
        coverage: { ...HOLIDAY_DATA.coverage, transfersNotRecorded: [] },
      }).caveats("2026-12-07", "2027-01-12"),
    ).toEqual([]);
  });
});
