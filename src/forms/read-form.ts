import { sha256 } from '../core/hash.js';
import { FORM_WORKBOOK_LIMITS } from '../workbook/limits.js';
import { formDiagnostic } from './codes.js';
import { checkIdentity } from './identity.js';
import { identifyByLayout } from './layout-identity.js';
import { locateForm } from './locate.js';
import { readMetaSheet } from './meta.js';
import { checkFormRules } from './rules.js';
import { type FormSpec, formSpec } from './spec.js';
// Whoever reads forms can render their diagnostics with the inputs' labels.
import './item-label.js';
import { checkTotals, totalOnlyRowCodes } from './totals.js';
import { readValues } from './values.js';
import { openFormWorkbook } from '../workbook/open-workbook.js';
import type { ParsedSubmission, SubmissionContext } from '../submissions/types.js';
import { workbookShapeProblem } from '../workbook/check-limits.js';

/**
 * Reads a filled commune (or district) form: identity from `_meta` (or, when that hidden sheet was
 * lost, from the visible lines: `identifyByLayout`), cells found by their row codes,
 * every value judged, every consistency rule checked — all problems in one pass (PRODUCT §4.1, §8).
 * The workbook is opened (`openFormWorkbook`) only after its raw XML has been measured against
 * `FORM_WORKBOOK_LIMITS`.
 */
export async function readForm(file: string, bytes: Uint8Array, context: SubmissionContext, spec: FormSpec = formSpec()): Promise<ParsedSubmission> {
  const digest = sha256(bytes);
  // Measured on the raw XML first: exceljs would build a too-big workbook whole before we could count.
  // A zip too damaged to measure is left to the opener, which says what it could not read.
  const tooBig = await workbookShapeProblem(bytes, FORM_WORKBOOK_LIMITS);
  if (tooBig && tooBig.code !== 'file-corrupt-zip') return { file, sha256: digest, diagnostics: [{ severity: 'error', file, ...tooBig }] };
  const base = { file, sha256: digest, kind: 'form' as const };
  const opened = await openFormWorkbook(bytes);
  if ('unreadable' in opened) return { ...base, diagnostics: [formDiagnostic('form-unreadable', file, { found: opened.unreadable })] };
  const { workbook } = opened;
  const totalRows = totalOnlyRowCodes(spec);
  const fromMeta = readMetaSheet(workbook);
  const byLayout = fromMeta ? undefined : identifyByLayout(workbook, spec, file, totalRows);
  if (byLayout && !byLayout.read) return { ...base, diagnostics: byLayout.diagnostics };
  const meta = fromMeta ?? byLayout!.read!.meta;
  const located = byLayout?.read?.located ?? locateForm(workbook, meta, file, spec.dimensions.sex, totalRows);
  const checked = checkIdentity(meta, { sheet: located.sheet?.name, unitLine: located.unitLine, periodLine: located.periodLine }, context, spec, file);
  const identity = { ...checked, diagnostics: [...(byLayout?.diagnostics ?? []), ...checked.diagnostics] };
  const found = {
    ...base,
    ...(identity.unit ? { unit: identity.unit } : {}),
    ...(identity.period ? { period: identity.period.id } : {}),
    ...(identity.version !== undefined ? { templateVersion: identity.version } : {}),
  };
  if (identity.unreadable) return { ...found, diagnostics: identity.diagnostics };
  if (!located.sheet) return { ...found, diagnostics: [...identity.diagnostics, ...located.diagnostics] };

  const sheet = located.sheet;
  // Recognised by its layout, the form's level is the unit's (a district's flags are counts).
  const readMeta = fromMeta ?? { ...meta, fields: { ...meta.fields, unit_level: identity.unit?.level ?? '' } };
  const { values, diagnostics } = readValues({ ...located, sheet }, readMeta, spec, file);
  return {
    ...found,
    formValues: values.map((v) => v.value),
    diagnostics: [
      ...identity.diagnostics,
      ...located.diagnostics,
      ...diagnostics,
      ...checkTotals(spec, { ...located, sheet }, values, diagnostics, file),
      ...checkFormRules(spec, values, sheet.name, file),
    ],
  };
}
