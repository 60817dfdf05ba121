import type { DuckDBConnection } from '@duckdb/node-api';
import type { Diagnostic } from '../core/diagnostics.js';
import { periodWindow } from '../periods/calendar.js';
import { listForPeriod } from '../periods/period-list.js';
import { inTransaction } from '../store/database.js';
import { COMPUTED_ORDER, type ComputeOptions, computePlan, withComputedValues } from './engine.js';
import { runBound } from './sql-params.js';
import {
  type StoredCompute,
  appendFindings,
  fingerprintOf,
  scopeKey,
  storedFindings,
  storedIndicators,
} from './store-results.js';
import type { ComputeResult, IndicatorDefinition, IndicatorValue, UnitLevelName } from './types.js';

export type { ComputeOptions } from './engine.js';
export type { StoredCompute } from './store-results.js';

/** The computed values (of `table`, by default all of them) in publication order. */
export async function readComputed(
  connection: DuckDBConnection,
  definitions: readonly IndicatorDefinition[],
  table: { from: string; params: Record<string, string> } = { from: 'computed_values', params: {} },
): Promise<IndicatorValue[]> {
  const ratios = new Set(definitions.filter((d) => d.meta.kind === 'ratio').map((d) => d.meta.id));
  const { rows } = await runBound(
    connection,
    `SELECT indicator, unit_code, unit_level, disaggregation, value, numerator, denominator FROM ${table.from} ORDER BY ${COMPUTED_ORDER}`,
    table.params,
  );
  return rows.map((r) => {
    const value: IndicatorValue = {
      indicator: String(r.indicator),
      unitCode: String(r.unit_code),
      unitLevel: r.unit_level as UnitLevelName,
      disaggregation: String(r.disaggregation),
      value: r.value as number | null,
    };
    if (ratios.has(value.indicator)) {
      value.numerator = r.numerator as number | null;
      value.denominator = r.denominator as number | null;
    }
    return value;
  });
}

/**
 * Computes every indicator due for the period at every level and returns the values, in a fixed
 * order: indicator, level (province first), unit code, then the report order of disaggregations.
 * Nothing is stored (see computeAndStore).
 */
export async function computeIndicators(connection: DuckDBConnection, options: ComputeOptions): Promise<ComputeResult> {
  return withComputedValues(connection, options, async ({ plan, published, findings, diagnostics }) => ({
    period: options.period.id,
    ...(options.provinceCode !== undefined ? { provinceCode: options.provinceCode } : {}),
    list: plan.list,
    window: plan.window,
    asOf: options.asOf ?? null,
    values: await readComputed(connection, published),
    findings,
    diagnostics,
    definitionsHash: plan.hash,
  }));
}

/**
 * Computes and stores `indicator_values`, `check_results` and `compute_runs` for a period and scope
 * (a province, or `*` for the whole country), replacing what was stored before, in one transaction.
 * The values go from DuckDB to DuckDB: a national compute (over a million values) never passes
 * through JavaScript objects. When nothing it depends on changed since the last compute (its
 * fingerprint, see fingerprintOf), nothing is written, the definitions are not even parsed, and
 * `changed` is false.
 */
export async function computeAndStore(connection: DuckDBConnection, options: ComputeOptions): Promise<{ result: StoredCompute; changed: boolean }> {
  const period = options.period.id;
  const scope = scopeKey(options.provinceCode);
  // Checked before the definitions are parsed: an unchanged compute costs a fingerprint and a few reads.
  const fingerprint = await fingerprintOf(connection, options);
  const previous = await runBound(connection, 'SELECT fingerprint, definitions_hash, load_diagnostics_json FROM compute_runs WHERE period = $period AND province_code = $scope', { period, scope });
  const stored = previous.rows[0];
  const named = options.provinceCode === undefined
    ? []
    : (await runBound(connection, 'SELECT name FROM units WHERE list_id = $list AND code = $code', { list: listForPeriod(options.period), code: options.provinceCode })).rows;
  const common = {
    period,
    ...(options.provinceCode !== undefined ? { provinceCode: options.provinceCode } : {}),
    ...(named.length > 0 ? { provinceName: String(named[0].name) } : {}),
    asOf: options.asOf ?? null,
  };
  if (stored?.fingerprint === fingerprint && stored.definitions_hash !== null) {
    const list = listForPeriod(options.period);
    const window = periodWindow(options.period, options.provinceCode ? { provinceCode: options.provinceCode } : {});
    const diagnostics = JSON.parse(String(stored.load_diagnostics_json ?? '[]')) as Diagnostic[];
    const result = { ...common, list, window, definitionsHash: String(stored.definitions_hash), ...(await storedIndicators(connection, period, scope)) };
    return { result: { ...result, findings: await storedFindings(connection, period, scope), diagnostics }, changed: false };
  }
  const plan = computePlan(options);
  const base = { ...common, list: plan.list, window: plan.window, definitionsHash: plan.hash };
  const result = await withComputedValues(connection, { ...options, definitions: plan.definitions }, async ({ findings, diagnostics }) => {
    await inTransaction(connection, async () => {
      await connection.run('DELETE FROM indicator_values WHERE period = $period AND province_code = $scope', { period, scope });
      await connection.run('DELETE FROM check_results WHERE period = $period AND province_code = $scope', { period, scope });
      await connection.run(
        `INSERT INTO indicator_values
         SELECT $period, $scope, indicator, unit_code, unit_level, disaggregation, value, numerator, denominator
         FROM computed_values ORDER BY ${COMPUTED_ORDER}`,
        { period, scope },
      );
      await appendFindings(connection, findings, period, scope);
      await connection.run('DELETE FROM compute_runs WHERE period = $period AND province_code = $scope', { period, scope });
      await connection.run(
        `INSERT INTO compute_runs (period, province_code, fingerprint, computed_at, definitions_hash, load_diagnostics_json)
         VALUES ($period, $scope, $fingerprint, now(), $hash, $diagnostics)`,
        { period, scope, fingerprint, hash: plan.hash, diagnostics: JSON.stringify(plan.diagnostics) },
      );
    });
    return { ...base, findings, diagnostics: [...plan.diagnostics, ...diagnostics] };
  });
  return { result: { ...result, ...(await storedIndicators(connection, period, scope)) }, changed: true };
}
