import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSnapshot } from '../core/data-snapshot.js';
import type { ColumnType, RegisterSpecFile } from './spec-file.js';
import { templatesDir } from '../core/paths.js';
import { containsWords, matchKey } from './text.js';
import type { RegisterKind } from '../submissions/types.js';

export type { ColumnType } from './spec-file.js';

export interface CodeEntry {
  key: string;
  label: string;
}

export interface RegisterColumn {
  key: string;
  label: string;
  type: ColumnType;
  required: boolean;
  /** A blank cell is a value (e.g. no fine), not a missing one. */
  blankAllowed: boolean;
  /** Refused when it looks like a name or a national ID number rather than a pseudonymous code. */
  mustBeCode: boolean;
  width: number;
  note?: string;
  /** The column's code list (code and codes columns). */
  codes?: readonly CodeEntry[];
  /** Match key of the key, the label and each alias → the code key (code and codes columns). */
  codeLookup?: ReadonlyMap<string, string>;
}

export interface RegisterLayout {
  kind: RegisterKind;
  version: number;
  sheet: string;
  title: string;
  uniqueKey: readonly string[];
  columns: readonly RegisterColumn[];
  /** Match key of every accepted header → column key. */
  headerLookup: ReadonlyMap<string, string>;
  /** True when a header (not one of the layout's) names a column that identifies a person. */
  isPersonalData(header: string): boolean;
}

function lookupOf(entries: { key: string; label: string; aliases: string[] }[], owner: string): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const entry of entries) {
    for (const name of [entry.key, entry.label, ...entry.aliases]) {
      const key = matchKey(name);
      const previous = lookup.get(key);
      if (previous && previous !== entry.key) throw new Error(`registers.yaml: "${name}" means both ${previous} and ${entry.key} in ${owner}`);
      lookup.set(key, entry.key);
    }
  }
  return lookup;
}

function buildLayout(kind: RegisterKind, spec: RegisterSpecFile): RegisterLayout {
  const layout = spec.registers[kind];
  const names = new Set(spec.personal_data_columns.names.map(matchKey));
  const phrases = spec.personal_data_columns.phrases.map(matchKey);
  const columns = layout.columns.map((column): RegisterColumn => {
    const { key, label, type, required, width, note } = column;
    const base = { key, label, type, required, width, ...(note ? { note } : {}), blankAllowed: column.blank_allowed, mustBeCode: column.must_be_code };
    const coded = type === 'code' || type === 'codes';
    if (coded !== Boolean(column.codes)) throw new Error(`registers.yaml: ${kind}.${key} needs a code list exactly when its type is code or codes`);
    if (!column.codes) return base;
    const list = spec.code_lists[column.codes];
    if (!list) throw new Error(`registers.yaml: ${kind}.${key} names the unknown code list ${column.codes}`);
    return { ...base, codes: list.map((c) => ({ key: c.key, label: c.label })), codeLookup: lookupOf(list, `${kind}.${key}`) };
  });
  for (const key of layout.unique_key) {
    if (!columns.some((c) => c.key === key)) throw new Error(`registers.yaml: ${kind}.unique_key names the unknown column ${key}`);
  }
  return {
    kind,
    version: spec.version,
    sheet: layout.sheet,
    title: layout.title,
    uniqueKey: layout.unique_key,
    columns,
    headerLookup: lookupOf(layout.columns, kind),
    isPersonalData(header) {
      const key = matchKey(header);
      return names.has(key) || phrases.some((phrase) => containsWords(key, phrase));
    },
  };
}

/** templates/registers.yaml: the register layouts as data. */
export const registerSpecFile = resolve(templatesDir, 'registers.yaml');

const snapshot = readSnapshot<RegisterSpecFile>('registers', registerSpecFile);
// The parser (yaml + zod) is loaded only when the build's snapshot is missing or stale.
const parser = snapshot ? undefined : await import('./spec-file.js');

let spec: RegisterSpecFile | undefined;
const layouts = new Map<RegisterKind, RegisterLayout>();

/** The layout of a register kind, read once from templates/registers.yaml. */
export function registerLayout(kind: RegisterKind): RegisterLayout {
  let layout = layouts.get(kind);
  if (!layout) {
    spec ??= snapshot ?? parser!.parseRegisterSpec(readFileSync(registerSpecFile, 'utf8'));
    layout = buildLayout(kind, spec);
    layouts.set(kind, layout);
  }
  return layout;
}
