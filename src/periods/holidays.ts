import { resolve } from 'node:path';
import { readSnapshot } from '../core/data-snapshot.js';
import { calendarDir } from '../core/paths.js';

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

export const holidaysFile = resolve(calendarDir, 'holidays.csv');

/** Indexes holiday rows by date and by the years they cover. */
export function indexHolidays(rows: readonly Holiday[]): HolidayCalendar {
  return {
    byDate: new Map(rows.map((h) => [h.date, h])),
    years: new Set(rows.map((h) => Number(h.date.slice(0, 4)))),
  };
}

const snapshot = readSnapshot<Holiday[]>('holidays', holidaysFile);
// The parser (csv-parse + zod) is loaded only when the build's snapshot is missing or stale.
const parser = snapshot ? undefined : await import('./holidays-file.js');

let cached: HolidayCalendar | undefined;

/** The holidays of calendar/holidays.csv, read once per process. */
export function defaultHolidays(): HolidayCalendar {
  cached ??= indexHolidays(snapshot ?? parser!.readHolidayRows(holidaysFile));
  return cached;
}
