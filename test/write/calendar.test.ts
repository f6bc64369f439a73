import { describe, expect, it } from "vitest";
import { addWorkingDays, daysOff, dueDate, HOLIDAY_DATA, isWorkingDay, localDate, startOfLocalDay } from "../../src/modules/calendar/calendar.service.js";

/** An instant at 10:00 Kazakhstan time (UTC+5 since March 2024) on `iso`. */
const at10 = (iso: string) => new Date(`${iso}T05:00:00Z`);

describe("the holiday calendar", () => {
  it("cites the law and the Labour Code article its dates come from", () => {
    expect(HOLIDAY_DATA.sources.map((source) => source.id)).toEqual(["holidays-law", "labour-code-85"]);
    expect(HOLIDAY_DATA.sources[0]?.title).toContain("2001 жылғы 13 желтоқсандағы № 267-II");
  });

  it("gives the working days after Nauryz 2026 off, because 21 and 22 March fall on a Saturday and a Sunday", () => {
    const off = daysOff(2026);
    expect(["2026-03-21", "2026-03-22", "2026-03-23"].map((date) => off.get(date)?.reason)).toEqual(["HOLIDAY", "HOLIDAY", "HOLIDAY"]);
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
