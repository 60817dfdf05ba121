import type { Lang } from '../i18n/catalog-types.js';
import { defaultDimensions, dimensionTitle, parseDisaggregation } from '../indicators/dimensions.js';
import type { IndicatorMeta, IndicatorValue } from '../indicators/types.js';
import { disaggregationRows } from './indicator-labels.js';
import { levelName, pick } from './report-wording.js';

/** A row of an indicator's table before it is written. */
export interface TableLine {
  label: string;
  kind: 'indicator' | 'subheading' | 'category';
  /** The breakdown whose figures the row shows; none on a heading. */
  disaggregation?: string;
  /** The figure shown: the value, or, for the count published with a rate (`count` metadata), the numerator. */
  measure: 'value' | 'numerator';
  /** The row's own unit and number format preset (the count and rate rows of a count-and-rate indicator). */
  unit?: string;
  format?: string;
  /** Said across the columns of the levels the indicator is not published for (first row with figures). */
  note?: string;
}

/**
 * "Chỉ tiêu này chỉ tính cho toàn tỉnh: <where the data comes from>" for an indicator published for
 * some levels only (metadata `levels`, `data_from_vi`); undefined for one published at every level.
 */
export function levelsNote(meta: IndicatorMeta, lang: Lang): string | undefined {
  if (meta.levels.length === 3) return undefined;
  const where = pick(lang, meta.data_from_vi ?? '', meta.data_from_en ?? '');
  const scope =
    meta.levels.length === 1 && meta.levels[0] === 'province'
      ? pick(lang, 'Chỉ tiêu này chỉ tính cho toàn tỉnh', 'This indicator is computed for the whole province only')
      : `${pick(lang, 'Chỉ tiêu này chỉ tính cho cấp', 'This indicator is computed only at level')} ${meta.levels.map((l) => levelName(l, lang).toLocaleLowerCase(lang)).join(', ')}`;
  return where ? `${scope}: ${where}` : `${scope}.`;
}

/** "Chia theo giới tính và nhóm tuổi" for the dimensions of a disaggregation, in catalogue order. */
function breakdownTitle(dims: readonly string[], meta: IndicatorMeta, lang: Lang): string {
  const names = dims.map((dim) => dimensionTitle(dim, lang).toLocaleLowerCase(lang === 'vi' ? 'vi' : 'en'));
  const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${pick(lang, 'và', 'and')} ${names.at(-1)}` : names[0];
  const multi = dims.some((dim) => meta.multi.includes(dim));
  const note = multi ? pick(lang, ' (một trẻ em, vụ việc có thể thuộc nhiều nhóm)', ' (one child or case may fall in several; categories may sum to more than the total)') : '';
  return `${pick(lang, 'Chia theo', 'By')} ${joined}${note}`;
}

/**
 * The indicator's rows: its total, then each breakdown under its "Chia theo …" sub-heading. An
 * indicator published with its count ("Số lượng, tỷ lệ …") has a heading row, then for each breakdown
 * a count row (the numerator, in the count's unit) and a rate row.
 */
export function tableLines(meta: IndicatorMeta, values: readonly IndicatorValue[], lang: Lang): TableLine[] {
  const rows = disaggregationRows(meta, values, lang);
  const catalogue = defaultDimensions();
  const rank = (dim: string) => catalogue.dimensions.findIndex((d) => d.code === dim);
  const title = pick(lang, meta.title_vi, meta.title_en);
  const { count } = meta;
  const lines: TableLine[] = count ? [{ label: title, kind: 'indicator', measure: 'value' }] : [{ label: title, disaggregation: 'total', kind: 'indicator', measure: 'value' }];
  const figures = (label: string, disaggregation: string): TableLine[] => {
    if (!count) return [{ label: `- ${label}`, disaggregation, kind: 'category', measure: 'value' }];
    const total = disaggregation === 'total';
    const countLabel = total ? pick(lang, count.title_vi, count.title_en) : `${label} (${pick(lang, 'số lượng', 'count')})`;
    const rateLabel = total ? pick(lang, 'Tỷ lệ', 'Rate') : `${label} (${pick(lang, 'tỷ lệ', 'rate')})`;
    return [
      { label: `- ${countLabel}`, disaggregation, kind: 'category', measure: 'numerator', unit: pick(lang, count.unit, count.unit_en), format: 'int0' },
      { label: `- ${rateLabel}`, disaggregation, kind: 'category', measure: 'value', unit: pick(lang, meta.unit, meta.unit_en), format: meta.format },
    ];
  };
  if (count) lines.push(...figures(title, 'total'));
  let previous = '';
  for (const row of rows) {
    if (row.disaggregation === 'total') continue;
    const dims = parseDisaggregation(row.disaggregation)
      .map(([dim]) => dim)
      .sort((a, b) => rank(a) - rank(b));
    const key = dims.join(';');
    if (key !== previous) lines.push({ label: breakdownTitle(dims, meta, lang), kind: 'subheading', measure: 'value' });
    previous = key;
    lines.push(...figures(row.label, row.disaggregation));
  }
  const note = levelsNote(meta, lang);
  const first = lines.find((line) => line.disaggregation !== undefined);
  if (note && first) first.note = note;
  return lines;
}
