/** Whether a weekly schedule is open at an instant, in Kazakhstan's local time. */
import type { Weekday } from "../common/common.type.js";

/** Kazakhstan has one time zone (UTC+5) since 1 March 2024; the tz database names it Asia/Almaty. */
export const KAZAKHSTAN_TIME_ZONE = "Asia/Almaty";

interface WeeklyHours {
  days: Weekday[];
  opens: string;
  closes: string;
  breaks?: { start: string; end: string }[];
}

const formatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: KAZAKHSTAN_TIME_ZONE,
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const WEEKDAYS: Record<string, Weekday> = { Mon: "MON" as Weekday, Tue: "TUE" as Weekday, Wed: "WED" as Weekday, Thu: "THU" as Weekday, Fri: "FRI" as Weekday, Sat: "SAT" as Weekday, Sun: "SUN" as Weekday };

export function localWeekdayAndTime(at: Date): { day: Weekday; time: string } {
  const parts = Object.fromEntries(formatter.formatToParts(at).map((part) => [part.type, part.value]));
  return { day: WEEKDAYS[parts.weekday ?? ""]!, time: `${parts.hour}:${parts.minute}` };
}

/** True or false when the hours say; null when there are no hours to read (an unparsed schedule). */
export function isOpenAt(weekly: readonly WeeklyHours[] | null | undefined, at: Date): boolean | null {
  if (!weekly?.length) return null;
  const { day, time } = localWeekdayAndTime(at);
  return weekly.some(
    (hours) =>
      hours.days.includes(day) &&
      hours.opens <= time &&
      time < hours.closes &&
      !(hours.breaks ?? []).some((pause) => pause.start <= time && time < pause.end),
  );
}
