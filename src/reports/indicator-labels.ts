import type { Lang } from '../i18n/catalog-types.js';
import { defaultDimensions, disaggregationLabel } from '../indicators/dimensions.js';
import { disaggregationGrid } from '../indicators/grid.js';
import type { IndicatorMeta, IndicatorValue } from '../indicators/types.js';

export interface DisaggregationRow {
  /** §3.4 syntax, e.g. `age_group=0-5;sex=male`. */
  disaggregation: string;
  label: string;
}

/**
 * The rows of an indicator's table, driven by its metadata: the total, then every published
 * disaggregation with every value combination in report order, present in the data or not, so the
 * table has the same shape for every province. Values the catalogue does not know come last.
 */
export function disaggregationRows(meta: IndicatorMeta, values: readonly IndicatorValue[], lang: Lang): DisaggregationRow[] {
  const keys = disaggregationGrid(meta, defaultDimensions()).map((cell) => cell.disaggregation);
  if (!keys.includes('total')) keys.unshift('total');
  const known = new Set(keys);
  const extra = [...new Set(values.map((v) => v.disaggregation))].filter((d) => !known.has(d)).sort();
  return [...new Set([...keys, ...extra])].map((disaggregation) => ({ disaggregation, label: disaggregationLabel(disaggregation, lang) }));
}
