import type { Lang } from '../i18n/catalog-types.js';

/**
 * Numbers as a person reads them in the terminal. Vietnamese: `1.234.567`, `96,84 %`; English:
 * `1,234,567`, `96.84%` (TCVN / common Vietnamese office style: dot groups thousands, comma marks
 * decimals, a space before %). Written out here rather than with `toLocaleString`, so the output is
 * the same whatever the viewer's locale settings or Node's ICU data. Dates: `formatVietnamDate`
 * (dd/mm/yyyy) in src/periods/vietnam-time.ts.
 */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [group, point] = lang === 'en' ? [',', '.'] : ['.', ','];
  const fixed = decimals === undefined ? String(Math.abs(value)) : Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `${point}${fraction}` : ''}`;
}

/** A whole count: `1.234.567` / `1,234,567`. */
export function formatCount(value: number, lang: Lang): string {
  return formatNumber(Math.round(value), lang);
}

/** A percentage already in percent units (96.84 → `96,84 %` / `96.84%`); `—` for none. */
export function formatPercent(value: number | null | undefined, lang: Lang, decimals = 2): string {
  if (value === null || value === undefined) return '—';
  const number = formatNumber(value, lang, decimals);
  return lang === 'en' ? `${number}%` : `${number} %`;
}
