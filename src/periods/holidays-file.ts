/** The public holidays file (calendar/holidays.csv): its row schema and its one parser. Loads csv-parse and zod. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { Tk13Error } from '../core/errors.js';
import type { Holiday } from './holidays.js';

const row = z.object({
  date: z.iso.date(),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  kind: z.enum(['holiday', 'compensatory', 'workday']),
});

/**
 * The rows of a holidays file in file order. Throws `holidays-file-invalid` (with the line, the
 * header being line 1) on a row that does not match the schema or repeats a date.
 */
export function readHolidayRows(path: string): Holiday[] {
  const records: Record<string, string>[] = parse(readFileSync(path, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  });
  const seen = new Set<string>();
  return records.map((record, index) => {
    const parsed = row.safeParse(record);
    if (!parsed.success) throw new Tk13Error('holidays-file-invalid', { file: path, line: index + 2, found: Object.values(record).join(',') });
    const { date, name_vi, name_en, kind } = parsed.data;
    if (seen.has(date)) throw new Tk13Error('holidays-file-invalid', { file: path, line: index + 2, found: date });
    seen.add(date);
    return { date, nameVi: name_vi, nameEn: name_en, kind };
  });
}
