import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/registers/csv.js';
import { ageGroupOf, completedYears } from '../../src/registers/rows.js';
import { registerLayout } from '../../src/registers/spec.js';
import { matchKey } from '../../src/registers/text.js';
import { cellText, parseCodes, parseDate, parseWholeNumber, parseYesNo } from '../../src/registers/values.js';

describe('dates', () => {
  it.each([
    ['05/03/2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    [' 05/03/2024 00:00:00 ', '2024-03-05'],
    ['12/28/2023', undefined],
    ['29/02/2024', '2024-02-29'],
  ])('reads %j as %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['31/02/2024', '29/02/2023', '05/13/2024', '05/03/24', '2024/13/01', 'hôm qua', '45366'])('refuses %j', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('reads a/b/yyyy in the order its column settled', () => {
    expect(parseDate('3/5/2024', 'month-first')).toBe('2024-03-05');
    expect(parseDate('12/28/2023', 'month-first')).toBe('2023-12-28');
    expect(parseDate('28/02/2024', 'month-first')).toBeUndefined();
  });

  it('reads Excel date cells by their UTC fields, whatever the host time zone', () => {
    // exceljs hands dates as "naive UTC": 2024-03-05 00:00 in the sheet is 2024-03-05T00:00Z.
    expect(parseDate(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
    // Float noise just before midnight belongs to the next day.
    expect(parseDate(new Date(Date.UTC(2024, 2, 5) - 1))).toBe('2024-03-05');
    expect(cellText(new Date(Date.UTC(2024, 2, 5)))).toBe('05/03/2024');
  });

  it('reads date serials from cells that lost their date format', () => {
    expect(parseDate(45356)).toBe('2024-03-05');
    expect(parseDate(-1)).toBeUndefined();
  });
});

describe('amounts, yes/no and codes', () => {
  it.each([
    ['1500000', 1500000],
    ['1.500.000', 1500000],
    ['1,500,000', 1500000],
    ['1 500 000 đ', 1500000],
    ['2.000.000 VNĐ', 2000000],
    ['0', 0],
    [750000, 750000],
    ['13.500.000 ₫', 13500000],
    ['1.500,000', 1500],
  ])('reads the amount %j', (value, amount) => expect(parseWholeNumber(value)).toEqual({ value: amount }));

  it.each([
    ['-500.000', 'negative'],
    ['500.000-', 'negative'],
    ['(500.000)', 'negative'],
    [-1, 'negative'],
    ['1.5', 'not-whole'],
    ['1500000,5', 'not-whole'],
    ['1,500', 'not-whole'],
    [1.5, 'not-whole'],
    ['1.500.00', 'not-number'],
    ['một triệu', 'not-number'],
  ])('refuses the amount %j as %s', (value, reason) => {
    expect(parseWholeNumber(value)).toMatchObject({ refused: reason });
  });

  it('reads yes/no the ways people write it', () => {
    expect(['Có', 'có', 'CO', 'x', 'X', '1', 'yes', true, 1].map((v) => parseYesNo(v))).toEqual(Array(9).fill(true));
    expect(['Không', 'khong', 'K', '0', 'no', false, 0].map((v) => parseYesNo(v))).toEqual(Array(7).fill(false));
    expect(parseYesNo('chưa rõ')).toBeUndefined();
  });

  it('reads codes by key or label, with or without diacritics, several per cell, each once', () => {
    const forms = registerLayout('abuse-cases').columns.find((c) => c.key === 'abuse_forms')?.codeLookup ?? new Map();
    expect(parseCodes('Bạo lực; BO MAC;sexual_abuse; bạo lực', forms)).toEqual({ codes: ['violence', 'neglect', 'sexual_abuse'], unknown: [] });
    expect(parseCodes('Xâm hại tình dục trẻ em\nkhác', forms)).toEqual({ codes: ['sexual_abuse', 'other'], unknown: [] });
    expect(parseCodes('Bạo lực; đánh đập', forms)).toEqual({ codes: ['violence'], unknown: ['đánh đập'] });
  });

  it('compares headers without case, diacritics or separators', () => {
    expect(matchKey('  Được_hỗ-trợ  CAN THIỆP ')).toBe('duoc ho tro can thiep');
    expect(matchKey('Số tiền phạt (đồng)')).toBe('so tien phat dong');
  });
});

describe('ages', () => {
  it('counts completed years at the detection date', () => {
    expect(completedYears('2014-07-12', '2024-07-11')).toBe(9);
    expect(completedYears('2014-07-12', '2024-07-12')).toBe(10);
    expect(completedYears('2016-02-29', '2024-02-28')).toBe(7);
    expect(completedYears('2016-02-29', '2024-02-29')).toBe(8);
  });

  it('puts ages in the published groups and none from 16', () => {
    expect([0, 5, 6, 10, 11, 15, 16].map(ageGroupOf)).toEqual(['0-5', '0-5', '6-10', '6-10', '11-15', '11-15', null]);
  });
});

describe('CSV separators', () => {
  it('picks the separator used most on the header line, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n')).toBe(',');
    expect(detectDelimiter('"x;y;z",b,c\n')).toBe(',');
    expect(detectDelimiter('\n\na\tb\n')).toBe('\t');
    expect(detectDelimiter('one column\n')).toBe(',');
  });
});
