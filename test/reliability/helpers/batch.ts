/**
 * A realistic multi-file batch for the crash and privacy tests: forms, district forms, registers and a
 * correction from the sample province (made from the real templates by scripts/generate-sample.ts),
 * plus an xlsx register filled from the register template and one file that must be rejected.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hierarchyFor } from '../../../src/units/hierarchy.js';
import { filledTemplate } from '../../registers/helpers.js';
import { repoRoot } from '../../helpers/cli.js';

/** The sample province's half-year folder (forms/, district-forms/, registers/). */
export const SAMPLE_DIR = join(repoRoot, 'fixtures', 'sample-province', '2024-H1');
/** Every file of the batch is received at this moment, so two runs store the same receipt times. */
export const BATCH_RECEIVED_AT = '2024-05-18T09:00:00+07:00';

/**
 * Copies into `dir` every sample file of the given districts (their communes' forms, the district's own
 * form and registers) and adds an xlsx register and a broken form. Returns the number of files.
 */
export async function writeBatch(dir: string, districts: readonly string[]): Promise<number> {
  const hierarchy = hierarchyFor('2024');
  let count = 0;
  const belongs = (file: string) => districts.some((d) => hierarchy.isWithin(file.split('_')[0], d));
  for (const folder of ['forms', 'district-forms', 'registers']) {
    mkdirSync(join(dir, folder), { recursive: true });
    for (const file of readdirSync(join(SAMPLE_DIR, folder)).filter(belongs)) {
      copyFileSync(join(SAMPLE_DIR, folder, file), join(dir, folder, file));
      count++;
    }
  }
  const xlsxRegister = await filledTemplate({
    kind: 'sanctions',
    meta: { unit_code: districts[0], period: '2024-H1' },
    rows: [['9/QĐ-XPHC', { date: '2024-02-10' }, hierarchy.communesUnder(districts[0])[0].code, 'VP-X-1', 'Cá nhân', 2_500_000]],
  });
  mkdirSync(join(dir, 'more'), { recursive: true });
  writeFileSync(join(dir, 'more', `${districts[0]}_2024-H1_sanctions.xlsx`), xlsxRegister);
  writeFileSync(join(dir, 'more', 'broken.xlsx'), 'not a workbook');
  return count + 2;
}
