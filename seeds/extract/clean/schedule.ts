/**
 * Working schedules (seed map §3, §4.2 last part, §4.3) into weekly hours.
 *
 * Wordings met in the act:
 * - canonical (DEPT lists): «Демалыс және мереке күндерін қоспағанда аптасына
 *   бес күн Сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап
 *   14-00 дейін»;
 * - 2012 lists: «Демалыс және … мереке күндерін қоспағанда күн сайын сағат
 *   9-00 бастап 18-00 дейін, түскі үзіліс …» («күн сайын» = every working day);
 * - standards' prose: «демалыс (сенбі, жексенбі) және мереке күндерін
 *   қоспағанда, сағат 13.00-ден 14.00-ге дейін түскі үзіліспен күн сайын сағат
 *   9.00-ден 18.00-ге дейін» (the break comes first);
 * - centres: «күн сайын сағат 9.00-ден 20.00-ге дейін үзіліссіз»;
 * - akimats (§4.3): 8-30…18-30, lunch 12-30…14-30, «сенбі 13-00 дейін»,
 *   «Сенбі сағат 15-00 дейін», «менбі 9-00 ден бастап 14-00 ге дейін» (sic),
 *   Қызылорда lunch 13-00…15-00.
 */
import type { Schedule, Weekday, WeeklyHours } from "../model.js";

const WORKING_WEEK: Weekday[] = ["MON", "TUE", "WED", "THU", "FRI"];
const WHOLE_WEEK: Weekday[] = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

/** «9-00», «9.00», «9 -00», «14-00 ге», «9:00» → minutes and the "HH:MM" form. */
const TIME = /(?<!\d)(\d{1,2})\s*[-.:]\s*(\d{2})(?!\d)/gu;

interface TimeMention {
  value: string;
  start: number;
  end: number;
}

function findTimes(text: string): TimeMention[] {
  const times: TimeMention[] = [];
  for (const match of text.matchAll(TIME)) {
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (hours > 24 || minutes > 59) continue;
    times.push({
      value: `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return times;
}

/** How near (in characters) a word must stand to a time range to describe it. */
const NEAR = 30;

/**
 * A break is named right before its range («түскі үзіліс сағат 13-00 …») or
 * right after it («… 14.00-ге дейін түскі үзіліспен»). «Right» matters: in
 * «… түскі үзіліспен күн сайын сағат 9.00-ден …» the words belong to the
 * range before, not to the working hours after.
 */
function isBreak(text: string, range: { start: number; end: number }, previousEnd: number): boolean {
  const before = text.slice(Math.max(previousEnd, range.start - NEAR), range.start);
  const after = text.slice(range.end, range.end + NEAR);
  return (
    /(?:түскі(?:\s+үзіліс\p{L}*)?|үзіліс(?!сіз)\p{L}*)\s*(?:сағат\s*)?$/u.test(before) ||
    /^\W*(?:ге|қа|ке|ға)?\s*дейін(?:гі)?\s+(?:түскі\s+)?үзіліс(?!сіз)/u.test(after)
  );
}

/**
 * Reads a schedule text. `weekly` lists the working days with opening and
 * closing times ("HH:MM") and breaks; Saturday hours, when printed, are a
 * second entry (opening at the weekday time unless printed). «демалыс …
 * қоспағанда» or «аптасына бес күн» means Monday to Friday; «күн сайын»
 * without that exclusion means every day. Only the first schedule of a
 * text is read: in the standards' «… филиалдары мен өкілдіктерінде …» the
 * branches' hours that follow are left in `text`. Text that gives no range
 * yields `weekly: []`; the text is always kept.
 */
export function parseSchedule(text: string): Schedule {
  const kept = text.replace(/\s+/gu, " ").trim();
  const lower = kept
    .toLowerCase()
    // «менбі» (Қостанай AKIM rows, §5.14) is a misprint of «сенбі».
    .replace(/менбі/gu, "сенбі");
  // Branches of the centres have their own hours in the same sentence; they are not this schedule.
  const branchesAt = lower.search(/филиалдар/u);
  const main = branchesAt > 0 ? lower.slice(0, branchesAt) : lower;

  const saturdayAt = findSaturdayClause(main);
  const weekdayText = saturdayAt >= 0 ? main.slice(0, saturdayAt) : main;
  const times = findTimes(weekdayText);

  // Pair the times into ranges in printed order.
  const ranges: { opens: string; closes: string; start: number; end: number }[] = [];
  for (let index = 0; index + 1 < times.length; index += 2) {
    ranges.push({
      opens: times[index]!.value,
      closes: times[index + 1]!.value,
      start: times[index]!.start,
      end: times[index + 1]!.end,
    });
  }
  let hours: { opens: string; closes: string } | null = null;
  const breaks: { start: string; end: string }[] = [];
  let previousEnd = 0;
  for (const range of ranges) {
    if (
      isBreak(weekdayText, range, previousEnd) ||
      (hours !== null && range.opens > hours.opens && range.closes < hours.closes)
    ) {
      breaks.push({ start: range.opens, end: range.closes });
    } else if (hours === null) {
      hours = { opens: range.opens, closes: range.closes };
    }
    previousEnd = range.end;
  }
  if (hours === null) return { text: kept, weekly: [] };
  // A break printed before the hours must still lie inside them.
  const inside = breaks.filter((gap) => gap.start >= hours!.opens && gap.end <= hours!.closes);

  const excludesDaysOff = /қоспағанда|аптасына\s+бес\s+күн|бес\s+күндік/u.test(main);
  const everyDay = /күн\s+сайын/u.test(main) && !excludesDaysOff;
  const weekly: WeeklyHours[] = [
    { days: everyDay ? WHOLE_WEEK : WORKING_WEEK, opens: hours.opens, closes: hours.closes, breaks: inside },
  ];

  if (saturdayAt >= 0 && !everyDay) {
    const saturdayTimes = findTimes(main.slice(saturdayAt));
    if (saturdayTimes.length === 1)
      weekly.push({ days: ["SAT"], opens: hours.opens, closes: saturdayTimes[0]!.value, breaks: [] });
    else if (saturdayTimes.length >= 2)
      weekly.push({ days: ["SAT"], opens: saturdayTimes[0]!.value, closes: saturdayTimes[1]!.value, breaks: [] });
  }
  return { text: kept, weekly };
}

/**
 * Where Saturday's own hours start: «сенбі» followed closely by a time. The
 * «демалыс (сенбі, жексенбі)» of the exclusion clause is not one.
 */
function findSaturdayClause(text: string): number {
  for (const match of text.matchAll(/сенбі/gu)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + NEAR);
    if (/^\s*,?\s*жексенбі/u.test(after)) continue;
    if (/^[^а-яәғқңөұүһі]*(?:сағат\s*)?\d{1,2}\s*[-.:]\s*\d{2}/u.test(after)) return match.index;
  }
  return -1;
}
