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
 * write lock, so nothing else changes it meanwhile): which file contents are stored already, so no
 * file costs a query. Version numbers are not counted here: the store gives them
 * (`submission_versions`, migration 0002) once the files are written.
 */
export class IngestLedger {
  private constructor(private readonly stored: Map<string, KnownSubmission>) {}

  static async load(connection: DuckDBConnection): Promise<IngestLedger> {
    const rows = await queryRows<{ sha256: string; submission_id: number; kind: SubmissionKind; unit_code: string; period: string }>(
      connection,
      'SELECT sha256, submission_id, kind, unit_code, period FROM submissions',
    );
    const stored = new Map<string, KnownSubmission>();
    for (const r of rows) stored.set(r.sha256, { submissionId: r.submission_id, kind: r.kind, unitCode: r.unit_code, period: r.period });
    return new IngestLedger(stored);
  }

  /** The stored submission with exactly these bytes. */
  known(digest: string): KnownSubmission | undefined {
    return this.stored.get(digest);
  }
}
