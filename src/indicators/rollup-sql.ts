import type { IndicatorMeta } from './types.js';

/**
 * Builds the roll-up of one definition (PRODUCT §3.2) over the temp tables the engine prepared:
 *   tk13_rows   the definition's output (lowest grain),
 *   tk13_scope  each unit a row may name (a commune, or a province) with every unit above it
 *               (row_unit, level, level_rank, scope_unit): a province row attaches to the province only,
 *   tk13_units  every unit in scope at every level,
 *   tk13_grid   the published disaggregations of this definition with their report order,
 * and inserts one row per unit × disaggregation into `computed_values`.
 *
 * Every level is computed from the lowest rows: a row is attached to its commune, district and
 * province, and (with an entity) collapsed per (level unit, entity) before anything is added up, so
 * an entity seen in two communes counts once above them. Ratios add numerators and denominators
 * first and divide last. Only the levels of `meta.levels` are published: an indicator whose inputs
 * exist for the province alone publishes no commune or district value, not even an empty one.
 */
export interface RowShape {
  /** The output has `entity_id`: rows are collapsed per entity at every level. */
  hasEntity: boolean;
  /** The output has `value` (always for sums; for counts, a 0/1 flag per row or entity). */
  hasValue: boolean;
}

const q = (name: string) => `"${name}"`;

function collapsed(meta: IndicatorMeta, shape: RowShape): string {
  const keys = 'tk13_level, tk13_rank, tk13_unit';
  const firstDims = meta.dims.filter((d) => !meta.multi.includes(d));
  const measures =
    meta.kind === 'ratio'
      ? ['numerator', 'denominator'].map((m) => ({ column: m, alias: m === 'numerator' ? 'tk13_num' : 'tk13_den' }))
      : [{ column: shape.hasValue ? 'value' : null, alias: 'tk13_value' }];
  if (!shape.hasEntity) {
    const dims = meta.dims.map((d) => `${q(d)}`);
    const values = measures.map((m) => `${m.column ? `${q(m.column)}::DOUBLE` : '1::DOUBLE'} AS ${m.alias}`);
    return `SELECT ${[keys, ...dims, ...values].join(', ')} FROM placed`;
  }
  // The entity's earliest row (ties broken by the dim values themselves) gives its "first" dims: the
  // smallest (observed_on, dims…) tuple, compared field by field with NULLs last, as ORDER BY … NULLS
  // LAST would sort them — and several times cheaper than an ordered aggregate per entity.
  const earliest = ['observed_on', ...firstDims].map((c, i) => `'k${i}': ${q(c)}`).join(', ');
  const dims = meta.dims.map((d) =>
    meta.multi.includes(d) ? `list_sort(list_distinct(flatten(list(${q(d)})))) AS ${q(d)}` : `min({${earliest}}).k${firstDims.indexOf(d) + 1} AS ${q(d)}`,
  );
  // "Counts as supported if any of its rows says so": measures collapse with max.
  const values = measures.map((m) => `${m.column ? `max(${q(m.column)}::DOUBLE)` : '1::DOUBLE'} AS ${m.alias}`);
  return `SELECT ${[keys, ...dims, ...values].join(', ')} FROM placed GROUP BY ${keys}, entity_id`;
}

function combination(meta: IndicatorMeta, combo: string[], index: number): string {
  // A multi-valued dim is unnested in a projection, one nested level per such dim (so two of them
  // cross): DuckDB plans a lateral unnest (`FROM c, unnest(…)`) as a correlated join, several
  // times slower over hundreds of thousands of entities.
  let from = 'collapsed';
  const expr = new Map<string, string>();
  combo.forEach((dim, i) => {
    if (meta.multi.includes(dim)) {
      from = `(SELECT *, unnest(list_distinct(${q(dim)})) AS tk13_m${i} FROM ${from})`;
      expr.set(dim, `c.tk13_m${i}::VARCHAR`);
    } else {
      expr.set(dim, `c.${q(dim)}::VARCHAR`);
    }
  });
  const label = combo.length === 0 ? `'total'` : combo.map((dim, i) => `'${i > 0 ? ';' : ''}${dim}=' || ${expr.get(dim)}`).join(' || ');
  const present = combo.map((dim) => `${expr.get(dim)} IS NOT NULL`);
  const sums = meta.kind === 'ratio' ? 'sum(c.tk13_num) AS n, sum(c.tk13_den) AS d' : 'sum(c.tk13_value) AS v';
  return [
    `SELECT c.tk13_level, c.tk13_rank, c.tk13_unit, ${index} AS tk13_combo, ${label} AS tk13_disagg, ${sums}`,
    `FROM ${from} c`,
    present.length > 0 ? `WHERE ${present.join(' AND ')}` : '',
    'GROUP BY ALL',
  ].join('\n');
}

function published(meta: IndicatorMeta): string {
  const empty = (expr: string) => (meta.no_data === 'zero' ? `coalesce(${expr}, 0)` : expr);
  if (meta.kind !== 'ratio') return `${empty('a.v')}, NULL, NULL`;
  // A zero (or missing) denominator gives an empty value, never 0 and never an error.
  return `CASE WHEN a.d IS NULL OR a.d = 0 THEN NULL ELSE a.n / a.d * $scale::DOUBLE END, ${empty('a.n')}, ${empty('a.d')}`;
}

/** `INSERT INTO computed_values …` for one definition; binds `$indicator` and `$scale`. */
export function rollupSql(meta: IndicatorMeta, shape: RowShape): string {
  // The levels are the validated enum of the metadata (UNIT_LEVELS), never free text.
  const levels = meta.levels.map((level) => `'${level}'`).join(', ');
  const combos = meta.disaggregations.map((combo, i) => combination(meta, combo, i)).join('\nUNION ALL\n');
  return `INSERT INTO computed_values
WITH placed AS (
  SELECT s.level AS tk13_level, s.level_rank AS tk13_rank, s.scope_unit AS tk13_unit, r.*
  FROM tk13_rows r JOIN tk13_scope s ON s.row_unit = r.unit_code
  WHERE s.level IN (${levels})
),
collapsed AS (${collapsed(meta, shape)}),
aggregated AS (${combos}),
grid AS (SELECT u.level, u.level_rank, u.scope_unit, g.combo, g.ordinal, g.disaggregation FROM tk13_units u CROSS JOIN tk13_grid g WHERE u.level IN (${levels}))
SELECT $indicator::VARCHAR,
  coalesce(g.scope_unit, a.tk13_unit), coalesce(g.level, a.tk13_level), coalesce(g.disaggregation, a.tk13_disagg),
  ${published(meta)},
  coalesce(g.level_rank, a.tk13_rank), coalesce(g.combo, a.tk13_combo), g.ordinal
FROM grid g FULL JOIN aggregated a
  ON a.tk13_level = g.level AND a.tk13_unit = g.scope_unit AND a.tk13_disagg = g.disaggregation`;
}
