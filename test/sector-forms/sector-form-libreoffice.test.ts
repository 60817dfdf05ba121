/**
 * Sector forms re-saved by LibreOffice (xlsx → xlsx, as a department clerk who opens and saves the
 * form in Calc does) give exactly the figures of the originals: the package is rewritten whole
 * (shared strings, styles, the province sums recalculated, the hidden `_meta` sheet, the column page
 * breaks). Skipped, with the reason in its name, where LibreOffice is not installed. In the slow
 * suite (vitest.slow-tests.ts): most of its time is LibreOffice starting.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sectorValueKey } from '../../src/sector-forms/spec.js';
import { readSubmissionBytes } from '../../src/submissions/read-submission.js';
import type { ParsedSubmission } from '../../src/submissions/types.js';
import { problemOf } from '../forms/helpers/forms.js';
import { CONTEXT, sampleSectorValues, sectorFormBytes } from './helpers/sector-forms.js';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const work = mkdtempSync(join(tmpdir(), 'tk13-lo-sector-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An education form of 2024 (143 communes, some blank, one 0) and a statistics form of 2025. */
async function writeOriginals(): Promise<string[]> {
  const education = sampleSectorValues();
  education.set(sectorValueKey('enrolled_nursery', '30736'), null);
  education.set(sectorValueKey('enrolled_kindergarten', '30739'), 0);
  const files: Array<[string, Promise<Uint8Array>]> = [
    ['91_2024-H1_sector-education.xlsx', sectorFormBytes({ values: education })],
    ['91_2025_sector-statistics.xlsx', sectorFormBytes({ sector: 'statistics', period: '2025' })],
  ];
  const paths: string[] = [];
  for (const [name, bytes] of files) {
    const path = join(work, name);
    writeFileSync(path, await bytes);
    paths.push(path);
  }
  return paths;
}

function resave(paths: readonly string[]): string[] {
  const output = join(work, 'out');
  const run = spawnSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', output, ...paths],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return paths.map((p) => join(output, p.split('/').at(-1)!));
}

function read(path: string): Promise<ParsedSubmission> {
  return readSubmissionBytes(path.split('/').at(-1)!, new Uint8Array(readFileSync(path)), CONTEXT);
}

function figures(parsed: ParsedSubmission) {
  return { kind: parsed.kind, unit: parsed.unit?.code, period: parsed.period, values: (parsed.sectorValues ?? []).map((v) => `${v.item}|${v.areaCode}|${v.cell}=${v.value}`) };
}

describe('sector forms re-saved by LibreOffice', () => {
  it.skipIf(!hasSoffice)(`give exactly the figures of the originals${hasSoffice ? '' : ' (skipped: LibreOffice is not installed)'}`, { timeout: 240_000 }, async () => {
    const originals = await writeOriginals();
    const resaved = resave(originals);
    for (const [i, original] of originals.entries()) {
      const before = await read(original);
      const after = await read(resaved[i]);
      expect(before.sectorValues?.length).toBeGreaterThan(0);
      expect(figures(after), original).toEqual(figures(before));
      // The same problems (the blank cell): re-saving adds none and hides none.
      expect(after.diagnostics.map(problemOf), original).toEqual(before.diagnostics.map(problemOf));
    }
  });
});
