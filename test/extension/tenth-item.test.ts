/**
 * Issue 15, "Done when": adding a tenth sector item and an indicator over it needs only YAML and SQL.
 * A province's own files (fixtures/extension/: a template file with a new department, health, and its
 * item `children_with_health_insurance`; a definitions folder with `health_insurance_rate.sql`) go
 * the whole way: blank form written, filled, read, stored, computed — no TypeScript change anywhere.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/paths.js';
import { computeIndicators } from '../../src/indicators/compute.js';
import { loadDefinitions } from '../../src/indicators/definitions.js';
import { DEFAULT_BATCH_LIMITS, IngestBatch } from '../../src/ingest/ingest-batch.js';
import { parsePeriod } from '../../src/periods/period.js';
import { readSectorForm } from '../../src/sector-forms/read-sector-form.js';
import { loadSectorFormSpec, sectorValueKey } from '../../src/sector-forms/spec.js';
import { type Store, openStore } from '../../src/store/database.js';
import { sectorFormTemplateBytes } from '../../src/templates/sector-form-template.js';
import { insertSubmissions } from '../helpers/store-rows.js';

const EXTENSION = resolve(packageRoot, 'fixtures', 'extension');
const period = parsePeriod('2024');
let store: Store;

beforeAll(async () => {
  store = await openStore(':memory:');
  // The children each commune reported on its own form (the indicator's denominator).
  const population = (unit: string, boys: number, girls: number) => ({
    kind: 'form' as const,
    unit,
    period: period.id,
    rows: [
      { item: 'population', sex: 'male', age_group: '6-10', value: boys },
      { item: 'population', sex: 'female', age_group: '6-10', value: girls },
    ],
  });
  await insertSubmissions(store.connection, [population('30733', 300, 200), population('30736', 100, 100)]);
});
afterAll(() => store.close());

it('a health department form from the province\'s template file reaches a computed indicator', async () => {
  const spec = await loadSectorFormSpec(resolve(EXTENSION, 'sector-forms.yaml'));
  // The department fills two communes and leaves every other one blank (not reported).
  const filled = new Map([
    [sectorValueKey('children_with_health_insurance', '30733'), 450],
    [sectorValueKey('children_with_health_insurance', '30736'), 150],
  ]);
  const bytes = await sectorFormTemplateBytes('health', period, '91', filled, spec);
  const parsed = await readSectorForm('91_2024_sector-health.xlsx', bytes, { receivedAt: new Date('2024-11-12T03:00:00Z'), pseudonymKey: 'k' }, spec);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(parsed.kind).toBe('sector:health');

  const batch = new IngestBatch(store.connection, DEFAULT_BATCH_LIMITS);
  batch.add({ parsed, receivedAt: new Date('2024-11-12T03:00:00Z'), onStored: () => {} });
  await batch.write();

  const { definitions, diagnostics } = loadDefinitions(resolve(EXTENSION, 'indicators'));
  expect(diagnostics).toEqual([]);
  const result = await computeIndicators(store.connection, { period, provinceCode: '91', definitions });
  const value = (unit: string) => result.values.find((v) => v.indicator === 'health_insurance_rate' && v.unitCode === unit && v.disaggregation === 'total');
  expect(value('30733')).toMatchObject({ value: 90, numerator: 450, denominator: 500 });
  expect(value('30736')).toMatchObject({ value: 75, numerator: 150, denominator: 200 });
  // The province adds numerators and denominators of the communes that have both, then divides.
  expect(value('91')).toMatchObject({ numerator: 600, denominator: 700 });
  expect(value('91')!.value).toBeCloseTo((600 / 700) * 100, 9);
});
