import type { FormRowSpec } from './spec-file.js';

const ROW_KEYS = new Set(['code', 'label']);

/** `total` or the dimension pairs in key order joined by `;` (PRODUCT §3.4). */
export function disaggregationOf(dims: Readonly<Record<string, string>>): string {
  const keys = Object.keys(dims).sort();
  return keys.length === 0 ? 'total' : keys.map((k) => `${k}=${dims[k]}`).join(';');
}

/** How a diagnostic names an input: `population[age_group=0-5;sex=male]`, or `has_play_area` for a total. */
export function itemRef(item: string, disaggregation: string): string {
  return disaggregation === 'total' ? item : `${item}[${disaggregation}]`;
}

/** Key of a value in the maps the writer takes and the rules read. */
export function valueKey(item: string, disaggregation: string): string {
  return `${item}|${disaggregation}`;
}

/** The dimensions a row pins (every key but `code` and `label`). */
export function rowDims(row: FormRowSpec): Record<string, string> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !ROW_KEYS.has(key))) as Record<string, string>;
}

