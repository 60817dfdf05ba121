import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { hasErrors } from '../core/diagnostics.js';
import { sha256 } from '../core/hash.js';
import { FILE_LIMITS } from '../submissions/file-limits.js';
import { readSubmissionBytes } from '../submissions/read-submission.js';
import type { ParsedSubmission, SubmissionKind } from '../submissions/types.js';
import { inTransaction, queryRows, type Store } from './database.js';
import { writeAbuseCases, writeDiagnostics, writeFormValues, writeSanctions } from './row-writers.js';

export type IngestStatus = 'accepted' | 'rejected' | 'unchanged';

export interface IngestRequest {
  path: string;
  receivedAt: Date;
}

export interface IngestOutcome {
  path: string;
  file: string;
  status: IngestStatus;
  receivedAt: Date;
  sha256: string;
  kind?: SubmissionKind;
  unitCode?: string;
  unitName?: string;
  period?: string;
  submissionId?: number;
  /** 1 for the first accepted version of this unit, period and kind. */
  version?: number;
  diagnostics: Diagnostic[];
}

export interface IngestOptions {
  /** Expected period: a file for another period is rejected. */
  period?: string;
}

async function pseudonymKey(store: Store): Promise<string> {
  const [row] = await queryRows<{ value: string }>(store.connection, "SELECT value FROM settings WHERE key = 'pseudonym_key'");
  return row.value;
}

async function knownSubmission(store: Store, digest: string) {
  const [row] = await queryRows<{ submission_id: number; kind: SubmissionKind; unit_code: string; period: string }>(
    store.connection,
    'SELECT submission_id, kind, unit_code, period FROM submissions WHERE sha256 = $digest',
    { digest },
  );
  return row;
}

/** Stores one accepted file and its rows in a single transaction. */
async function storeSubmission(store: Store, parsed: ParsedSubmission, receivedAt: Date): Promise<{ submissionId: number; version: number }> {
  const { connection } = store;
  const unit = parsed.unit!;
  return inTransaction(connection, async () => {
    const [{ id }] = await queryRows<{ id: number }>(connection, "SELECT nextval('submission_id_seq')::INTEGER AS id");
    const [{ previous }] = await queryRows<{ previous: number }>(
      connection,
      'SELECT count(*)::INTEGER AS previous FROM submissions WHERE unit_code = $unit AND period = $period AND kind = $kind',
      { unit: unit.code, period: parsed.period!, kind: parsed.kind! },
    );
    const rowCount = parsed.formValues?.length ?? parsed.abuseCases?.length ?? parsed.sanctions?.length ?? 0;
    await connection.run(
      `INSERT INTO submissions VALUES ($id, $sha, $file, $kind, $unit, $level, $list, $province, $period, $template,
         $rows, $received::TIMESTAMPTZ, now())`,
      {
        id,
        sha: parsed.sha256,
        file: parsed.file,
        kind: parsed.kind!,
        unit: unit.code,
        level: unit.level,
        list: unit.list,
        province: unit.provinceCode,
        period: parsed.period!,
        template: parsed.templateVersion ?? null,
        rows: rowCount,
        received: receivedAt.toISOString(),
      },
    );
    await writeDiagnostics(connection, id, parsed.diagnostics);
    await writeFormValues(connection, id, parsed.formValues ?? []);
    await writeAbuseCases(connection, id, parsed.abuseCases ?? []);
    await writeSanctions(connection, id, parsed.sanctions ?? []);
    return { submissionId: id, version: previous + 1 };
  });
}

async function ingestOne(store: Store, request: IngestRequest, key: string, options: IngestOptions): Promise<IngestOutcome> {
  const file = basename(request.path);
  const base = { path: request.path, file, receivedAt: request.receivedAt };
  const size = (await stat(request.path)).size;
  if (size > FILE_LIMITS.maxFileBytes) {
    const diagnostic: Diagnostic = { code: 'file-too-large', severity: 'error', file, found: String(size), expected: `≤ ${FILE_LIMITS.maxFileBytes}` };
    return { ...base, status: 'rejected', sha256: '', diagnostics: [diagnostic] };
  }
  const bytes = await readFile(request.path);
  const digest = sha256(bytes);
  const known = await knownSubmission(store, digest);
  if (known) {
    return { ...base, status: 'unchanged', sha256: digest, kind: known.kind, unitCode: known.unit_code, period: known.period, submissionId: known.submission_id, diagnostics: [] };
  }
  const parsed = await readSubmissionBytes(file, bytes, {
    receivedAt: request.receivedAt,
    pseudonymKey: key,
    ...(options.period ? { period: options.period } : {}),
  });
  const identity = { sha256: digest, kind: parsed.kind, unitCode: parsed.unit?.code, unitName: parsed.unit?.name, period: parsed.period };
  if (hasErrors(parsed.diagnostics) || !parsed.unit || !parsed.kind || !parsed.period) {
    return { ...base, ...identity, status: 'rejected', diagnostics: parsed.diagnostics };
  }
  const stored = await storeSubmission(store, parsed, request.receivedAt);
  return { ...base, ...identity, status: 'accepted', ...stored, diagnostics: parsed.diagnostics };
}

/**
 * Loads files one by one. Each file is accepted whole (one transaction) or rejected whole with
 * its reasons; a byte-identical file already stored is `unchanged`. Never throws for bad input.
 */
export async function ingestFiles(store: Store, requests: readonly IngestRequest[], options: IngestOptions = {}): Promise<IngestOutcome[]> {
  const key = await pseudonymKey(store);
  const outcomes: IngestOutcome[] = [];
  for (const request of requests) outcomes.push(await ingestOne(store, request, key, options));
  return outcomes;
}
