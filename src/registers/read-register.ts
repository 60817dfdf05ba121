import { sha256 } from '../core/hash.js';
import { vietnamDate } from '../periods/vietnam-time.js';
import { CommuneResolver } from './communes.js';
import { readCsvRecords } from './csv.js';
import { decodeRegisterText } from './decode.js';
import { looksLikeHeader } from './headers.js';
import { type ClueSource, type RegisterIdentity, identityFromFileName, resolveIdentity } from './identity.js';
import { REGISTER_LIMITS } from './limits.js';
import { Problems } from './problems.js';
import { RegisterRowBuilder } from './rows.js';
import { registerLayout } from './spec.js';
import { metaClues, openRegisterWorkbook, readXlsxRecords } from './xlsx.js';
import type { ParsedSubmission, SubmissionContext } from '../submissions/types.js';

const WORKBOOK = /\.xls[xm]$/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const FLAGS = '--unit/--period/--kind';

function parsed(file: string, digest: string, problems: Problems, identity: RegisterIdentity = {}, extra: Partial<ParsedSubmission> = {}): ParsedSubmission {
  return {
    file,
    sha256: digest,
    ...(identity.kind ? { kind: identity.kind } : {}),
    ...(identity.unit ? { unit: identity.unit } : {}),
    ...(identity.period ? { period: identity.period.id } : {}),
    ...extra,
    diagnostics: problems.list,
  };
}

/**
 * Reads an `abuse-cases` or `sanctions` register (CSV in any of the encodings people save, or xlsx)
 * into pseudonymised rows and every problem found, each where it is. Never throws for bad input.
 */
export async function readRegister(file: string, bytes: Uint8Array, context: SubmissionContext): Promise<ParsedSubmission> {
  const problems = new Problems(file);
  const digest = sha256(bytes);
  if (bytes.length > REGISTER_LIMITS.maxFileBytes) {
    problems.error('file-too-large', { found: String(bytes.length), expected: `≤ ${REGISTER_LIMITS.maxFileBytes}` });
    return parsed(file, digest, problems);
  }
  const isWorkbook = WORKBOOK.test(file);
  if (isWorkbook && ZIP_MAGIC.some((b, i) => bytes[i] !== b)) {
    problems.error('file-not-zip');
    return parsed(file, digest, problems);
  }
  const workbook = isWorkbook ? await openRegisterWorkbook(bytes, problems) : undefined;
  if (isWorkbook && !workbook) return parsed(file, digest, problems);
  const decoded = isWorkbook ? undefined : decodeRegisterText(bytes, problems);
  if (!isWorkbook && !decoded) return parsed(file, digest, problems);

  const meta = workbook ? metaClues(workbook) : {};
  const sources: ClueSource[] = [
    { from: '_meta', clues: meta },
    { from: file, clues: identityFromFileName(file) },
    { from: FLAGS, clues: { unitCode: context.unitCode, period: context.period, kind: context.kind } },
  ];
  const identity = resolveIdentity(sources, problems);
  if (!identity.kind) return parsed(file, digest, problems, identity);

  const layout = registerLayout(identity.kind);
  const builder = new RegisterRowBuilder(layout, problems, {
    receivedOn: vietnamDate(context.receivedAt),
    pseudonymKey: context.pseudonymKey,
    ...(identity.hierarchy ? { communes: new CommuneResolver(identity.hierarchy, identity.unit) } : {}),
    lossy: decoded?.lossy ?? false,
  });
  const errorsBefore = problems.errorCount;
  if (workbook) readXlsxRecords(workbook, layout, builder, problems);
  else if (decoded) readCsvRecords(decoded.text, builder, problems, (cells) => looksLikeHeader(cells, layout));
  builder.finish();
  if (!builder.headerRead && problems.errorCount === errorsBefore) problems.error('register-header-missing');
  else if (builder.headerRead && builder.records === 0 && problems.errorCount === errorsBefore) problems.warning('register-empty');

  const rows = identity.kind === 'abuse-cases' ? { abuseCases: builder.abuseCases } : { sanctions: builder.sanctions };
  return parsed(file, digest, problems, identity, { ...rows, ...('templateVersion' in meta ? { templateVersion: meta.templateVersion } : {}) });
}
