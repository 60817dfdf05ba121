import { sha256 } from '../core/hash.js';
import { formDiagnostic } from './form-codes.js';
import { checkIdentity } from './form-identity.js';
import { locateForm } from './form-locate.js';
import { readMetaSheet } from './form-meta.js';
import { checkFormRules } from './form-rules.js';
import { type FormSpec, formSpec } from './form-spec.js';
import { readValues } from './form-values.js';
import { newWorkbook } from './form-workbook.js';
import type { ParsedSubmission, SubmissionContext } from './types.js';

/**
 * Reads a filled commune (or district) form: identity from `_meta`, cells found by their row codes,
 * every value judged, every consistency rule checked — all problems in one pass (PRODUCT §4.1, §8).
 * Uses exceljs's full reader: its streaming reader crashes on some valid files.
 */
export async function readForm(file: string, bytes: Uint8Array, context: SubmissionContext, spec: FormSpec = formSpec()): Promise<ParsedSubmission> {
  const base = { file, sha256: sha256(bytes), kind: 'form' as const };
  const workbook = newWorkbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ...base, diagnostics: [formDiagnostic('form-unreadable', file, { found: detail })] };
  }
  const meta = readMetaSheet(workbook);
  if (!meta) return { ...base, diagnostics: [formDiagnostic('form-meta-missing', file, { expected: '_meta' })] };

  const located = locateForm(workbook, meta, file, spec.dimensions.sex);
  const identity = checkIdentity(meta, { sheet: located.sheet?.name, unitLine: located.unitLine, periodLine: located.periodLine }, context, spec, file);
  const found = {
    ...base,
    ...(identity.unit ? { unit: identity.unit } : {}),
    ...(identity.period ? { period: identity.period.id } : {}),
    ...(identity.version !== undefined ? { templateVersion: identity.version } : {}),
  };
  if (identity.unreadable) return { ...found, diagnostics: identity.diagnostics };
  if (!located.sheet) return { ...found, diagnostics: [...identity.diagnostics, ...located.diagnostics] };

  const sheet = located.sheet;
  const { values, diagnostics } = readValues({ ...located, sheet }, meta, spec, file);
  return {
    ...found,
    formValues: values.map((v) => v.value),
    diagnostics: [...identity.diagnostics, ...located.diagnostics, ...diagnostics, ...checkFormRules(spec, values, sheet.name, file)],
  };
}
