import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

/**
 * The handed case of a register typed with the .VnTime font (TCVN3), as a user runs it: validate,
 * then ingest, compute and export; the figures are those of the same register typed in Unicode
 * (the first four cases of the sample province's 899 register).
 */
const FILE = '899_2024-H1_abuse-cases.csv';
const legacy = join(repoRoot, 'fixtures/submissions/registers/legacy-tcvn3-csv', FILE);
const unicode = join(repoRoot, 'fixtures/sample-province/2024-H1/registers', FILE);
let work: string;

async function exportOf(name: string, register: string): Promise<string> {
  const dir = join(work, name);
  mkdirSync(dir);
  copyFileSync(register, join(dir, FILE));
  const db = ['--db', join(work, `${name}.duckdb`)];
  const ingest = await runCli([...db, 'ingest', dir, '--period', '2024-H1', '--received-at', '2024-05-15T10:00:00+07:00']);
  expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
  const compute = await runCli([...db, 'compute', '--period', '2024-H1', '--province', '91']);
  expect(compute.code, compute.stdout + compute.stderr).toBe(0);
  const exported = await runCli([...db, 'export', '--period', '2024-H1', '--province', '91']);
  expect(exported.code, exported.stderr).toBe(0);
  return exported.stdout;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tk13-legacy-'));
  // The Unicode equivalent: header and the four cases the TCVN3 register holds.
  writeFileSync(join(work, 'unicode.csv'), readFileSync(unicode, 'utf8').split('\r\n').slice(0, 5).join('\r\n'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a register typed in TCVN3, end to end', () => {
  it('is validated with one warning naming the encoding', async () => {
    const result = await runCli(['--json', 'validate', legacy]);
    expect(result.code).toBe(0);
    const [file] = JSON.parse(result.stdout).files;
    expect(file.errors).toEqual([]);
    expect(file.warnings.map((w: { code: string; found: string }) => [w.code, w.found])).toEqual([['register-legacy-encoding-converted', 'TCVN3 (ABC)']]);
  });

  it('gives the figures of the Unicode register', async () => {
    const fromLegacy = await exportOf('tcvn3', legacy);
    const fromUnicode = await exportOf('unicode', join(work, 'unicode.csv'));
    expect(fromLegacy).toContain('2024-H1,abuse_cases,899,district,total,4,,');
    expect(fromLegacy).toContain('2024-H1,abuse_cases,899,district,abuse_form=sexual_abuse,2,,');
    expect(fromLegacy).toBe(fromUnicode);
  }, 120_000);
});
