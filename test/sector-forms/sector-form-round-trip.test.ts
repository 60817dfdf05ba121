import { describe, expect, it } from 'vitest';
import { hierarchyFor } from '../../src/units/hierarchy.js';
import { readSectorForm } from '../../src/sector-forms/read-sector-form.js';
import { sectorValueKey } from '../../src/sector-forms/spec.js';
import { CONTEXT, sampleSectorValues, sectorAddresses, sectorFormBytes } from './helpers/sector-forms.js';

/** What the template writes, the reader gives back: every input, its item, area and cell. */
describe('a sector form written by the template reads back exactly', () => {
  const cases = [
    { sector: 'education', period: '2024-H1', list: '2024', communes: 143 },
    { sector: 'education', period: '2025', list: '2025', communes: 102 },
    { sector: 'statistics', period: '2024', list: '2024', communes: 0 },
    { sector: 'information', period: '2025', list: '2025', communes: 0 },
  ] as const;
  for (const { sector, period, list, communes } of cases) {
    it(`${sector} ${period}: every cell back with its area and item, at the cell _meta names`, async () => {
      const values = sampleSectorValues({ sector, period });
      const bytes = await sectorFormBytes({ sector, period, values });
      const parsed = await readSectorForm('form.xlsx', bytes, CONTEXT);
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed).toMatchObject({ kind: `sector:${sector}`, period, templateVersion: 1, unit: { code: '91', level: 'province', list, provinceCode: '91' } });
      const addresses = await sectorAddresses(bytes);
      const read = parsed.sectorValues!;
      expect(read).toHaveLength(values.size);
      for (const v of read) {
        const key = sectorValueKey(v.item, v.areaCode);
        expect(v.value, key).toBe(values.get(key));
        expect(v.cell, key).toBe(addresses.get(key));
        expect(v.areaLevel, key).toBe(v.areaCode === '91' ? 'province' : 'commune');
        if (v.areaLevel === 'commune') expect(hierarchyFor(list).unit(v.areaCode)?.provinceCode, key).toBe('91');
      }
      expect(read.filter((v) => v.areaLevel === 'commune')).toHaveLength(communes * (sector === 'education' ? 2 : 0));
    });
  }

  it('a blank cell is "not reported" (null), a 0 stays 0', async () => {
    const values = sampleSectorValues();
    values.set(sectorValueKey('enrolled_nursery', '30733'), null);
    values.set(sectorValueKey('enrolled_nursery', '30736'), 0);
    const parsed = await readSectorForm('form.xlsx', await sectorFormBytes({ values }), CONTEXT);
    const byKey = new Map(parsed.sectorValues!.map((v) => [sectorValueKey(v.item, v.areaCode), v.value]));
    expect(byKey.get(sectorValueKey('enrolled_nursery', '30733'))).toBeNull();
    expect(byKey.get(sectorValueKey('enrolled_nursery', '30736'))).toBe(0);
    expect(parsed.diagnostics.map((d) => [d.code, d.cell, d.params?.count])).toEqual([['sector-form-values-blank', 'F14', 1]]);
  });
});
