import type { DuckDBConnection } from '@duckdb/node-api';
import { periodWindow } from '../periods/calendar.js';
import type { Period } from '../periods/period.js';
import { hierarchyFor } from '../units/hierarchy.js';
import { computeIndicators, readComputed } from './compute.js';
import { type ComputePlan, computePlan, withComputedValues } from './engine.js';
import { runBound } from './sql-params.js';
import { ALL_PROVINCES, fingerprintOf, readStoredValues, storedFindings } from './store-results.js';
import type { CheckFinding, ComputeResult, IndicatorDefinition } from './types.js';

/** What a province report takes from a compute, with the definitions it was computed with. */
export type ProvinceCompute = Pick<ComputeResult, 'values' | 'findings' | 'window' | 'definitionsHash'> & { definitions: readonly IndicatorDefinition[] };

export interface ProvincesRequest {
  period: Period;
  provinceCodes: readonly string[];
  asOf: Date | null;
  /**
   * Only the values of the province itself and of this level below it (a report shows its districts,
   * or its communes where there are none): reading a country's commune values into JavaScript for
   * reports that never show them costs seconds. Default: every level.
   */
  shownBelow?: (provinceCode: string) => 'district' | 'commune';
}

type Consume = (provinceCode: string, compute: ProvinceCompute) => Promise<void>;

/**
 * Is the stored national compute of the period exactly what computing now, as of `asOf`, would give?
 * Yes when its fingerprint (definitions, window, every current submission) still holds, nothing was
 * received after `asOf` (so `asOf` leaves every submission in), and every finding names its unit.
 */
async function storedComputeHolds(connection: DuckDBConnection, plan: ComputePlan, period: Period, asOf: Date | null): Promise<boolean> {
  const scalar = async (sql: string, params: Record<string, string>) => (await runBound(connection, sql, params)).rows[0];
  const stored = await scalar('SELECT fingerprint FROM compute_runs WHERE period = $period AND province_code = $scope', { period: period.id, scope: ALL_PROVINCES });
  if (!stored || stored.fingerprint !== (await fingerprintOf(connection, { period }, plan))) return false;
  if (asOf) {
    const later = await scalar('SELECT count(*)::INTEGER AS n FROM submissions WHERE received_at > $as_of::TIMESTAMPTZ', { as_of: asOf.toISOString() });
    if (Number(later.n) > 0) return false;
  }
  const unitless = await scalar('SELECT count(*)::INTEGER AS n FROM check_results WHERE period = $period AND province_code = $scope AND unit_code IS NULL', {
    period: period.id,
    scope: ALL_PROVINCES,
  });
  return Number(unitless.n) === 0;
}

/**
 * Computes several provinces at once. The country is computed once — or, when `tk13 compute` stored
 * exactly what that would give, its stored results are read — and each province gets the values of
 * its own units and the findings that name them: exactly what it gets computed alone, since every
 * level is rolled up from the rows of its own communes. Computed alone instead: a province whose
 * calendar gives it another window, and every province when a check produced a finding that names
 * no unit (it could depend on what else was in scope). `consume` is called once per province.
 */
export async function computeProvinces(connection: DuckDBConnection, request: ProvincesRequest, consume: Consume): Promise<void> {
  const { period, asOf } = request;
  const national = computePlan({ period });
  const sameWindow = (code: string) => JSON.stringify(periodWindow(period, { provinceCode: code })) === JSON.stringify(national.window);
  const together = request.provinceCodes.filter(sameWindow);
  const hierarchy = hierarchyFor(national.list);
  const done = new Set<string>();
  const share = async (findings: CheckFinding[], valuesOf: (provinceCode: string) => Promise<ComputeResult['values']>) => {
    if (findings.some((f) => f.unitCode === undefined)) return;
    for (const provinceCode of together) {
      const own = findings.filter((f) => hierarchy.unit(f.unitCode!)?.provinceCode === provinceCode);
      await consume(provinceCode, { values: await valuesOf(provinceCode), findings: own, window: national.window, definitionsHash: national.hash, definitions: national.definitions });
      done.add(provinceCode);
    }
  };
  if (together.length > 1 && (await storedComputeHolds(connection, national, period, asOf))) {
    const findings = await storedFindings(connection, period.id, ALL_PROVINCES);
    await share(findings, (provinceCode) =>
      readStoredValues(connection, { period: period.id, definitions: national.definitions, unitsOf: { list: national.list, provinceCode, below: request.shownBelow?.(provinceCode) } }),
    );
  } else if (together.length > 1) {
    await withComputedValues(connection, { period, asOf }, async ({ published, findings }) => {
      // Grouped by province once, so each province reads only its own block.
      await connection.run(
        `CREATE OR REPLACE TEMP TABLE tk13_province_values AS
         SELECT u.province_code, v.* FROM computed_values v JOIN units u ON u.list_id = $list AND u.code = v.unit_code
         ORDER BY u.province_code`,
        { list: national.list },
      );
      await share(findings, (provinceCode) => {
        const below = request.shownBelow?.(provinceCode);
        const levels = below ? ` AND unit_level IN ('province', $below)` : '';
        return readComputed(connection, published, { from: `tk13_province_values WHERE province_code = $province${levels}`, params: { province: provinceCode, ...(below ? { below } : {}) } });
      });
      await connection.run('DROP TABLE temp.main.tk13_province_values');
    });
  }
  for (const provinceCode of request.provinceCodes.filter((p) => !done.has(p))) {
    await consume(provinceCode, { ...(await computeIndicators(connection, { period, provinceCode, asOf })), definitions: national.definitions });
  }
}
