/**
 * Sample forms re-saved by LibreOffice (xlsx → xlsx, as a clerk who opens and saves a form in Calc
 * does) must give exactly the numbers of the originals (issue 12). LibreOffice rewrites the whole
 * package: shared strings, styles, number formats, recalculated formulas, the hidden `_meta` sheet.
 * Skipped, with the reason in its name, where LibreOffice is not installed; CI installs it
 * (`apt-get install libreoffice-calc`). Takes about 10–25 s, most of it LibreOffice starting.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSubmissionBytes } from '../../src/submissions/read-submission.js';
import type { ParsedSubmission } from '../../src/submissions/types.js';
import { CONTEXT, problemOf } from './helpers/forms.js';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const SAMPLE = resolve(import.meta.dirname, '..', '..', 'fixtures', 'sample-province');
/** Five commune forms (one a second version) and one district's own form. */
const FORMS = [
  '2024-H1/forms/30733_2024-H1_form.xlsx',
  '2024-H1/forms/30733_2024-H1_form_v2.xlsx',
  '2024-H1/forms/30736_2024-H1_form.xlsx',
  '2024-H1/forms/30739_2024-H1_form.xlsx',
  '2024-H1/forms/30742_2024-H1_form.xlsx',
  '2024-H1/district-forms/899_2024-H1_form.xlsx',
].map((f) => join(SAMPLE, f));

const work = mkdtempSync(join(tmpdir(), 'tk13-lo-round-trip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The files as LibreOffice Calc saves them ("Excel 2007-365"), in `work/out`. */
function resaveWithLibreOffice(): string[] {
  const input = join(work, 'in');
  const output = join(work, 'out');
  spawnSync('mkdir', ['-p', input, output]);
  const copies = FORMS.map((f) => {
    const copy = join(input, basename(f));
    copyFileSync(f, copy);
    return copy;
  });
  const run = spawnSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', output, ...copies],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return copies.map((c) => join(output, basename(c)));
}

async function read(path: string): Promise<ParsedSubmission> {
  return readSubmissionBytes(basename(path), new Uint8Array(readFileSync(path)), CONTEXT);
}

/** What a form gives the store: who, when, and every value with its cell. */
function figures(parsed: ParsedSubmission) {
  return {
    kind: parsed.kind,
    unit: parsed.unit?.code,
    period: parsed.period,
    templateVersion: parsed.templateVersion,
    values: (parsed.formValues ?? []).map((v) => `${v.item}|${v.disaggregation}|${v.cell}=${v.value}`),
  };
}

describe('sample forms re-saved by LibreOffice', () => {
  it.skipIf(!hasSoffice)(`give exactly the numbers of the originals${hasSoffice ? '' : ' (skipped: LibreOffice is not installed)'}`, { timeout: 240_000 }, async () => {
    const resaved = resaveWithLibreOffice();
    for (const [i, original] of FORMS.entries()) {
      const before = await read(original);
      const after = await read(resaved[i]);
      expect(before.formValues?.length, basename(original)).toBeGreaterThan(60);
      expect(figures(after), basename(original)).toEqual(figures(before));
      // The same problems (most samples have none): re-saving adds no warning and hides none.
      expect(after.diagnostics.map(problemOf), basename(original)).toEqual(before.diagnostics.map(problemOf));
    }
  });
});
