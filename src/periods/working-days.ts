import { Tk13Error } from '../core/errors.js';
import { defaultHolidays, type HolidayCalendar } from './holidays.js';

/*
 * Arithmetic on local calendar dates (yyyy-mm-dd). A calendar date has no time zone of its own, so
 * these work on UTC midnights and never touch the host zone; turning an instant into a Vietnamese
 * date is vietnam-time.ts's job.
 */

const DAY_MS = 86_400_000;

function utcMidnight(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(utcMidnight(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(isoDate: string): number {
  return new Date(utcMidnight(isoDate)).getUTCDay();
}

/** Monday–Friday and not a day off, or a Saturday declared a working day. */
export function isWorkingDay(isoDate: string, holidays: HolidayCalendar = defaultHolidays()): boolean {
  const year = Number(isoDate.slice(0, 4));
  if (!holidays.years.has(year)) throw new Tk13Error('holidays-year-missing', { year, found: isoDate });
  const listed = holidays.byDate.get(isoDate);
  if (listed) return listed.kind === 'workday';
  const weekday = dayOfWeek(isoDate);
  return weekday !== 0 && weekday !== 6;
}

/** The day itself when it is a working day, else the first working day after it. */
export function nextWorkingDayFrom(isoDate: string, holidays: HolidayCalendar = defaultHolidays()): string {
  let day = isoDate;
  while (!isWorkingDay(day, holidays)) day = addDays(day, 1);
  return day;
}
