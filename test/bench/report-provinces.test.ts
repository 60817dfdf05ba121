/**
 * `report --province all` computes the country once (or reads what `compute` stored, when that is
 * exactly the same) and cuts it into provinces. Each workbook must be byte for byte the one
 * `report --province CODE` writes alone, findings included.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeAndStore } from '../../src/indicators/compute.js';
import { parsePeriod } from '../../src/periods/period.js';
import { type WrittenReport, writeProvinceReport, writeProvinceReports } from '../../src/reports/write-report.js';
import { openStore } from '../../src/store/database.js';
import { formSpec, valueKey } from '../../src/forms/spec.js';
import { hierarchyFor } from '../../src/units/hierarchy.js';
import { syntheticFormValues } from '../../scripts/lib/synthetic.js';
import { type FormValueInput, insertSubmission } from '../helpers/store-rows.js';

const period = parsePeriod('2024-H1');
const asOf = new Date('2024-06-01T00:00:00+07:00');
const dirs: string[] = [];
const outDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tk13-report-provinces-'));
  dirs.push(dir);
  return dir;
};

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function formRows(code: string, overrides: Record<string, number> = {}): FormValueInput[] {
  const values = syntheticFormValues(code, formSpec().inputCells, period);
  for (const [key, value] of Object.entries(overrides)) values.set(key, value);
  return formSpec().inputCells.map((c) => ({
    item: c.item,
    ...(c.sex ? { sex: c.sex } : {}),
    ...(c.ageGroup ? { age_group: c.ageGroup } : {}),
    ...(c.category ? { category: c.category } : {}),
    value: values.get(valueKey(c.item, c.disaggregation)) ?? null,
  }));
}

describe('reports of several provinces at once', () => {
  it('writes each province exactly as its own report, with only its own findings', async () => {
    const store = await openStore(':memory:');
    try {
      const hierarchy = hierarchyFor('2024');
      const provinces = ['01', '91', '96'];
      for (const province of provinces) {
        for (const commune of hierarchy.communesUnder(province).slice(0, 6)) {
          await insertSubmission(store.connection, { kind: 'form', unit: commune.code, period: period.id, rows: formRows(commune.code) });
        }
        const first = hierarchy.communesUnder(province)[0].code;
        await insertSubmission(store.connection, {
          kind: 'abuse-cases',
          unit: hierarchy.unit(first)!.parentCode!,
          period: period.id,
          rows: [{ case_id: `C-${province}`, child_id: `K-${province}`, commune_code: first, detected_on: '2024-02-01', sex: 'female', age_years: 9, abuse_forms: ['violence', 'neglect'], environments: ['family', 'temple'], supported: true }],
        });
      }
      // A commune of 91 reporting more supported children than children in special circumstances.
      const odd = hierarchy.communesUnder('91')[7].code;
      const special = formSpec().inputCells.find((c) => c.item === 'special_circumstances')!;
      const overrides = { [valueKey('special_circumstances', special.disaggregation)]: 1, [valueKey('special_supported', special.disaggregation)]: 5 };
      await insertSubmission(store.connection, { kind: 'form', unit: odd, period: period.id, rows: formRows(odd, overrides) });

      const together: WrittenReport[] = [];
      await writeProvinceReports(store.connection, { period, provinceCodes: provinces, asOf, outDir: outDir(), lang: 'vi' }, (r) => together.push(r));
      const alone = outDir();
      for (const report of together) {
        const own = await writeProvinceReport(store.connection, { period, provinceCode: report.model.province.code, asOf, outDir: alone, lang: 'vi' });
        expect(report.sha256).toBe(own.sha256);
        expect(readFileSync(report.file)).toEqual(readFileSync(own.file));
      }
      // Once `compute` has stored the country's results, the reports read them: still the same bytes.
      await computeAndStore(store.connection, { period });
      const fromStored: WrittenReport[] = [];
      await writeProvinceReports(store.connection, { period, provinceCodes: provinces, asOf, outDir: outDir(), lang: 'vi' }, (r) => fromStored.push(r));
      expect(Object.fromEntries(fromStored.map((r) => [r.model.province.code, r.sha256]))).toEqual(Object.fromEntries(together.map((r) => [r.model.province.code, r.sha256])));
      // A form received after the as-of moment must not count, so the stored results no longer serve.
      const late = hierarchy.communesUnder('96')[9].code;
      await insertSubmission(store.connection, { kind: 'form', unit: late, period: period.id, rows: formRows(late), received_at: '2024-06-03T10:00:00+07:00' });
      const afterLate: WrittenReport[] = [];
      await writeProvinceReports(store.connection, { period, provinceCodes: ['96', '01'], asOf, outDir: outDir(), lang: 'vi' }, (r) => afterLate.push(r));
      expect(afterLate.find((r) => r.model.province.code === '96')!.sha256).toBe(together.find((r) => r.model.province.code === '96')!.sha256);

      together.sort((a, b) => a.model.province.code.localeCompare(b.model.province.code));
      expect(together.map((r) => [r.model.province.code, r.model.findings.length > 0])).toEqual([
        ['01', false],
        ['91', true],
        ['96', false],
      ]);
    } finally {
      store.close();
    }
  });
});
