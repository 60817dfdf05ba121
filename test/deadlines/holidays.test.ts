import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultHolidays, type Holiday } from '../../src/periods/holidays.js';
import { readHolidayRows } from '../../src/periods/holidays-file.js';
import { dayOfWeek, isWorkingDay } from '../../src/periods/working-days.js';

const holidays = defaultHolidays();
const rows = [...holidays.byDate.values()];
const inYear = (year: number) => rows.filter((h) => h.date.startsWith(`${year}-`));
const isWeekend = (h: Holiday) => [0, 6].includes(dayOfWeek(h.date));

describe('calendar/holidays.csv', () => {
  it('covers 2021–2027', () => {
    expect([...holidays.years].sort()).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });

  it.each([2021, 2022, 2023, 2024, 2025, 2026, 2027])('lists the 11 statutory holidays of %i (BLLĐ 2019, Điều 112)', (year) => {
    const statutory = inYear(year).filter((h) => h.kind === 'holiday');
    expect(statutory).toHaveLength(11);
    expect(statutory.filter((h) => h.nameVi.startsWith('Tết Nguyên đán'))).toHaveLength(5);
    for (const day of ['01-01', '04-30', '05-01', '09-02']) expect(holidays.byDate.get(`${year}-${day}`)?.kind).toBe('holiday');
  });

  it.each([
    ['2021-02-12', '2021-04-21'],
    ['2022-02-01', '2022-04-10'],
    ['2023-01-22', '2023-04-29'],
    ['2024-02-10', '2024-04-18'],
    ['2025-01-29', '2025-04-07'],
    ['2026-02-17', '2026-04-26'],
    ['2027-02-06', '2027-04-16'],
  ])('has mùng 1 Tết on %s and Giỗ Tổ (10/3 âm lịch) on %s', (tet, gioTo) => {
    expect(holidays.byDate.get(tet)?.nameVi).toBe('Tết Nguyên đán (mùng 1)');
    expect(holidays.byDate.get(gioTo)?.nameVi).toMatch(/^Giỗ Tổ Hùng Vương/);
  });

  it('gives a weekday off in lieu for every holiday that falls on a weekend', () => {
    for (const year of holidays.years) {
      const onWeekend = inYear(year).filter((h) => h.kind === 'holiday' && isWeekend(h)).length;
      const inLieu = inYear(year).filter((h) => h.kind === 'compensatory' && h.nameVi.startsWith('Nghỉ bù')).length;
      expect(inLieu, String(year)).toBe(onWeekend);
    }
  });

  it('puts days off in lieu on weekdays and worked days on Saturdays, one per swap', () => {
    expect(rows.filter((h) => h.kind === 'compensatory' && isWeekend(h))).toEqual([]);
    expect(rows.filter((h) => h.kind === 'workday' && dayOfWeek(h.date) !== 6)).toEqual([]);
    const swaps = rows.filter((h) => h.kind === 'compensatory' && h.nameVi.startsWith('Nghỉ hoán đổi'));
    expect(swaps.map((h) => h.date.slice(0, 4))).toEqual(rows.filter((h) => h.kind === 'workday').map((h) => h.date.slice(0, 4)));
  });

  it('treats the whole official Tết break of 2026 (14/02–22/02) as days off', () => {
    for (let day = 14; day <= 22; day++) expect(isWorkingDay(`2026-02-${day}`), String(day)).toBe(false);
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-23')).toBe(true);
  });

  it('rejects a malformed or repeated row, naming its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk13-holidays-'));
    try {
      const path = join(dir, 'holidays.csv');
      writeFileSync(path, 'date,name_vi,name_en,kind\n2030-01-01,Tết Dương lịch,New Year,holiday\n2030-02-30,X,Y,holiday\n');
      expect(() => readHolidayRows(path)).toThrow(/holidays-file-invalid.*"line":3/);
      writeFileSync(path, 'date,name_vi,name_en,kind\n2030-01-01,A,B,holiday\n2030-01-01,A,B,day-off\n');
      expect(() => readHolidayRows(path)).toThrow(/"line":3/);
      writeFileSync(path, 'date,name_vi,name_en,kind\n2030-01-01,A,B,holiday\n2030-01-01,A,B,holiday\n');
      expect(() => readHolidayRows(path)).toThrow(/"line":3/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
