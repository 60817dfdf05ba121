import type { Diagnostic } from '../core/diagnostics.js';
import { META_SHEET } from '../forms/layout.js';
import type { VisibleLine } from '../forms/locate.js';
import { listForPeriod } from '../periods/period-list.js';
import { type Period, tryParsePeriod } from '../periods/period.js';
import type { SubmissionContext, SubmittingUnit } from '../submissions/types.js';
import { hierarchyFor } from '../units/hierarchy.js';
import { type SectorFormCode, sectorDiagnostic } from './codes.js';
import { sectorItemRef } from './item-label.js';
import type { SectorFormMeta, SectorMetaEntry, SectorMetaField } from './meta.js';
import { type SectorFormSpec, type SectorSpec, sectorChoices, sectorItemsDue } from './spec.js';

/**
 * Who sent a sector form and for which period, from its `_meta` sheet, checked against the template
 * file (the department must be one it lists), the administrative list valid for the period (the
 * province must be in it) and what the caller expects.
 */
export interface SectorIdentity {
  sector?: SectorSpec;
  /** The submitting unit: the province, in the period's list. */
  province?: SubmittingUnit;
  period?: Period;
  version?: number;
  /** True when the form cannot be read further (another form, a version or department this tk13 does not know). */
  unreadable: boolean;
  diagnostics: Diagnostic[];
}

export function checkSectorIdentity(meta: SectorFormMeta, context: SubmissionContext, spec: SectorFormSpec, file: string): SectorIdentity {
  const diagnostics: Diagnostic[] = [];
  const metaProblem = (code: SectorFormCode, field: SectorMetaField, fields: Partial<Diagnostic> = {}) =>
    diagnostics.push(sectorDiagnostic(code, file, { sheet: META_SHEET, cell: meta.fieldCells[field], item: field, ...fields }));
  const formId = meta.fields.form_id ?? '';
  if (formId !== spec.form_id) {
    metaProblem('sector-form-id-unknown', 'form_id', { found: formId, expected: spec.form_id });
    return { unreadable: true, diagnostics };
  }
  const version = Number(meta.fields.version);
  if (!Number.isInteger(version)) {
    metaProblem('sector-form-meta-invalid', 'version', { found: meta.fields.version ?? '', expected: String(spec.version) });
    return { unreadable: true, diagnostics };
  }
  if (!spec.readable_versions.includes(version)) {
    metaProblem('sector-form-version-unknown', 'version', { found: String(version), expected: spec.readable_versions.join(', ') });
    return { version, unreadable: true, diagnostics };
  }
  if (version !== spec.version) metaProblem('sector-form-version-old', 'version', { found: String(version), expected: String(spec.version) });
  const sector = spec.sectors.find((s) => s.id === meta.fields.sector);
  if (!sector) {
    metaProblem('sector-form-sector-unknown', 'sector', { found: meta.fields.sector ?? '', expected: sectorChoices(spec), params: { name: meta.fields.sector_name ?? '' } });
    return { version, unreadable: true, diagnostics };
  }

  const period = tryParsePeriod(meta.fields.period ?? '');
  if (!period) metaProblem('sector-form-meta-invalid', 'period', { found: meta.fields.period ?? '', expected: '2024-H1 | 2024' });
  if (period && context.period && context.period !== period.id) metaProblem('sector-form-period-not-expected', 'period', { found: period.id, expected: context.period });
  const list = period && listForPeriod(period);
  if (list && meta.fields.unit_list !== list) metaProblem('sector-form-meta-invalid', 'unit_list', { found: meta.fields.unit_list ?? '', expected: list });
  const code = meta.fields.province_code ?? '';
  const unit = list ? hierarchyFor(list).unit(code) : undefined;
  const province: SubmittingUnit | undefined = unit?.level === 'province' && list ? { code, name: unit.name, level: 'province', list, provinceCode: code } : undefined;
  if (period && list && !province) metaProblem('sector-form-province-unknown', 'province_code', { unit: code, found: code, params: { period: period.id, list } });
  if (province && context.unitCode && context.unitCode !== province.code) {
    metaProblem('sector-form-province-not-expected', 'province_code', { unit: province.code, found: province.code, expected: context.unitCode });
  }
  return { sector, ...(province ? { province } : {}), ...(period ? { period } : {}), version, unreadable: false, diagnostics };
}

