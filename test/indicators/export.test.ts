import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/paths.js';
import { loadDefinitions } from '../../src/indicators/definitions.js';
import { exportValues } from '../../src/indicators/export.js';
import { exportCsv, roundTo } from '../../src/indicators/export-csv.js';
import { parsePeriod } from '../../src/periods/period.js';
import { type Store, openStore, queryRows } from '../../src/store/database.js';
import { insertSubmission } from '../helpers/store-rows.js';

const expectedCsv = resolve(packageRoot, 'fixtures', 'indicators', '_export', 'da-nang-2024-H1.csv');
const definitions = loadDefinitions().definitions.filter((d) => ['abused_children_supported_rate', 'sanction_decisions'].includes(d.meta.id));
const options = { period: parsePeriod('2024-H1'), provinceCode: '48', definitions };
let store: Store;
let dir: string;

beforeAll(async () => {
  store = await openStore(':memory:');
  dir = mkdtempSync(join(tmpdir(), 'tk13-export-'));
  await insertSubmission(store.connection, {
    kind: 'abuse-cases',
    unit: '490',
    period: '2024-H1',
    rows: [
      { case_id: 'C1', child_id: 'K1', commune_code: '20194', detected_on: '2024-01-10', sex: 'female', age_years: 9, abuse_forms: ['violence'], environments: ['family'], supported: true },
      { case_id: 'C2', child_id: 'K2', commune_code: '20194', detected_on: '2024-02-10', sex: 'male', age_years: 12, abuse_forms: ['neglect'], environments: ['family'], supported: false },
      { case_id: 'C3', child_id: 'K3', commune_code: '20200', detected_on: '2024-03-10', sex: 'male', age_years: 4, abuse_forms: ['violence'], environments: ['school'], supported: true },
    ],
  });
  await insertSubmission(store.connection, {
    kind: 'sanctions',
    unit: '490',
    period: '2024-H1',
    rows: [
      { decision_id: 'QD-1', decided_on: '2024-02-01', commune_code: '20194', violator_id: 'V1', violator_type: 'individual', fine_vnd: 3000000 },
      { decision_id: 'QD-2', decided_on: '2024-04-01', commune_code: '20200', violator_id: 'V2', violator_type: 'organization', fine_vnd: 15000000 },
    ],
  });
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('CSV export (PRODUCT §3.4)', () => {
  it('matches the expected file byte for byte', async () => {
    const { csv } = await exportValues(store.connection, { ...options, format: 'csv' });
    expect(csv).toBe(readFileSync(expectedCsv, 'utf8'));
  });

  it('writes a file whole, through a .partial that does not survive', async () => {
    const out = join(dir, 'export.csv');
    await exportValues(store.connection, { ...options, format: 'csv', out });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(expectedCsv, 'utf8'));
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('blanks small counts and ratios with a small numerator for publication, keeping zeros', async () => {
    const { csv } = await exportValues(store.connection, { ...options, format: 'csv', suppressBelow: 2 });
    const lines = csv!.split('\n');
    expect(lines).toContain('2024-H1,sanction_decisions,20194,commune,total,,,');
    expect(lines).toContain('2024-H1,sanction_decisions,490,district,total,2,,');
    expect(lines).toContain('2024-H1,sanction_decisions,20197,commune,total,0,,');
    expect(lines).toContain('2024-H1,abused_children_supported_rate,20194,commune,total,,,');
    expect(lines).toContain('2024-H1,abused_children_supported_rate,490,district,total,66.67,2,3');
  });

  it('rounds half up on the decimal digits and neutralises cells a spreadsheet would run', () => {
    expect([roundTo(1.005, 2), roundTo(2 / 3 * 100, 2), roundTo(-0.125, 2)]).toEqual([1.01, 66.67, -0.13]);
    const csv = exportCsv(
      [{ period: '2024', indicator: 'x', unit_code: '=HYPERLINK("a")', unit_level: 'commune', disaggregation: '@SUM,1', value: 1234567, numerator: null, denominator: null }],
      new Set(),
    );
    expect(csv.split('\n')[1]).toBe(`2024,x,"'=HYPERLINK(""a"")",commune,"'@SUM,1",1234567,,`);
  });
});

describe('Parquet export', () => {
  it('writes the same rows through DuckDB', async () => {
    const out = join(dir, 'values.parquet');
    const { rowCount } = await exportValues(store.connection, { ...options, format: 'parquet', out });
    const rows = await queryRows(store.connection, `SELECT count(*)::INTEGER AS n, sum(value) FILTER (WHERE unit_level = 'province' AND disaggregation = 'total') AS province FROM read_parquet('${out}')`);
    expect(rows).toEqual([{ n: rowCount, province: 2 + 66.67 }]);
  });
});

describe('indicators from sector forms', () => {
  it('exports a province-only indicator at the province only, and a count published with a rate as its numerator', async () => {
    const annual = await openStore(':memory:');
    try {
      await insertSubmission(annual.connection, { kind: 'form', unit: '20194', period: '2024', rows: [
        { item: 'live_births', sex: 'male', value: 30 },
        { item: 'live_births', sex: 'female', value: 28 },
        { item: 'children_3_36_months', value: 120 },
        { item: 'enrolled_nursery', value: 40 },
      ] });
      await insertSubmission(annual.connection, { kind: 'sector:statistics', unit: '48', period: '2024', rows: [{ item: 'average_population', area_code: '48', value: 1_250_000 }] });
      await insertSubmission(annual.connection, { kind: 'sector:education', unit: '48', period: '2024', rows: [{ item: 'enrolled_nursery', area_code: '20194', value: 45 }] });
      const wanted = loadDefinitions().definitions.filter((d) => ['crude_birth_rate', 'nursery_enrolment'].includes(d.meta.id));
      const { csv } = await exportValues(annual.connection, { period: parsePeriod('2024'), provinceCode: '48', definitions: wanted, format: 'csv' });
      const lines = csv!.trim().split('\n');
      expect(lines.filter((l) => l.includes(',crude_birth_rate,'))).toEqual(['2024,crude_birth_rate,48,province,total,0.05,58,1250000']);
      expect(lines).toContain('2024,nursery_enrolment,48,province,total,37.50,45,120');
      expect(lines).toContain('2024,nursery_enrolment,20194,commune,total,37.50,45,120');
      expect(lines).toContain('2024,nursery_enrolment,490,district,total,37.50,45,120');
    } finally {
      annual.close();
    }
  });
});
