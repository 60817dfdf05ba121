import type { IndicatorMeta, IndicatorValue } from './types.js';

/** PRODUCT §3.4: one row per indicator × unit × disaggregation. */
export const EXPORT_HEADER = ['period', 'indicator', 'unit_code', 'unit_level', 'disaggregation', 'value', 'numerator', 'denominator'] as const;

export interface ExportRow {
  period: string;
  indicator: string;
  unit_code: string;
  unit_level: string;
  disaggregation: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** Half-up rounding on the decimal digits (0.125 → 0.13), not on the binary approximation. */
export function roundTo(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  return (sign * Number(`${Math.round(Number(`${Math.abs(value)}e${decimals}`))}e-${decimals}`)) || 0;
}

/**
 * The values as export rows: ratios rounded to 2 decimals with their numerator and denominator,
 * other kinds without. With `suppressBelow` K, small counts are blanked for publication: a count
 * (or a sum of people) from 1 to K−1, and a ratio whose numerator is from 1 to K−1 (with its
 * numerator and denominator). Zeros stay, and money is never suppressed.
 */
export function exportRows(
  period: string,
  values: readonly IndicatorValue[],
  metaById: ReadonlyMap<string, IndicatorMeta>,
  suppressBelow?: number,
): ExportRow[] {
  const small = (n: number | null | undefined) => suppressBelow !== undefined && n !== null && n !== undefined && n > 0 && n < suppressBelow;
  return values.map((v) => {
    const meta = metaById.get(v.indicator);
    const base = { period, indicator: v.indicator, unit_code: v.unitCode, unit_level: v.unitLevel, disaggregation: v.disaggregation };
    if (meta?.kind === 'ratio') {
      if (small(v.numerator)) return { ...base, value: null, numerator: null, denominator: null };
      return { ...base, value: v.value === null ? null : roundTo(v.value, 2), numerator: v.numerator ?? null, denominator: v.denominator ?? null };
    }
    const disclosive = meta?.format === 'int0' && small(v.value);
    return { ...base, value: disclosive ? null : v.value, numerator: null, denominator: null };
  });
}

function plainNumber(value: number | null, decimals?: number): string {
  if (value === null) return '';
  if (decimals !== undefined) return value.toFixed(decimals);
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}

/** A cell a spreadsheet would read as a formula (`= + - @`, or a tab/CR trick) is prefixed with `'`. */
function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The data lines of the CSV for `rows` (no header), each ending with `\n`. */
export function csvLines(rows: readonly ExportRow[], ratioIndicators: ReadonlySet<string>): string {
  let text = '';
  for (const r of rows) {
    const ratio = ratioIndicators.has(r.indicator);
    text += `${[
      textCell(r.period),
      textCell(r.indicator),
      textCell(r.unit_code),
      textCell(r.unit_level),
      textCell(r.disaggregation),
      plainNumber(r.value, ratio ? 2 : undefined),
      plainNumber(r.numerator),
      plainNumber(r.denominator),
    ].join(',')}\n`;
  }
  return text;
}

/** UTF-8 CSV text (no BOM, `\n` line ends), header first; plain decimals without thousands separators. */
export function exportCsv(rows: readonly ExportRow[], ratioIndicators: ReadonlySet<string>): string {
  return `${EXPORT_HEADER.join(',')}\n${csvLines(rows, ratioIndicators)}`;
}
