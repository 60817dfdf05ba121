import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Tk13Error } from '../../src/core/errors.js';
import { computeAndStore, computeIndicators } from '../../src/indicators/compute.js';
import { loadDefinitions } from '../../src/indicators/definitions.js';
import { readStoredValues } from '../../src/indicators/store-results.js';
import { parsePeriod } from '../../src/periods/period.js';
import { type Store, openStore, queryRows } from '../../src/store/database.js';
import { clearSubmissions, insertSubmission } from '../helpers/store-rows.js';

const period = parsePeriod('2024-H1');
let store: Store;
let dir: string;

/** A definitions folder holding exactly the given files (the bundled dimension catalogue applies). */
function definitionsDir(files: Record<string, string>): string {
  const folder = mkdtempSync(join(dir, 'defs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

const header = (id: string, extra = '') => `/*
id: ${id}
verified: false
title_vi: Thử
title_en: Test
unit: trẻ em
unit_en: children
kind: sum
dims: [sex]
source: [commune_forms]
grain: [submission_id, sex]
${extra}*/
`;

async function populationForms(): Promise<void> {
  for (const [unit, male, female] of [['30733', 10, 20], ['30736', 5, null]] as const) {
    await insertSubmission(store.connection, {
      kind: 'form',
      unit,
      period: '2024-H1',
      rows: [
        { item: 'population', sex: 'male', age_group: '0-5', value: male },
        { item: 'population', sex: 'female', age_group: '0-5', value: female },
      ],
    });
  }
}

beforeAll(async () => {
  store = await openStore(':memory:');
  dir = mkdtempSync(join(tmpdir(), 'tk13-engine-'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await clearSubmissions(store.connection);
  await populationForms();
});

describe('a new definition', () => {
  it('dropped into the indicators folder is computed with no code change', async () => {
    const folder = definitionsDir({
      'boys_and_girls.sql': `${header('boys_and_girls')}SELECT commune_code AS unit_code, sex, value, submission_id
FROM commune_forms WHERE period = $period AND item = 'population' AND value IS NOT NULL;`,
    });
    const loaded = loadDefinitions(folder);
    expect(loaded.diagnostics).toEqual([]);
    const result = await computeIndicators(store.connection, { period, provinceCode: '91', definitions: loaded.definitions });
    const value = (unit: string, disaggregation: string) => result.values.find((v) => v.unitCode === unit && v.disaggregation === disaggregation)?.value;
    expect(value('899', 'total')).toBe(35);
    expect(value('899', 'sex=female')).toBe(20);
    expect(value('30736', 'sex=female')).toBeNull();
  });
});

describe('rows at the province level', () => {
  const ratioHeader = (id: string, extra = '') => `/*
id: ${id}
verified: false
title_vi: Thử
title_en: Test
unit: "‰"
unit_en: "‰"
kind: ratio
scale: 1000
source: [commune_forms, sector_forms]
grain: [unit_code]
${extra}*/
`;
  // Children per commune (rows at the communes, which roll up) over the statistics office's average
  // population (one row at the province): the shape of a mixed-source rate.
  const mixedSql = `WITH children AS (
  SELECT commune_code AS unit_code, sum(value) AS n FROM commune_forms
  WHERE period = $period AND item = 'population' AND value IS NOT NULL GROUP BY commune_code
), people AS (
  SELECT unit_code, value AS d FROM sector_forms WHERE period = $period AND item = 'average_population' AND unit_level = 'province'
)
SELECT unit_code, n AS numerator, NULL::BIGINT AS denominator FROM children
UNION ALL SELECT unit_code, NULL::BIGINT, d FROM people`;

  async function averagePopulation(province: string, value: number): Promise<void> {
    await insertSubmission(store.connection, { kind: 'sector:statistics', unit: province, period: '2024-H1', rows: [{ item: 'average_population', area_code: province, value }] });
  }

  it('attaches a row whose unit is the province code to the province alone', async () => {
    await averagePopulation('91', 7000);
    const { definitions, diagnostics } = loadDefinitions(definitionsDir({ 'mixed.sql': `${ratioHeader('mixed')}${mixedSql}` }));
    expect(diagnostics).toEqual([]);
    const result = await computeIndicators(store.connection, { period, provinceCode: '91', definitions });
    const at = (unit: string) => result.values.find((v) => v.unitCode === unit && v.disaggregation === 'total');
    expect(result.diagnostics).toEqual([]);
    expect(at('91')).toMatchObject({ unitLevel: 'province', value: 5, numerator: 35, denominator: 7000 });
    // The communes and districts roll up their own rows only: no denominator reaches them.
    expect(at('899')).toMatchObject({ unitLevel: 'district', value: null, numerator: 35, denominator: null });
    expect(at('30733')).toMatchObject({ unitLevel: 'commune', value: null, numerator: 30, denominator: null });
  });

  it('publishes an indicator declared `levels: [province]` for the province only, not even empty values below it', async () => {
    await averagePopulation('91', 7000);
    const { definitions } = loadDefinitions(definitionsDir({ 'mixed.sql': `${ratioHeader('mixed', 'levels: [province]\n')}${mixedSql}` }));
    const result = await computeIndicators(store.connection, { period, provinceCode: '91', definitions });
    expect(result.values).toEqual([{ indicator: 'mixed', unitCode: '91', unitLevel: 'province', disaggregation: 'total', value: 5, numerator: 35, denominator: 7000 }]);
  });

  it('places each province row in its own province in a national compute', async () => {
    await averagePopulation('91', 7000);
    await averagePopulation('48', 1000);
    const { definitions } = loadDefinitions(definitionsDir({ 'mixed.sql': `${ratioHeader('mixed', 'levels: [province]\n')}${mixedSql}` }));
    const result = await computeIndicators(store.connection, { period, definitions });
    const provinces = result.values.filter((v) => v.unitLevel === 'province');
    // Every province of the 2024 list, each once.
    expect(provinces).toHaveLength(63);
    expect(result.values.every((v) => v.unitLevel === 'province')).toBe(true);
    expect(provinces.find((v) => v.unitCode === '91')).toMatchObject({ value: 5, numerator: 35, denominator: 7000 });
    expect(provinces.find((v) => v.unitCode === '48')).toMatchObject({ value: null, numerator: null, denominator: 1000 });
  });

  it('warns about rows at a district code, which the contract does not place', async () => {
    const text = `${ratioHeader('district_rows')}SELECT '899' AS unit_code, 1 AS numerator, 2 AS denominator FROM commune_forms, sector_forms LIMIT 1`;
    await averagePopulation('91', 7000);
    const { definitions } = loadDefinitions(definitionsDir({ 'district_rows.sql': text }));
    const result = await computeIndicators(store.connection, { period, provinceCode: '91', definitions });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['indicator-rows-unplaced']);
    expect(result.values.find((v) => v.unitCode === '899')).toMatchObject({ numerator: null, denominator: null });
  });

  it('lets checks count the communes of a unit through unit_communes', async () => {
    const check = `checks:
  - name: communes_without_children
    description_vi: Xã chưa báo cáo
    description_en: Communes that did not report
    sql: |
      SELECT unit_code, count(*) FILTER (WHERE commune_code NOT IN (SELECT commune_code FROM commune_forms)) AS missing
      FROM unit_communes WHERE unit_level = 'district' AND unit_code = '899' GROUP BY unit_code
`;
    const { definitions } = loadDefinitions(definitionsDir({ 'mixed.sql': `${ratioHeader('mixed', check)}${mixedSql}` }));
    const result = await computeIndicators(store.connection, { period, provinceCode: '91', definitions });
    expect(result.findings).toEqual([{ indicator: 'mixed', check: 'communes_without_children', unitCode: '899', detail: 'unit_code=899, missing=9' }]);
  });
});

describe('the engine refuses to publish what it cannot trust', () => {
  const cases: Array<[string, string, string]> = [
    ['grain-not-unique', `${header('dup', '').replace('grain: [submission_id, sex]', 'grain: [unit_code]')}SELECT commune_code AS unit_code, sex, value FROM commune_forms WHERE item = 'population'`, 'indicator-grain-not-unique'],
    ['missing columns', `${header('cols')}SELECT commune_code AS unit_code, value, submission_id FROM commune_forms`, 'indicator-columns-missing'],
    ['raw tables', `${header('raw')}SELECT '30733' AS unit_code, sex, value, submission_id FROM form_values`, 'indicator-reads-forbidden'],
    ['unknown parameter', `${header('param')}SELECT commune_code AS unit_code, sex, value, submission_id FROM commune_forms WHERE period = $periode`, 'indicator-parameter-unknown'],
    ['two statements', `${header('two')}SELECT 1; SELECT 2`, 'indicator-sql-not-select'],
    ['a failing query', `${header('fails')}SELECT commune_code AS unit_code, sex, value, submission_id FROM commune_forms WHERE no_such_column = 1`, 'indicator-sql-error'],
  ];
  for (const [name, text, code] of cases) {
    it(`${name} → ${code}, and no values`, async () => {
      const id = /id: (\w+)/.exec(text)![1];
      const { definitions } = loadDefinitions(definitionsDir({ [`${id}.sql`]: text }));
      const result = await computeIndicators(store.connection, { period, provinceCode: '91', definitions });
      expect(result.diagnostics.map((d) => d.code)).toContain(code);
      expect(result.diagnostics.find((d) => d.code === code)).toMatchObject({ severity: 'error', item: id });
      expect(result.values).toEqual([]);
    });
  }

  it('names the duplicated rows when the grain is not unique', async () => {
    const text = `${header('dup').replace('grain: [submission_id, sex]', 'grain: [unit_code]')}SELECT commune_code AS unit_code, sex, value FROM commune_forms WHERE item = 'population'`;
    const { definitions } = loadDefinitions(definitionsDir({ 'dup.sql': text }));
    const result = await computeIndicators(store.connection, { period, provinceCode: '91', definitions });
    expect(result.diagnostics[0]).toMatchObject({ code: 'indicator-grain-not-unique', expected: 'unit_code', found: 'unit_code=30733, copies=2' });
  });
});

describe('compute', () => {
  it('gives the same values in the same order every time, and leaves the session as it found it', async () => {
    const first = await computeIndicators(store.connection, { period, provinceCode: '91' });
    const second = await computeIndicators(store.connection, { period, provinceCode: '91' });
    expect(second.values).toEqual(first.values);
    expect(first.values[0]).toMatchObject({ indicator: 'abuse_cases', unitLevel: 'province', unitCode: '91', disaggregation: 'total' });
    const [session] = await queryRows(store.connection, "SELECT getvariable('tk13_unit_list') AS list, getvariable('tk13_as_of') AS as_of");
    expect(session).toEqual({ list: null, as_of: null });
  });

  it('refuses a province that does not exist in the period\'s list', async () => {
    await expect(computeIndicators(store.connection, { period: parsePeriod('2025'), provinceCode: '89' })).rejects.toThrow(Tk13Error);
  });

  it('stores results, and a second compute with nothing changed is a no-op', async () => {
    const computed = await computeIndicators(store.connection, { period, provinceCode: '91' });
    const first = await computeAndStore(store.connection, { period, provinceCode: '91' });
    expect(first.changed).toBe(true);
    expect(first.result.valueCount).toBe(computed.values.length);
    // 24 definitions, of which 18 are due in a half-year (the birth, mortality and online-safety rates are annual).
    expect(first.result.indicators).toHaveLength(18);
    expect(await readStoredValues(store.connection, { period: '2024-H1', provinceCode: '91' })).toEqual(computed.values);
    const again = await computeAndStore(store.connection, { period, provinceCode: '91' });
    expect(again).toMatchObject({ changed: false, result: { valueCount: computed.values.length, indicators: first.result.indicators } });

    await insertSubmission(store.connection, { kind: 'form', unit: '30760', period: '2024-H1', rows: [{ item: 'population', sex: 'male', age_group: '0-5', value: 7 }] });
    const changed = await computeAndStore(store.connection, { period, provinceCode: '91' });
    expect(changed.changed).toBe(true);
    const stored = await readStoredValues(store.connection, { period: '2024-H1', provinceCode: '91' });
    expect(stored.find((v) => v.indicator === 'child_population' && v.unitCode === '91' && v.disaggregation === 'total')?.value).toBe(42);
    expect(stored).toEqual((await computeIndicators(store.connection, { period, provinceCode: '91' })).values);
    const [runs] = await queryRows<{ n: number }>(store.connection, 'SELECT count(*)::INTEGER AS n FROM compute_runs');
    expect(runs.n).toBe(1);
  });

  it('stores check findings with the values', async () => {
    await insertSubmission(store.connection, {
      kind: 'form',
      unit: '30760',
      period: '2024-H1',
      rows: [
        { item: 'population_7_15', sex: 'male', value: 3 },
        { item: 'consulted_7_15', sex: 'male', value: 4 },
      ],
    });
    const { result } = await computeAndStore(store.connection, { period, provinceCode: '91' });
    expect(result.findings).toEqual([
      { indicator: 'children_consulted_rate', check: 'consulted_within_population', unitCode: '30760', detail: 'unit_code=30760, unit_level=commune, disaggregation=sex=male, consulted=4, children_7_15=3' },
    ]);
    const stored = await queryRows(store.connection, 'SELECT indicator, check_name, unit_code FROM check_results');
    expect(stored).toEqual([{ indicator: 'children_consulted_rate', check_name: 'consulted_within_population', unit_code: '30760' }]);
  });
});
