import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { calendarDir } from '../core/paths.js';
import { Tk13Error } from '../core/errors.js';

/**
 * Vietnam's public holidays as data (calendar/holidays.csv, sources in calendar/SOURCES.md).
 * `holiday` and `compensatory` days are days off; a `workday` is a Saturday worked in exchange
 * for a swapped day off.
 */
export type HolidayKind = 'holiday' | 'compensatory' | 'workday';

export interface Holiday {
  date: string;
  nameVi: string;
  nameEn: string;
  kind: HolidayKind;
}

export interface HolidayCalendar {
  byDate: ReadonlyMap<string, Holiday>;
  /** Years the file covers; dates in other years cannot be judged. */
  years: ReadonlySet<number>;
}

const isoDate = z.iso.date();
const row = z.object({
  date: isoDate,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  kind: z.enum(['holiday', 'compensatory', 'workday']),
});

export const holidaysFile = resolve(calendarDir, 'holidays.csv');

export function loadHolidays(path = holidaysFile): HolidayCalendar {
  const records: Record<string, string>[] = parse(readFileSync(path, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  });
  const byDate = new Map<string, Holiday>();
  const years = new Set<number>();
  records.forEach((record, index) => {
    const parsed = row.safeParse(record);
    // Line numbers count the header as line 1.
    if (!parsed.success) throw new Tk13Error('holidays-file-invalid', { file: path, line: index + 2, found: Object.values(record).join(',') });
    const { date, name_vi, name_en, kind } = parsed.data;
    if (byDate.has(date)) throw new Tk13Error('holidays-file-invalid', { file: path, line: index + 2, found: date });
    byDate.set(date, { date, nameVi: name_vi, nameEn: name_en, kind });
    years.add(Number(date.slice(0, 4)));
  });
  return { byDate, years };
}

let cached: HolidayCalendar | undefined;

export function defaultHolidays(): HolidayCalendar {
  cached ??= loadHolidays();
  return cached;
}
