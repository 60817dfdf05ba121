import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sha256 } from '../core/hash.js';
import type { Lang } from '../i18n/catalog-types.js';
import { buildReportModel, type ReportRequest } from './build-report-model.js';
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
 * Builds, renders and writes `<outDir>/tk13_<province>_<period>.xlsx`. The file appears whole or not
 * at all: it is written beside its final name and renamed into place.
 */
export async function writeProvinceReport(connection: DuckDBConnection, options: WriteReportOptions): Promise<WrittenReport> {
  const model = await buildReportModel(connection, options);
  const bytes = await renderReport(model, options.lang);
  mkdirSync(options.outDir, { recursive: true });
  const file = join(options.outDir, reportFileName(options.provinceCode, options.period.id));
  const partial = `${file}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return { file, sha256: sha256(bytes), model };
}
