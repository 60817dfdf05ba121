import type { Diagnostic } from '../core/diagnostics.js';
import { computeAndStore } from '../indicators/compute.js';
import type { StoredCompute } from '../indicators/store-results.js';
import type { DeadlineReport } from '../periods/deadline-types.js';
import type { Period } from '../periods/period.js';
import { writeProvinceReport } from '../reports/write-report.js';
import type { Lang } from '../i18n/messages.js';
import type { Store } from '../store/database.js';
import { checkOutputDirectory } from '../core/output-paths.js';
import { type IngestOutcome, ingestFiles } from '../ingest/ingest.js';
import { type SkippedFile, collectSubmissionFiles } from '../submissions/collect-files.js';
import { receiptClock } from '../submissions/receipt-times.js';

export interface MainJobOptions {
  dir: string;
  period: Period;
  provinceCode: string;
  outDir: string;
  lang: Lang;
  /** The moment of the run: receipt time of files without another source, and the report's as-of. */
  now: Date;
  receivedAt?: string;
  manifest?: string;
  /** Progress: each stage as it begins, and files done during ingest. */
  onStage?: (stage: MainJobStage) => void;
  onFile?: (done: number, total: number) => void;
}

export type MainJobStage = 'ingest' | 'compute' | 'deadlines' | 'report';

export interface MainJobResult {
  ingest: IngestOutcome[];
  /** Entries of the folder that were not read, with why: files of other periods among them. */
  skipped: SkippedFile[];
  /** Warnings about how the receipt manifest was read (date order, hidden characters). */
  manifestDiagnostics: readonly Diagnostic[];
  /** Absent when no file of the folder was accepted (nor already stored): no all-zero report is written. */
  output?: {
    compute: StoredCompute;
    computeChanged: boolean;
    deadlines: DeadlineReport;
    reportFile: string;
    reportSha256: string;
  };
}

/**
 * `tk13 run`: ingest a folder, compute and store every indicator (once: the report reads what was
 * stored), and write the province report; the deadlines are the report's own (loaded once). The
 * folder may hold several periods: files whose name tells another one are skipped unread.
 */
export async function runMainJob(store: Store, options: MainJobOptions): Promise<MainJobResult> {
  checkOutputDirectory(options.outDir);
  const { files, skipped } = await collectSubmissionFiles([options.dir], { period: options.period.id });
  const clock = receiptClock({ receivedAt: options.receivedAt, manifest: options.manifest, folders: [options.dir] }, options.now);
  options.onStage?.('ingest');
  const ingest = await ingestFiles(
    store,
    files.map((path) => ({ path, receivedAt: clock(path) })),
    { period: options.period.id, ...(options.onFile ? { onFile: options.onFile } : {}) },
  );
  if (!ingest.some((o) => o.status !== 'rejected')) return { ingest, skipped, manifestDiagnostics: clock.diagnostics };
  options.onStage?.('compute');
  // Computed once, as of the report's moment, and stored: the report reads the stored values.
  const { result: compute, changed: computeChanged } = await computeAndStore(store.connection, {
    period: options.period,
    provinceCode: options.provinceCode,
    asOf: options.now,
  });
  options.onStage?.('report');
  const report = await writeProvinceReport(store.connection, {
    period: options.period,
    provinceCode: options.provinceCode,
    asOf: options.now,
    outDir: options.outDir,
    lang: options.lang,
  });
  return { ingest, skipped, manifestDiagnostics: clock.diagnostics, output: { compute, computeChanged, deadlines: report.model.deadlines, reportFile: report.file, reportSha256: report.sha256 } };
}
