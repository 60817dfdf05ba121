import { FORM_VALUE_LIMITS } from '../workbook/limits.js';
import type { CellReading } from './cell-numbers.js';

/**
 * What can be wrong with one input cell once it is read (`readCellValue`), whatever form it is on.
 * Each form names the problem with its own code (`form-count-negative`, `sector-form-count-negative`)
 * so that its messages can speak to the clerk who fills it; the judgement itself is this one.
 */
export type ValueProblem =
  | 'value-blank'
  | 'formula-no-result'
  | 'value-not-number'
  | 'flag-not-binary'
  | 'count-not-whole'
  | 'count-negative'
  | 'count-too-large'
  | 'number-as-text';

export interface JudgedValue {
  /** The value stored: null for a blank cell ("not reported", never 0) or a refused one. */
  value: number | null;
  problem?: { kind: ValueProblem; found: string; expected: string };
}

const COUNT_EXPECTED = '0, 1, 2, …';
const FLAG_EXPECTED = '0 | 1';

/**
 * Judges one reading: blank is "not reported"; a count is a whole number from 0 to `maxCount`, a
 * flag 0 or 1; a number typed as text is read (and reported, as a warning, with what was read).
 */
export function judgeReading(reading: CellReading, kind: 'count' | 'flag', maxCount: number = FORM_VALUE_LIMITS.maxCount): JudgedValue {
  const expected = kind === 'flag' ? FLAG_EXPECTED : COUNT_EXPECTED;
  switch (reading.state) {
    case 'blank':
      return { value: null, problem: { kind: 'value-blank', found: '', expected } };
    case 'formula-no-result':
      return { value: null, problem: { kind: 'formula-no-result', found: reading.found, expected } };
    case 'not-number':
      return { value: null, problem: { kind: 'value-not-number', found: reading.found, expected } };
    case 'number': {
      const { value, found } = reading;
      if (kind === 'flag' && value !== 0 && value !== 1) return { value: null, problem: { kind: 'flag-not-binary', found, expected } };
      if (!Number.isInteger(value)) return { value: null, problem: { kind: 'count-not-whole', found, expected } };
      if (value < 0) return { value: null, problem: { kind: 'count-negative', found, expected } };
      if (value > maxCount) return { value: null, problem: { kind: 'count-too-large', found, expected: `≤ ${maxCount}` } };
      return reading.fromText ? { value, problem: { kind: 'number-as-text', found, expected: String(value) } } : { value };
    }
  }
}
