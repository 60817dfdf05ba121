import type { DimensionCatalogue } from './dimensions.js';
import { formatDisaggregation } from './dimensions.js';
import type { IndicatorMeta } from './types.js';

export interface GridCell {
  /** Index of the combination in `meta.disaggregations` (0 is the total). */
  combo: number;
  /** Report order within the indicator. */
  ordinal: number;
  disaggregation: string;
}

/**
 * Every disaggregation an indicator publishes for every unit, in report order: the total, then
 * each combination with its values nested in the catalogue's dimension order (Nam 0–5, Nam 6–10, …).
 */
export function disaggregationGrid(meta: IndicatorMeta, catalogue: DimensionCatalogue): GridCell[] {
  const rank = (dim: string) => catalogue.dimensions.findIndex((d) => d.code === dim);
  const cells: GridCell[] = [];
  meta.disaggregations.forEach((combo, index) => {
    const nested = [...combo].sort((a, b) => rank(a) - rank(b));
    let rows: Array<Array<[string, string]>> = [[]];
    for (const dim of nested) {
      const values = catalogue.byCode.get(dim)?.values ?? [];
      rows = rows.flatMap((row) => values.map((v) => [...row, [dim, v.code] as [string, string]]));
    }
    for (const row of rows) cells.push({ combo: index, ordinal: cells.length, disaggregation: formatDisaggregation(row) });
  });
  return cells;
}
