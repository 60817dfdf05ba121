import type { DuckDBConnection } from '@duckdb/node-api';
import { checkOutputFile, writeFileAtomically } from '../core/output-paths.js';
import { UsageError } from '../core/errors.js';
import { type ComputeOptions, computeIndicators } from './compute.js';
import { type ExportRow, exportCsv, exportRows } from './export-csv.js';
import { loadDefinitions } from './definitions.js';
import type { ComputeResult } from './types.js';

export type ExportFormat = 'csv' | 'parquet';

export interface ExportOptions extends ComputeOptions {
  format: ExportFormat;
  /** Required for parquet; without it a CSV comes back as text. */
  out?: string;
  suppressBelow?: number;
}

export interface ExportOutcome {
  result: ComputeResult;
  rowCount: number;
  /** The CSV text when no `out` was given. */
  csv?: string;
}

async function writeParquet(connection: DuckDBConnection, rows: readonly ExportRow[], out: string): Promise<void> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE tk13_export (period VARCHAR, indicator VARCHAR, unit_code VARCHAR, unit_level VARCHAR,
       disaggregation VARCHAR, value DOUBLE, numerator DOUBLE, denominator DOUBLE)`,
  );
  try {
    const appender = await connection.createAppender('tk13_export', 'main', 'temp');
    try {
      for (const r of rows) {
        for (const text of [r.period, r.indicator, r.unit_code, r.unit_level, r.disaggregation]) appender.appendVarchar(text);
        for (const n of [r.value, r.numerator, r.denominator]) {
          if (n === null) appender.appendNull();
          else appender.appendDouble(n);
        }
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    // COPY takes its target as a literal, not a parameter.
    await connection.run(`COPY tk13_export TO '${out.replaceAll("'", "''")}' (FORMAT parquet)`);
  } finally {
    await connection.run('DROP TABLE IF EXISTS temp.main.tk13_export');
  }
}

/**
 * Indicator values in the long form of PRODUCT §3.4, computed fresh from the store (read-only), as
 * CSV (returned, or written to `out`) or Parquet (written to `out`).
 */
export async function exportValues(connection: DuckDBConnection, options: ExportOptions): Promise<ExportOutcome> {
  if (options.out) checkOutputFile(options.out);
  const loaded = options.definitions ? { definitions: options.definitions, diagnostics: [] } : loadDefinitions();
  const computed = await computeIndicators(connection, { ...options, definitions: loaded.definitions });
  const result = { ...computed, diagnostics: [...loaded.diagnostics, ...computed.diagnostics] };
  const metaById = new Map(loaded.definitions.map((d) => [d.meta.id, d.meta]));
  const rows = exportRows(result.period, result.values, metaById, options.suppressBelow);
  if (options.format === 'parquet') {
    if (!options.out) throw new UsageError('export-out-required');
    await writeParquet(connection, rows, options.out);
    return { result, rowCount: rows.length };
  }
  const ratios = new Set(loaded.definitions.filter((d) => d.meta.kind === 'ratio').map((d) => d.meta.id));
  const csv = exportCsv(rows, ratios);
  if (options.out) {
    writeFileAtomically(options.out, csv);
    return { result, rowCount: rows.length };
  }
  return { result, rowCount: rows.length, csv };
}
