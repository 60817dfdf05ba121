import type { DuckDBConnection } from '@duckdb/node-api';
import type { Diagnostic } from '../core/diagnostics.js';
import { CANONICAL_VIEWS } from './definition.js';
import type { GridCell } from './grid.js';
import { type RowShape, rollupSql } from './rollup-sql.js';
import { analyseSql } from './sql-analysis.js';
import { type DefinitionParams, UnknownParameterError, errorLine, runBound } from './sql-params.js';
import type { IndicatorDefinition } from './types.js';

/** What the engine needs to know to place one definition's rows. */
export interface DefinitionRun {
  definition: IndicatorDefinition;
  params: DefinitionParams;
  list: string;
  grid: GridCell[];
}

type Problem = Omit<Diagnostic, 'file' | 'item'>;

function describe(row: Record<string, unknown>): string {
  return Object.entries(row)
    .map(([k, v]) => `${k}=${v === null ? 'NULL' : typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(', ');
}

/** The SQL is one SELECT reading only the canonical views. */
async function readsProblems(connection: DuckDBConnection, definition: IndicatorDefinition): Promise<Problem[]> {
  const analysis = await analyseSql(connection, definition.sql);
  if (analysis.problem) return [{ code: 'indicator-sql-not-select', severity: 'error', found: analysis.problem }];
  const forbidden = analysis.reads.filter((t) => !(CANONICAL_VIEWS as readonly string[]).includes(t));
  if (forbidden.length > 0) return [{ code: 'indicator-reads-forbidden', severity: 'error', found: forbidden.join(', '), expected: CANONICAL_VIEWS.join(', ') }];
  const declared = [...definition.meta.source].sort().join(', ');
  const actual = analysis.reads.join(', ');
  return declared === actual ? [] : [{ code: 'indicator-source-mismatch', severity: 'warning', found: actual, expected: declared }];
}

/** The output has every column the metadata promises, with the right shape. */
function columnProblems(definition: IndicatorDefinition, types: Map<string, string>): Problem[] {
  const { meta } = definition;
  const needed = new Set(['unit_code', ...meta.dims, ...meta.grain]);
  if (meta.kind === 'sum') needed.add('value');
  if (meta.kind === 'ratio') ['numerator', 'denominator'].forEach((c) => needed.add(c));
  if (types.has('entity_id') && meta.dims.some((d) => !meta.multi.includes(d))) needed.add('observed_on');
  const missing = [...needed].filter((c) => !types.has(c));
  if (missing.length > 0) return [{ code: 'indicator-columns-missing', severity: 'error', found: [...types.keys()].join(', '), expected: missing.join(', ') }];
  const wrongShape = meta.dims.filter((d) => meta.multi.includes(d) !== types.get(d)!.endsWith('[]'));
  return wrongShape.map((d) => ({
    code: 'indicator-column-shape',
    severity: 'error' as const,
    column: d,
    found: types.get(d),
    expected: meta.multi.includes(d) ? 'VARCHAR[]' : 'VARCHAR',
  }));
}

async function grainProblems(connection: DuckDBConnection, grain: string[]): Promise<Problem[]> {
  const columns = grain.map((c) => `"${c}"`).join(', ');
  const { rows } = await runBound(connection, `SELECT ${columns}, count(*)::INTEGER AS copies FROM tk13_rows GROUP BY ALL HAVING count(*) > 1 ORDER BY ALL LIMIT 1`, {});
  return rows.length === 0 ? [] : [{ code: 'indicator-grain-not-unique', severity: 'error', expected: grain.join(', '), found: describe(rows[0]) }];
}

async function unplacedProblems(connection: DuckDBConnection, list: string): Promise<Problem[]> {
  const { rows } = await runBound(
    connection,
    `SELECT count(*)::INTEGER AS n, min(unit_code)::VARCHAR AS example FROM tk13_rows r
     WHERE r.unit_code IS NULL OR NOT EXISTS (SELECT 1 FROM units u WHERE u.list_id = $list AND u.level IN ('commune', 'province') AND u.code = r.unit_code)`,
    { list },
  );
  const n = Number(rows[0].n);
  return n === 0 ? [] : [{ code: 'indicator-rows-unplaced', severity: 'warning', found: String(rows[0].example ?? 'NULL'), params: { count: n, list } }];
}

async function fillGrid(connection: DuckDBConnection, grid: GridCell[]): Promise<void> {
  await connection.run('CREATE OR REPLACE TEMP TABLE tk13_grid (combo INTEGER, ordinal INTEGER, disaggregation VARCHAR)');
  const appender = await connection.createAppender('tk13_grid', 'main', 'temp');
  try {
    for (const cell of grid) {
      appender.appendInteger(cell.combo);
      appender.appendInteger(cell.ordinal);
      appender.appendVarchar(cell.disaggregation);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

async function unknownValueProblems(connection: DuckDBConnection, id: string): Promise<Problem[]> {
  const { rows } = await runBound(
    connection,
    'SELECT count(DISTINCT disaggregation)::INTEGER AS n, min(disaggregation) AS example FROM computed_values WHERE indicator = $id AND ordinal IS NULL',
    { id },
  );
  const n = Number(rows[0].n);
  return n === 0 ? [] : [{ code: 'indicator-dimension-value-unknown', severity: 'warning', found: String(rows[0].example), params: { count: n } }];
}

/**
 * Runs one definition and rolls it up into `computed_values`. A definition that cannot be trusted
 * (not one SELECT, reads raw tables, missing columns, grain not unique) publishes nothing: a missing
 * indicator is better than a wrong official number. Returns false when it published nothing.
 */
export async function runDefinition(connection: DuckDBConnection, run: DefinitionRun): Promise<{ published: boolean; diagnostics: Diagnostic[] }> {
  const { definition } = run;
  const { meta } = definition;
  const located = (problems: Problem[]): Diagnostic[] => problems.map((p) => ({ ...p, file: definition.file, item: meta.id }));
  const fatal = (problems: Problem[]) => problems.some((p) => p.severity === 'error');

  const diagnostics = located(await readsProblems(connection, definition));
  if (fatal(diagnostics)) return { published: false, diagnostics };
  try {
    await runBound(connection, `CREATE OR REPLACE TEMP TABLE tk13_rows AS ${definition.sql}`, { ...run.params });
  } catch (error) {
    const problem: Problem =
      error instanceof UnknownParameterError
        ? { code: 'indicator-parameter-unknown', severity: 'error', found: `$${error.parameter}`, expected: '$period, $period_start, $period_end' }
        : { code: 'indicator-sql-error', severity: 'error', found: errorLine(error) };
    return { published: false, diagnostics: [...diagnostics, ...located([problem])] };
  }
  const described = await runBound(connection, 'DESCRIBE tk13_rows', {});
  const types = new Map(described.rows.map((r) => [String(r.column_name), String(r.column_type)]));
  const shapeProblems = columnProblems(definition, types);
  if (fatal(shapeProblems)) return { published: false, diagnostics: [...diagnostics, ...located(shapeProblems)] };
  const grain = await grainProblems(connection, meta.grain);
  if (fatal(grain)) return { published: false, diagnostics: [...diagnostics, ...located(grain)] };
  diagnostics.push(...located(await unplacedProblems(connection, run.list)));

  await fillGrid(connection, run.grid);
  const shape: RowShape = { hasEntity: types.has('entity_id'), hasValue: types.has('value') };
  await runBound(connection, rollupSql(meta, shape), { indicator: meta.id, scale: meta.scale });
  diagnostics.push(...located(await unknownValueProblems(connection, meta.id)));
  return { published: true, diagnostics };
}
