import { describe, expect, it } from 'vitest';
import { formSpec, inputCellsFor, valueKey } from '../../src/forms/spec.js';
import { COMMUNE_2024, COMMUNE_2025, DISTRICT_2024, formBytes, readBytes, sampleValues, templateAddresses } from './helpers/forms.js';

describe('a form written by the template reads back exactly', () => {
  it('every input cell comes back with its value, its address and its dimensions', async () => {
    const values = sampleValues();
    const parsed = await readBytes(await formBytes({ values }));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed).toMatchObject({ kind: 'form', period: '2024-H1', templateVersion: 2, unit: COMMUNE_2024 });
    const addresses = templateAddresses();
    // A half-year form: births and child deaths (annual only) are printed "x", not asked.
    const asked = inputCellsFor(formSpec(), 'half-year');
    expect(asked.some((c) => c.item === 'live_births')).toBe(false);
    expect(parsed.formValues).toHaveLength(asked.length);
    for (const [i, input] of asked.entries()) {
      const key = valueKey(input.item, input.disaggregation);
      expect(parsed.formValues![i], key).toEqual({
        item: input.item,
        disaggregation: input.disaggregation,
        ...(input.sex ? { sex: input.sex } : {}),
        ...(input.ageGroup ? { ageGroup: input.ageGroup } : {}),
        ...(input.category ? { category: input.category } : {}),
        value: values.get(key),
        cell: addresses.get(key),
      });
    }
  });

  it('spot check: the first population cell and the last flag sit where a clerk sees them', async () => {
    const parsed = await readBytes(await formBytes());
    const byKey = new Map(parsed.formValues!.map((v) => [valueKey(v.item, v.disaggregation), v]));
    expect(byKey.get('population|age_group=0-5;sex=male')).toMatchObject({ cell: 'E14', value: 121 });
    expect(byKey.get('special_circumstances|category=dd;sex=female')).toMatchObject({ cell: 'F23', category: 'dd', value: 9 });
    expect(byKey.get('child_friendly|total')).toMatchObject({ cell: 'D50', value: 1 });
  });

  it('0 is read as 0 and a blank cell as not reported (null), never the other way round', async () => {
    const values = new Map<string, number | null>(sampleValues());
    values.set('special_circumstances|category=a;sex=male', 0);
    values.set('special_supported|category=a;sex=male', 0);
    values.set('special_circumstances|category=b;sex=male', null);
    const parsed = await readBytes(await formBytes({ values }));
    const byKey = new Map(parsed.formValues!.map((v) => [valueKey(v.item, v.disaggregation), v.value]));
    expect(byKey.get('special_circumstances|category=a;sex=male')).toBe(0);
    expect(byKey.get('special_circumstances|category=b;sex=male')).toBeNull();
    expect(parsed.diagnostics.map((d) => [d.code, d.cell])).toEqual([['form-value-blank', 'E20']]);
  });

  it('a district before July 2025 sends the same form holding its own totals', async () => {
    const parsed = await readBytes(await formBytes({ unit: DISTRICT_2024 }));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.unit).toEqual(DISTRICT_2024);
  });

  it('a commune of the July 2025 list reports for the 2025 annual period', async () => {
    const parsed = await readBytes(await formBytes({ unit: COMMUNE_2025, period: '2025' }), { period: '2025' });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.unit).toEqual(COMMUNE_2025);
    expect(parsed.period).toBe('2025');
  });
});
