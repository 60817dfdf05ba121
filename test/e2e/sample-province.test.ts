import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadDefinitions } from '../../src/indicators/definitions.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hierarchyFor } from '../../src/units/hierarchy.js';
import { repoRoot, runCli, type CliResult } from '../helpers/cli.js';
import { type Expected, independentIssue15Indicators, independentProvinceTotals } from './sample-independent.js';

/**
 * The main job, as a user runs it: the built CLI on the bundled sample province (one folder holding
 * 2024-H1 and 2024), then the workbook and the export read back and checked against sums computed
 * straight from the files of each period's folder.
 */
const sample = join(repoRoot, 'fixtures', 'sample-province');
const expectedExport = (period: string) => join(repoRoot, 'fixtures', 'e2e', `sample-province-${period}.export.csv`);
let work: string;
let db: string;
let firstRun: CliResult;
let secondRun: CliResult;
let annualRun: CliResult;

const cli = (...args: string[]) => runCli(['--db', db, ...args]);
/** The indicator definitions this tk13 ships, by id. */
const definitions = new Map(loadDefinitions().definitions.map((d) => [d.meta.id, d.meta]));
/** How many are computed for a kind of period. */
const dueIn = (type: 'half-year' | 'annual') => [...definitions.values()].filter((m) => m.frequency.includes(type)).length;

/**
 * Province-total cells of the indicator sheets: indicator id → value in the "Toàn tỉnh" column (E),
 * and every district's value. Rows are found by the indicator's Vietnamese name (column B), as a
 * reader finds them; each band of districts is a sheet of its own, each with the province column.
 */
async function provinceColumn(file: string): Promise<{ province: Map<string, number>; districtRates: Map<string, number[]> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const idByTitle = new Map(loadDefinitions().definitions.map((d) => [d.meta.title_vi, d.meta.id]));
  const province = new Map<string, number>();
  const districtRates = new Map<string, number[]>();
  for (const sheet of workbook.worksheets.filter((s) => s.name.startsWith('Chỉ tiêu'))) {
    const header = (sheet.getRow(4).values as unknown[]).slice(1).map((v) => String(v ?? ''));
    expect(header.slice(0, 5)).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mã số', 'Toàn tỉnh']);
    sheet.eachRow((row, number) => {
      if (number <= 5) return;
      const cells = (row.values as unknown[]).slice(1);
      const id = idByTitle.get(String(cells[1] ?? ''));
      if (!id || !cells[0]) return;
      header.forEach((name, column) => {
        const value = cells[column];
        if (typeof value !== 'number' || column < 4) return;
        if (name === 'Toàn tỉnh') province.set(id, value);
        else districtRates.set(id, [...(districtRates.get(id) ?? []), value]);
      });
    });
  }
  return { province, districtRates };
}

function exportRows(csv: string) {
  const [header, ...lines] = csv.trim().split('\n');
  return { header, rows: lines.map((l) => l.split(',')) };
}

/** The export's province total of `indicator`, checked against what was recomputed from the files. */
function expectProvinceTotal(rows: string[][], indicator: string, want: Expected): void {
  const row = rows.find((r) => r[1] === indicator && r[3] === 'province' && r[4] === 'total');
  expect(row, indicator).toBeDefined();
  const [, , , , , value, numerator, denominator] = row!;
  if ('value' in want) expect(Number(value), indicator).toBe(want.value);
  else {
    expect([Number(numerator), Number(denominator)], indicator).toEqual([want.numerator, want.denominator]);
    expect(value, indicator).toBe(((want.scale * want.numerator) / want.denominator).toFixed(2));
  }
}

/** The export of one period to stdout, as rows. */
async function exported(period: string) {
  const result = await cli('export', '--period', period, '--province', '91');
  expect(result.code).toBe(0);
  return exportRows(result.stdout).rows;
}

