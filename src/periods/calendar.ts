import { resolve } from 'node:path';
import { readSnapshot } from '../core/data-snapshot.js';
import { calendarDir } from '../core/paths.js';
import type { CalendarSpec, DayOfYear, ReportSpec } from './calendar-file.js';
import type { Period, ReportType } from './period.js';

export type { CalendarSpec } from './calendar-file.js';

export interface CalendarScope {
  provinceCode?: string;
  /** Whose deadline: the communes', the districts' (2024 list) or the province departments' sector forms. */
  level?: 'commune' | 'district' | 'sector';
}

export interface PeriodWindow {
  /** Inclusive local dates, yyyy-mm-dd. */
  start: string;
  end: string;
}

/** calendar/calendar.yaml: windows and deadlines of each report type, with province overrides. */
export const calendarFile = resolve(calendarDir, 'calendar.yaml');

let cached: CalendarSpec | undefined;

const snapshot = readSnapshot<CalendarSpec>('calendar', calendarFile);
// The parser (yaml + zod) is loaded only when the build's snapshot is missing or stale.
const parser = snapshot ? undefined : await import('./calendar-file.js');

/** The calendar of calendar/calendar.yaml, read once per process. */
export function defaultCalendar(): CalendarSpec {
  cached ??= snapshot ?? parser!.loadCalendar(calendarFile);
  return cached;
}

function resolveSpec(calendar: CalendarSpec, type: ReportType, scope: CalendarScope) {
  const base = calendar.report_types[type];
  const matching = calendar.overrides.filter(
    (o) => o.report_type === type && o.province === scope.provinceCode && (!o.level || o.level === scope.level),
  );
  // A level-specific override wins over a province-wide one.
  matching.sort((a, b) => Number(Boolean(a.level)) - Number(Boolean(b.level)));
  return matching.reduce(
    (spec, o) => ({ window: o.window ?? spec.window, deadline: o.deadline ?? spec.deadline }),
    base as ReportSpec,
  );
}

function isoDay(year: number, d: DayOfYear): string {
  return `${year + d.year_offset}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The data window of a period, inclusive local dates. */
export function periodWindow(period: Period, scope: CalendarScope = {}, calendar = defaultCalendar()): PeriodWindow {
  const spec = resolveSpec(calendar, period.type, scope);
  return { start: isoDay(period.year, spec.window.start), end: isoDay(period.year, spec.window.end) };
}

/** The deadline as written in the calendar, before moving it off non-working days. */
export function nominalDeadline(period: Period, scope: CalendarScope = {}, calendar = defaultCalendar()): string {
  return isoDay(period.year, resolveSpec(calendar, period.type, scope).deadline);
}
