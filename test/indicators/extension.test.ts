/**
 * Adding an indicator needs only SQL and YAML (issue 15, "Done when"): `fixtures/extension/indicators/`
 * is a province's own definitions folder — a copy of the bundled dimension catalogue and one new
 * indicator, `health_insurance_rate`, reading an item a tenth department (health) supplies on its
 * sector form. It loads and computes with no TypeScript change.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/paths.js';
import { computeIndicators } from '../../src/indicators/compute.js';
import { loadDefinitions } from '../../src/indicators/definitions.js';
import { parsePeriod } from '../../src/periods/period.js';
import { type Store, openStore } from '../../src/store/database.js';
import { insertSubmissions } from '../helpers/store-rows.js';

const folder = resolve(packageRoot, 'fixtures', 'extension', 'indicators');
let store: Store;

beforeAll(async () => {
  store = await openStore(':memory:');
  const population = (unit: string, boys: number, girls: number) => ({
    kind: 'form' as const,
    unit,
    period: '2024',
    rows: [
      { item: 'population', sex: 'male', age_group: '0-5', value: boys },
      { item: 'population', sex: 'female', age_group: '0-5', value: girls },
    ],
  });
  await insertSubmissions(store.connection, [
    population('30733', 100, 100),
    population('30736', 50, 30),
    population('30766', 40, 40),
    {
      kind: 'sector:health',
      unit: '91',
      period: '2024',
      rows: [
        { item: 'children_with_health_insurance', area_code: '30733', value: 190 },
        { item: 'children_with_health_insurance', area_code: '30736', value: 60 },
        { item: 'children_with_health_insurance', area_code: '30766', value: null },
      ],
    },
  ]);
});
afterAll(() => store.close());

it('loads a definitions folder holding a new indicator over a new department\'s item, with no diagnostics', () => {
  const loaded = loadDefinitions(folder);
  expect(loaded.diagnostics).toEqual([]);
  expect(loaded.definitions.map((d) => d.meta.id)).toEqual(['health_insurance_rate']);
  expect(loaded.dimensions.groups.map((g) => g.code)).toContain('health');
});

it('computes it from the sector form and the commune forms at every level', async () => {
  const { definitions } = loadDefinitions(folder);
  const result = await computeIndicators(store.connection, { period: parsePeriod('2024'), provinceCode: '91', definitions });
  expect(result.diagnostics).toEqual([]);
  const at = (unit: string) => result.values.find((v) => v.unitCode === unit && v.disaggregation === 'total');
  expect(at('30733')).toMatchObject({ value: 95, numerator: 190, denominator: 200 });
  expect(at('30766')).toMatchObject({ value: null, numerator: null, denominator: null });
  expect(at('899')).toMatchObject({ value: 89.28571428571429, numerator: 250, denominator: 280 });
  expect(at('91')).toMatchObject({ value: 89.28571428571429, numerator: 250, denominator: 280 });
});