/** Where the clerk reads a sector form's identity on its data sheet (src/sector-forms/locate.ts). */
export interface VisibleSectorIdentity {
  sheet?: string;
  periodLine?: VisibleLine;
  provinceLine?: VisibleLine;
}

/** The identity problems a clerk fixes by sending another form, by the visible line that shows the same fact. */
const SHOWN_ON: Partial<Record<SectorFormCode, 'periodLine' | 'provinceLine'>> = {
  'sector-form-period-not-expected': 'periodLine',
  'sector-form-province-not-expected': 'provinceLine',
};

/**
 * A form for another period or province is located where the clerk sees its period or province:
 * the "Kỳ báo cáo" or "Tỉnh, thành phố:" line of the data sheet, not the hidden `_meta` cell the
 * value was read from (the clerk cannot see it, and an annotated copy would mark it unseen). Without
 * that line the problem keeps no cell: its message names the period or province itself. Every other
 * diagnostic is returned as it is (a damaged `_meta` is about the hidden sheet).
 */
export function placeOnVisibleLines(diagnostics: readonly Diagnostic[], visible: VisibleSectorIdentity): Diagnostic[] {
  return diagnostics.map((d) => {
    const shownOn = SHOWN_ON[d.code as SectorFormCode];
    if (shownOn === undefined) return d;
    const { sheet: _hidden, cell: _cell, ...rest } = d;
    const line = visible[shownOn];
    return line && visible.sheet ? { ...rest, sheet: visible.sheet, cell: line.cell } : rest;
  });
}

/**
 * The `_meta` entries the reader reads: those of items the template file gives this department
 * (another item's row is reported once and left out), each area a commune of the province or the
 * province itself. An item due for the period that the form lacks is reported too.
 */
export function checkEntries(meta: SectorFormMeta, identity: SectorIdentity & { sector: SectorSpec; province: SubmittingUnit }, spec: SectorFormSpec, file: string): { entries: SectorMetaEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const { sector, province, period } = identity;
  const supplied = new Set(sector.items);
  const entries: SectorMetaEntry[] = [];
  const unknown = new Set<string>();
  const hierarchy = hierarchyFor(province.list);
  for (const entry of meta.entries) {
    if (!supplied.has(entry.item)) {
      if (!unknown.has(entry.item)) diagnostics.push(sectorDiagnostic('sector-form-item-unknown', file, { found: entry.item, expected: entry.rowCode }));
      unknown.add(entry.item);
      continue;
    }
    const area = hierarchy.unit(entry.areaCode);
    const fits = entry.areaLevel === 'province' ? entry.areaCode === province.code : area?.level === 'commune' && area.provinceCode === province.code;
    if (!fits) {
      diagnostics.push(sectorDiagnostic('sector-form-meta-invalid', file, { sheet: META_SHEET, item: 'area_code', found: entry.areaCode, expected: province.code }));
      continue;
    }
    entries.push(entry);
  }
  if (meta.entries.length === 0) diagnostics.push(sectorDiagnostic('sector-form-meta-invalid', file, { sheet: META_SHEET, item: 'item' }));
  const onForm = new Set(meta.entries.map((e) => e.item));
  for (const item of period ? sectorItemsDue(spec, sector.id, period.type) : []) {
    if (!onForm.has(item.id)) diagnostics.push(sectorDiagnostic('sector-form-item-missing', file, { item: sectorItemRef(item.id, province.code), params: { period: period!.id } }));
  }
  return { entries, diagnostics };
}
