import { describe, expect, it } from 'vitest';
import { defaultDimensions, dimensionLabel, disaggregationLabel, formatDisaggregation, parseDisaggregation } from '../../src/indicators/dimensions.js';
import { numberFormatFor } from '../../src/indicators/formats.js';

describe('labels', () => {
  it('shows a disaggregation the way reports print it, in either language', () => {
    expect(disaggregationLabel('age_group=6-10;sex=female', 'vi')).toBe('Nữ, 6–10 tuổi');
    expect(disaggregationLabel('age_group=6-10;sex=female', 'en')).toBe('Female, 6–10 years');
    expect(disaggregationLabel('total', 'vi')).toBe('Tổng số');
    expect(disaggregationLabel('category=dd', 'vi')).toBe('đ) Trẻ em nhiễm HIV/AIDS');
    expect(dimensionLabel('violator_type', 'organization', 'vi')).toBe('Tổ chức');
    expect(dimensionLabel('abuse_form', 'unheard_of', 'vi')).toBe('unheard_of');
  });

  it('writes and reads the §3.4 syntax with keys in order', () => {
    expect(formatDisaggregation([['sex', 'female'], ['age_group', '6-10']])).toBe('age_group=6-10;sex=female');
    expect(formatDisaggregation([])).toBe('total');
    expect(parseDisaggregation('age_group=6-10;sex=female')).toEqual([['age_group', '6-10'], ['sex', 'female']]);
  });

  it('has the fourteen groups of Luật Trẻ em Điều 10 and the seven forms of Điều 4', () => {
    const values = (dim: string) => defaultDimensions().byCode.get(dim)!.values.map((v) => v.code);
    expect(values('category')).toEqual(['a', 'b', 'c', 'd', 'dd', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o']);
    expect(values('abuse_form')).toEqual(['violence', 'exploitation', 'sexual_abuse', 'trafficking', 'abandonment', 'neglect', 'other']);
    expect(values('age_group')).toEqual(['0-5', '6-10', '11-15']);
  });

  it('maps format presets to Excel number formats in one place', () => {
    expect(numberFormatFor('int0')).toBe('#,##0');
    expect(numberFormatFor('pct2')).toBe('#,##0.00');
  });
});
