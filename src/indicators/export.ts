import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { trackPendingFile } from '../core/pending-files.js';
import { rethrowWithPath } from '../core/system-errors.js';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Diagnostic } from '../core/diagnostics.js';
import { checkOutputFile } from '../core/output-paths.js';
import { UsageError } from '../core/errors.js';
import type { Period } from '../periods/period.js';
import { listForPeriod } from '../periods/period-list.js';
import { unitReference } from '../units/unit-lists.js';
import { computeProvinces } from './compute-provinces.js';
import { loadDefinitions } from './definitions.js';
import { EXPORT_HEADER, type ExportRow, csvLines, exportRows } from './export-csv.js';
import { runBound } from './sql-params.js';
import type { IndicatorDefinition } from './types.js';

export type ExportFormat = 'csv' | 'parquet';

/** `provinceCode` of an export of every province of the period's list. */
export const EVERY_PROVINCE = 'all';

export interface ExportOptions {
  period: Period;
  /**
   * One province; `all` for every province of the period's list; absent: the provinces the database
   * holds submissions for (never the whole country unless asked).
   */
  provinceCode?: string;
  /** Only submissions received by then; absent: everything. */
  asOf?: Date | null;
  /** Defaults to every definition in `indicators/`. */
  definitions?: IndicatorDefinition[];
  format: ExportFormat;
  /** Required for parquet; without it a CSV comes back as text. */
  out?: string;
  suppressBelow?: number;
}

export interface ExportOutcome {
  result: { period: string; provinceCode?: string; diagnostics: Diagnostic[] };
  /** The provinces exported, in the order written. */
  provinces: string[];
  rowCount: number;
  /** The CSV text when no `out` was given. */
  csv?: string;
}

/**
 * Provinces of the period's list that any submission of the period belongs to: on the period's list
 * directly, or (2025 list) through a 2024-list commune that merged whole into one of its communes.
 */
export async function provincesHeld(connection: DuckDBConnection, period: Period): Promise<string[]> {
  const { rows } = await runBound(
    connection,
    `SELECT province_code FROM submissions WHERE period = $period AND unit_list = $list
     UNION
     SELECT t.province_code FROM submissions s
       JOIN commune_resolution cr ON cr.source_list = s.unit_list AND cr.code = s.unit_code AND cr.target_list = $list
       JOIN units t ON t.list_id = $list AND t.code = cr.commune_code
      WHERE s.period = $period AND s.unit_list <> $list
     ORDER BY 1`,
    { period: period.id, list: listForPeriod(period) },
  );
  return rows.map((r) => String(r.province_code));
}

/** Where export rows go, one province's block at a time: a file, a string, or a Parquet file through DuckDB. */
interface Sink {
  write(rows: readonly ExportRow[]): Promise<void>;
  /** Finishes the output; the CSV text when there is no file. */
  close(): Promise<string | undefined>;
  /** Releases what the sink holds after a failure. */
  abort(): Promise<void>;
}

function csvSink(out: string | undefined, ratios: ReadonlySet<string>): Sink {
  const header = `${EXPORT_HEADER.join(',')}\n`;
  if (out === undefined) {
    const chunks = [header];
    return { write: async (rows) => void chunks.push(csvLines(rows, ratios)), close: async () => chunks.join(''), abort: async () => undefined };
  }
  // Written beside its final name and renamed into place: the file appears whole or not at all.
  const partial = `${out}.partial`;
  const settle = trackPendingFile(partial);
  let fd: number;
  try {
    fd = openSync(partial, 'w');
    writeSync(fd, header);
  } catch (error) {
    settle();
    rethrowWithPath(error, out);
  }
  const guarded = (step: () => void) => {
    try {
      step();
    } catch (error) {
      rmSync(partial, { force: true });
      settle();
      rethrowWithPath(error, out);
    }
  };
  return {
    write: async (rows) => guarded(() => writeSync(fd, csvLines(rows, ratios))),
    close: async () => {
      guarded(() => {
        closeSync(fd);
        renameSync(partial, out);
        settle();
      });
      return undefined;
    },
    abort: async () => {
      closeSync(fd);
      rmSync(partial, { force: true });
      settle();
    },
  };
}

