/**
 * Number format presets named in indicator metadata (`format:`), mapped to Excel number formats in
 * this one place. Ratios are stored already multiplied by their scale, so `pct2` has no `%` sign
 * (a `%` format would multiply by 100 again); the unit column says "%".
 */
export const NUMBER_FORMATS = {
  int0: '#,##0',
  vnd0: '#,##0',
  pct2: '#,##0.00',
} as const;

export type FormatPreset = keyof typeof NUMBER_FORMATS;
export const FORMAT_PRESETS = Object.keys(NUMBER_FORMATS) as FormatPreset[];

export function numberFormatFor(format: string): string {
  return NUMBER_FORMATS[format as FormatPreset] ?? NUMBER_FORMATS.int0;
}

