import type { Lang } from '../i18n/catalog-types.js';
import { disaggregationLabel } from '../indicators/dimensions.js';
import type { CheckFinding, IndicatorMeta } from '../indicators/types.js';
import { levelName, pick, showNumber } from './report-wording.js';

/** A check of an indicator definition (its `checks:` entry). */
export type IndicatorCheck = IndicatorMeta['checks'][number];

/** `line=14, age_years=16` as CheckFinding.detail writes it, back to column → value. */
function detailValues(detail: string): Map<string, string> {
  return new Map(
    detail
      .split(', ')
      .filter((pair) => pair.includes('='))
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as [string, string]),
  );
}

/**
 * One offending row in words, by the check's `detail_vi` / `detail_en` template: breakdowns by their
 * labels, levels by their names, numbers in the reader's style (`6/143 xã chưa báo cáo đủ …`). Null
 * for a check without a template: the reader is shown its description alone, never the raw
 * `column=value` pairs. One wording for the report's checks sheet and `tk13 compute`.
 */
export function findingDetail(finding: CheckFinding, check: IndicatorCheck | undefined, lang: Lang): string | null {
  const template = check ? pick(lang, check.detail_vi ?? '', check.detail_en ?? '') : '';
  if (!template) return null;
  const values = detailValues(finding.detail);
  return template.replace(/\{([a-z0-9_]+)\}/g, (whole, key: string) => {
    const value = values.get(key);
    if (value === undefined) return whole;
    if (key === 'disaggregation') return disaggregationLabel(value, lang);
    if (key === 'unit_level') return levelName(value, lang);
    return /^-?\d+(\.\d+)?$/.test(value) ? showNumber(Number(value), lang) : value;
  });
}