async function parquetSink(connection: DuckDBConnection, out: string): Promise<Sink> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE tk13_export (period VARCHAR, indicator VARCHAR, unit_code VARCHAR, unit_level VARCHAR,
       disaggregation VARCHAR, value DOUBLE, numerator DOUBLE, denominator DOUBLE)`,
  );
  const appender = await connection.createAppender('tk13_export', 'main', 'temp');
  let open = true;
  const finish = async (copy: boolean) => {
    if (!open) return;
    open = false;
    appender.closeSync();
    // COPY takes its target as a literal, not a parameter.
    if (copy) await connection.run(`COPY tk13_export TO '${out.replaceAll("'", "''")}' (FORMAT parquet)`);
    await connection.run('DROP TABLE IF EXISTS temp.main.tk13_export');
  };
  return {
    async write(rows) {
      for (const r of rows) {
        for (const text of [r.period, r.indicator, r.unit_code, r.unit_level, r.disaggregation]) appender.appendVarchar(text);
        for (const n of [r.value, r.numerator, r.denominator]) {
          if (n === null) appender.appendNull();
          else appender.appendDouble(n);
        }
        appender.endRow();
      }
      appender.flushSync();
    },
    close: async () => void (await finish(true)),
    abort: () => finish(false),
  };
}

/**
 * Indicator values in the long form of PRODUCT §3.4 (read-only), as CSV (returned, or written to
 * `out`) or Parquet (written to `out`). Each province's values come by the one path
 * (computeProvinces): what `compute` stored when it still holds, else computed for that province
 * alone; rows are written out one province at a time, so memory follows one province, not the
 * country. Without a province, only the provinces the database holds submissions for are exported.
 */
export async function exportValues(connection: DuckDBConnection, options: ExportOptions): Promise<ExportOutcome> {
  if (options.out) checkOutputFile(options.out);
  const { period } = options;
  if (options.format === 'parquet' && !options.out) throw new UsageError('export-out-required');
  const loaded = options.definitions ? { definitions: options.definitions, diagnostics: [] as Diagnostic[] } : loadDefinitions();
  const every = options.provinceCode?.toLowerCase() === EVERY_PROVINCE;
  const provinces = every
    ? [...unitReference().lists[listForPeriod(period)].units.values()].filter((u) => u.level === 'province').map((u) => u.code).sort()
    : options.provinceCode !== undefined
      ? [options.provinceCode]
      : await provincesHeld(connection, period);
  const metaById = new Map(loaded.definitions.map((d) => [d.meta.id, d.meta]));
  const ratios = new Set(loaded.definitions.filter((d) => d.meta.kind === 'ratio').map((d) => d.meta.id));
  const sink = options.format === 'parquet' ? await parquetSink(connection, options.out!) : csvSink(options.out, ratios);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const reported = new Set<readonly Diagnostic[]>();
  let rowCount = 0;
  try {
    await computeProvinces(
      connection,
      { period, provinceCodes: provinces, asOf: options.asOf ?? null, definitions: loaded.definitions, alone: !every },
      async (_, computed) => {
        const rows = exportRows(period.id, computed.values, metaById, options.suppressBelow);
        rowCount += rows.length;
        // A national compute shared out gives every province the same diagnostics: reported once.
        if (computed.diagnostics && !reported.has(computed.diagnostics)) diagnostics.push(...computed.diagnostics);
        if (computed.diagnostics) reported.add(computed.diagnostics);
        await sink.write(rows);
      },
    );
  } catch (error) {
    await sink.abort();
    throw error;
  }
  const text = await sink.close();
  const result = { period: period.id, ...(options.provinceCode !== undefined ? { provinceCode: options.provinceCode } : {}), diagnostics };
  return { result, provinces, rowCount, ...(options.format === 'csv' && options.out === undefined ? { csv: text } : {}) };
}
