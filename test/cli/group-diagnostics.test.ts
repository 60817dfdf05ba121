/** Grouped warnings never hide which register column a warning is about. */
import { describe, expect, it } from 'vitest';
import { problemLines } from '../../src/cli/group-diagnostics.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';

const doubtful = (column: string, found: string): Diagnostic => ({
  code: 'register-date-order-doubtful',
  severity: 'warning',
  line: 2,
  column,
  found,
  expected: 'dd/mm/yyyy',
  params: { monthFirst: '05/03/2024', dayFirst: '03/05/2024' },
});

describe('grouped warnings', () => {
  it('keep one warning per register column, each naming its column', () => {
    const lines = problemLines([doubtful('Ngày phát hiện', '3/5/2024'), doubtful('Ngày sinh', '5/10/2018')], 'vi');
    const warnings = lines.filter((l) => l.startsWith('CẢNH BÁO'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('Ngày phát hiện');
    expect(warnings[1]).toContain('Ngày sinh');
  });

  it('group the same warning of one column over many lines', () => {
    const lines = problemLines([2, 3, 4, 9].map((line) => ({ ...doubtful('Ngày sinh', '5/10/2018'), line })), 'vi');
    expect(lines[0]).toBe('CẢNH BÁO 4 lần — dòng 2–4, 9');
  });
});
