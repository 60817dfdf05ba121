import { computeAndStore } from '../indicators/compute.js';
import type { StoredCompute } from '../indicators/store-results.js';
import type { DeadlineReport } from '../periods/deadline-types.js';
import type { Period } from '../periods/period.js';
import { writeProvinceReport } from '../reports/write-report.js';
import type { Lang } from '../i18n/messages.js';
import type { Store } from '../store/database.js';
import { checkOutputDirectory } from '../core/output-paths.js';
import { type IngestOutcome, ingestFiles } from '../ingest/ingest.js';
import { loadDeadlineReport } from '../periods/load-deadline-report.js';
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
}

export interface MainJobResult {
  ingest: IngestOutcome[];
  /** Entries of the folder that were not read, with why. */
  skipped: SkippedFile[];
  compute: StoredCompute;
  computeChanged: boolean;
  deadlines: DeadlineReport;
  reportFile: string;
  reportSha256: string;
}

/** `tk13 run`: ingest a folder, compute every indicator, check deadlines and write the province report. */
export async function runMainJob(store: Store, options: MainJobOptions): Promise<MainJobResult> {
  checkOutputDirectory(options.outDir);
  const { files, skipped } = await collectSubmissionFiles([options.dir]);
  const clock = receiptClock({ receivedAt: options.receivedAt, manifest: options.manifest, folders: [options.dir] }, options.now);
  const ingest = await ingestFiles(
    store,
    files.map((path) => ({ path, receivedAt: clock(path) })),
    { period: options.period.id },
  );
  const { result: compute, changed: computeChanged } = await computeAndStore(store.connection, {
    period: options.period,
    provinceCode: options.provinceCode,
  });
  const deadlines = await loadDeadlineReport(store.connection, {
    period: options.period,
    provinceCode: options.provinceCode,
    asOf: options.now,
  });
  const report = await writeProvinceReport(store.connection, {
    period: options.period,
    provinceCode: options.provinceCode,
    asOf: options.now,
    outDir: options.outDir,
    lang: options.lang,
  });
  return { ingest, skipped, compute, computeChanged, deadlines, reportFile: report.file, reportSha256: report.sha256 };
}
