/**
 * Kazakhstan's working-day calendar and the due dates of the standards'
 * deadlines. Pure: everything is computed from kz-holidays.json (the law and
 * article its dates come from are cited there) and plain ISO dates, so the
 * rules are tested on real dates without a database.
 *
 * Dates are local to Kazakhstan (`Asia/Almaty`); an instant becomes a local
 * date through Intl, so the 2024 change from UTC+6 to UTC+5 is honoured.
 */
import { readFileSync } from "node:fs";

export type DeadlineUnit = "WORKING_DAYS" | "CALENDAR_DAYS" | "MINUTES";

interface HolidayRule {
  name: string;
  kind: "STATE" | "NATIONAL" | "RELIGIOUS";
  /** A holiday on a Saturday or Sunday gives the next working day off (Labour Code art. 85). */
  movesOffWeekend: boolean;
  source: string;
}

interface HolidayFile {
  timeZone: string;
  sources: { id: string; title: string; url: string }[];
  fixed: (HolidayRule & { month: number; days: number[] })[];
  movable: (HolidayRule & { date: string })[];
  /** Government resolutions moving a day off: `off` becomes a day off, `working` a working day. */
  transfers: { off: string; working: string; source: string }[];
  coverage: { fromYear: number; toYear: number; note: string };
}

export const HOLIDAY_DATA: HolidayFile = JSON.parse(readFileSync(new URL("./kz-holidays.json", import.meta.url), "utf8"));

export const TIME_ZONE = HOLIDAY_DATA.timeZone;

export interface DayOff {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  name: string;
  /** HOLIDAY: the holiday itself; MOVED: the working day given off for a holiday on a weekend; TRANSFER: moved by resolution. */
  reason: "HOLIDAY" | "MOVED" | "TRANSFER";
}

const DAY_MS = 86_400_000;

/** ISO date → days since 1970-01-01 (the calendar arithmetic is done on these). */
const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const isWeekend = (day: number): boolean => {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
};

const yearCache = new Map<number, Map<string, DayOff>>();

/** Every day off of `year` that is not a plain Saturday or Sunday, plus holidays that fall on one. */
export function daysOff(year: number): Map<string, DayOff> {
  const cached = yearCache.get(year);
  if (cached) return cached;
  const holidays: (DayOff & HolidayRule)[] = [];
  for (const rule of HOLIDAY_DATA.fixed) {
    for (const d of rule.days) {
      const date = `${year}-${String(rule.month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      holidays.push({ ...rule, date, reason: "HOLIDAY" });
    }
  }
  for (const rule of HOLIDAY_DATA.movable) if (rule.date.startsWith(`${year}-`)) holidays.push({ ...rule, reason: "HOLIDAY" });
  holidays.sort((a, b) => a.date.localeCompare(b.date));

  const off = new Map<string, DayOff>();
  for (const holiday of holidays) off.set(holiday.date, { date: holiday.date, name: holiday.name, reason: "HOLIDAY" });
  // In date order, each weekend holiday gives the next day that is neither a weekend nor already off.
  for (const holiday of holidays) {
    if (!holiday.movesOffWeekend || !isWeekend(toDay(holiday.date))) continue;
    let day = toDay(holiday.date) + 1;
    while (isWeekend(day) || off.has(fromDay(day))) day += 1;
    off.set(fromDay(day), { date: fromDay(day), name: `${holiday.name}: moved from ${holiday.date}`, reason: "MOVED" });
  }
  for (const transfer of HOLIDAY_DATA.transfers) {
    if (transfer.off.startsWith(`${year}-`)) off.set(transfer.off, { date: transfer.off, name: `transferred by ${transfer.source}`, reason: "TRANSFER" });
  }
  yearCache.set(year, off);
  return off;
}

const workingByTransfer = new Set(HOLIDAY_DATA.transfers.map((transfer) => transfer.working));

export function isWorkingDay(iso: string): boolean {
  if (workingByTransfer.has(iso)) return true;
  if (isWeekend(toDay(iso))) return false;
  return !daysOff(Number(iso.slice(0, 4))).has(iso);
}

/** The `n`-th working day after `iso` (the start day itself is not counted: «тіркеген күннен бастап»). */
export function addWorkingDays(iso: string, n: number): string {
  let day = toDay(iso);
  for (let counted = 0; counted < n; ) {
    day += 1;
    if (isWorkingDay(fromDay(day))) counted += 1;
  }
  return fromDay(day);
}

export function addCalendarDays(iso: string, n: number): string {
  return fromDay(toDay(iso) + n);
}

const localDateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" });

/** The local (Kazakhstan) date of an instant, `YYYY-MM-DD`. */
export function localDate(instant: Date): string {
  return localDateFormat.format(instant);
}

/** Minutes east of UTC in Kazakhstan at `instant`. */
function offsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant local midnight starts `iso` in Kazakhstan. */
export function startOfLocalDay(iso: string): Date {
  const utcMidnight = new Date(`${iso}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - offsetMinutes(utcMidnight) * 60_000);
}

export interface Due {
  /** The last day the provider may use, local `YYYY-MM-DD`. */
  date: string;
  /** The instant after which the item is overdue: the end of `date`, or the exact minute for MINUTES. */
  at: Date;
}

/**
 * When a deadline of `amount` `unit` that starts at `from` falls due:
 * working days skip weekends and days off, calendar days do not, minutes
 * fall on the same clock.
 */
export function dueDate(from: Date, amount: number, unit: DeadlineUnit): Due {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`a deadline needs a whole, non-negative amount, got ${amount}`);
  if (unit === "MINUTES") {
    const at = new Date(from.getTime() + amount * 60_000);
    return { date: localDate(at), at };
  }
  const start = localDate(from);
  const date = unit === "WORKING_DAYS" ? addWorkingDays(start, amount) : addCalendarDays(start, amount);
  return { date, at: startOfLocalDay(addCalendarDays(date, 1)) };
}

/** Whether the calendar knows every day off of `year` (movable holidays and transfers are listed per year). */
export function isCovered(year: number): boolean {
  return year >= HOLIDAY_DATA.coverage.fromYear && year <= HOLIDAY_DATA.coverage.toYear;
}
