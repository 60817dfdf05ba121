import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { calendarDir } from '../core/paths.js';
import type { Period, ReportType } from './period.js';

const dayOfYear = z.object({
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  year_offset: z.number().int().min(-1).max(1).default(0),
});
const windowSpec = z.object({ start: dayOfYear, end: dayOfYear });
const reportSpec = z.object({ window: windowSpec, deadline: dayOfYear });

const calendarSchema = z.object({
  report_types: z.object({ 'half-year': reportSpec, annual: reportSpec }),
  overrides: z
    .array(
      z.object({
        province: z.string().regex(/^\d{2}$/),
        level: z.enum(['commune', 'district']).optional(),
        report_type: z.enum(['half-year', 'annual']),
        window: windowSpec.optional(),
        deadline: dayOfYear.optional(),
      }),
    )
    .default([]),
});

export type CalendarSpec = z.infer<typeof calendarSchema>;

export interface CalendarScope {
  provinceCode?: string;
  level?: 'commune' | 'district';
}

export interface PeriodWindow {
  /** Inclusive local dates, yyyy-mm-dd. */
  start: string;
  end: string;
}

let cached: CalendarSpec | undefined;

export function loadCalendar(path = resolve(calendarDir, 'calendar.yaml')): CalendarSpec {
  return calendarSchema.parse(parseYaml(readFileSync(path, 'utf8')));
}

export function defaultCalendar(): CalendarSpec {
  cached ??= loadCalendar();
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
    base as z.infer<typeof reportSpec>,
  );
}

function isoDay(year: number, d: z.infer<typeof dayOfYear>): string {
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
