import { describe, expect, it } from 'vitest';
import { errorsOf } from '../../src/core/diagnostics.js';
import { dataSheet, editForm, formBytes, readBytes, sampleValues } from './helpers/forms.js';

/**
 * A clerk must be able to fix a form in one pass: a form carrying N independent mistakes gets all
 * N reported in one run, each exactly once, and nothing else.
 */
const SEEDED: Array<{ key?: string; value?: number | string | null; code: string; cell: string }> = [
  { key: 'population|age_group=0-5;sex=male', value: -5, code: 'form-count-negative', cell: 'E14' },
  { key: 'population|age_group=6-10;sex=female', value: 'abc', code: 'form-value-not-number', cell: 'F15' },
  { key: 'population|age_group=11-15;sex=male', value: 12.5, code: 'form-count-not-whole', cell: 'E16' },
  { key: 'population_7_15|sex=male', value: null, code: 'form-value-missing', cell: 'E17' },
  { key: 'special_circumstances|category=c;sex=male', code: 'form-formula-no-result', cell: 'E21' },
  { key: 'special_supported|category=a;sex=female', value: 40, code: 'form-subtotal-exceeds-total', cell: 'F34' },
  { key: 'special_supported|category=k;sex=male', value: '1,5', code: 'form-count-not-whole', cell: 'E43' },
  { key: 'consulted_7_15|sex=female', value: 500, code: 'form-subtotal-exceeds-total', cell: 'F48' },
  { key: 'has_play_area|total', value: 3, code: 'form-flag-not-binary', cell: 'D49' },
  { key: 'child_friendly|total', value: null, code: 'form-value-missing', cell: 'D50' },
  { code: 'form-period-not-expected', cell: 'B9' },
  { code: 'form-period-mismatch', cell: 'A5' },
];

describe('a form with many independent mistakes', () => {
  it(`reports all ${SEEDED.length} of them in one run, and nothing else`, async () => {
    const values = new Map<string, number | string | null>(sampleValues());
    for (const seed of SEEDED) if (seed.key && seed.value !== undefined) values.set(seed.key, seed.value);
    const bytes = await editForm(await formBytes({ values }), (wb) => {
      dataSheet(wb).getCell('E21').value = { formula: 'E20*2' };
      dataSheet(wb).getCell('A5').value = 'Kỳ báo cáo: năm 2023';
    });
    const parsed = await readBytes(bytes, { period: '2024' });
    expect(parsed.diagnostics).toHaveLength(SEEDED.length);
    expect(errorsOf(parsed.diagnostics)).toHaveLength(SEEDED.length);
    const reported = parsed.diagnostics.map((d) => `${d.code} ${d.cell}`).sort();
    expect(reported).toEqual(SEEDED.map((s) => `${s.code} ${s.cell}`).sort());
  });
});
