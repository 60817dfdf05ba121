import { describe, expect, it } from 'vitest';
import { readNumberText } from '../../src/text/number-reader.js';

describe('numbers as Vietnamese Excel displays them', () => {
  it.each([
    ['1500000', 1500000],
    ['1.500.000', 1500000],
    ['1.234', 1234],
    ['13.500.000 ₫', 13500000],
    ['₫13.500.000', 13500000],
    ['13.500.000₫', 13500000],
    ['500.000đ', 500000],
    ['500.000 Đ', 500000],
    ['VND 1.000.000', 1000000],
    ['1.000.000 vnđ', 1000000],
    ['3 000 000 đồng', 3000000],
    ['3 000 000 ĐỒNG', 3000000],
    ['1\u00a0500\u00a0000', 1500000],
    ['2\u202f500\u202f000 ₫', 2500000],
    ['4.000.000,00 VNĐ', 4000000],
    ['1,500,000', 1500000],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,5', 1.5],
    ['1,500', 1.5],
    ['1.5', 1.5],
    ['12,25', 12.25],
    ['  42  ', 42],
  ])('reads %j as %d', (text, value) => expect(readNumberText(text)?.value).toBe(value));

  it.each([
    ['-500.000', -500000, 'minus'],
    ['\u2212500', -500, 'minus'],
    ['1.500.000-', -1500000, 'trailing-minus'],
    ['(2.000.000)', -2000000, 'parentheses'],
    ['(2.000.000 ₫)', -2000000, 'parentheses'],
    ['-750.000 đ', -750000, 'minus'],
    ['₫ -750.000', -750000, 'minus'],
  ])('reads %j as negative %d, marked %s', (text, value, mark) => {
    expect(readNumberText(text)).toMatchObject({ value, negative: mark });
  });

  it('names the currency sign it dropped', () => {
    expect(readNumberText('13.500.000 ₫')).toEqual({ value: 13500000, currency: '₫' });
    expect(readNumberText('1.000 đồng')).toEqual({ value: 1000, currency: 'đồng' });
  });

  it.each(['', 'một triệu', '1.500.00', '1.50.000', '1,50,000', '--5', '-(5)', '(5', '1E+06', '1.35E+07', '₫', '1 500.000,5', '1 50', '5 ₫ ₫', '+5'])(
    'refuses %j: not one number readable one way',
    (text) => expect(readNumberText(text)).toBeUndefined(),
  );
});
