import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from '../core/diagnostics.js';
import { indicatorsDir } from '../core/paths.js';
import type { Lang } from '../i18n/messages.js';

/**
 * The label catalogue (`indicators/_dimensions.yaml`): every dimension an indicator may publish,
 * its values in report order, and their Vietnamese and English labels; and the report's sections
 * (`groups`) in the order they are printed.
 */
const labels = { vi: z.string().min(1), en: z.string().min(1) };
// Dimension codes become column names in definitions; value codes appear in `key=value;…` strings.
const catalogueSchema = z.strictObject({
  dimensions: z.array(
    z.strictObject({
      code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lowercase letters, digits and _'),
      ...labels,
      values: z.array(z.strictObject({ code: z.string().regex(/^[^\s;=]+$/, 'no spaces, ; or ='), ...labels })).min(1),
    }),
  ),
  // Sections of the report, in print order; an indicator names its section with `group`.
  groups: z.array(z.strictObject({ code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lowercase letters, digits and _'), ...labels })).default([]),
});

export interface DimensionValue {
  code: string;
  vi: string;
  en: string;
}

export interface Dimension extends DimensionValue {
  values: DimensionValue[];
}

/** A section of the report: indicators of one field printed together under its title. */
export interface IndicatorGroup {
  code: string;
  vi: string;
  en: string;
}

export interface DimensionCatalogue {
  file: string;
  /** File text, part of the definitions hash. */
  text: string;
  dimensions: Dimension[];
  byCode: ReadonlyMap<string, Dimension>;
  /** Report sections in print order. */
  groups: IndicatorGroup[];
}

export const DIMENSIONS_FILE = '_dimensions.yaml';

/** The catalogue of a definitions folder; a folder without one uses the bundled catalogue. */
export function loadDimensions(dir: string = indicatorsDir): { catalogue: DimensionCatalogue; diagnostics: Diagnostic[] } {
  const own = resolve(dir, DIMENSIONS_FILE);
  const file = existsSync(own) ? own : resolve(indicatorsDir, DIMENSIONS_FILE);
  const text = readFileSync(file, 'utf8');
  const empty: DimensionCatalogue = { file, text, dimensions: [], byCode: new Map(), groups: [] };
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { catalogue: empty, diagnostics: [{ code: 'indicator-dimensions-invalid', severity: 'error', file, found: detail }] };
  }
  const result = catalogueSchema.safeParse(parsed);
  if (!result.success) {
    const diagnostics: Diagnostic[] = result.error.issues.map((issue) => ({
      code: 'indicator-dimensions-invalid',
      severity: 'error',
      file,
      item: issue.path.join('.'),
      found: issue.message,
    }));
    return { catalogue: empty, diagnostics };
  }
  const { dimensions, groups } = result.data;
  return { catalogue: { file, text, dimensions, byCode: new Map(dimensions.map((d) => [d.code, d])), groups }, diagnostics: [] };
}

let bundled: DimensionCatalogue | undefined;

export function defaultDimensions(): DimensionCatalogue {
  bundled ??= loadDimensions(indicatorsDir).catalogue;
  return bundled;
}

/** `age_group=6-10;sex=female` → [['age_group','6-10'], ['sex','female']]; `total` → []. */
export function parseDisaggregation(text: string): Array<[string, string]> {
  if (text === 'total' || text === '') return [];
  return text.split(';').map((pair) => {
    const at = pair.indexOf('=');
    return [pair.slice(0, at), pair.slice(at + 1)] as [string, string];
  });
}

/** The §3.4 syntax: `total`, or `key=value` pairs joined by `;` in key order. */
export function formatDisaggregation(pairs: ReadonlyArray<readonly [string, string]>): string {
  if (pairs.length === 0) return 'total';
  return [...pairs]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join(';');
}

export function dimensionLabel(dim: string, value: string, lang: Lang, catalogue = defaultDimensions()): string {
  const found = catalogue.byCode.get(dim)?.values.find((v) => v.code === value);
  return found ? found[lang] : value;
}

/** The label of a dimension itself, e.g. `Giới tính`. */
export function dimensionTitle(dim: string, lang: Lang, catalogue = defaultDimensions()): string {
  return catalogue.byCode.get(dim)?.[lang] ?? dim;
}

/** `age_group=6-10;sex=female` → `Nữ, 6–10 tuổi`: labels in the catalogue's dimension order. */
export function disaggregationLabel(disaggregation: string, lang: Lang, catalogue = defaultDimensions()): string {
  const pairs = parseDisaggregation(disaggregation);
  if (pairs.length === 0) return lang === 'en' ? 'Total' : 'Tổng số';
  const rank = (dim: string) => {
    const index = catalogue.dimensions.findIndex((d) => d.code === dim);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...pairs]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([dim, value]) => dimensionLabel(dim, value, lang, catalogue))
    .join(', ');
}
