import type { Diagnostic } from '../core/diagnostics.js';
import { type Period, tryParsePeriod } from '../periods/period.js';
import { type FormCode, formDiagnostic } from './codes.js';
import { META_SHEET, normaliseText, periodFromLine, unitFromLine } from './layout.js';
import type { VisibleLine } from './locate.js';
import type { FormMeta, MetaField } from './meta.js';
import type { FormSpec } from './spec.js';
import { lookUpFormUnit } from './unit.js';
import type { SubmissionContext, SubmittingUnit } from '../submissions/types.js';

/**
 * Who sent the form and for which period, taken from `_meta` and checked against the
 * administrative list valid for that period, the visible header lines and what the caller expects.
 */
export interface FormIdentity {
  unit?: SubmittingUnit;
  period?: Period;
  version?: number;
  /** True when the form cannot be read further (another form, or a version this tk13 cannot read). */
  unreadable: boolean;
  diagnostics: Diagnostic[];
}

export interface VisibleIdentity {
  sheet?: string;
  unitLine?: VisibleLine;
  periodLine?: VisibleLine;
}

export function checkIdentity(meta: FormMeta, visible: VisibleIdentity, context: SubmissionContext, spec: FormSpec, file: string): FormIdentity {
  const diagnostics: Diagnostic[] = [];
  const metaProblem = (code: FormCode, field: MetaField, fields: Partial<Diagnostic> = {}) =>
    diagnostics.push(formDiagnostic(code, file, { sheet: meta.fieldSheet ?? META_SHEET, cell: meta.fieldCells[field], item: field, ...fields }));
  const visibleProblem = (code: FormCode, line: VisibleLine, fields: Partial<Diagnostic>) =>
    diagnostics.push(formDiagnostic(code, file, { sheet: visible.sheet, cell: line.cell, ...fields }));

  const formId = meta.fields.form_id ?? '';
  if (formId !== spec.form_id) {
    metaProblem('form-id-unknown', 'form_id', { found: formId, expected: spec.form_id });
    return { unreadable: true, diagnostics };
  }
  const version = Number(meta.fields.version);
  if (!Number.isInteger(version)) {
    metaProblem('form-meta-invalid', 'version', { found: meta.fields.version ?? '', expected: String(spec.version) });
    return { unreadable: true, diagnostics };
  }
  if (!spec.readable_versions.includes(version)) {
    metaProblem('form-version-unknown', 'version', { found: String(version), expected: spec.readable_versions.join(', ') });
    return { version, unreadable: true, diagnostics };
  }
  // A form recognised by its visible layout already carries a warning telling the clerk to get a proper form.
  if (version !== spec.version && meta.fieldSheet === undefined) metaProblem('form-version-old', 'version', { found: String(version), expected: String(spec.version) });

  const period = tryParsePeriod(meta.fields.period ?? '');
  if (!period) metaProblem('form-meta-invalid', 'period', { found: meta.fields.period ?? '', expected: '2024-H1 | 2024' });
  if (period && context.period && context.period !== period.id) {
    metaProblem('form-period-not-expected', 'period', { found: period.id, expected: context.period });
  }
  const shownPeriod = visible.periodLine ? periodFromLine(visible.periodLine.text) : undefined;
  if (period && visible.periodLine && shownPeriod !== period.id) {
    visibleProblem('form-period-mismatch', visible.periodLine, { item: 'period', found: visible.periodLine.text, expected: period.id });
  }

  const code = meta.fields.unit_code ?? '';
  if (!code) metaProblem('form-meta-invalid', 'unit_code', { found: '', expected: '12345' });
  const unit = period && code ? resolveUnit(code, period, meta, metaProblem) : undefined;
  if (unit && context.unitCode && context.unitCode !== unit.code) {
    metaProblem('form-unit-not-expected', 'unit_code', { unit: unit.code, found: unit.code, expected: context.unitCode });
  }
  const shown = visible.unitLine ? unitFromLine(visible.unitLine.text) : undefined;
  const renamed = shown && (normaliseText(shown.name) !== normaliseText(unit?.name ?? '') || (shown.code !== undefined && shown.code !== unit?.code));
  if (unit && visible.unitLine && shown && renamed) {
    const found = shown.code ? `${shown.name} (${shown.code})` : shown.name;
    visibleProblem('form-unit-name-changed', visible.unitLine, { item: 'unit_name', unit: unit.code, found, expected: `${unit.name} (${unit.code})` });
  }
  return { ...(unit ? { unit } : {}), ...(period ? { period } : {}), version, unreadable: false, diagnostics };
}

type MetaProblem = (code: FormCode, field: MetaField, fields?: Partial<Diagnostic>) => void;

function resolveUnit(code: string, period: Period, meta: FormMeta, problem: MetaProblem): SubmittingUnit | undefined {
  const issued = meta.fields.unit_list;
  const lookup = lookUpFormUnit(code, period, issued === '2024' || issued === '2025' ? issued : undefined);
  const params = { period: period.id, list: lookup.outcome === 'found' ? lookup.unit.list : lookup.list };
  switch (lookup.outcome) {
    case 'unknown':
      problem('form-unit-unknown', 'unit_code', { unit: code, found: code, params });
      return undefined;
    case 'replaced':
      problem('form-unit-replaced', 'unit_code', { unit: code, found: lookup.former, expected: lookup.successors, params });
      return undefined;
    case 'not-in-list':
      problem('form-unit-not-in-list', 'unit_code', { unit: code, found: lookup.former, params });
      return undefined;
    case 'province':
      problem('form-unit-level-mismatch', 'unit_level', { unit: code, found: 'province', expected: 'commune | district' });
      return undefined;
    case 'found': {
      const declared = meta.fields.unit_level;
      if (declared && declared !== lookup.unit.level) {
        problem('form-unit-level-mismatch', 'unit_level', { unit: code, found: declared, expected: lookup.unit.level });
        return undefined;
      }
      return lookup.unit;
    }
  }
}
