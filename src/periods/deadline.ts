import { hierarchyFor } from '../units/hierarchy.js';
import { type CalendarScope, type CalendarSpec, defaultCalendar, nominalDeadline } from './calendar.js';
import { defaultHolidays, type HolidayCalendar } from './holidays.js';
import type { Period } from './period.js';
import { listForPeriod } from './period-list.js';
import { endOfVietnamDay, vietnamDate } from './vietnam-time.js';
import { daysBetween, nextWorkingDayFrom } from './working-days.js';
import { unknownUnitError } from '../units/find-unit.js';
import { sectorOfKind } from '../submissions/types.js';

export interface Deadline {
  /** As written in the calendar (yyyy-mm-dd). */
  nominal: string;
  /** Moved off weekends and public holidays (yyyy-mm-dd). */
  deadline: string;
}

/**
 * Bộ luật Dân sự 2015, Điều 148: a time limit whose last day is a weekend or public holiday ends at
 * the end of the next working day. A deadline inside Tết therefore moves past the whole break.
 */
export function movedDeadline(nominal: string, holidays: HolidayCalendar = defaultHolidays()): string {
  return nextWorkingDayFrom(nominal, holidays);
}

/** The nominal and moved deadline of a period for a province and level (calendar overrides honoured). */
export function deadlineFor(
  period: Period,
  scope: CalendarScope = {},
  calendar: CalendarSpec = defaultCalendar(),
  holidays: HolidayCalendar = defaultHolidays(),
): Deadline {
  const nominal = nominalDeadline(period, scope, calendar);
  return { nominal, deadline: movedDeadline(nominal, holidays) };
}

export interface Countdown {
  deadline: string;
  /** Calendar days until the deadline; 0 on the deadline day itself. */
  daysLeft?: number;
  /** Calendar days since the deadline, once its last second has passed. */
  daysLate?: number;
}

/** Where `asOf` stands against a moved deadline, counted in Vietnamese calendar days. */
export function countdownTo(deadline: string, asOf: Date): Countdown {
  const today = vietnamDate(asOf);
  if (asOf.getTime() > endOfVietnamDay(deadline).getTime()) return { deadline, daysLate: daysBetween(deadline, today) };
  return { deadline, daysLeft: daysBetween(today, deadline) };
}

/**
 * How many days a unit has left before its deadline (or how late it is), for `validate`.
 * The unit's province and level come from the administrative list the period uses; a sector form
 * (`kind` `sector:<id>`, sent for the province) counts against the departments' `sector` deadline.
 */
export function deadlineCountdown(
  period: Period,
  unitCode: string,
  asOf: Date,
  options: { kind?: string; calendar?: CalendarSpec; holidays?: HolidayCalendar } = {},
): Countdown {
  const unit = hierarchyFor(listForPeriod(period)).unit(unitCode);
  if (!unit) throw unknownUnitError(listForPeriod(period), unitCode, period.id, 'unit');
  const level = options.kind !== undefined && sectorOfKind(options.kind) !== undefined ? 'sector' : unit.level === 'province' ? undefined : unit.level;
  const scope: CalendarScope = { provinceCode: unit.provinceCode, ...(level ? { level } : {}) };
  return countdownTo(deadlineFor(period, scope, options.calendar, options.holidays).deadline, asOf);
}