/** Lines of the checks sheet that flag a district's own form against the sum of its communes. */
async function districtMismatches(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const rows: string[] = [];
  workbook.getWorksheet('Kiểm tra')!.eachRow((row) => rows.push((row.values as unknown[]).join('|')));
  return rows.filter((r) => r.includes('khác tổng các xã'));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tk13-e2e-'));
  db = join(work, 'tk13.duckdb');
  firstRun = await cli('run', sample, '--period', '2024-H1', '--province', '91', '--out', join(work, 'reports'));
  secondRun = await cli('run', sample, '--period', '2024-H1', '--province', '91', '--out', join(work, 'reports'));
  // The year on the same database, as a province does in November.
  annualRun = await cli('run', sample, '--period', '2024', '--province', '91', '--out', join(work, 'reports'));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('tk13 run on the sample province (Kiên Giang, 2024-H1)', () => {
  it('accepts every file, computes every indicator and writes the report', () => {
    expect(firstRun.stderr).not.toMatch(/\n\s+at /);
    expect(firstRun.code).toBe(0);
    expect(firstRun.stdout).toContain('183 đã nhận, 0 bị từ chối');
    expect(firstRun.stdout).toContain('Sở, ngành: 1 phải gửi biểu số liệu, 0 gửi muộn, 0 chưa gửi.');
    expect(firstRun.stdout).toContain(`đã tính ${dueIn('half-year')} chỉ tiêu`);
    expect(firstRun.stdout).toMatch(/Báo cáo: .*tk13_91_2024-H1\.xlsx/);
    expect(existsSync(join(work, 'reports', 'tk13_91_2024-H1.xlsx'))).toBe(true);
  });

  it("skips the year's files, counted in one line with the folder they are in", () => {
    expect(firstRun.stdout).toContain(`Bỏ qua 189 tệp thuộc kỳ 2024, không thuộc kỳ đang chạy 2024-H1 (trong ${join(sample, '2024')}).`);
  });

  it('is idempotent: the second run loads nothing and says so', () => {
    expect(secondRun.code).toBe(0);
    expect(secondRun.stdout).toContain('0 đã nhận, 0 bị từ chối, 183 không đổi');
    expect(secondRun.stdout).toContain('Không có gì thay đổi');
    expect(secondRun.stdout).toContain('không có gì thay đổi kể từ lần tính trước');
  });

  it('reports, in the workbook, the child population of the province as the sum over the commune forms', async () => {
    const { province } = await provinceColumn(join(work, 'reports', 'tk13_91_2024-H1.xlsx'));
    const expected = await independentProvinceTotals(sample, '2024-H1');
    expect(province.get('child_population')).toBe(expected.child_population.value);
  });

  it('reports special_circumstances_rate as sum/sum over communes, not a mean of district rates', async () => {
    const { province, districtRates } = await provinceColumn(join(work, 'reports', 'tk13_91_2024-H1.xlsx'));
    const { numerator, denominator } = (await independentProvinceTotals(sample, '2024-H1')).special_circumstances_rate;
    const value = province.get('special_circumstances_rate')!;
    expect(value).toBeCloseTo((100 * numerator) / denominator, 9);
    const rates = districtRates.get('special_circumstances_rate')!;
    expect(rates).toHaveLength(15);
    const meanOfRates = rates.reduce((a, b) => a + b, 0) / rates.length;
    expect(Math.abs(meanOfRates - value)).toBeGreaterThan(0.001);
  });

  it('flags, on the checks sheet, each district whose own form differs from the sum of its communes', async () => {
    const mismatches = await districtMismatches(join(work, 'reports', 'tk13_91_2024-H1.xlsx'));
    // The generator adds 25 to one district's boys aged 6–10, and one commune corrected its form
    // after its district had summed the first version.
    expect(mismatches).toHaveLength(2);
    expect(mismatches.some((r) => r.includes('Từ 6 đến dưới 11 tuổi – Nam'))).toBe(true);
    expect(mismatches.some((r) => r.includes('Dưới 6 tuổi – Nữ'))).toBe(true);
  });

  it('exports one province value per definition equal to an independent computation from the files', async () => {
    const rows = await exported('2024-H1');
    for (const [indicator, want] of Object.entries(await independentProvinceTotals(sample, '2024-H1'))) expectProvinceTotal(rows, indicator, want);
  });

  it('exports CSV exactly per PRODUCT §3.4', async () => {
    const result = await cli('export', '--period', '2024-H1', '--province', '91', '--format', 'csv');
    const { header, rows } = exportRows(result.stdout);
    expect(header).toBe('period,indicator,unit_code,unit_level,disaggregation,value,numerator,denominator');
    for (const r of rows) {
      expect(r).toHaveLength(8);
      expect(['commune', 'district', 'province']).toContain(r[3]);
      const pairs = r[4] === 'total' ? [] : r[4].split(';').map((p) => p.split('=')[0]);
      expect(pairs).toEqual([...pairs].sort());
      expect(r[5]).toMatch(/^(-?\d+(\.\d{1,2})?)?$/);
      if (definitions.get(r[1])?.kind === 'ratio') expect(r[5] === '' || /^\d+\.\d{2}$/.test(r[5])).toBe(true);
      else expect([r[6], r[7]]).toEqual(['', '']);
    }
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedExport('2024-H1'), result.stdout);
    expect(result.stdout).toBe(readFileSync(expectedExport('2024-H1'), 'utf8'));
  });

  it('lists in deadlines --json exactly the expected units of the 2024 hierarchy', async () => {
    const result = await cli('--json', 'deadlines', '--period', '2024-H1', '--province', '91', '--as-of', '2024-06-30');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { units: Array<{ unitCode: string; status: string; correctedAfterDeadline: boolean }> };
    const expected = hierarchyFor('2024').expectedReporters('91').map((u) => u.code);
    expect(report.units.map((u) => u.unitCode).sort()).toEqual([...expected].sort());
    expect(report.units).toHaveLength(15 + 143);
    const statuses = report.units.map((u) => u.status);
    expect(statuses.filter((s) => s === 'missing')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'late')).toHaveLength(8);
    expect(report.units.filter((u) => u.correctedAfterDeadline)).toHaveLength(1);
  });

  it('speaks English with --lang en', async () => {
    const result = await runCli(['--db', db, '--lang', 'en', 'deadlines', '--period', '2024-H1', '--province', '91', '--as-of', '2024-06-30']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/On time|on time/);
    expect(result.stdout).not.toContain('Đúng hạn');
  });
});

