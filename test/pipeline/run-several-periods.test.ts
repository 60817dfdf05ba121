import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { parsePeriod } from '../../src/periods/period.js';
import { type MainJobResult, runMainJob } from '../../src/pipeline/run-pipeline.js';
import { openStore, queryRows, type Store } from '../../src/store/database.js';
import { collectSubmissionFiles } from '../../src/submissions/collect-files.js';
import { hierarchyFor } from '../../src/units/hierarchy.js';
import { repoRoot, runCli } from '../helpers/cli.js';

/**
 * A province keeps one folder per year with both reports in it. `tk13 run DIR --period P` reads the
 * files of P and lists the others as skipped, with their period: the figures, the files read and the
 * exit code are those of a folder holding P alone. The scenario: district 912 (Kiên Hải, 4 communes)
 * of the sample province, its commune and district forms and registers of 2024-H1 and of 2024.
 */
const SAMPLE = join(repoRoot, 'fixtures', 'sample-province');
const DISTRICT = '912';
const RECEIVED_AT = '2024-05-18T09:00:00+07:00';
const NOW = new Date('2024-06-30T12:00:00+07:00');
const hierarchy = hierarchyFor('2024');
let work: string;
const stores: Store[] = [];

/** Copies the district's files of `periods` from the sample into `dir`, keeping the sample's folders. */
function copyDistrict(dir: string, periods: readonly string[]): string[] {
  const copied: string[] = [];
  for (const period of periods) {
    for (const kind of ['forms', 'district-forms', 'registers']) {
      const from = join(SAMPLE, period, kind);
      for (const file of readdirSync(from).filter((f) => hierarchy.isWithin(f.split('_')[0], DISTRICT))) {
        mkdirSync(join(dir, period, kind), { recursive: true });
        copyFileSync(join(from, file), join(dir, period, kind, file));
        copied.push(file);
      }
    }
  }
  return copied.sort();
}

async function run(dir: string, period: string): Promise<{ result: MainJobResult; store: Store }> {
  const store = await openStore(':memory:');
  stores.push(store);
  const result = await runMainJob(store, { dir, period: parsePeriod(period), provinceCode: '91', outDir: join(work, 'reports', basename(dir)), lang: 'vi', now: NOW, receivedAt: RECEIVED_AT });
  return { result, store };
}

const values = (store: Store) =>
  queryRows(store.connection, 'SELECT * EXCLUDE (province_code) FROM indicator_values ORDER BY indicator, unit_code, disaggregation');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tk13-periods-'));
});

afterAll(() => {
  for (const store of stores) store.close();
  rmSync(work, { recursive: true, force: true });
});

