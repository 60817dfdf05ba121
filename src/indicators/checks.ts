import type { DuckDBConnection } from '@duckdb/node-api';
import type { Diagnostic } from '../core/diagnostics.js';
import { type DefinitionParams, UnknownParameterError, errorLine, runBound } from './sql-params.js';
import type { CheckFinding, IndicatorDefinition } from './types.js';

function cell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Runs the `checks:` of the published definitions. A check is SQL returning offending rows; it may
 * read `computed_values` (indicator, unit_code, unit_level, disaggregation, value, numerator,
 * denominator — everything just computed) and the canonical views, with the definition parameters.
 * Each row becomes a finding; a `unit_code` column names the unit.
 */
export async function runChecks(
  connection: DuckDBConnection,
  definitions: readonly IndicatorDefinition[],
  params: DefinitionParams,
): Promise<{ findings: CheckFinding[]; diagnostics: Diagnostic[] }> {
  const findings: CheckFinding[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { meta, file } of definitions) {
    for (const check of meta.checks) {
      try {
        const { rows } = await runBound(connection, check.sql, { ...params });
        const found: CheckFinding[] = [];
        for (const row of rows) {
          const unit = row.unit_code;
          found.push({
            indicator: meta.id,
            check: check.name,
            ...(unit !== null && unit !== undefined ? { unitCode: String(unit) } : {}),
            detail: Object.entries(row)
              .map(([k, v]) => `${k}=${cell(v)}`)
              .join(', '),
          });
        }
        // A check's SQL need not order its rows; findings still come out the same every time.
        findings.push(...found.sort((a, b) => (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0)));
      } catch (error) {
        const found = error instanceof UnknownParameterError ? `$${error.parameter}` : errorLine(error);
        diagnostics.push({ code: 'indicator-check-error', severity: 'error', file, item: `${meta.id}.${check.name}`, found });
      }
    }
  }
  return { findings, diagnostics };
}
