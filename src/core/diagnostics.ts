/**
 * A diagnostic is one problem found in a submission, a definition or the store.
 * Core modules return diagnostics; only the CLI renders them (in Vietnamese or English)
 * through the message catalogue, keyed by `code`.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable kebab-case identifier, e.g. `count-not-whole`; the key into the message catalogue. */
  code: string;
  severity: Severity;
  file?: string;
  sheet?: string;
  /** A1 address in a workbook. */
  cell?: string;
  /** 1-based line in a CSV file. */
  line?: number;
  /** Column name (CSV/register) or letter. */
  column?: string;
  /** Form item in §3.4 syntax (`population[age_group=0-5;sex=male]`) or register column key. */
  item?: string;
  /** Unit code the problem concerns. */
  unit?: string;
  found?: string;
  expected?: string;
  /** Extra values the message template interpolates. */
  params?: Record<string, string | number>;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function errorsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

export function warningsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity !== 'error');
}
