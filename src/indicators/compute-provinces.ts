import type { DuckDBConnection } from '@duckdb/node-api';
import { periodWindow } from '../periods/calendar.js';
import type { Period } from '../periods/period.js';
import { hierarchyFor } from '../units/hierarchy.js';
import { computeIndicators, readComputed } from './compute.js';
import { computePlan, withComputedValues } from './engine.js';
import { runBound } from './sql-params.js';
import { ALL_PROVINCES, fingerprintOf, readStoredValues, storedFindings } from './store-results.js';
import type { CheckFinding, ComputeResult, IndicatorDefinition } from './types.js';

/**
 * What a province report takes from a compute, with the definitions it was computed with and, when
 * it was computed now rather than read, the compute's diagnostics.
 */
export type ProvinceCompute = Pick<ComputeResult, 'values' | 'findings' | 'window' | 'definitionsHash'> & {
  definitions: readonly IndicatorDefinition[];
  diagnostics?: ComputeResult['diagnostics'];
};

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
  /** Defaults to every definition in `indicators/`. */
  definitions?: IndicatorDefinition[];
  /**
   * Compute the provinces without stored values one by one rather than the whole country once (the
   * cost then follows the provinces asked for: `export` of what a database holds). Default false.
   */
  alone?: boolean;
}

type Consume = (provinceCode: string, compute: ProvinceCompute) => Promise<void>;

/** Does the compute stored for `scope` (a province, or `*`) hold what computing now, as of `asOf`, would give? */
async function storedHolds(
  connection: DuckDBConnection,
  definitions: IndicatorDefinition[] | undefined,
  period: Period,
  provinceCode: string | undefined,
  asOf: Date | null,
): Promise<boolean> {
  const { rows } = await runBound(connection, 'SELECT fingerprint FROM compute_runs WHERE period = $period AND province_code = $scope', {
    period: period.id,
    scope: provinceCode ?? ALL_PROVINCES,
  });
  return rows.length > 0 && rows[0].fingerprint === (await fingerprintOf(connection, { period, provinceCode, asOf, ...(definitions ? { definitions } : {}) }));
}

/** The national stored compute holds and every finding names its unit (so it can be shared out by province). */
async function nationalHolds(connection: DuckDBConnection, definitions: IndicatorDefinition[] | undefined, period: Period, asOf: Date | null): Promise<boolean> {
  if (!(await storedHolds(connection, definitions, period, undefined, asOf))) return false;
  const { rows } = await runBound(connection, 'SELECT count(*)::INTEGER AS n FROM check_results WHERE period = $period AND province_code = $scope AND unit_code IS NULL', {
    period: period.id,
    scope: ALL_PROVINCES,
  });
  return Number(rows[0].n) === 0;
}

/**
 * The one path to a province's values, for one province or many. For each province, in order of
 * preference: what `tk13 compute` stored for it, when its fingerprint (definitions, window, units,
 * the current versions as of `asOf`) still holds; the stored national compute, shared out by
 * province, when it holds; the country computed once for all remaining provinces that share its
 * window (each province gets the values of its own units and the findings that name them: exactly
 * what it gets computed alone, since every level is rolled up from its own communes); otherwise the
 * province computed alone (its own window, a finding naming no unit, or a single province). Nothing is
 * stored. `consume` is called once per province.
 */
export async function computeProvinces(connection: DuckDBConnection, request: ProvincesRequest, consume: Consume): Promise<void> {
  const { period, asOf } = request;
  const national = computePlan({ period, ...(request.definitions ? { definitions: request.definitions } : {}) });
  const done = new Set<string>();
  const levels = (provinceCode: string) => request.shownBelow?.(provinceCode);

  for (const provinceCode of request.provinceCodes) {
    if (!(await storedHolds(connection, request.definitions, period, provinceCode, asOf))) continue;
    const window = periodWindow(period, { provinceCode });
    const values = await readStoredValues(connection, {
      period: period.id,
      provinceCode,
      definitions: national.definitions,
      ...(levels(provinceCode) ? { unitsOf: { list: national.list, provinceCode, below: levels(provinceCode) } } : {}),
    });
    await consume(provinceCode, { values, findings: await storedFindings(connection, period.id, provinceCode), window, definitionsHash: national.hash, definitions: national.definitions });
    done.add(provinceCode);
  }

  const sameWindow = (code: string) => JSON.stringify(periodWindow(period, { provinceCode: code })) === JSON.stringify(national.window);
  const together = request.alone ? [] : request.provinceCodes.filter((code) => !done.has(code) && sameWindow(code));
  const hierarchy = hierarchyFor(national.list);
  const share = async (findings: CheckFinding[], valuesOf: (provinceCode: string) => Promise<ComputeResult['values']>) => {
    if (findings.some((f) => f.unitCode === undefined)) return;
    for (const provinceCode of together) {
      const own = findings.filter((f) => hierarchy.unit(f.unitCode!)?.provinceCode === provinceCode);
      await consume(provinceCode, { values: await valuesOf(provinceCode), findings: own, window: national.window, definitionsHash: national.hash, definitions: national.definitions, diagnostics: sharedDiagnostics });
      done.add(provinceCode);
    }
  };
  let sharedDiagnostics: ComputeResult['diagnostics'] = [];
  if (together.length > 1 && (await nationalHolds(connection, request.definitions, period, asOf))) {
    const findings = await storedFindings(connection, period.id, ALL_PROVINCES);
    await share(findings, (provinceCode) =>
      readStoredValues(connection, { period: period.id, definitions: national.definitions, unitsOf: { list: national.list, provinceCode, below: levels(provinceCode) } }),
    );
  } else if (together.length > 1) {
    await withComputedValues(connection, { period, asOf, definitions: national.definitions }, async ({ published, findings, diagnostics }) => {
      // Grouped by province once, so each province reads only its own block.
      await connection.run(
        `CREATE OR REPLACE TEMP TABLE tk13_province_values AS
         SELECT u.province_code, v.* FROM computed_values v JOIN units u ON u.list_id = $list AND u.code = v.unit_code
         ORDER BY u.province_code`,
        { list: national.list },
      );
      sharedDiagnostics = diagnostics;
      await share(findings, (provinceCode) => {
        const below = levels(provinceCode);
        const filter = below ? ` AND unit_level IN ('province', $below)` : '';
        return readComputed(connection, published, { from: `tk13_province_values WHERE province_code = $province${filter}`, params: { province: provinceCode, ...(below ? { below } : {}) } });
      });
      await connection.run('DROP TABLE temp.main.tk13_province_values');
    });
  }
  for (const provinceCode of request.provinceCodes.filter((p) => !done.has(p))) {
    await consume(provinceCode, { ...(await computeIndicators(connection, { period, provinceCode, asOf, definitions: national.definitions })), definitions: national.definitions });
  }
}

/** One province's values by the same path (see computeProvinces). */
export async function computeProvince(connection: DuckDBConnection, request: Omit<ProvincesRequest, 'provinceCodes'> & { provinceCode: string }): Promise<ProvinceCompute> {
  let result: ProvinceCompute | undefined;
  const { provinceCode, ...rest } = request;
  await computeProvinces(connection, { ...rest, provinceCodes: [provinceCode] }, async (_, compute) => void (result = compute));
  return result!;
}
