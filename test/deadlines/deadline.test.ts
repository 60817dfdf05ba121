import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadCalendar } from '../../src/periods/calendar-file.js';
import { deadlineCountdown, deadlineFor, movedDeadline } from '../../src/periods/deadline.js';
import { parsePeriod } from '../../src/periods/period.js';

// UTC+14: the host's calendar day starts 7 hours before Vietnam's.
const previousZone = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'Pacific/Kiritimati';
  return previous;
});
afterAll(() => {
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

describe('a deadline on a non-working day moves to the next working day (BLDS 2015, Điều 148)', () => {
  it('really runs on a host clock ahead of Vietnam', () => {
    expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(-840);
  });

  it.each([
    ['2023-05-20', '2023-05-22', 'Saturday → Monday'],
    ['2025-11-15', '2025-11-17', 'Saturday → Monday'],
    ['2026-11-15', '2026-11-16', 'Sunday → Monday'],
    ['2024-05-20', '2024-05-20', 'a Monday stays'],
    ['2022-05-01', '2022-05-04', '1/5 on a Sunday, then two days off in lieu'],
    ['2025-05-02', '2025-05-05', 'a swapped day off, then the weekend'],
    ['2024-05-04', '2024-05-04', 'a Saturday worked in exchange for a swapped day off is a working day'],
  ])('%s → %s (%s)', (nominal, moved) => {
    expect(movedDeadline(nominal)).toBe(moved);
  });

  it.each([
    ['2021-02-12', '2021-02-17'],
    ['2023-01-22', '2023-01-27'],
    ['2024-02-10', '2024-02-15'],
    ['2025-01-29', '2025-02-03'],
    ['2026-02-17', '2026-02-23'],
    ['2026-02-14', '2026-02-23'],
  ])('a deadline inside Tết (%s) moves past the whole break to %s', (nominal, moved) => {
    expect(movedDeadline(nominal)).toBe(moved);
  });

  it('refuses a year whose holidays are not in the data file', () => {
    expect(() => movedDeadline('2030-05-20')).toThrow(/holidays-year-missing/);
  });
});

describe('deadlineFor and the reporting calendar', () => {
  it.each([
    ['2023-H1', '2023-05-20', '2023-05-22'],
    ['2025', '2025-11-15', '2025-11-17'],
    ['2026', '2026-11-15', '2026-11-16'],
    ['2024-H1', '2024-05-20', '2024-05-20'],
  ])('%s: nominal %s, deadline %s', (period, nominal, deadline) => {
    expect(deadlineFor(parsePeriod(period), { provinceCode: '01', level: 'commune' })).toEqual({ nominal, deadline });
  });

  it('honours overrides per province and per level, the level-specific one winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk13-calendar-'));
    try {
      const path = join(dir, 'calendar.yaml');
      writeFileSync(
        path,
        `report_types:
  half-year:
    window: { start: { month: 11, day: 15, year_offset: -1 }, end: { month: 5, day: 14 } }
    deadline: { month: 5, day: 20 }
  annual:
    window: { start: { month: 11, day: 15, year_offset: -1 }, end: { month: 11, day: 14 } }
    deadline: { month: 11, day: 15 }
overrides:
  - { province: "91", report_type: half-year, deadline: { month: 5, day: 18 } }
  - { province: "91", level: district, report_type: half-year, deadline: { month: 5, day: 25 } }
`,
      );
      const calendar = loadCalendar(path);
      const period = parsePeriod('2024-H1');
      // 18/05/2024 is a Saturday: the province-wide override moves too.
      expect(deadlineFor(period, { provinceCode: '91', level: 'commune' }, calendar)).toEqual({ nominal: '2024-05-18', deadline: '2024-05-20' });
      // 25/05/2024 is a Saturday as well.
      expect(deadlineFor(period, { provinceCode: '91', level: 'district' }, calendar)).toEqual({ nominal: '2024-05-25', deadline: '2024-05-27' });
      expect(deadlineFor(period, { provinceCode: '92', level: 'district' }, calendar)).toEqual({ nominal: '2024-05-20', deadline: '2024-05-20' });
      expect(deadlineFor(parsePeriod('2024'), { provinceCode: '91', level: 'district' }, calendar)).toEqual({ nominal: '2024-11-15', deadline: '2024-11-15' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('deadlineCountdown for validate', () => {
  it('counts the days left from the Vietnamese date, not the host’s', () => {
    // 06:30 on 17/11 in Kiritimati is still 16/11 in Vietnam.
    const asOf = new Date('2025-11-16T23:30:00+07:00');
    expect(deadlineCountdown(parsePeriod('2025'), '30292', asOf)).toEqual({ deadline: '2025-11-17', daysLeft: 1 });
  });

  it('says 0 days left on the deadline day and 1 day late from the next midnight', () => {
    const period = parsePeriod('2024-H1');
    expect(deadlineCountdown(period, '30733', new Date('2024-05-20T23:59:59+07:00'))).toEqual({ deadline: '2024-05-20', daysLeft: 0 });
    expect(deadlineCountdown(period, '30733', new Date('2024-05-21T00:00:00+07:00'))).toEqual({ deadline: '2024-05-20', daysLate: 1 });
  });

  it('knows a district on the 2024 list and refuses a code the period’s list lacks', () => {
    expect(deadlineCountdown(parsePeriod('2024-H1'), '899', new Date('2024-05-01T00:00:00+07:00'))).toEqual({ deadline: '2024-05-20', daysLeft: 19 });
    expect(() => deadlineCountdown(parsePeriod('2025'), '899', new Date())).toThrow(/unit-unknown/);
  });
});
