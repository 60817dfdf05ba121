import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFormSpec } from '../../src/forms/spec-file.js';
import { formSpecFile } from '../../src/forms/spec.js';
import { calendarFile } from '../../src/periods/calendar.js';
import { loadCalendar } from '../../src/periods/calendar-file.js';
import { holidaysFile } from '../../src/periods/holidays.js';
import { readHolidayRows } from '../../src/periods/holidays-file.js';
import { parseRegisterSpec } from '../../src/registers/spec-file.js';
import { registerSpecFile } from '../../src/registers/spec.js';

/**
 * The build records each data file's parsed value as JSON (src/write-snapshots.ts) and commands
 * read it back instead of parsing. That is only sound if the parsed value survives JSON unchanged:
 * no Map, Set, Date, undefined-vs-missing or function that JSON would lose.
 */
describe('data snapshots are the parser output, unchanged by JSON', () => {
  const cases: Array<[string, () => unknown]> = [
    ['templates/commune-form.yaml', () => parseFormSpec(readFileSync(formSpecFile, 'utf8'))],
    ['templates/registers.yaml', () => parseRegisterSpec(readFileSync(registerSpecFile, 'utf8'))],
    ['calendar/calendar.yaml', () => loadCalendar(calendarFile)],
    ['calendar/holidays.csv', () => readHolidayRows(holidaysFile)],
  ];
  it.each(cases)('%s', (_name, parse) => {
    const value = parse();
    expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
  });
});
