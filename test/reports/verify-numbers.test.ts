/** verify compares figures as a re-saving spreadsheet program keeps them: 15 significant digits. */
import { describe, expect, it } from 'vitest';
import { sameTo15Digits } from '../../src/reports/verify-report.js';

describe('figures compared to 15 significant digits', () => {
  it('match when LibreOffice rounded a halfway 16th digit up', () => {
    // Seen in the sample report re-saved by LibreOffice 7.4.
    expect(sameTo15Digits(72.57462686567165, 72.5746268656717)).toBe(true);
    expect(sameTo15Digits(17.56483354791245, 17.5648335479125)).toBe(true);
    expect(sameTo15Digits(480124, 480124)).toBe(true);
    expect(sameTo15Digits(0, 0)).toBe(true);
  });

  it('differ when a figure was changed, however slightly a reader would see it', () => {
    expect(sameTo15Digits(72.57462686567165, 72.5746268656727)).toBe(false);
    expect(sameTo15Digits(72.57, 72.58)).toBe(false);
    expect(sameTo15Digits(480124, 480125)).toBe(false);
    expect(sameTo15Digits(0, 1e-9)).toBe(false);
  });
});
