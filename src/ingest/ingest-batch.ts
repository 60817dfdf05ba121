import type { DuckDBConnection } from '@duckdb/node-api';
import type { ParsedSubmission } from '../submissions/types.js';
import { inTransaction, queryRows } from '../store/database.js';
import { type StoredFile, writeFiles } from './row-writers.js';

export interface BatchLimits {
  /** Files per transaction. */
  files: number;
  /** Register and form rows per transaction (bounds the memory a batch holds). */
  rows: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { files: 500, rows: 100_000 };

interface BatchEntry {
  parsed: ParsedSubmission;
  receivedAt: Date;
  /** Gets the submission id when the batch is written. */
  onStored: (submissionId: number) => void;
}

export function rowCountOf(parsed: ParsedSubmission): number {
  return parsed.formValues?.length ?? parsed.sectorValues?.length ?? parsed.abuseCases?.length ?? parsed.sanctions?.length ?? 0;
}

/**
 * Accepted files waiting to be written together: one transaction for the whole batch, so a crash
 * at any moment leaves every file of it stored whole or not at all. Submission ids follow the
 * order files were added (the ingest's receipt order).
 */
export class IngestBatch {
  private entries: BatchEntry[] = [];
  private rows = 0;

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly limits: BatchLimits,
  ) {}

  add(entry: BatchEntry): void {
    this.entries.push(entry);
    this.rows += rowCountOf(entry.parsed);
  }

  get full(): boolean {
    return this.entries.length >= this.limits.files || this.rows >= this.limits.rows;
  }

  async write(): Promise<void> {
    const entries = this.entries;
    if (entries.length === 0) return;
    this.entries = [];
    this.rows = 0;
    const ids = await inTransaction(this.connection, async () => {
      const rows = await queryRows<{ id: number }>(this.connection, "SELECT nextval('submission_id_seq')::INTEGER AS id FROM range($n)", { n: entries.length });
      const sorted = rows.map((r) => r.id).sort((a, b) => a - b);
      const files: StoredFile[] = entries.map((e, i) => ({ submissionId: sorted[i], parsed: e.parsed, receivedAt: e.receivedAt, rowCount: rowCountOf(e.parsed) }));
      await writeFiles(this.connection, files);
      return sorted;
    });
    entries.forEach((e, i) => e.onStored(ids[i]));
  }
}
