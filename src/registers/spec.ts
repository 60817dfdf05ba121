import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { templatesDir } from '../core/paths.js';
import { containsWords, matchKey } from './text.js';
import type { RegisterKind } from '../submissions/types.js';

const noSeparator = z.string().min(1).refine((s) => !/[,;]/.test(s), 'labels and aliases must not contain , or ;');

const codeSchema = z.object({ key: z.string().regex(/^[a-z_]+$/), label: noSeparator, aliases: z.array(noSeparator).default([]) });

const columnSchema = z.object({
  key: z.string().regex(/^[a-z_]+$/),
  label: noSeparator,
  aliases: z.array(noSeparator).default([]),
  type: z.enum(['text', 'id', 'date', 'code', 'codes', 'yes-no', 'integer', 'commune']),
  codes: z.string().optional(),
  required: z.boolean(),
  blank_allowed: z.boolean().default(false),
  must_be_code: z.boolean().default(false),
  width: z.number().positive().default(14),
  note: z.string().optional(),
});

const layoutSchema = z.object({
  sheet: z.string().min(1).max(31),
  title: z.string().min(1),
  unique_key: z.array(z.string()).min(1),
  columns: z.array(columnSchema).min(1),
});

const specSchema = z.object({
  version: z.number().int().positive(),
  code_lists: z.record(z.string(), z.array(codeSchema).min(1)),
  registers: z.object({ 'abuse-cases': layoutSchema, sanctions: layoutSchema }),
  personal_data_columns: z.object({ names: z.array(z.string()), phrases: z.array(z.string()) }),
});

export type ColumnType = z.infer<typeof columnSchema>['type'];

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

function buildLayout(kind: RegisterKind, spec: z.infer<typeof specSchema>): RegisterLayout {
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

let spec: z.infer<typeof specSchema> | undefined;
const layouts = new Map<RegisterKind, RegisterLayout>();

/** The layout of a register kind, read once from templates/registers.yaml. */
export function registerLayout(kind: RegisterKind): RegisterLayout {
  let layout = layouts.get(kind);
  if (!layout) {
    spec ??= specSchema.parse(parseYaml(readFileSync(resolve(templatesDir, 'registers.yaml'), 'utf8')));
    layout = buildLayout(kind, spec);
    layouts.set(kind, layout);
  }
  return layout;
}
