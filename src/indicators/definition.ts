import { basename } from 'node:path';
import { type Document, isMap, isPair, isScalar, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from '../core/diagnostics.js';
import type { DimensionCatalogue } from './dimensions.js';
import { FORMAT_PRESETS } from './formats.js';
import type { IndicatorDefinition, IndicatorMeta } from './types.js';

/**
 * The only relations a definition may read (PRODUCT §3.1): current versions, codes resolved to the
 * period's list. `sector_forms` holds the figures province departments supply (issue 15, migration 0004).
 */
export const CANONICAL_VIEWS = ['commune_forms', 'abuse_cases', 'sanctions', 'sector_forms'] as const;

/** Levels a value is published at, from the top. */
export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;

const text = z.string().trim().min(1);
const metaSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lowercase letters, digits and _'),
  code: z.string().min(1).nullable().default(null),
  verified: z.boolean(),
  title_vi: text,
  title_en: text,
  unit: text,
  unit_en: text,
  kind: z.enum(['count', 'sum', 'ratio']),
  dims: z.array(z.string()).default([]),
  multi: z.array(z.string()).default([]),
  disaggregations: z.array(z.array(z.string())).optional(),
  frequency: z.array(z.enum(['half-year', 'annual'])).min(1).default(['half-year', 'annual']),
  source: z.array(z.enum(CANONICAL_VIEWS)).min(1),
  scale: z.number().positive().default(1),
  format: z.enum(FORMAT_PRESETS).optional(),
  grain: z.array(z.string().min(1)).min(1),
  no_data: z.enum(['zero', 'empty']).optional(),
  /** Report section (a `groups` code of the catalogue) and place within it; see publicationOrder. */
  group: z.string().min(1).optional(),
  order: z.number().int().default(0),
  /** Shown on the report's summary sheet, by area, with a chart. */
  headline: z.boolean().default(false),
  description_vi: text.optional(),
  description_en: text.optional(),
  levels: z.array(z.enum(UNIT_LEVELS)).min(1).default([...UNIT_LEVELS]),
  definition_source_vi: text.optional(),
  definition_source_en: text.optional(),
  data_from_vi: text.optional(),
  data_from_en: text.optional(),
  count: z.strictObject({ title_vi: text, title_en: text, unit: text, unit_en: text }).optional(),
  checks: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lowercase letters, digits and _'),
        description_vi: text,
        description_en: text,
        /** How the report words one offending row: `{column}` placeholders filled from the check's SELECT. */
        detail_vi: text.optional(),
        detail_en: text.optional(),
        sql: text,
      }),
    )
    .default([]),
});

type YamlPath = ReadonlyArray<string | number>;

function pathText(path: YamlPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/** Line (1-based, in the .sql file) of the YAML node at `path`, or of its nearest existing parent. */
function lineOf(doc: Document, path: YamlPath, yamlOffset: number, fileText: string): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const parent = depth === 0 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
    let node: unknown = depth === 0 ? doc.contents : doc.getIn(prefix, true);
    // Point at the key of a mapping entry rather than its value.
    if (depth > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === prefix[depth - 1]);
      if (pair) node = pair.key;
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return fileText.slice(0, yamlOffset + range[0]).split('\n').length;
  }
  return undefined;
}

