/**
 * Whether a provider is open at an instant, in Kazakhstan's local time: its
 * weekly hours and lunch breaks, and the days off of the holiday calendar
 * (src/modules/calendar: holidays, the days the Labour Code moves them to,
 * the Government's transfers).
 */
import { type HolidayCalendar, KZ_CALENDAR, localDate } from "../calendar/calendar.service.js";
import type { Weekday } from "../common/common.type.js";

/** Kazakhstan has one time zone (UTC+5) since 1 March 2024; the tz database names it Asia/Almaty. */
export const KAZAKHSTAN_TIME_ZONE = "Asia/Almaty";

interface WeeklyHours {
  /** `MON` … `SUN`: the extractor's weekdays, which the GraphQL Weekday enum spells alike. */
  days: readonly string[];
  opens: string;
  closes: string;
  breaks?: { start: string; end: string }[];
}

export interface ScheduleLike {
  text?: string | null;
  weekly?: readonly WeeklyHours[] | null;
}

const formatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: KAZAKHSTAN_TIME_ZONE,
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const WEEKDAYS: Record<string, Weekday> = {
  Mon: "MON" as Weekday,
  Tue: "TUE" as Weekday,
  Wed: "WED" as Weekday,
  Thu: "THU" as Weekday,
  Fri: "FRI" as Weekday,
  Sat: "SAT" as Weekday,
  Sun: "SUN" as Weekday,
};

export function localWeekdayAndTime(at: Date): { day: Weekday; time: string } {
  const parts = Object.fromEntries(formatter.formatToParts(at).map((part) => [part.type, part.value]));
  return { day: WEEKDAYS[parts.weekday ?? ""]!, time: `${parts.hour}:${parts.minute}` };
}

/**
 * Whether a schedule keeps the country's days off. Every schedule the act
 * prints for departments and akimats says so («демалыс және мереке күндерін
 * қоспағанда»), and a body working five or six days a week closes on public
 * holidays anyway (Labour Code art. 85). The service centres' own hours are
 * «күн сайын … үзіліссіз», every day without a break, with no such
 * exception (it is their branches that close on holidays): they are open on
 * holidays too.
 */
export function keepsDaysOff(schedule: ScheduleLike): boolean {
  const days = new Set((schedule.weekly ?? []).flatMap((hours) => hours.days));
  return days.size < 7 || /мереке/iu.test(schedule.text ?? "");
}

function withinHours(weekly: readonly WeeklyHours[], day: string, time: string): boolean {
  return weekly.some(
    (hours) =>
      hours.days.includes(day) &&
      hours.opens <= time &&
      time < hours.closes &&
      !(hours.breaks ?? []).some((pause) => pause.start <= time && time < pause.end),
  );
}

/**
 * True or false when the hours say; null when there are no hours to read (an
 * unparsed schedule). For a schedule that keeps days off, a holiday (or a day
 * a holiday moved to, or a transferred day off) is closed, and a weekend day
 * a transfer made a working day keeps the hours of the weekday it replaced.
 * Throws `DateOutsideCalendarError` when that depends on a day the holiday
 * calendar does not know; a schedule open every day never needs it.
 */
export function isOpenAt(
  schedule: ScheduleLike | null | undefined,
  at: Date,
  calendar: HolidayCalendar = KZ_CALENDAR,
): boolean | null {
  const weekly = schedule?.weekly;
  if (!schedule || !weekly?.length) return null;
  const { day, time } = localWeekdayAndTime(at);
  if (!keepsDaysOff(schedule)) return withinHours(weekly, day, time);
  const status = calendar.dayStatus(localDate(at));
  if (status.kind === "TRANSFERRED_WORKDAY") return withinHours(weekly, status.hoursOf, time);
  if (!status.working && status.kind !== "WEEKEND") return false;
  // A plain weekend day is closed unless the schedule itself has hours for it (Saturday mornings of some akimats).
  return withinHours(weekly, day, time);
}
