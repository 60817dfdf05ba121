/** The register layouts file (templates/registers.yaml): its schema and its one parser. Loads yaml and zod. */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

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

export type RegisterSpecFile = z.infer<typeof specSchema>;
export type ColumnType = z.infer<typeof columnSchema>['type'];

/** Parses and checks templates/registers.yaml against its schema; throws on a broken file (a bug). */
export function parseRegisterSpec(text: string): RegisterSpecFile {
  return specSchema.parse(parseYaml(text));
}
