import type { Diagnostic, Severity } from '../core/diagnostics.js';
import { FORM_CODES } from '../forms/codes.js';
import type { ValueProblem } from '../forms/judge-value.js';

/**
 * Every code the sector form reader can emit, with its fixed severity. The values are judged by the
 * commune form's judgement (`judgeReading`) and keep its severities; the codes differ so that each
 * message speaks to a department clerk about a sector form. Reader modules build diagnostics only
 * through `sectorDiagnostic`, so this table is the complete list the scenario fixtures and the
 * catalogue (src/i18n/catalog/sector-forms.ts) are checked against.
 */
export const SECTOR_FORM_CODES = {
  // The file as a whole
  'sector-form-unreadable': FORM_CODES['form-unreadable'],
  'sector-form-meta-missing': FORM_CODES['form-meta-missing'],
  'sector-form-meta-invalid': FORM_CODES['form-meta-invalid'],
  'sector-form-id-unknown': FORM_CODES['form-id-unknown'],
  'sector-form-version-old': FORM_CODES['form-version-old'],
  'sector-form-version-unknown': FORM_CODES['form-version-unknown'],
  'sector-form-sector-unknown': 'error',
  'sector-form-item-unknown': 'warning',
  'sector-form-item-missing': 'warning',
  // Who and when
  'sector-form-province-unknown': FORM_CODES['form-unit-unknown'],
  'sector-form-province-not-expected': FORM_CODES['form-unit-not-expected'],
  'sector-form-period-mismatch': FORM_CODES['form-period-mismatch'],
  'sector-form-period-not-expected': FORM_CODES['form-period-not-expected'],
  // Finding the cells
  'sector-form-layout-unrecognised': FORM_CODES['form-layout-unrecognised'],
  'sector-form-row-missing': FORM_CODES['form-row-missing'],
  'sector-form-row-duplicate': FORM_CODES['form-row-duplicate'],
  'sector-form-area-unknown': 'error',
  'sector-form-area-duplicate': 'error',
  'sector-form-areas-missing': 'warning',
  // The values
  'sector-form-values-blank': FORM_CODES['form-value-blank'],
  'sector-form-number-as-text': FORM_CODES['form-number-as-text'],
  'sector-form-value-not-number': FORM_CODES['form-value-not-number'],
  'sector-form-formula-no-result': FORM_CODES['form-formula-no-result'],
  'sector-form-count-not-whole': FORM_CODES['form-count-not-whole'],
  'sector-form-count-negative': FORM_CODES['form-count-negative'],
  'sector-form-count-too-large': FORM_CODES['form-count-too-large'],
  'sector-form-total-mismatch': FORM_CODES['form-total-mismatch'],
  'sector-form-total-without-parts': FORM_CODES['form-total-mismatch'],
} as const satisfies Record<string, Severity>;

export type SectorFormCode = keyof typeof SECTOR_FORM_CODES;

/** The sector form's code for a judged value problem (a sector form holds counts only; blanks are summed up per item). */
export function sectorValueCode(problem: Exclude<ValueProblem, 'value-blank' | 'flag-not-binary'>): SectorFormCode {
  return `sector-form-${problem}`;
}

export function sectorDiagnostic(code: SectorFormCode, file: string, fields: Omit<Diagnostic, 'code' | 'severity' | 'file'> = {}): Diagnostic {
  return { code, severity: SECTOR_FORM_CODES[code], file, ...fields };
}
