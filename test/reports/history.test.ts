import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/periods/period.js';
import { unitHistory } from '../../src/reports/unit-history.js';
import { openStore, type Store } from '../../src/store/database.js';
import { insertSubmission } from '../helpers/store-rows.js';
import { correctForm, fillProvince, PERIOD } from './scenario-store.js';

const period = parsePeriod(PERIOD);
let store: Store;

const child = (caseId: string, childId: string, overrides: Record<string, unknown> = {}) => ({
  case_id: caseId,
  child_id: childId,
  commune_code: '30733',
  detected_on: '2024-01-10',
  sex: 'female',
  age_years: 8,
  abuse_forms: ['violence'],
  environments: ['family'],
  supported: true,
  ...overrides,
});

describe('the history of a unit', () => {
  beforeAll(async () => {
    store = await openStore(':memory:');
    await fillProvince(store.connection);
    await correctForm(store.connection);
    await insertSubmission(store.connection, {
      kind: 'abuse-cases',
      unit: '899',
      period: PERIOD,
      received_at: '2024-06-10T08:00:00+07:00',
      file_name: '899_2024-H1_abuse-cases_v2.csv',
      // C1 kept but now "not supported"; C2 dropped; C3 and C4 new.
      rows: [child('C1', 'K1', { abuse_forms: ['violence', 'neglect'], supported: false }), child('C3', 'K3'), child('C4', 'K4')],
    });
  });
  afterAll(() => store.close());

  it('of a province lists each department’s sector form versions and what changed, item by area', async () => {
    const education = (received_at: string, nursery: number | null, kindergarten: number) => ({
      kind: 'sector:education' as const,
      unit: '91',
      period: PERIOD,
      received_at,
      file_name: `91_${PERIOD}_sector-education_${received_at.slice(8, 10)}.xlsx`,
      rows: [
        { item: 'enrolled_nursery', area_code: '91', value: null, cell: 'D9' },
        { item: 'enrolled_nursery', area_code: '30733', value: nursery, cell: 'E9' },
        { item: 'enrolled_kindergarten', area_code: '30733', value: kindergarten, cell: 'E10' },
      ],
    });
    await insertSubmission(store.connection, education('2024-05-18T09:00:00+07:00', 40, 55));
    await insertSubmission(store.connection, education('2024-05-27T09:00:00+07:00', 42, 55));
    await insertSubmission(store.connection, { kind: 'sector:statistics', unit: '91', period: PERIOD, received_at: '2024-05-19T09:00:00+07:00', rows: [] });
    const history = await unitHistory(store.connection, '91', period);
    expect(history.unitName).toBe('Tỉnh Kiên Giang');
    expect(history.versions.map((v) => [v.kind, v.version, v.receivedAt])).toEqual([
      ['sector:education', 1, '2024-05-18T09:00:00+07:00'],
      ['sector:education', 2, '2024-05-27T09:00:00+07:00'],
      ['sector:statistics', 1, '2024-05-19T09:00:00+07:00'],
    ]);
    expect(history.versions[0].sectorChanges).toBeUndefined();
    expect(history.versions[1].sectorChanges).toEqual([{ item: 'enrolled_nursery', areaCode: '30733', areaLevel: 'commune', cell: 'E9', old: 40, new: 42 }]);
    expect(history.versions[1].formChanges).toBeUndefined();
  });

  it('lists every form version with its receipt time, hash and the cells that changed', async () => {
    const history = await unitHistory(store.connection, '30733', period);
    expect(history.unitName).toBe('Phường Vĩnh Thanh');
    expect(history.versions.map((v) => [v.kind, v.version, v.receivedAt, v.fileName, v.rowCount])).toEqual([
      ['form', 1, '2024-05-15T10:00:00+07:00', '30733_2024-H1.xlsx', 6],
      ['form', 2, '2024-06-05T14:00:00+07:00', '30733_2024-H1_v2.xlsx', 6],
    ]);
    expect(history.versions[0].formChanges).toBeUndefined();
    expect(history.versions[1].sha256).toMatch(/^test-/);
    expect(history.versions[1].formChanges).toEqual([
      { item: 'population', disaggregation: 'age_group=0-5;sex=male', cell: 'D10', old: 120, new: 125 },
      { item: 'population', disaggregation: 'age_group=6-10;sex=male', cell: 'D11', old: 135, new: 140 },
      { item: 'special_circumstances', disaggregation: 'category=d;sex=female', cell: 'E23', old: null, new: 4 },
    ]);
  });

  it('counts register rows added, removed and changed between versions', async () => {
    const history = await unitHistory(store.connection, '899', period);
    expect(history.versions.map((v) => [v.kind, v.version])).toEqual([
      ['abuse-cases', 1],
      ['abuse-cases', 2],
    ]);
    expect(history.versions[1].registerChanges).toEqual({ added: 2, removed: 1, changed: 1 });
  });

  it('says a unit is unknown rather than showing an empty history', async () => {
    await expect(unitHistory(store.connection, '99999', period)).rejects.toMatchObject({ code: 'unit-unknown' });
    expect((await unitHistory(store.connection, '30739', period)).versions).toEqual([]);
  });
});
