import { describe, expect, it } from "vitest";
import { parseSchedule } from "../../seeds/extract/clean/schedule.js";
import { normaliseText } from "../../seeds/extract/clean/text.js";
import type { WeeklyHours } from "../../seeds/extract/model.js";
import { readSource } from "../../seeds/extract/source.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon } = actAttested();

const act = readSource();

/** Lines `start`..`end` as a schedule cell, cleaned the way the pipeline cleans it before parsing. */
function schedule(start: number, end: number) {
  return parseSchedule(
    normaliseText(
      act
        .slice(start - 1, end)
        .map((line) => line.text)
        .join("\n"),
      lexicon,
    ),
  );
}

const WORKING_WEEK: WeeklyHours["days"] = ["MON", "TUE", "WED", "THU", "FRI"];
const LUNCH = [{ start: "13:00", end: "14:00" }];

describe("parseSchedule", () => {
  it("reads the canonical DEPT wording (275–280, S1.a1 Ақмола), with the hour cut across lines «9» / «-00»", () => {
    const parsed = schedule(275, 280);
    expect(parsed.text).toBe(
      "Демалыс және мереке күндерін қоспағанда аптасына бес күн Сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін",
    );
    expect(parsed.weekly).toEqual([{ days: WORKING_WEEK, opens: "09:00", closes: "18:00", breaks: LUNCH }]);
  });

  it("reads the 2012 wording: «күн сайын» after the days-off exclusion is Monday to Friday (73531–73542, S17.a1)", () => {
    expect(schedule(73531, 73542).weekly).toEqual([
      { days: WORKING_WEEK, opens: "09:00", closes: "18:00", breaks: LUNCH },
    ]);
  });

  it("reads the standards' wording, where the break comes before the hours (128–130, letter-spaced)", () => {
    expect(schedule(128, 130).weekly).toEqual([{ days: WORKING_WEEK, opens: "09:00", closes: "18:00", breaks: LUNCH }]);
  });

  it("reads the centres' «күн сайын … үзіліссіз» as every day without a break, and leaves the branches' hours in the text (4070–4074)", () => {
    const parsed = schedule(4070, 4074);
    expect(parsed.weekly).toEqual([
      { days: ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"], opens: "09:00", closes: "20:00", breaks: [] },
    ]);
    expect(parsed.text).toContain("филиалдары");
  });

  it("reads the Atyrau akimats: no break, Saturday until 13-00 (8595–8600)", () => {
    expect(schedule(8595, 8600).weekly).toEqual([
      { days: WORKING_WEEK, opens: "09:00", closes: "19:00", breaks: [] },
      { days: ["SAT"], opens: "09:00", closes: "13:00", breaks: [] },
    ]);
  });

  it("reads 8-30…18-30 with lunch 12-30…14-30 (9091–9096, БҚО)", () => {
    expect(schedule(9091, 9096).weekly).toEqual([
      { days: WORKING_WEEK, opens: "08:30", closes: "18:30", breaks: [{ start: "12:30", end: "14:30" }] },
    ]);
  });

  it("reads «менбі» as Saturday (9692–9697, Қостанай)", () => {
    expect(schedule(9692, 9697).weekly).toEqual([
      { days: WORKING_WEEK, opens: "09:00", closes: "20:00", breaks: [] },
      { days: ["SAT"], opens: "09:00", closes: "14:00", breaks: [] },
    ]);
  });

  it("reads the Қызылорда lunch 13-00…15-00 (29434–29440)", () => {
    expect(schedule(29434, 29440).weekly).toEqual([
      { days: WORKING_WEEK, opens: "09:00", closes: "19:00", breaks: [{ start: "13:00", end: "15:00" }] },
    ]);
  });

  it("reads «Сенбі сағат 15-00 дейін» (10674–10680, Алматы қ.)", () => {
    expect(schedule(10674, 10680).weekly).toEqual([
      { days: WORKING_WEEK, opens: "09:00", closes: "18:00", breaks: LUNCH },
      { days: ["SAT"], opens: "09:00", closes: "15:00", breaks: [] },
    ]);
  });

  it("keeps a cut schedule as text with no hours (3397–3399 «… Сағат 9», the rest printed after other rows)", () => {
    const parsed = schedule(3397, 3399);
    expect(parsed.weekly).toEqual([]);
    expect(parsed.text).toMatch(/Сағат 9$/);
  });

  it("keeps unknown text", () => {
    expect(parseSchedule("кестесі жоқ")).toEqual({ text: "кестесі жоқ", weekly: [] });
  });
});
