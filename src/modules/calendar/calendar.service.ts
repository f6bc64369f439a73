/**
 * Kazakhstan's working-day calendar and the due dates of the standards'
 * deadlines. Pure: everything is computed from kz-holidays.json (the law and
 * article its dates come from are cited there) and plain ISO dates, so the
 * rules are tested on real dates without a database.
 *
 * Dates are local to Kazakhstan (`Asia/Almaty`); an instant becomes a local
 * date through Intl, so the 2024 change from UTC+6 to UTC+5 is honoured.
 *
 * The calendar answers only for the years it knows (`coverage`), and not for
 * the days a holiday not yet announced may fall on (`pending`): asked about
 * such a day, it throws `DateOutsideCalendarError` rather than guess.
 */
import { readFileSync } from "node:fs";
import { GraphQLError } from "graphql";

export type DeadlineUnit = "WORKING_DAYS" | "CALENDAR_DAYS" | "MINUTES";

interface HolidayRule {
  name: string;
  kind: "STATE" | "NATIONAL" | "RELIGIOUS";
  /** A holiday on a Saturday or Sunday gives the next working day off (Labour Code art. 85). */
  movesOffWeekend: boolean;
  source: string;
}

export interface HolidayFile {
  timeZone: string;
  sources: { id: string; title: string; url: string }[];
  fixed: (HolidayRule & { month: number; days: number[] })[];
  movable: (HolidayRule & { date: string })[];
  /** Days a holiday not yet announced may fall on (Kurban Ait of a coming year): unknown until it is recorded in `movable`. */
  pending: { from: string; to: string; name: string; source: string; note: string }[];
  /** Government resolutions moving a day off: `off` becomes a day off, `working` a working day. */
  transfers: { off: string; working: string; source: string }[];
  coverage: { fromYear: number; toYear: number; transfersNotRecorded: number[]; note: string };
}

export const HOLIDAY_DATA: HolidayFile = JSON.parse(
  readFileSync(new URL("./kz-holidays.json", import.meta.url), "utf8"),
);

export const TIME_ZONE = HOLIDAY_DATA.timeZone;

/**
 * The calendar cannot say whether a day is a working day: its year is
 * outside the years the calendar knows, or a holiday not yet announced may
 * fall on it. Refusing is the point: a due date or an opening computed on a
 * guess would be a silent wrong answer.
 */
export class DateOutsideCalendarError extends GraphQLError {
  constructor(
    readonly date: string,
    readonly reason: "YEAR_NOT_COVERED" | "HOLIDAY_NOT_ANNOUNCED",
    coverage: { fromYear: number; toYear: number },
    detail = "",
  ) {
    super(
      reason === "YEAR_NOT_COVERED"
        ? `the holiday calendar knows ${coverage.fromYear}–${coverage.toYear}, not ${date.slice(0, 4)} (${date}): its days off are not recorded yet`
        : `the holiday calendar cannot yet say whether ${date} is a working day: ${detail}`,
      {
        extensions: {
          code: "DATE_OUTSIDE_CALENDAR",
          date,
          reason,
          knownYears: { from: coverage.fromYear, to: coverage.toYear },
        },
      },
    );
  }
}

export interface DayOff {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  name: string;
  /** HOLIDAY: the holiday itself; MOVED: the working day given off for a holiday on a weekend; TRANSFER: moved by resolution. */
  reason: "HOLIDAY" | "MOVED" | "TRANSFER";
}

export type Weekday = "MON" | "TUE" | "WED" | "THU" | "FRI" | "SAT" | "SUN";

export interface DayStatus {
  date: string;
  working: boolean;
  /** WORKDAY, WEEKEND; why a weekday is off (HOLIDAY, MOVED, TRANSFER); or TRANSFERRED_WORKDAY, a weekend day a transfer made working. */
  kind: "WORKDAY" | "WEEKEND" | DayOff["reason"] | "TRANSFERRED_WORKDAY";
  /** The day off's name, or for a transferred working day the resolution that made it one. */
  name: string | null;
  /** Whose hours a working day keeps: its own weekday's, or, on a day a transfer made working, the weekday of the day off it replaced. */
  hoursOf: Weekday;
}

