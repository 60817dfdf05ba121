import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { hasErrors } from '../core/diagnostics.js';
import { sha256 } from '../core/hash.js';
import { FILE_LIMITS } from '../workbook/limits.js';
import type { ParsedSubmission, SubmissionContext, SubmissionKind } from '../submissions/types.js';
import { queryRows, type Store } from '../store/database.js';
import { type BatchLimits, DEFAULT_BATCH_LIMITS, IngestBatch } from './ingest-batch.js';
import { IngestLedger } from './ingest-ledger.js';
import { createParser, defaultWorkerCount } from './parse-pool.js';
import { ReadAhead } from './read-ahead.js';

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
  /**
   * The version number the store gives this file once written (`submission_versions`, migration
   * 0002: receipt order, ties by ingest order), the same number `history`, deadlines and reports show.
   */
  version?: number;
  diagnostics: Diagnostic[];
}

export interface IngestOptions {
  /** Expected period: a file for another period is rejected. */
  period?: string;
  /** Parse worker threads; 0 parses on the main thread. Default: one per core, none for a few files. */
  workers?: number;
  batch?: BatchLimits;
  /** Called before each file is decided and once at the end: `done` of `total` files (for a progress bar). */
  onFile?: (done: number, total: number) => void;
}

/** How far reading and parsing may run ahead of the database writes. */
const READ_AHEAD = { items: 1024, bytes: 64 * 1024 * 1024 };

/** A file read and handed to the parser, or already decided without parsing. */
interface Read {
  index: number;
  digest: string;
  decided?: IngestOutcome;
  parsing?: Promise<ParsedSubmission>;
  /** Kept when another file of this ingest has the same bytes: parsed only if that one is not accepted. */
  bytes?: Uint8Array;
  size: number;
}

/** Files in receipt order, then in the order given: versions are numbered, and stored, in that order. */
function receiptOrder(requests: readonly IngestRequest[]): number[] {
  return requests.map((_, i) => i).sort((a, b) => requests[a].receivedAt.getTime() - requests[b].receivedAt.getTime() || a - b);
}

/**
 * Loads files: each is accepted whole or rejected whole with its reasons; a file whose exact bytes
 * are stored already (or accepted earlier in the same call) is `unchanged`. Files are parsed on
 * worker threads and written in batches, one transaction each, so a crash at any moment leaves every
 * file stored whole or not at all. Outcomes come back in the order of `requests`. Never throws for
 * bad input.
 */
export async function ingestFiles(store: Store, requests: readonly IngestRequest[], options: IngestOptions = {}): Promise<IngestOutcome[]> {
  const key = await store.pseudonymKey();
  const ledger = await IngestLedger.load(store.connection);
  const parser = createParser(options.workers ?? defaultWorkerCount(requests.length));
  const batch = new IngestBatch(store.connection, options.batch ?? DEFAULT_BATCH_LIMITS);
  const outcomes: IngestOutcome[] = new Array(requests.length);
  const order = receiptOrder(requests);
  const base = (index: number) => ({ path: requests[index].path, file: basename(requests[index].path), receivedAt: requests[index].receivedAt });
  const context = (index: number): SubmissionContext => ({
    receivedAt: requests[index].receivedAt,
    pseudonymKey: key,
    ...(options.period ? { period: options.period } : {}),
  });
  const parse = (index: number, bytes: Uint8Array) => parser.parse(base(index).file, bytes, context(index));
  const readDigests = new Set<string>();
  const acceptedByDigest = new Map<string, IngestOutcome>();
  const readAhead = new ReadAhead<Read>(requests.length, async (position) => {
    const index = order[position];
    const read = readOne(index, base(index), ledger, readDigests, parse);
    return { value: read, bytes: read.size };
  }, READ_AHEAD);

  try {
    for (let position = 0; position < order.length; position++) {
      options.onFile?.(position, order.length);
      const read = await readAhead.take(position);
      if (read.decided) {
        outcomes[read.index] = read.decided;
        continue;
      }
      const first = acceptedByDigest.get(read.digest);
      if (first) {
        outcomes[read.index] = { ...base(read.index), status: 'unchanged', sha256: read.digest, kind: first.kind, unitCode: first.unitCode, period: first.period, diagnostics: [] };
        continue;
      }
      const parsed = await (read.parsing ?? parse(read.index, read.bytes!));
      const outcome = judge(base(read.index), read.digest, parsed);
      outcomes[read.index] = outcome;
      if (outcome.status !== 'accepted') continue;
      acceptedByDigest.set(read.digest, outcome);
      batch.add({ parsed, receivedAt: requests[read.index].receivedAt, onStored: (id) => (outcome.submissionId = id) });
      if (batch.full) await batch.write();
    }
    await batch.write();
    options.onFile?.(order.length, order.length);
  } finally {
    readAhead.stop();
    await parser.close();
  }
  await numberVersions(store, outcomes);
  // A copy accepted earlier in this call is referred to by the id it got when its batch was written.
  for (const outcome of outcomes) {
    if (outcome.status === 'unchanged' && outcome.submissionId === undefined) outcome.submissionId = acceptedByDigest.get(outcome.sha256)!.submissionId;
  }
  return outcomes;
}

