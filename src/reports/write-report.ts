import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sha256 } from '../core/hash.js';
import { checkOutputDirectory, makeOutputDirectory, writeFileAtomically } from '../core/output-paths.js';
import { listForPeriod } from '../periods/period-list.js';
import { hierarchyFor } from '../units/hierarchy.js';
import type { Lang } from '../i18n/catalog-types.js';
import { computeProvinces, type ProvinceCompute } from '../indicators/compute-provinces.js';
import { buildReportModel, type ReportRequest } from './build-report-model.js';
import { createRenderPool } from './render-pool.js';
import { renderReport } from './render-report.js';
import type { ReportModel } from './report-model.js';

export interface WriteReportOptions extends ReportRequest {
  outDir: string;
  lang: Lang;
}

export interface WrittenReport {
  file: string;
  sha256: string;
  model: ReportModel;
}

export function reportFileName(provinceCode: string, period: string): string {
  return `tk13_${provinceCode}_${period}.xlsx`;
}

/**
 * The one file mode of every report, whichever command writes it: readable by all, writable by
 * the owner. A report holds aggregates only (no child's identity) and is made to be shared; set
 * explicitly because `run` writes while the database has narrowed the umask to 0o077.
 */
export const REPORT_FILE_MODE = 0o644;

/** Writes the bytes beside their final name and renames them into place: the file appears whole or not at all. */
function save(outDir: string, provinceCode: string, period: string, bytes: Uint8Array): string {
  makeOutputDirectory(outDir);
  const file = join(outDir, reportFileName(provinceCode, period));
  writeFileAtomically(file, bytes, REPORT_FILE_MODE);
  return file;
}

/** Builds, renders and writes `<outDir>/tk13_<province>_<period>.xlsx`; `computed` as buildReportModel takes it. */
export async function writeProvinceReport(connection: DuckDBConnection, options: WriteReportOptions, computed?: ProvinceCompute): Promise<WrittenReport> {
  checkOutputDirectory(options.outDir);
  const model = await buildReportModel(connection, options, computed);
  const bytes = await renderReport(model, options.lang);
  return { file: save(options.outDir, options.provinceCode, options.period.id, bytes), sha256: sha256(bytes), model };
}

/** Models handed to the render workers and not written yet: bounds the memory they hold. */
const RENDERS_IN_FLIGHT = 4;

/**
 * The reports of several provinces — the same files `writeProvinceReport` writes one by one — with
 * their values by the one path (computeProvinces: stored values that hold, else the country computed
 * once for all of them) and the workbooks rendered on
 * worker threads while the next province's model is read from the database. Each report is handed
 * to `written` as soon as it is on disk (in no particular order), so the models of all provinces
 * are never held at once.
 */
export async function writeProvinceReports(
  connection: DuckDBConnection,
  options: Omit<WriteReportOptions, 'provinceCode'> & { provinceCodes: readonly string[] },
  written: (report: WrittenReport) => void,
): Promise<void> {
  const { provinceCodes, ...common } = options;
  // Before any work: a folder that cannot be written is refused now, not after minutes of computing.
  checkOutputDirectory(options.outDir);
  if (provinceCodes.length === 1) {
    // No render workers for one workbook; the values come by the same path (buildReportModel → computeProvince).
    written(await writeProvinceReport(connection, { ...common, provinceCode: provinceCodes[0] }));
    return;
  }
  const pool = createRenderPool();
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  try {
    // A report shows its province and its districts, or its communes where there are none.
    const hierarchy = hierarchyFor(listForPeriod(options.period));
    const shownBelow = (code: string) => (hierarchy.districts(code).length > 0 ? 'district' : 'commune') as 'district' | 'commune';
    await computeProvinces(connection, { period: options.period, provinceCodes, asOf: options.asOf, shownBelow }, async (provinceCode, computed) => {
      const model = await buildReportModel(connection, { ...common, provinceCode }, computed);
      const task: Promise<void> = pool
        .render(model, options.lang)
        .then((bytes) => written({ file: save(options.outDir, provinceCode, options.period.id, bytes), sha256: sha256(bytes), model }))
        .catch((error: unknown) => void (failure ??= error))
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= RENDERS_IN_FLIGHT) await Promise.race(inFlight);
      if (failure) throw failure;
    });
    await Promise.all(inFlight);
    if (failure) throw failure;
  } finally {
    await pool.close();
  }
}
