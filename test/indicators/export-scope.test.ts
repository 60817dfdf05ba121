import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAndStore } from '../../src/indicators/compute.js';
import { computeCount } from '../../src/indicators/engine.js';
import { exportValues, provincesHeld } from '../../src/indicators/export.js';
import { parsePeriod } from '../../src/periods/period.js';
import { openStore, type Store } from '../../src/store/database.js';
import { fillProvince, PERIOD, PROVINCE } from '../reports/scenario-store.js';

const period = parsePeriod(PERIOD);
let store: Store;

/** The unit codes of CSV export rows, and how many rows per province-level row. */
function units(csv: string): string[] {
  return [...new Set(csv.trim().split('\n').slice(1).map((line) => line.split(',')[2]))];
}

describe('export of a database that holds one province', () => {
  beforeAll(async () => {
    store = await openStore(':memory:');
    // Kiên Giang (91) only: forms of three communes and a district's register.
    await fillProvince(store.connection);
  });
  afterAll(() => store.close());

  it('without --province exports that province only, the same rows as --province 91', async () => {
    expect(await provincesHeld(store.connection, period)).toEqual([PROVINCE]);
    const held = await exportValues(store.connection, { period, format: 'csv' });
    const one = await exportValues(store.connection, { period, provinceCode: PROVINCE, format: 'csv' });
    expect(held.provinces).toEqual([PROVINCE]);
    expect(held.csv).toBe(one.csv);
    expect(units(held.csv!)).toContain('91');
    expect(units(held.csv!).filter((code) => code.length === 2)).toEqual(['91']);
    expect(held.rowCount).toBeGreaterThan(0);
  });

  it('reads the values compute stored instead of computing them again', async () => {
    await computeAndStore(store.connection, { period, provinceCode: PROVINCE });
    const before = computeCount();
    const stored = await exportValues(store.connection, { period, format: 'csv' });
    expect(computeCount() - before).toBe(0);
    const fresh = await exportValues(store.connection, { period, provinceCode: PROVINCE, format: 'csv', asOf: new Date('2024-05-16T00:00:00+07:00') });
    expect(computeCount() - before).toBe(1);
    expect(stored.csv).not.toBe(fresh.csv);
  });
});