/**
 * Gives each accepted file the version number the one definition gives it now that every batch is
 * written (a file received earlier than a stored version takes its place in receipt order).
 */
async function numberVersions(store: Store, outcomes: IngestOutcome[]): Promise<void> {
  const accepted = outcomes.filter((o) => o.status === 'accepted' && o.submissionId !== undefined);
  if (accepted.length === 0) return;
  const first = accepted.reduce((low, o) => Math.min(low, o.submissionId!), Number.POSITIVE_INFINITY);
  const rows = await queryRows<{ submission_id: number; version: number }>(
    store.connection,
    'SELECT submission_id::INTEGER AS submission_id, version FROM submission_versions(NULL) WHERE submission_id >= $first',
    { first },
  );
  const versions = new Map(rows.map((r) => [Number(r.submission_id), Number(r.version)]));
  for (const outcome of accepted) outcome.version = versions.get(outcome.submissionId!);
}

function readOne(
  index: number,
  base: Pick<IngestOutcome, 'path' | 'file' | 'receivedAt'>,
  ledger: IngestLedger,
  readDigests: Set<string>,
  parse: (index: number, bytes: Uint8Array) => Promise<ParsedSubmission>,
): Read {
  // Synchronous: a submission is a few kilobytes, and ten thousand asynchronous reads cost seconds of event-loop turns.
  const size = statSync(base.path).size;
  if (size > FILE_LIMITS.maxFileBytes) {
    const diagnostic: Diagnostic = { code: 'file-too-large', severity: 'error', file: base.file, found: String(size), expected: `≤ ${FILE_LIMITS.maxFileBytes}` };
    return { index, digest: '', size: 0, decided: { ...base, status: 'rejected', sha256: '', diagnostics: [diagnostic] } };
  }
  const bytes = readFileSync(base.path);
  const digest = sha256(bytes);
  const known = ledger.known(digest);
  if (known) {
    return { index, digest, size: 0, decided: { ...base, status: 'unchanged', sha256: digest, kind: known.kind, unitCode: known.unitCode, period: known.period, submissionId: known.submissionId, diagnostics: [] } };
  }
  if (readDigests.has(digest)) return { index, digest, size, bytes };
  readDigests.add(digest);
  const parsing = parse(index, bytes);
  // Awaited in order later; until then a failure must not count as unhandled.
  parsing.catch(() => undefined);
  return { index, digest, size, parsing };
}

function judge(base: Pick<IngestOutcome, 'path' | 'file' | 'receivedAt'>, digest: string, parsed: ParsedSubmission): IngestOutcome {
  const identity = { sha256: digest, kind: parsed.kind, unitCode: parsed.unit?.code, unitName: parsed.unit?.name, period: parsed.period };
  if (hasErrors(parsed.diagnostics) || !parsed.unit || !parsed.kind || !parsed.period) {
    return { ...base, ...identity, status: 'rejected', diagnostics: parsed.diagnostics };
  }
  return { ...base, ...identity, status: 'accepted', diagnostics: parsed.diagnostics };
}