function semanticProblems(meta: IndicatorMeta, file: string, catalogue: DimensionCatalogue): Array<Omit<Diagnostic, 'file'> & { path: YamlPath }> {
  const problems: Array<Omit<Diagnostic, 'file'> & { path: YamlPath }> = [];
  const id = basename(file, '.sql');
  if (meta.id !== id) problems.push({ code: 'indicator-id-mismatch', severity: 'error', path: ['id'], found: meta.id, expected: id });
  if (meta.group !== undefined && !catalogue.groups.some((g) => g.code === meta.group)) {
    problems.push({ code: 'indicator-group-unknown', severity: 'error', path: ['group'], found: meta.group, expected: catalogue.groups.map((g) => g.code).join(', ') || '—' });
  }
  meta.dims.forEach((dim, i) => {
    if (!catalogue.byCode.has(dim)) {
      problems.push({ code: 'indicator-dimension-unknown', severity: 'error', path: ['dims', i], found: dim, expected: [...catalogue.byCode.keys()].join(', ') });
    }
  });
  meta.multi.forEach((dim, i) => {
    if (!meta.dims.includes(dim)) problems.push({ code: 'indicator-dimension-undeclared', severity: 'error', path: ['multi', i], found: dim, expected: meta.dims.join(', ') || '—' });
  });
  meta.disaggregations.forEach((combo, i) => {
    combo.forEach((dim, j) => {
      if (!meta.dims.includes(dim)) problems.push({ code: 'indicator-dimension-undeclared', severity: 'error', path: ['disaggregations', i, j], found: dim, expected: meta.dims.join(', ') || '—' });
    });
  });
  if (meta.count !== undefined && meta.kind !== 'ratio') problems.push({ code: 'indicator-count-not-ratio', severity: 'error', path: ['count'], found: meta.kind, expected: 'ratio' });
  const checkNames = meta.checks.map((c) => c.name);
  checkNames.forEach((name, i) => {
    if (checkNames.indexOf(name) !== i) problems.push({ code: 'indicator-check-duplicate', severity: 'error', path: ['checks', i, 'name'], found: name });
  });
  return problems;
}

/** Total first, then each combination once, its dims in key order. */
function normaliseDisaggregations(combos: string[][]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const combo of [[], ...combos]) {
    const sorted = [...new Set(combo)].sort();
    const key = sorted.join(';');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(sorted);
  }
  return out;
}

/**
 * Parses one `indicators/<id>.sql`: a leading block comment holding YAML metadata, then one SELECT.
 * Problems come back as diagnostics naming the file, the YAML path and its line; never thrown.
 */
export function parseDefinition(fileText: string, file: string, catalogue: DimensionCatalogue): { definition?: IndicatorDefinition; diagnostics: Diagnostic[] } {
  const start = fileText.search(/\S/);
  const end = fileText.indexOf('*/', start);
  if (start < 0 || !fileText.startsWith('/*', start) || end < 0) {
    return { diagnostics: [{ code: 'indicator-metadata-missing', severity: 'error', file, line: 1 }] };
  }
  const yamlOffset = start + 2;
  const doc = parseDocument(fileText.slice(yamlOffset, end));
  if (doc.errors.length > 0) {
    return {
      diagnostics: doc.errors.map((e) => ({
        code: 'indicator-metadata-yaml',
        severity: 'error' as const,
        file,
        line: fileText.slice(0, yamlOffset + e.pos[0]).split('\n').length,
        found: e.message.split('\n')[0],
      })),
    };
  }
  const parsed = metaSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.flatMap((issue): Diagnostic[] => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      return keys.map((key) => {
        const path = key === undefined ? (issue.path as YamlPath) : [...(issue.path as YamlPath), key];
        return { code: 'indicator-metadata-invalid', severity: 'error', file, line: lineOf(doc, path, yamlOffset, fileText), item: pathText(path) || '(metadata)', found: issue.message };
      });
    });
    return { diagnostics };
  }
  const raw = parsed.data;
  const meta: IndicatorMeta = {
    ...raw,
    disaggregations: normaliseDisaggregations(raw.disaggregations ?? raw.dims.map((d) => [d])),
    format: raw.format ?? (raw.kind === 'ratio' ? 'pct2' : 'int0'),
    no_data: raw.no_data ?? (raw.kind === 'count' ? 'zero' : 'empty'),
    // Top level first, whatever order the file lists them in.
    levels: UNIT_LEVELS.filter((level) => raw.levels.includes(level)),
  };
  const diagnostics: Diagnostic[] = semanticProblems(meta, file, catalogue).map(({ path, ...d }) => ({
    ...d,
    file,
    item: pathText(path),
    line: lineOf(doc, path, yamlOffset, fileText),
  }));
  const sql = fileText.slice(end + 2).trim().replace(/;\s*$/, '').trim();
  if (!sql) diagnostics.push({ code: 'indicator-sql-empty', severity: 'error', file, line: fileText.slice(0, end).split('\n').length });
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { definition: { meta, sql, text: fileText, file }, diagnostics };
}
