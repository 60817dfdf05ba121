import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { sha256 } from '../core/hash.js';
import { maskedFoundKind, withoutIdentity } from '../core/personal-data.js';
import { detectFileFormat } from './file-kind.js';
import { FILE_LIMITS, REGISTER_WORKBOOK_LIMITS } from '../workbook/limits.js';
import { readForm } from '../forms/read-form.js';
import { readRegister } from '../registers/read-register.js';
import { readSectorForm } from '../sector-forms/read-sector-form.js';
import type { ParsedSubmission, SubmissionContext } from './types.js';
import { workbookShapeProblem } from '../workbook/check-limits.js';

/** Formats people send in place of an .xlsx; their messages say how to save one. */
const SAVE_AS_XLSX: ReadonlySet<string> = new Set(['xls', 'xls-renamed', 'ods', 'html', 'xml-spreadsheet', 'csv-renamed']);

function refused(file: string, digest: string, diagnostic: Omit<Diagnostic, 'file' | 'severity'>): ParsedSubmission {
  return { file, sha256: digest, diagnostics: [{ severity: 'error', file, ...diagnostic }] };
}

/**
 * Reads one submitted file, whatever it is, into rows and diagnostics. Never throws for bad input:
 * a file that cannot be read at all comes back with an error diagnostic saying why.
 */
export async function readSubmission(path: string, context: SubmissionContext): Promise<ParsedSubmission> {
  const file = basename(path);
  const size = (await stat(path)).size;
  if (size > FILE_LIMITS.maxFileBytes) {
    return refused(file, '', { code: 'file-too-large', found: String(size), expected: `≤ ${FILE_LIMITS.maxFileBytes}` });
  }
  const bytes = await readFile(path);
  return readSubmissionBytes(file, bytes, context);
}

/**
 * Reads one submission from its bytes. A found value that identifies a person is dropped from every
 * diagnostic here (only its kind is kept, src/core/personal-data.ts): nothing downstream — the store's
 * accepted warnings, --json, annotated copies — ever holds it.
 */
export async function readSubmissionBytes(file: string, bytes: Uint8Array, context: SubmissionContext): Promise<ParsedSubmission> {
  const parsed = await readAnySubmission(file, bytes, context);
  return parsed.diagnostics.some((d) => d.found !== undefined && maskedFoundKind(d)) ? { ...parsed, diagnostics: parsed.diagnostics.map(withoutIdentity) } : parsed;
}

async function readAnySubmission(file: string, bytes: Uint8Array, context: SubmissionContext): Promise<ParsedSubmission> {
  const digest = sha256(bytes);
  if (bytes.length === 0) return refused(file, digest, { code: 'file-empty' });
  if (bytes.length > FILE_LIMITS.maxFileBytes) {
    return refused(file, digest, { code: 'file-too-large', found: String(bytes.length), expected: `≤ ${FILE_LIMITS.maxFileBytes}` });
  }
  const detected = await detectFileFormat(file, bytes);
  switch (detected.format) {
    case 'csv':
      return readRegister(file, bytes, context);
    case 'xlsx': {
      // A form checks its own (tighter) shape; a register's bytes and declarations are checked here.
      if (detected.form === 'commune') return readForm(file, bytes, context);
      if (detected.form === 'sector') return readSectorForm(file, bytes, context);
      const problem = await workbookShapeProblem(bytes, REGISTER_WORKBOOK_LIMITS);
      return problem ? refused(file, digest, problem) : readRegister(file, bytes, context);
    }
    case 'unsupported':
      return refused(file, digest, {
        code: `file-${detected.reason === 'extension' ? 'type-unsupported' : detected.reason}`,
        ...(detected.detail ? { found: detected.detail } : {}),
        ...(detected.reason === 'too-large-uncompressed' ? { expected: `≤ ${FILE_LIMITS.maxUncompressedBytes}` } : {}),
        ...(SAVE_AS_XLSX.has(detected.reason) ? { expected: '.xlsx' } : {}),
      });
  }
}
