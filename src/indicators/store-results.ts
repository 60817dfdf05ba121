import type { DuckDBConnection } from '@duckdb/node-api';
import { sha256 } from '../core/hash.js';
import { periodWindow } from '../periods/calendar.js';
import { listForPeriod } from '../periods/period-list.js';
import type { ComputeOptions } from './engine.js';
import { definitionFilesDigest, definitionsHash, loadDefinitions } from './definitions.js';
import { SOURCE_PROVINCES_SQL } from './session.js';
import { runBound } from './sql-params.js';
import type { CheckFinding, ComputeResult, IndicatorDefinition, IndicatorValue, UnitLevelName } from './types.js';

/** `province_code` of stored results computed for the whole country. */
export const ALL_PROVINCES = '*';

export function scopeKey(provinceCode: string | undefined): string {
  return provinceCode ?? ALL_PROVINCES;
}

/**
 * What a compute depends on: the definitions (their hash), the period, scope, list and window, the
 * administrative units, and the current versions as of the moment (the one definition,
 * `submission_versions`) of the submissions that can hold the scope's rows (all, for the country). The moment itself is not part of it: two moments that leave the same
 * versions current give the same values, so a compute stored without `asOf` serves a report made
 * as of now when nothing was received since.
 */
export async function fingerprintOf(connection: DuckDBConnection, options: ComputeOptions): Promise<string> {
  const asOf = options.asOf ?? null;
  const { period, provinceCode } = options;
  const list = listForPeriod(period);
  const { rows } = await runBound(
    connection,
    `SELECT (SELECT coalesce(string_agg(submission_id::VARCHAR, ',' ORDER BY submission_id), '')
               FROM submission_versions($as_of::TIMESTAMPTZ)
              WHERE is_current AND ($province IS NULL OR list_contains((${SOURCE_PROVINCES_SQL}), unit_list || ':' || province_code))) AS ids,
            (SELECT coalesce(sum(hash(list_id, code, level, parent_code, province_code)), 0)::VARCHAR FROM units) AS units,
            (SELECT coalesce(sum(hash(old_code, new_code, merge_type)), 0)::VARCHAR FROM commune_merges) AS merges`,
    { as_of: asOf?.toISOString() ?? null, province: provinceCode ?? null, list },
  );
  return sha256(
    JSON.stringify({
      definitions: options.definitions ? definitionsHash(options.definitions) : definitionFilesDigest(),
      period: period.id,
      scope: scopeKey(provinceCode),
      list,
      window: periodWindow(period, provinceCode ? { provinceCode } : {}),
      units: rows[0].units,
      merges: rows[0].merges,
      submissions: String(rows[0].ids),
    }),
  );
}

/** A stored compute: everything of a ComputeResult but the values, which stay in `indicator_values`. */
export interface StoredCompute extends Omit<ComputeResult, 'values'> {
  /** Indicators published, in id order. */
  indicators: string[];
  /** Rows written to `indicator_values`. */
  valueCount: number;
  /** The province's name in the period's list (read from the store), when a province was computed. */
  provinceName?: string;
}

export async function appendFindings(connection: DuckDBConnection, findings: readonly CheckFinding[], period: string, scope: string): Promise<void> {
  const appender = await connection.createAppender('check_results');
  try {
    for (const f of findings) {
      for (const text of [period, scope, f.indicator, f.check]) appender.appendVarchar(text);
      if (f.unitCode === undefined) appender.appendNull();
      else appender.appendVarchar(f.unitCode);
      appender.appendVarchar(f.detail);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

export async function storedIndicators(connection: DuckDBConnection, period: string, scope: string): Promise<{ indicators: string[]; valueCount: number }> {
  const { rows } = await runBound(
    connection,
    'SELECT indicator, count(*)::INTEGER AS n FROM indicator_values WHERE period = $period AND province_code = $scope GROUP BY indicator ORDER BY indicator',
    { period, scope },
  );
  return { indicators: rows.map((r) => String(r.indicator)), valueCount: rows.reduce((sum, r) => sum + Number(r.n), 0) };
}

export async function storedFindings(connection: DuckDBConnection, period: string, scope: string): Promise<CheckFinding[]> {
  const { rows } = await runBound(connection, 'SELECT * FROM check_results WHERE period = $period AND province_code = $scope ORDER BY rowid', { period, scope });
  return rows.map((r) => ({
    indicator: String(r.indicator),
    check: String(r.check_name),
    ...(r.unit_code !== null ? { unitCode: String(r.unit_code) } : {}),
    detail: String(r.detail),
  }));
}

/**
 * The values stored by the last compute of a period and scope (a province, or the whole country when
 * absent), in the order they were computed.
 */
export async function readStoredValues(
  connection: DuckDBConnection,
  options: {
    period: string;
    provinceCode?: string;
    definitions?: readonly IndicatorDefinition[];
    /** Only one province's units (from a national compute): the province and, with `below`, that level only. */
    unitsOf?: { list: string; provinceCode: string; below?: 'district' | 'commune' };
  },
): Promise<IndicatorValue[]> {
  const definitions = options.definitions ?? loadDefinitions().definitions;
  const ratios = new Set(definitions.filter((d) => d.meta.kind === 'ratio').map((d) => d.meta.id));
  const { unitsOf } = options;
  const units = unitsOf ? 'AND unit_code IN (SELECT code FROM units WHERE list_id = $list AND province_code = $province)' : '';
  const levels = unitsOf?.below ? "AND unit_level IN ('province', $below)" : '';
  const { rows } = await runBound(connection, `SELECT * FROM indicator_values WHERE period = $period AND province_code = $scope ${units} ${levels} ORDER BY rowid`, {
    period: options.period,
    scope: scopeKey(options.provinceCode),
    ...(unitsOf ? { list: unitsOf.list, province: unitsOf.provinceCode } : {}),
    ...(unitsOf?.below ? { below: unitsOf.below } : {}),
  });
  return rows.map((r): IndicatorValue => ({
    indicator: String(r.indicator),
    unitCode: String(r.unit_code),
    unitLevel: r.unit_level as UnitLevelName,
    disaggregation: String(r.disaggregation),
    value: r.value as number | null,
    ...(ratios.has(String(r.indicator)) ? { numerator: r.numerator as number | null, denominator: r.denominator as number | null } : {}),
  }));
}