describe('tk13 run on the sample province for the year 2024', () => {
  it("accepts every file of the year, skips the half-year's, and writes the year's report", () => {
    expect(annualRun.stderr).not.toMatch(/\n\s+at /);
    expect(annualRun.code).toBe(0);
    expect(annualRun.stdout).toContain('189 đã nhận, 0 bị từ chối');
    expect(annualRun.stdout).toContain(`đã tính ${dueIn('annual')} chỉ tiêu`);
    // The half-year's 183 files are counted in one line, not listed one by one.
    expect(annualRun.stdout).toContain('Bỏ qua 183 tệp thuộc kỳ 2024-H1, không thuộc kỳ đang chạy 2024');
    expect(annualRun.stdout).toContain('Sở, ngành: 3 phải gửi biểu số liệu, 1 gửi muộn, 0 chưa gửi.');
    expect(existsSync(join(work, 'reports', 'tk13_91_2024.xlsx'))).toBe(true);
  });

  it('exports one province value per definition equal to an independent computation from the year\'s files', async () => {
    const rows = await exported('2024');
    // The half-year's registers are in the database too: the year's list them again, so nothing counts twice.
    for (const [indicator, want] of Object.entries(await independentProvinceTotals(sample, '2024'))) expectProvinceTotal(rows, indicator, want);
  });

  it('flags the district that added villages of its own, and the one that summed a commune before its births came in', async () => {
    const mismatches = await districtMismatches(join(work, 'reports', 'tk13_91_2024.xlsx'));
    expect(mismatches).toHaveLength(3);
    expect(mismatches.filter((r) => r.includes('(mã số 39)') || r.includes('sinh ra sống'))).toHaveLength(2);
  });

  it('lists in deadlines the units missing, late and corrected after the 15/11 deadline', async () => {
    const result = await cli('--json', 'deadlines', '--period', '2024', '--province', '91', '--as-of', '2024-12-31');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      units: Array<{ status: string; correctedAfterDeadline: boolean }>;
      sectors: Array<{ sectorId: string; status: string; daysLate?: number }>;
    };
    expect(report.units).toHaveLength(15 + 143);
    // The three departments due for a year: education two days late, the other two on time.
    expect(report.sectors.map((s) => [s.sectorId, s.status, s.daysLate ?? null])).toEqual([
      ['education', 'late', 2],
      ['statistics', 'on_time', null],
      ['information', 'on_time', null],
    ]);
    const statuses = report.units.map((u) => u.status);
    expect(statuses.filter((s) => s === 'missing')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'late')).toHaveLength(6);
    expect(report.units.filter((u) => u.correctedAfterDeadline)).toHaveLength(1);
  });
});

/**
 * The nine indicators of issue 15, recomputed from the files: items 8–14 of the commune forms and
 * the departments' sector forms (sample-independent.ts). For the year every one must be published;
 * for the half-year, those whose definition is due then, and the others (annual figures) must not be.
 */
const ISSUE_15_INDICATORS = [
  'sex_ratio_at_birth',
  'crude_birth_rate',
  'neonatal_mortality_rate',
  'infant_mortality_rate',
  'under5_mortality_rate',
  'nursery_enrolment',
  'kindergarten_enrolment',
  'villages_with_facilities_rate',
  'online_safety_rate',
];

describe('the indicators of births, child deaths, enrolment, villages and online safety', () => {
  it('are all defined', () => {
    expect(ISSUE_15_INDICATORS.filter((id) => !definitions.has(id))).toEqual([]);
  });

  const exports = new Map<string, Promise<string[][]>>();
  const exportOnce = (period: string) => exports.get(period) ?? exports.set(period, exported(period)).get(period)!;
  for (const period of ['2024', '2024-H1']) {
    for (const indicator of ISSUE_15_INDICATORS) {
      it(`${indicator}, ${period}`, async () => {
        const meta = definitions.get(indicator)!;
        const rows = await exportOnce(period);
        if (!meta.frequency.includes(period === '2024' ? 'annual' : 'half-year')) {
          expect(period, `${indicator} must be published for the year`).toBe('2024-H1');
          expect(rows.some((r) => r[1] === indicator), `${indicator} published for 2024-H1`).toBe(false);
          return;
        }
        expect(meta.kind).toBe('ratio');
        expectProvinceTotal(rows, indicator, (await independentIssue15Indicators(sample, period))[indicator]);
      });
    }
  }
});