export interface Due {
  /** The last day the provider may use, local `YYYY-MM-DD`. */
  date: string;
  /** The instant after which the item is overdue: the end of `date`, or the exact minute for MINUTES. */
  at: Date;
}

const DAY_MS = 86_400_000;

/** ISO date → days since 1970-01-01 (the calendar arithmetic is done on these). */
const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const isWeekend = (day: number): boolean => {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
};
const WEEKDAYS: Weekday[] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
export const weekdayOf = (iso: string): Weekday => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;

export function addCalendarDays(iso: string, n: number): string {
  return fromDay(toDay(iso) + n);
}

const localDateFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
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

/** The rules over one holiday file; `KZ_CALENDAR` is the one over kz-holidays.json (tests build others). */
export class HolidayCalendar {
  private readonly yearCache = new Map<number, Map<string, DayOff>>();
  private readonly transferByWorkingDay: Map<string, HolidayFile["transfers"][number]>;

  constructor(readonly data: HolidayFile) {
    this.transferByWorkingDay = new Map(data.transfers.map((transfer) => [transfer.working, transfer]));
  }

  /** Whether `year` is one of the years the calendar knows. */
  isCovered(year: number): boolean {
    return year >= this.data.coverage.fromYear && year <= this.data.coverage.toYear;
  }

