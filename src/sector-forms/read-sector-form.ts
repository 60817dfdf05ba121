import type { Diagnostic } from '../core/diagnostics.js';
import { sha256 } from '../core/hash.js';
import { periodFromLine } from '../forms/layout.js';
import { type ParsedSubmission, type SubmissionContext, sectorKind } from '../submissions/types.js';
import { hierarchyFor } from '../units/hierarchy.js';
import { workbookShapeProblem } from '../workbook/check-limits.js';
import { SECTOR_FORM_WORKBOOK_LIMITS } from '../workbook/limits.js';
import { openFormWorkbook } from '../workbook/open-workbook.js';
import { sectorDiagnostic } from './codes.js';
import { type SectorIdentity, checkEntries, checkSectorIdentity, placeOnVisibleLines } from './identity.js';
// Whoever reads sector forms can render their diagnostics with the items' labels.
import './item-label.js';
import { SECTOR_CAPTIONS } from './layout.js';
import { locateSectorForm } from './locate.js';
import { readSectorMetaSheet } from './meta.js';
import { type SectorFormSpec, sectorFormSpec } from './spec.js';
import { checkSectorTotals, readSectorValues } from './values.js';

/** The command that writes a fresh copy of the form, as far as its identity is known (messages' `{template}`). */
function templateCommand(identity?: SectorIdentity): string {
  return `tk13 template --sector ${identity?.sector?.id ?? '…'} --period ${identity?.period?.id ?? '…'} --province ${identity?.province?.code ?? '…'}`;
}

function withTemplate(diagnostics: readonly Diagnostic[], template: string): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, params: { template, ...d.params } }));
}

/** "Phường Vĩnh Thanh (30733)", "Toàn tỉnh (91)": an area as messages name it. */
function areaLabeller(identity: SectorIdentity): (code: string) => string {
  const { province } = identity;
  const hierarchy = province ? hierarchyFor(province.list) : undefined;
  return (code) => {
    if (code === province?.code) return `${SECTOR_CAPTIONS.province} (${code})`;
    const name = hierarchy?.unit(code)?.name;
    return name ? `${name} (${code})` : code;
  };
}

/**
 * Reads a filled sector form (issue 15): identity from `_meta` (department, province, period),
 * cells found by the items' row codes and the areas' column codes, every value judged by the commune
 * form's rules and every province total compared with its communes — all problems in one pass
 * (PRODUCT §4.1, §8). The workbook is opened only after its raw XML has been measured against
 * `SECTOR_FORM_WORKBOOK_LIMITS`. A workbook without `_meta` is no readable sector form (there is no
 * reading by layout: which department and which cell is which area cannot be told for sure); nor
 * is one whose period or province cannot be resolved (its problems with `_meta` are all reported).
 * `spec` is the template file the form is checked against (by default templates/sector-forms.yaml).
 */
export async function readSectorForm(file: string, bytes: Uint8Array, context: SubmissionContext, spec: SectorFormSpec = sectorFormSpec()): Promise<ParsedSubmission> {
  const digest = sha256(bytes);
  const tooBig = await workbookShapeProblem(bytes, SECTOR_FORM_WORKBOOK_LIMITS);
  if (tooBig && tooBig.code !== 'file-corrupt-zip') return { file, sha256: digest, diagnostics: [{ severity: 'error', file, ...tooBig }] };
  const base = { file, sha256: digest };
  const opened = await openFormWorkbook(bytes);
  if ('unreadable' in opened) return { ...base, diagnostics: withTemplate([sectorDiagnostic('sector-form-unreadable', file, { found: opened.unreadable })], templateCommand()) };
  const { workbook } = opened;
  const meta = readSectorMetaSheet(workbook);
  if (!meta) return { ...base, diagnostics: withTemplate([sectorDiagnostic('sector-form-meta-missing', file, { expected: '_meta' })], templateCommand()) };
  const identity = checkSectorIdentity(meta, context, spec, file);
  const template = templateCommand(identity);
  const found: Omit<ParsedSubmission, 'diagnostics'> = {
    ...base,
    ...(identity.sector ? { kind: sectorKind(identity.sector.id) } : {}),
    ...(identity.province ? { unit: identity.province } : {}),
    ...(identity.period ? { period: identity.period.id } : {}),
    ...(identity.version !== undefined ? { templateVersion: identity.version } : {}),
  };
  // Without its province (and the period that says in which list) no column can be told apart.
  const { sector, province } = identity;
  if (identity.unreadable || !sector || !province) return { ...found, diagnostics: withTemplate(placeOnVisibleLines(identity.diagnostics, {}), template) };

  const checked = checkEntries(meta, { ...identity, sector, province }, spec, file);
  const provinceCode = province.code;
  const areaLabel = areaLabeller(identity);
  const located = locateSectorForm(workbook, checked.entries, provinceCode, meta.fields.data_sheet, areaLabel, file);
  const visible = { sheet: located.sheet?.name, periodLine: located.periodLine, provinceLine: located.provinceLine };
  const diagnostics = [...placeOnVisibleLines(identity.diagnostics, visible), ...checked.diagnostics];
  const line = located.periodLine;
  if (line && identity.period && periodFromLine(line.text) !== identity.period.id) {
    diagnostics.push(sectorDiagnostic('sector-form-period-mismatch', file, { sheet: located.sheet?.name, cell: line.cell, item: 'period', found: line.text, expected: identity.period.id }));
  }
  diagnostics.push(...located.diagnostics);
  if (!located.sheet) return { ...found, diagnostics: withTemplate(diagnostics, template) };
  const sheet = { ...located, sheet: located.sheet };
  const read = readSectorValues(sheet, checked.entries, areaLabel, file);
  const totals = checkSectorTotals(sheet, read.values, provinceCode, read.diagnostics, checked.entries, file);
  return { ...found, sectorValues: read.values, diagnostics: withTemplate([...diagnostics, ...read.diagnostics, ...totals], template) };
}
