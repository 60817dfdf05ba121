import type { Diagnostic, Severity } from '../core/diagnostics.js';

/**
 * Every code the form reader can emit, with its fixed severity. Reader modules build diagnostics
 * only through `formDiagnostic`, so this table is the complete list the scenario fixtures and the
 * message catalogue are checked against.
 */
export const FORM_CODES = {
  // The file as a whole
  'form-unreadable': 'error',
  'form-meta-missing': 'error',
  'form-read-by-layout': 'warning',
  'form-meta-invalid': 'error',
  'form-id-unknown': 'error',
  'form-version-old': 'warning',
  'form-version-unknown': 'error',
  // Who and when
  'form-unit-unknown': 'error',
  'form-unit-replaced': 'error',
  'form-unit-not-in-list': 'error',
  'form-unit-level-mismatch': 'error',
  'form-unit-not-expected': 'error',
  'form-unit-name-changed': 'warning',
  'form-period-mismatch': 'error',
  'form-period-not-expected': 'error',
  // Finding the cells
  'form-layout-unrecognised': 'error',
  'form-layout-fallback': 'warning',
  'form-row-missing': 'error',
  'form-row-duplicate': 'error',
  // The values
  'form-value-missing': 'error',
  'form-value-blank': 'warning',
  'form-number-as-text': 'warning',
  'form-value-not-number': 'error',
  'form-formula-no-result': 'error',
  'form-count-not-whole': 'error',
  'form-count-negative': 'error',
  'form-count-too-large': 'error',
  'form-flag-not-binary': 'error',
  'form-subtotal-exceeds-total': 'error',
  'form-total-mismatch': 'error',
} as const satisfies Record<string, Severity>;

export type FormCode = keyof typeof FORM_CODES;

export function formDiagnostic(code: FormCode, file: string, fields: Omit<Diagnostic, 'code' | 'severity' | 'file'> = {}): Diagnostic {
  return { code, severity: FORM_CODES[code], file, ...fields };
}