  /** Every day off of `year` that is not a plain Saturday or Sunday, plus holidays that fall on one. */
  daysOff(year: number): Map<string, DayOff> {
    const cached = this.yearCache.get(year);
    if (cached) return cached;
    const holidays: (DayOff & HolidayRule)[] = [];
    for (const rule of this.data.fixed) {
      for (const d of rule.days) {
        const date = `${year}-${String(rule.month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        holidays.push({ ...rule, date, reason: "HOLIDAY" });
      }
    }
    for (const rule of this.data.movable)
      if (rule.date.startsWith(`${year}-`)) holidays.push({ ...rule, reason: "HOLIDAY" });
    holidays.sort((a, b) => a.date.localeCompare(b.date));

    const off = new Map<string, DayOff>();
    for (const holiday of holidays)
      off.set(holiday.date, { date: holiday.date, name: holiday.name, reason: "HOLIDAY" });
    // In date order, each weekend holiday gives the next day that is neither a weekend nor already off.
    for (const holiday of holidays) {
      if (!holiday.movesOffWeekend || !isWeekend(toDay(holiday.date))) continue;
      let day = toDay(holiday.date) + 1;
      while (isWeekend(day) || off.has(fromDay(day))) day += 1;
      off.set(fromDay(day), {
        date: fromDay(day),
        name: `${holiday.name}: moved from ${holiday.date}`,
        reason: "MOVED",
      });
    }
    for (const transfer of this.data.transfers) {
      if (transfer.off.startsWith(`${year}-`))
        off.set(transfer.off, { date: transfer.off, name: `transferred by ${transfer.source}`, reason: "TRANSFER" });
    }
    this.yearCache.set(year, off);
    return off;
  }

  /** Throws `DateOutsideCalendarError` unless the calendar knows whether `iso` is a working day. */
  assertKnown(iso: string): void {
    if (!this.isCovered(Number(iso.slice(0, 4))))
      throw new DateOutsideCalendarError(iso, "YEAR_NOT_COVERED", this.data.coverage);
    const pending = this.data.pending.find((window) => window.from <= iso && iso <= window.to);
    if (pending) {
      throw new DateOutsideCalendarError(
        iso,
        "HOLIDAY_NOT_ANNOUNCED",
        this.data.coverage,
        `${pending.name} may fall on ${pending.from}…${pending.to} and is not announced yet`,
      );
    }
  }

  /** What kind of day `iso` is in Kazakhstan: a working day, a weekend, a day off and why. Throws for a day the calendar does not know. */
  dayStatus(iso: string): DayStatus {
    this.assertKnown(iso);
    const weekday = weekdayOf(iso);
    const transfer = this.transferByWorkingDay.get(iso);
    if (transfer)
      return {
        date: iso,
        working: true,
        kind: "TRANSFERRED_WORKDAY",
        name: `transferred by ${transfer.source}`,
        hoursOf: weekdayOf(transfer.off),
      };
    const off = this.daysOff(Number(iso.slice(0, 4))).get(iso);
    if (off) return { date: iso, working: false, kind: off.reason, name: off.name, hoursOf: weekday };
    if (isWeekend(toDay(iso))) return { date: iso, working: false, kind: "WEEKEND", name: null, hoursOf: weekday };
    return { date: iso, working: true, kind: "WORKDAY", name: null, hoursOf: weekday };
  }

  isWorkingDay(iso: string): boolean {
    return this.dayStatus(iso).working;
  }

  /** The `n`-th working day after `iso` (the start day itself is not counted: «тіркеген күннен бастап»). */
  addWorkingDays(iso: string, n: number): string {
    let day = toDay(iso);
    for (let counted = 0; counted < n; ) {
      day += 1;
      if (this.isWorkingDay(fromDay(day))) counted += 1;
    }
    return fromDay(day);
  }

  /**
   * When a deadline of `amount` `unit` that starts at `from` falls due:
   * working days skip weekends and days off, calendar days do not, minutes
   * fall on the same clock. Only working days need the holiday calendar, so
   * only they can throw `DateOutsideCalendarError`.
   */
  dueDate(from: Date, amount: number, unit: DeadlineUnit): Due {
    if (!Number.isInteger(amount) || amount < 0)
      throw new RangeError(`a deadline needs a whole, non-negative amount, got ${amount}`);
    if (unit === "MINUTES") {
      const at = new Date(from.getTime() + amount * 60_000);
      return { date: localDate(at), at };
    }
    const start = localDate(from);
    const date = unit === "WORKING_DAYS" ? this.addWorkingDays(start, amount) : addCalendarDays(start, amount);
    return { date, at: startOfLocalDay(addCalendarDays(date, 1)) };
  }

  /**
   * What an answer counting the days `from`…`to` rests on that the calendar
   * does not hold: the years among them for which no Government resolution
   * moving days off is recorded.
   */
  caveats(from: string, to: string): string[] {
    const years: number[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
      if (this.data.coverage.transfersNotRecorded.includes(year)) years.push(year);
    }
    return years.length
      ? [
          `No Government resolution moving days off is recorded for ${years.join(", ")}; a transfer it makes would move the date by a day.`,
        ]
      : [];
  }
}

export const KZ_CALENDAR = new HolidayCalendar(HOLIDAY_DATA);

export const isCovered = (year: number): boolean => KZ_CALENDAR.isCovered(year);
export const daysOff = (year: number): Map<string, DayOff> => KZ_CALENDAR.daysOff(year);
export const assertKnown = (iso: string): void => KZ_CALENDAR.assertKnown(iso);
export const dayStatus = (iso: string): DayStatus => KZ_CALENDAR.dayStatus(iso);
export const isWorkingDay = (iso: string): boolean => KZ_CALENDAR.isWorkingDay(iso);
export const addWorkingDays = (iso: string, n: number): string => KZ_CALENDAR.addWorkingDays(iso, n);
export const dueDate = (from: Date, amount: number, unit: DeadlineUnit): Due => KZ_CALENDAR.dueDate(from, amount, unit);
export const calendarCaveats = (from: string, to: string): string[] => KZ_CALENDAR.caveats(from, to);
