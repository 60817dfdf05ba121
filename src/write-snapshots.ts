/**
 * Build step (`npm run build`): parses each data file with its one parser and records the result in
 * dist/snapshots/ (see src/core/data-snapshot.ts), so commands start without yaml and zod.
 */
import { readFileSync } from 'node:fs';
import { writeSnapshot } from './core/data-snapshot.js';
import { parseFormSpec } from './forms/spec-file.js';
import { formSpecFile } from './forms/spec.js';
import { calendarFile } from './periods/calendar.js';
import { loadCalendar } from './periods/calendar-file.js';
import { holidaysFile } from './periods/holidays.js';
import { readHolidayRows } from './periods/holidays-file.js';
import { parseRegisterSpec } from './registers/spec-file.js';
import { registerSpecFile } from './registers/spec.js';
import { parseSectorFormSpec } from './sector-forms/spec-file.js';
import { sectorFormSpecFile } from './sector-forms/spec.js';

writeSnapshot('commune-form', formSpecFile, parseFormSpec(readFileSync(formSpecFile, 'utf8')));
writeSnapshot('registers', registerSpecFile, parseRegisterSpec(readFileSync(registerSpecFile, 'utf8')));
writeSnapshot('calendar', calendarFile, loadCalendar(calendarFile));
writeSnapshot('holidays', holidaysFile, readHolidayRows(holidaysFile));
writeSnapshot('sector-forms', sectorFormSpecFile, parseSectorFormSpec(readFileSync(sectorFormSpecFile, 'utf8')));
