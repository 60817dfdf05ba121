import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256 } from '../core/hash.js';
import { calendarDir } from '../core/paths.js';

/** The files that decide windows and deadlines (PRODUCT §5). */
const CALENDAR_FILES = ['calendar.yaml', 'holidays.csv'];

/**
 * SHA-256 over the reporting calendar and the public holidays, so a report records which deadline
 * rules it was judged by. Each file is hashed by name and content; the result changes when either does.
 */
export function calendarHash(dir: string = calendarDir): string {
  const lines = CALENDAR_FILES.map((name) => `${name} ${sha256(readFileSync(resolve(dir, name)))}\n`);
  return sha256(lines.join(''));
}
