import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { sha256 } from '../core/hash.js';
import { indicatorsDir } from '../core/paths.js';
import { parseDefinition } from './definition.js';
import { DIMENSIONS_FILE, type DimensionCatalogue, loadDimensions } from './dimensions.js';
import type { IndicatorDefinition } from './types.js';

export interface LoadedDefinitions {
  /** Valid definitions, in publication order (publicationOrder). */
  definitions: IndicatorDefinition[];
  diagnostics: Diagnostic[];
  dimensions: DimensionCatalogue;
}

/**
 * Every `<id>.sql` of a folder. A broken file is left out with diagnostics; the others still load,
 * so one bad definition never hides the rest. Adding a file needs no code change.
 */
export function loadDefinitions(dir: string = indicatorsDir): LoadedDefinitions {
  const { catalogue, diagnostics } = loadDimensions(dir);
  if (!existsSync(dir)) {
    return { definitions: [], diagnostics: [...diagnostics, { code: 'path-not-found', severity: 'error', found: dir }], dimensions: catalogue };
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const definitions: IndicatorDefinition[] = [];
  const byId = new Map<string, string>();
  const byCode = new Map<string, string>();
  for (const name of files) {
    const file = resolve(dir, name);
    const parsed = parseDefinition(readFileSync(file, 'utf8'), file, catalogue);
    diagnostics.push(...parsed.diagnostics);
    const definition = parsed.definition;
    if (!definition) continue;
    const { id, code } = definition.meta;
    const sameId = byId.get(id.toLowerCase());
    if (sameId) {
      diagnostics.push({ code: 'indicator-id-duplicate', severity: 'error', file, item: 'id', found: id, params: { other: basename(sameId) } });
      continue;
    }
    byId.set(id.toLowerCase(), file);
    const sameCode = code ? byCode.get(code) : undefined;
    if (code && sameCode) diagnostics.push({ code: 'indicator-code-duplicate', severity: 'warning', file, item: 'code', found: code, params: { other: basename(sameCode) } });
    if (code && !sameCode) byCode.set(code, file);
    definitions.push(definition);
  }
  definitions.sort(publicationOrder(catalogue));
  return { definitions, diagnostics, dimensions: catalogue };
}

/**
 * The order indicators are published in (report, export, `indicators list`): by report section as the
 * catalogue lists them (indicators without a section last), then `order`, then id.
 */
export function publicationOrder(catalogue: DimensionCatalogue): (a: IndicatorDefinition, b: IndicatorDefinition) => number {
  const rank = (group: string | undefined) => {
    const index = group === undefined ? -1 : catalogue.groups.findIndex((g) => g.code === group);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return (a, b) => rank(a.meta.group) - rank(b.meta.group) || a.meta.order - b.meta.order || (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0);
}

/** The dimension catalogue that goes with a set of definitions (their folder's, or the bundled one). */
export function dimensionsFor(definitions: readonly IndicatorDefinition[]): DimensionCatalogue {
  return loadDimensions(definitions.length > 0 ? dirname(definitions[0].file) : indicatorsDir).catalogue;
}

/** SHA-256 over every definition file and the dimension labels: what a report was computed with. */
export function definitionsHash(definitions: readonly IndicatorDefinition[], dimensions: DimensionCatalogue = dimensionsFor(definitions)): string {
  const parts = [...definitions]
    .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
    .map((d) => `${basename(d.file)}\n${sha256(d.text)}`);
  parts.push(`${basename(dimensions.file)}\n${sha256(dimensions.text)}`);
  return sha256(parts.join('\n'));
}

/**
 * SHA-256 over the bytes of every `.sql` file of a folder and its dimension catalogue, without
 * parsing them: what the compute fingerprint records of the bundled definitions (any change to any
 * file changes it). Not the same value as `definitionsHash`, which covers valid definitions only.
 */
export function definitionFilesDigest(dir: string = indicatorsDir): string {
  const own = resolve(dir, DIMENSIONS_FILE);
  const dimensions = existsSync(own) ? own : resolve(indicatorsDir, DIMENSIONS_FILE);
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.sql')).sort() : [];
  const parts = names.map((name) => `${name}\n${sha256(readFileSync(resolve(dir, name)))}`);
  parts.push(`${basename(dimensions)}\n${existsSync(dimensions) ? sha256(readFileSync(dimensions)) : ''}`);
  return sha256(parts.join('\n'));
}
