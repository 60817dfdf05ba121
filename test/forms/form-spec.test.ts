import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templatesDir } from '../../src/core/paths.js';
import { disaggregationOf, formSpec } from '../../src/forms/spec.js';
import { parseFormSpec } from '../../src/forms/spec-file.js';

describe('the form layout as data', () => {
  const spec = formSpec();

  it('has every item of PRODUCT §4.1 with its disaggregation', () => {
    const shapes = new Map<string, Set<string>>();
    for (const cell of spec.inputCells) shapes.set(cell.item, (shapes.get(cell.item) ?? new Set()).add(Object.keys(cell.dims).sort().join('×') || 'total'));
    expect(Object.fromEntries([...shapes].map(([item, s]) => [item, [...s]]))).toEqual({
      population: ['age_group×sex'],
      population_7_15: ['sex'],
      special_circumstances: ['category×sex'],
      special_supported: ['category×sex'],
      consulted_7_15: ['sex'],
      has_play_area: ['total'],
      child_friendly: ['total'],
      // Version 2 (issue 15): births by sex, the rest one figure each.
      live_births: ['sex'],
      deaths_neonatal: ['total'],
      deaths_under_1: ['total'],
      deaths_under_5: ['total'],
      children_3_36_months: ['total'],
      enrolled_nursery: ['total'],
      children_3_5: ['total'],
      enrolled_kindergarten: ['total'],
      villages: ['total'],
      villages_with_facilities: ['total'],
    });
    expect(spec.inputCells).toHaveLength(3 * 2 + 2 + 14 * 2 * 2 + 2 + 1 + 1 + 2 + 9);
  });

  it('keys the 14 groups of Luật Trẻ em 2016 Điều 10 khoản 1 by their letters', () => {
    expect(Object.keys(spec.dimensions.category)).toEqual(['a', 'b', 'c', 'd', 'dd', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o']);
    expect(spec.dimensions.category.a).toBe('Trẻ em mồ côi cả cha và mẹ');
    expect(spec.dimensions.category.o).toMatch(/^Trẻ em di cư, trẻ em lánh nạn, tị nạn/);
  });

  it('writes disaggregations in the §3.4 syntax, keys in alphabetical order', () => {
    expect(disaggregationOf({})).toBe('total');
    expect(disaggregationOf({ sex: 'male', age_group: '0-5' })).toBe('age_group=0-5;sex=male');
    expect(spec.inputCells.find((c) => c.item === 'special_supported' && c.category === 'dd' && c.sex === 'female')).toMatchObject({
      disaggregation: 'category=dd;sex=female',
      rowCode: '26',
      column: 'female',
      kind: 'count',
      required: false,
    });
    expect(spec.inputCells.find((c) => c.item === 'has_play_area')).toMatchObject({ disaggregation: 'total', column: 'total', kind: 'flag', required: true });
  });

  it('refuses a template whose rows share a code or whose rules name an unknown item', () => {
    const text = readFileSync(resolve(templatesDir, 'commune-form.yaml'), 'utf8');
    expect(() => parseFormSpec(text.replace('{ code: "03", age_group: "6-10" }', '{ code: "02", age_group: "6-10" }'))).toThrow(/row code 02 used twice/);
    expect(() => parseFormSpec(text.replace('at_most: [{ item: population_7_15 }]', 'at_most: [{ item: population_7_16 }]'))).toThrow(/unknown item population_7_16/);
    expect(() => parseFormSpec(text.replace('category: dd }', 'category: đ }'))).toThrow(/unknown category=đ/);
  });
});
