import { describe, expect, it } from 'vitest';
import { ColumnDateOrder, isAmbiguous, orderProvedBy, readSlashDate } from '../../src/text/date-order.js';

function column(values: string[]): ColumnDateOrder<number> {
  const order = new ColumnDateOrder<number>();
  values.forEach((text, line) => {
    const date = readSlashDate(text);
    if (date) order.observe(date, line + 1);
  });
  return order;
}

describe('the two readings of a date written a/b/yyyy', () => {
  it('gives both readings and the writing style', () => {
    expect(readSlashDate('3/5/2024')).toEqual({ text: '3/5/2024', dayFirst: '2024-05-03', monthFirst: '2024-03-05', style: 'unpadded' });
    expect(readSlashDate('05/03/2024 09:30')).toMatchObject({ dayFirst: '2024-03-05', monthFirst: '2024-05-03', style: 'padded', time: '09:30' });
    expect(readSlashDate('10/11/2024')?.style).toBe('neutral');
    expect(readSlashDate('2024-03-05')).toBeUndefined();
    expect(readSlashDate('05/03/24')).toBeUndefined();
  });

  it('knows which values prove an order', () => {
    expect(orderProvedBy(readSlashDate('28/02/2024')!)).toBe('day-first');
    expect(orderProvedBy(readSlashDate('12/28/2023')!)).toBe('month-first');
    expect(orderProvedBy(readSlashDate('3/5/2024')!)).toBeUndefined();
    expect(orderProvedBy(readSlashDate('31/02/2024')!)).toBeUndefined();
    expect(isAmbiguous(readSlashDate('3/3/2024')!)).toBe(false);
    expect(isAmbiguous(readSlashDate('3/5/2024')!)).toBe(true);
  });
});

describe('a column settles its order from its own values', () => {
  it('a value only month-first reads settles it, whatever comes before', () => {
    const order = column(['3/5/2024', '2/1/2024', '12/28/2023', '4/4/2024']);
    expect(order.decision).toMatchObject({ order: 'month-first', by: 'evidence', evidence: { where: 3, date: { text: '12/28/2023' } } });
  });

  it('a later value proving the other order contradicts it', () => {
    const order = new ColumnDateOrder<number>();
    expect(order.observe(readSlashDate('28/02/2024')!, 1)).toBe('settles');
    expect(order.observe(readSlashDate('3/5/2024')!, 2)).toBeUndefined();
    expect(order.observe(readSlashDate('12/28/2023')!, 3)).toBe('contradicts');
  });

  it('unpadded values all reading both ways are month-first Excel: read month-first, in doubt', () => {
    const order = column(['3/5/2024', '2/1/2024']);
    expect(order.decision).toBeUndefined();
    expect(order.decideByStyle()).toMatchObject({ order: 'month-first', by: 'style', doubtful: { where: 1 } });
  });

  it('a padded value reading both ways is Vietnamese Excel: day-first at once, and a month-first value then contradicts', () => {
    const order = new ColumnDateOrder<number>();
    order.observe(readSlashDate('05/03/2024')!, 1);
    expect(order.decision).toMatchObject({ order: 'day-first', by: 'style', padded: { where: 1 } });
    expect(order.observe(readSlashDate('12/28/2023')!, 2)).toBe('contradicts');
  });

  it('values with no style evidence are read day-first, tk13\'s format, without doubt', () => {
    expect(column(['10/11/2024', '12/10/2023']).decideByStyle()).toEqual({ order: 'day-first', by: 'style' });
  });
});
