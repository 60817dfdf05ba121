import type { DuckDBConnection } from '@duckdb/node-api';
import type { SubmissionKind } from '../submissions/types.js';
import { queryRows } from '../store/database.js';

export interface KnownSubmission {
  submissionId: number;
  kind: SubmissionKind;
  unitCode: string;
  period: string;
}

/**
 * What an ingest needs to know about the store, read once at its start (the ingest holds the only
 * write lock, so nothing else changes it meanwhile): which file contents are stored already, and
 * how many versions each unit, period and kind has. It then keeps both up to date as files are
 * accepted, so no file costs a query.
 */
export class IngestLedger {
  private constructor(
    private readonly stored: Map<string, KnownSubmission>,
    private readonly versions: Map<string, number>,
  ) {}

  static async load(connection: DuckDBConnection): Promise<IngestLedger> {
    const rows = await queryRows<{ sha256: string; submission_id: number; kind: SubmissionKind; unit_code: string; period: string }>(
      connection,
      'SELECT sha256, submission_id, kind, unit_code, period FROM submissions',
    );
    const stored = new Map<string, KnownSubmission>();
    const versions = new Map<string, number>();
    for (const r of rows) {
      stored.set(r.sha256, { submissionId: r.submission_id, kind: r.kind, unitCode: r.unit_code, period: r.period });
      const key = versionKey(r.unit_code, r.period, r.kind);
      versions.set(key, (versions.get(key) ?? 0) + 1);
    }
    return new IngestLedger(stored, versions);
  }

  /** The stored submission with exactly these bytes. */
  known(digest: string): KnownSubmission | undefined {
    return this.stored.get(digest);
  }

  /** Counts one more version of the unit, period and kind, and returns its number (1 for the first). */
  nextVersion(unitCode: string, period: string, kind: SubmissionKind): number {
    const key = versionKey(unitCode, period, kind);
    const version = (this.versions.get(key) ?? 0) + 1;
    this.versions.set(key, version);
    return version;
  }
}

function versionKey(unitCode: string, period: string, kind: string): string {
  return `${unitCode}\u0000${period}\u0000${kind}`;
}
