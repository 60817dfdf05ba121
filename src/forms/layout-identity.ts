import type { Diagnostic } from '../core/diagnostics.js';
import type { SheetBook } from '../workbook/sheet-access.js';
import { formDiagnostic } from './codes.js';
import { periodFromLine, unitFromLine } from './layout.js';
import { type LocatedForm, locateForm } from './locate.js';
import type { FormMeta } from './meta.js';
import type { FormSpec } from './spec.js';

/**
 * A form that lost its hidden `_meta` sheet (its values pasted into the clerk's own workbook, a copy
 * made by another program) recognised by what is visible: the row codes of the layout in a "Mã số"
 * column, the "Đơn vị báo cáo: … (mã …)" and "Kỳ báo cáo: …" lines (issue 12, kind 5).
 *
 * Read only where it is safe — the unit code and the period both readable from the visible lines and
 * every row code of the layout found once — with a warning saying so; otherwise one error naming the
 * form, unit and period it looks like and how to get a proper form.
 */
export interface LayoutIdentity {
  /** Present when the form can be read: `_meta` as it would have been, and where the cells are. */
  read?: { meta: FormMeta; located: LocatedForm };
  diagnostics: Diagnostic[];
}

/** What `_meta` would have said for a form of template `version`, built from the template and the visible lines. */
function metaFromLayout(spec: FormSpec, version: number, fields: Record<string, string>, fieldCells: Record<string, string>, sheet?: string): FormMeta {
  const present = new Set(spec.items.filter((item) => item.since <= version).map((item) => item.id));
  return {
    fields,
    fieldCells,
    ...(sheet ? { fieldSheet: sheet } : {}),
    entries: spec.inputCells
      .filter((c) => present.has(c.item))
      .map((c) => ({ item: c.item, disaggregation: c.disaggregation, rowCode: c.rowCode, column: c.column, cell: '' })),
  };
}

const UNSAFE_LOCATING = new Set(['form-layout-unrecognised', 'form-row-missing', 'form-row-duplicate']);

/**
 * The layout of the newest readable template version whose every row is on the sheet (a version-1
 * form has no rows for the items version 2 added), or the current one when none fits.
 */
function locateByVersion(workbook: SheetBook, spec: FormSpec, file: string, totalRowCodes: readonly string[]): { version: number; located: LocatedForm } {
  const versions = [...spec.readable_versions].sort((a, b) => b - a);
  let first: { version: number; located: LocatedForm } | undefined;
  for (const version of versions) {
    const located = locateForm(workbook, metaFromLayout(spec, version, {}, {}), file, spec.dimensions.sex, totalRowCodes);
    first ??= { version, located };
    if (located.sheet && !located.diagnostics.some((d) => UNSAFE_LOCATING.has(d.code))) return { version, located };
  }
  return first!;
}

export function identifyByLayout(workbook: SheetBook, spec: FormSpec, file: string, totalRowCodes: readonly string[]): LayoutIdentity {
  const { version, located } = locateByVersion(workbook, spec, file, totalRowCodes);
  const unit = located.unitLine ? unitFromLine(located.unitLine.text) : undefined;
  const period = located.periodLine ? periodFromLine(located.periodLine.text) : undefined;
  const unitCode = unit?.code && /^\d{3,5}$/.test(unit.code) ? unit.code : undefined;
  const safe = located.sheet && unitCode && period && !located.diagnostics.some((d) => UNSAFE_LOCATING.has(d.code));
  const seen = [located.unitLine?.text ?? '', located.periodLine?.text ?? ''].filter(Boolean).join(' | ');
  if (!safe) {
    const params = { form: spec.form_number, unit: unitCode ?? '…', period: period ?? '…' };
    return { diagnostics: [formDiagnostic('form-meta-missing', file, { ...(located.sheet ? { sheet: located.sheet.name } : {}), found: seen, expected: '_meta', params })] };
  }
  const sheet = located.sheet!.name;
  const fields = { form_id: spec.form_id, version: String(version), unit_code: unitCode!, period: period!, data_sheet: sheet };
  const fieldCells = { unit_code: located.unitLine!.cell, period: located.periodLine!.cell };
  const warning = formDiagnostic('form-read-by-layout', file, { sheet, cell: located.unitLine!.cell, found: seen, expected: '_meta', params: { form: spec.form_number, unit: unitCode!, period: period! } });
  return { read: { meta: metaFromLayout(spec, version, fields, fieldCells, sheet), located }, diagnostics: [warning] };
}
