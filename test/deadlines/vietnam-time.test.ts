import { describe, expect, it } from 'vitest';
import { endOfVietnamDay, formatVietnamDateTime, isoVietnam, isoVietnamMillis, vietnamDate } from '../../src/periods/vietnam-time.js';

/** The time-zone database's view of Asia/Ho_Chi_Minh, as an independent oracle for the fixed UTC+7. */
const oracle = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function oracleParts(instant: Date): Record<string, string> {
  return Object.fromEntries(oracle.formatToParts(instant).map((p) => [p.type, p.value]));
}

describe('Vietnam time without a time-zone database', () => {
  // Both sides of local midnight, both sides of UTC midnight, leap days, and the years tk13 handles.
  const instants = [
    '2024-05-19T16:59:59.999Z',
    '2024-05-19T17:00:00.000Z',
    '2024-02-28T23:30:00.000Z',
    '2024-12-31T17:00:00.001Z',
    '2025-06-30T16:59:59.999Z',
    '2025-07-01T03:04:05.678Z',
    '2030-01-01T00:00:00.000Z',
    '1990-03-15T12:00:00.000Z',
  ].map((text) => new Date(text));

  it.each(instants)('agrees with the tz database at %s', (instant) => {
    const p = oracleParts(instant);
    expect(vietnamDate(instant)).toBe(`${p.year}-${p.month}-${p.day}`);
    expect(formatVietnamDateTime(instant)).toBe(`${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`);
    expect(isoVietnam(instant)).toBe(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+07:00`);
    expect(isoVietnamMillis(instant)).toBe(`${isoVietnam(instant).slice(0, 19)}.${String(instant.getUTCMilliseconds()).padStart(3, '0')}+07:00`);
  });

  it('ends a local day at 23:59:59.999 UTC+7', () => {
    expect(endOfVietnamDay('2024-05-20').toISOString()).toBe('2024-05-20T16:59:59.999Z');
    expect(vietnamDate(endOfVietnamDay('2024-12-31'))).toBe('2024-12-31');
    expect(vietnamDate(new Date(endOfVietnamDay('2024-12-31').getTime() + 1))).toBe('2025-01-01');
  });

  it('refuses an invalid instant as date-fns did', () => {
    expect(() => vietnamDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
