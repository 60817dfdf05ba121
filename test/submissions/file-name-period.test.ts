import { describe, expect, it } from 'vitest';
import { periodFromFileName } from '../../src/submissions/file-name-period.js';

describe('the period a file name tells', () => {
  it.each([
    ['30733_2024-H1_form.xlsx', '2024-H1'],
    ['30733_2024-h1_form_v2.xlsx', '2024-H1'],
    ['/data/2024/forms/30733_2024_form.xlsx', '2024'],
    ['899_2024_abuse-cases.csv', '2024'],
    ['899_2024-H1_sanctions.xlsx', '2024-H1'],
    ['91_2024_education.xlsx', '2024'],
  ])('%s → %s', (name, period) => expect(periodFromFileName(name)).toBe(period));

  it.each([
    'bao cao xa Lai Son.xlsx', // no convention: read to find out
    'so-vu-viec-2024.csv',
    '2024-H1_30733_form.xlsx', // period first: not tk13's naming
    '30733_2024-H2_form.xlsx', // not a period of the circular
    '30733_1999_form.xlsx', // no year the periods know
    '30733_20245_form.xlsx',
  ])('%s → none', (name) => expect(periodFromFileName(name)).toBeUndefined());
});
