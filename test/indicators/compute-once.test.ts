import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAndStore } from '../../src/indicators/compute.js';
import { computeCount } from '../../src/indicators/engine.js';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { parsePeriod } from '../../src/periods/period.js';
import { runMainJob } from '../../src/pipeline/run-pipeline.js';
import { buildReportModel } from '../../src/reports/build-report-model.js';
import { verifyReport } from '../../src/reports/verify-report.js';
import { openStore, type Store } from '../../src/store/database.js';

const sample = resolve(import.meta.dirname, '..', '..', 'fixtures', 'sample-province', '2024-H1', 'forms');
const period = parsePeriod('2024-H1');
const provinceCode = '91';
const now = new Date('2024-06-30T12:00:00+07:00');
let dir: string;
let store: Store;

/** Engine runs (computes of indicators) made by `work`. */
async function computesDuring(work: () => Promise<unknown>): Promise<number> {
  const before = computeCount();
  await work();
  return computeCount() - before;
}

describe('compute once, read after', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tk13-once-'));
    mkdirSync(join(dir, 'in'));
    for (const file of ['30733_2024-H1_form.xlsx', '30736_2024-H1_form.xlsx']) copyFileSync(join(sample, file), join(dir, 'in', file));
    store = await openStore(':memory:');
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let reportFile = '';
  it('run computes the indicators once and the report reads what it stored', async () => {
    const computes = await computesDuring(async () => {
      const result = await runMainJob(store, { dir: join(dir, 'in'), period, provinceCode, outDir: join(dir, 'out'), lang: 'vi', now, receivedAt: '2024-05-15' });
      expect(result.ingest.map((o) => o.status)).toEqual(['accepted', 'accepted']);
      expect(result.output?.computeChanged).toBe(true);
      expect(result.output?.deadlines.units.find((u) => u.unitCode === '30733')).toMatchObject({ versions: 1, status: 'on_time' });
      reportFile = result.output?.reportFile ?? '';
    });
    expect(computes).toBe(1);
  });

  it('compute, report and verify after it compute nothing while no version changed', async () => {
    expect(await computesDuring(async () => expect((await computeAndStore(store.connection, { period, provinceCode })).changed).toBe(false))).toBe(0);
    expect(await computesDuring(() => buildReportModel(store.connection, { period, provinceCode, asOf: new Date('2024-07-01T00:00:00+07:00') }))).toBe(0);
    expect(await computesDuring(async () => expect((await verifyReport(store.connection, readFileSync(reportFile))).identical).toBe(true))).toBe(0);
  });

  it('a new version makes the report compute again, and compute store it', async () => {
    const [outcome] = await ingestFiles(store, [{ path: join(sample, '30733_2024-H1_form_v2.xlsx'), receivedAt: new Date('2024-06-01T09:00:00+07:00') }], { workers: 0 });
    expect([outcome.status, outcome.version]).toEqual(['accepted', 2]);
    const asOf = new Date('2024-07-01T00:00:00+07:00');
    expect(await computesDuring(() => buildReportModel(store.connection, { period, provinceCode, asOf }))).toBe(1);
    expect(await computesDuring(async () => expect((await computeAndStore(store.connection, { period, provinceCode })).changed).toBe(true))).toBe(1);
    expect(await computesDuring(() => buildReportModel(store.connection, { period, provinceCode, asOf }))).toBe(0);
  });

  it('a report as of a moment before the new version computes the versions current then', async () => {
    const asOf = new Date('2024-05-20T00:00:00+07:00');
    const before = await buildReportModel(store.connection, { period, provinceCode, asOf });
    expect(before.provenance.inputs.find((i) => i.unitCode === '30733')?.version).toBe(1);
    expect(await computesDuring(() => buildReportModel(store.connection, { period, provinceCode, asOf }))).toBe(1);
  });
});
