/**
 * Issue 15, "Done when": a sector form that is missing, late or wrong shows up in `deadlines` and
 * `validate` exactly as a commune form does. The built CLI, as a province clerk runs it, on the
 * education department's half-year form of Kiên Giang (due 20/05/2024), the clock pinned to a day
 * after the deadline and the host in a zone far from Vietnam's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { sectorValueKey } from '../../src/sector-forms/spec.js';
import { runCli } from '../helpers/cli.js';
import { sampleSectorValues, sectorFormBytes } from './helpers/sector-forms.js';

const dir = mkdtempSync(join(tmpdir(), 'tk13-sector-deadlines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { TZ: 'America/Los_Angeles', TK13_NOW: '2024-05-25T10:00:00+07:00' };
const db = join(dir, 'tk13.duckdb');
const cli = (...args: string[]) => runCli(['--db', db, ...args], { env });

interface Deadlines {
  sectors: Array<{ sectorId: string; status: string; daysLate?: number; versions: number }>;
}
const education = async () => {
  const result = await cli('--json', 'deadlines', '--period', '2024-H1', '--province', '91');
  return (JSON.parse(result.stdout) as Deadlines).sectors.find((s) => s.sectorId === 'education')!;
};

it('wrong (refused: still missing after the deadline), then late: the department reads like a commune', async () => {
  // A negative enrolment figure: validate names the cell, ingest refuses the file whole.
  const wrong = sampleSectorValues();
  wrong.set(sectorValueKey('enrolled_nursery', '30736'), -4);
  const wrongFile = join(dir, '91_2024-H1_sector-education.xlsx');
  writeFileSync(wrongFile, await sectorFormBytes({ values: wrong }));
  const validated = await cli('validate', wrongFile);
  expect(validated.code).toBe(1);
  expect(validated.stdout).toMatch(/LỖI Biểu số 02 › [A-Z]+\d+ \[sector-form-count-negative\] "Số trẻ em từ 3 tháng đến 36 tháng tuổi đi nhà trẻ" \(mã số 01\), cột Phường Vĩnh Quang \(30736\): "-4" là số âm/);
  const refused = await cli('ingest', wrongFile, '--received-at', '2024-05-19T09:00:00+07:00');
  expect(refused.code).toBe(1);
  expect(await education()).toMatchObject({ status: 'missing', versions: 0 });
  const strict = await cli('deadlines', '--period', '2024-H1', '--province', '91', '--strict');
  expect(strict.code).toBe(1);
  expect(strict.stdout).toContain('Sở Giáo dục và Đào tạo');

  // The corrected form, received two days after the deadline: late by 2 days, one version.
  const goodFile = join(dir, '91_2024-H1_sector-education_v2.xlsx');
  writeFileSync(goodFile, await sectorFormBytes());
  expect((await cli('ingest', goodFile, '--received-at', '2024-05-22T09:00:00+07:00')).code).toBe(0);
  expect(await education()).toMatchObject({ status: 'late', daysLate: 2, versions: 1 });
}, 120_000);