describe('tk13 run on a folder holding two periods', () => {
  let both: { result: MainJobResult; store: Store };
  let alone: { result: MainJobResult; store: Store };
  let annualFiles: string[];

  beforeAll(async () => {
    copyDistrict(join(work, 'both'), ['2024-H1', '2024']);
    copyDistrict(join(work, 'alone'), ['2024-H1']);
    annualFiles = copyDistrict(join(work, 'annual-only'), ['2024']);
    both = await run(join(work, 'both'), '2024-H1');
    alone = await run(join(work, 'alone'), '2024-H1');
  }, 120_000);

  it('reads the files of the period run, as from a folder holding that period alone', () => {
    const read = (r: MainJobResult) => r.ingest.map((o) => [o.file, o.status, o.period]);
    expect(read(both.result)).toEqual(read(alone.result));
    expect(both.result.ingest.length).toBeGreaterThan(5);
    expect(both.result.ingest.every((o) => o.status === 'accepted' && o.period === '2024-H1')).toBe(true);
  });

  it('lists every file of the other period as skipped, with the period its name tells, and reads none of them', () => {
    expect(alone.result.skipped).toEqual([]);
    expect(both.result.skipped.map((s) => basename(s.path)).sort()).toEqual(annualFiles);
    for (const s of both.result.skipped) expect(s).toMatchObject({ reason: 'other-period', period: { found: '2024', expected: '2024-H1' } });
  });

  it('computes the same figures and the same deadlines', async () => {
    expect(await values(both.store)).toEqual(await values(alone.store));
    expect((await values(both.store)).length).toBeGreaterThan(50);
    expect(both.result.output?.deadlines.units).toEqual(alone.result.output?.deadlines.units);
  });

  it('says so in Vietnamese in the skipped list, and exits as if those files were absent', async () => {
    const args = (dir: string) => ['--db', join(work, `${dir}.duckdb`), 'run', join(work, dir), '--period', '2024-H1', '--province', '91', '--out', join(work, 'cli-reports'), '--received-at', RECEIVED_AT];
    const [mixed, single] = await Promise.all([runCli(args('both')), runCli(args('alone'))]);
    expect(mixed.stderr).not.toMatch(/\n\s+at /);
    expect(mixed.code).toBe(single.code);
    expect(mixed.code).toBe(0);
    // More than three files of one other period are counted in one line naming their folder; --json lists each.
    const skippedLines = mixed.stdout.split('\n').filter((line) => line.includes('Bỏ qua'));
    expect(skippedLines).toEqual([`  Bỏ qua ${annualFiles.length} tệp thuộc kỳ 2024, không thuộc kỳ đang chạy 2024-H1 (trong ${join(work, 'both', '2024')}).`]);
    const listed = await runCli(['--json', ...args('both')]);
    const skipped = (JSON.parse(listed.stdout) as { skipped: Array<{ file: string; message: string }> }).skipped;
    expect(skipped).toHaveLength(annualFiles.length);
    expect(skipped).toContainEqual({
      file: join(work, 'both', '2024', 'forms', '31108_2024_form.xlsx'),
      code: 'file-skipped-other-period',
      message: `Bỏ qua ${join(work, 'both', '2024', 'forms', '31108_2024_form.xlsx')}: tệp thuộc kỳ 2024, không thuộc kỳ đang chạy 2024-H1.`,
    });
    const counts = (out: string) => out.split('\n').find((line) => line.startsWith('Tệp:'));
    expect(counts(mixed.stdout)).toBe(counts(single.stdout));
  }, 120_000);

  it('refuses a folder holding only other periods, naming them, with the exit code of an empty folder', async () => {
    const result = await runCli(['--db', join(work, 'none.duckdb'), 'run', join(work, 'annual-only'), '--period', '2024-H1', '--province', '91', '--out', join(work, 'none')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Không có tệp nào của kỳ 2024-H1');
    expect(result.stderr).toContain(`${annualFiles.length} tệp thuộc kỳ khác (2024)`);
  }, 60_000);
});

describe('a file whose name tells no period', () => {
  it('is read as before: its reader finds the other period and refuses it', async () => {
    const dir = join(work, 'unnamed');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(SAMPLE, '2024-H1', 'forms', '31108_2024-H1_form.xlsx'), join(dir, '31108_2024-H1_form.xlsx'));
    copyFileSync(join(SAMPLE, '2024', 'forms', '31111_2024_form.xlsx'), join(dir, 'bao cao xa Lai Son.xlsx'));
    const { result } = await run(dir, '2024-H1');
    expect(result.skipped).toEqual([]);
    const renamed = result.ingest.find((o) => o.file === 'bao cao xa Lai Son.xlsx')!;
    expect(renamed.status).toBe('rejected');
    expect(renamed.diagnostics.map((d) => d.code)).toContain('form-period-not-expected');
  }, 60_000);
});

describe('tk13 ingest, which runs no period', () => {
  it('stores the files of every period in the folder', async () => {
    const dir = join(work, 'ingest-both');
    const copied = copyDistrict(dir, ['2024-H1', '2024']);
    const store = await openStore(':memory:');
    stores.push(store);
    const { files, skipped } = await collectSubmissionFiles([dir]);
    expect(skipped).toEqual([]);
    // Received once the year is over, so no register row is dated after its receipt.
    const outcomes = await ingestFiles(store, files.map((path) => ({ path, receivedAt: new Date('2024-11-20T09:00:00+07:00') })), { workers: 0 });
    expect(outcomes.map((o) => o.file).sort()).toEqual(copied);
    expect(outcomes.every((o) => o.status === 'accepted')).toBe(true);
    const periods = await queryRows<{ period: string; n: number }>(store.connection, 'SELECT period, count(*)::INTEGER AS n FROM submissions GROUP BY period ORDER BY period');
    expect(periods.map((p) => p.period)).toEqual(['2024', '2024-H1']);
  }, 60_000);
});
