import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { sha256 } from '../core/hash.js';
import { detectFileFormat } from './file-kind.js';
import { FILE_LIMITS } from './file-limits.js';
import { readForm } from './form-reader.js';
import { readRegister } from './register-reader.js';
import type { ParsedSubmission, SubmissionContext } from './types.js';

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

export async function readSubmissionBytes(file: string, bytes: Uint8Array, context: SubmissionContext): Promise<ParsedSubmission> {
  const digest = sha256(bytes);
  if (bytes.length === 0) return refused(file, digest, { code: 'file-empty' });
  const detected = detectFileFormat(file, bytes);
  switch (detected.format) {
    case 'csv':
      return readRegister(file, bytes, context);
    case 'xlsx':
      return detected.isForm ? readForm(file, bytes, context) : readRegister(file, bytes, context);
    case 'unsupported':
      return refused(file, digest, {
        code: `file-${detected.reason === 'extension' ? 'type-unsupported' : detected.reason}`,
        ...(detected.detail ? { found: detected.detail } : {}),
      });
  }
}
