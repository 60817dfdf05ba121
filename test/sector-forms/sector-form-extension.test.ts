import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BATCH_LIMITS, IngestBatch } from '../../src/ingest/ingest-batch.js';
import { parsePeriod } from '../../src/periods/period.js';
import { readSectorForm } from '../../src/sector-forms/read-sector-form.js';
import { type SectorFormSpec, loadSectorFormSpec } from '../../src/sector-forms/spec.js';
import { type Store, openStore, queryRows } from '../../src/store/database.js';
import { sectorFormTemplateBytes } from '../../src/templates/sector-form-template.js';
import { CONTEXT, sampleSectorValues } from './helpers/sector-forms.js';

/**
 * A province adds a department and an item to its template file, and nothing else: the form is
 * written, read and stored, and the indicator definitions find the item in `sector_forms`
 * (fixtures/extension/sector-forms.yaml; its .sql side lives with the indicators).
 */
const EXTENSION = resolve(import.meta.dirname, '..', '..', 'fixtures', 'extension', 'sector-forms.yaml');

describe('a tenth sector item from a template file, with no TypeScript change', () => {
  let spec: SectorFormSpec;
  let store: Store;
  beforeAll(async () => {
    spec = await loadSectorFormSpec(EXTENSION);
    store = await openStore(':memory:');
  });
  afterAll(() => store.close());

  it('the health department form is written, filled, read back and stored; sector_forms returns the new item', async () => {
    const period = parsePeriod('2024-H1');
    const values = sampleSectorValues({ sector: 'health', spec });
    const bytes = await sectorFormTemplateBytes('health', period, '91', values, spec);
    const parsed = await readSectorForm('91_2024-H1_sector-health.xlsx', bytes, CONTEXT, spec);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.kind).toBe('sector:health');
    expect(parsed.sectorValues).toHaveLength(143);

    const batch = new IngestBatch(store.connection, DEFAULT_BATCH_LIMITS);
    batch.add({ parsed, receivedAt: new Date('2024-05-16T09:00:00+07:00'), onStored: () => {} });
    await batch.write();
    const rows = await queryRows<{ sector: string; item: string; unit_level: string; n: number; total: number }>(
      store.connection,
      `SELECT sector, item, unit_level, count(*)::INTEGER AS n, sum(value)::INTEGER AS total FROM sector_forms
       WHERE item = $item GROUP BY ALL`,
      { item: 'children_with_health_insurance' },
    );
    const expected = [...values.values()].reduce<number>((sum, v) => sum + (v ?? 0), 0);
    expect(rows).toEqual([{ sector: 'health', item: 'children_with_health_insurance', unit_level: 'commune', n: 143, total: expected }]);
  });

  it('the bundled template file does not know the department: the file, not code, decides', async () => {
    const bytes = await sectorFormTemplateBytes('health', parsePeriod('2024-H1'), '91', undefined, spec);
    const parsed = await readSectorForm('91_2024-H1_sector-health.xlsx', bytes, CONTEXT);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['sector-form-sector-unknown']);
  });
});
