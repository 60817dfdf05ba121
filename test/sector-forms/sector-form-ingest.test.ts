import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { sectorValueKey } from '../../src/sector-forms/spec.js';
import { type Store, openStore, queryRows } from '../../src/store/database.js';
import { sampleSectorValues, sectorFormBytes } from './helpers/sector-forms.js';

/**
 * Sector forms through ingest like any file (issue 15): the province is the submitting unit, each
 * department's versions are numbered and superseded on their own, the values reach `sector_forms`.
 */
const dir = mkdtempSync(join(tmpdir(), 'tk13-sector-ingest-'));
let store: Store;
beforeAll(async () => {
  store = await openStore(':memory:');
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Promise<Uint8Array>): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await bytes);
  return path;
}

const ingest = (path: string, receivedAt: string) => ingestFiles(store, [{ path, receivedAt: new Date(receivedAt) }], { workers: 0 }).then((outcomes) => outcomes[0]);

async function nurseryRows() {
  return queryRows<{ n: number; total: number; first: number; submission_id: number }>(
    store.connection,
    `SELECT count(*)::INTEGER AS n, sum(value)::INTEGER AS total, max(value) FILTER (WHERE unit_code = '30733')::INTEGER AS first,
            max(submission_id)::INTEGER AS submission_id
     FROM sector_forms WHERE sector = 'education' AND item = 'enrolled_nursery' AND period = '2024-H1'`,
  );
}

describe('ingesting sector forms', () => {
  it('stores a department form as the province\'s submission, its values in sector_forms', async () => {
    const path = await file('91_2024-H1_sector-education.xlsx', sectorFormBytes());
    const outcome = await ingest(path, '2024-05-16T09:00:00+07:00');
    expect(outcome).toMatchObject({ status: 'accepted', kind: 'sector:education', unitCode: '91', unitName: 'Tỉnh Kiên Giang', period: '2024-H1', version: 1 });
    const [submission] = await queryRows(store.connection, 'SELECT kind, unit_code, unit_level, unit_list, province_code, period, template_version, row_count FROM submissions');
    expect(submission).toEqual({ kind: 'sector:education', unit_code: '91', unit_level: 'province', unit_list: '2024', province_code: '91', period: '2024-H1', template_version: 1, row_count: 286 });
    expect(await nurseryRows()).toEqual([{ n: 143, total: 24596, first: 101, submission_id: outcome.submissionId }]);
    const [cell] = await queryRows(store.connection, "SELECT area_level, cell FROM sector_values WHERE item = 'enrolled_kindergarten' AND area_code = '30733'");
    expect(cell).toEqual({ area_level: 'commune', cell: 'F15' });
  });

  it('the same bytes again change nothing', async () => {
    const outcome = await ingest(join(dir, '91_2024-H1_sector-education.xlsx'), '2024-05-17T09:00:00+07:00');
    expect(outcome.status).toBe('unchanged');
    expect(await queryRows(store.connection, 'SELECT count(*)::INTEGER AS n FROM submissions')).toEqual([{ n: 1 }]);
  });

  it('a corrected form is version 2 and supersedes the first whole', async () => {
    const values = sampleSectorValues();
    values.set(sectorValueKey('enrolled_nursery', '30733'), 999);
    const path = await file('91_2024-H1_sector-education_v2.xlsx', sectorFormBytes({ values }));
    const outcome = await ingest(path, '2024-05-18T09:00:00+07:00');
    expect(outcome).toMatchObject({ status: 'accepted', version: 2 });
    expect(await nurseryRows()).toEqual([{ n: 143, total: 24596 - 101 + 999, first: 999, submission_id: outcome.submissionId }]);
  });

  it('another department of the same province and period is its own chain; a province figure is a province row', async () => {
    const path = await file('91_2024_sector-statistics.xlsx', sectorFormBytes({ sector: 'statistics', period: '2024' }));
    expect(await ingest(path, '2024-11-10T09:00:00+07:00')).toMatchObject({ status: 'accepted', kind: 'sector:statistics', version: 1 });
    const rows = await queryRows(store.connection, "SELECT sector, unit_code, unit_level, item, value::INTEGER AS value FROM sector_forms WHERE sector = 'statistics'");
    expect(rows).toEqual([{ sector: 'statistics', unit_code: '91', unit_level: 'province', item: 'average_population', value: 1_751_000 }]);
    const versions = await queryRows(store.connection, "SELECT kind, version FROM submission_versions(NULL) WHERE is_current ORDER BY kind");
    expect(versions).toEqual([{ kind: 'sector:education', version: 2 }, { kind: 'sector:statistics', version: 1 }]);
  });

  it('a form with an error is rejected whole; nothing is stored', async () => {
    const values = sampleSectorValues();
    const bytes = sectorFormBytes({ values, period: '2024' });
    const path = await file('91_2024_sector-education.xlsx', bytes);
    const outcome = await ingestFiles(store, [{ path, receivedAt: new Date('2024-11-10T09:00:00+07:00') }], { workers: 0, period: '2024-H1' }).then((o) => o[0]);
    expect(outcome.status).toBe('rejected');
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(['sector-form-period-not-expected']);
    // Where the clerk sees the form's period ("Kỳ báo cáo: năm 2024"), not the hidden _meta cell it was read from.
    expect(outcome.diagnostics[0]).toMatchObject({ sheet: 'Biểu số 02', cell: 'A5' });
    expect(await queryRows(store.connection, 'SELECT count(*)::INTEGER AS n FROM submissions')).toEqual([{ n: 3 }]);
  });
});
