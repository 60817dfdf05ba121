/** The commune form template file (templates/commune-form.yaml): its schema and its one parser. Loads yaml and zod. */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { disaggregationOf, rowDims } from './spec-keys.js';

const rowSchema = z
  .object({ code: z.string().regex(/^\d{2,3}$/), label: z.string().min(1).optional() })
  .catchall(z.string().min(1));

const itemSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  number: z.string().min(1),
  label: z.string().min(1),
  /** A flag on a district's own form is the number of its communes that answer yes. */
  district_label: z.string().min(1).optional(),
  kind: z.enum(['count', 'flag']),
  required: z.boolean(),
  by_sex: z.boolean(),
  heading: z.object({ code: z.string().regex(/^\d{2,3}$/), sum: z.boolean() }).optional(),
  rows: z.array(rowSchema).min(1),
  /** The form version that introduced the item: a form of an older version has no row for it. */
  since: z.number().int().positive().default(1),
  /**
   * The periods the item is asked for. On a form of another period its row is printed with "x" in
   * every column and no input cell (an annual-only figure is not asked for a half-year).
   */
  frequency: z.array(z.enum(['half-year', 'annual'])).min(1).default(['half-year', 'annual']),
});

const ruleSchema = z.object({
  id: z.string().min(1),
  item: z.string().min(1),
  at_most: z.array(z.object({ item: z.string().min(1), where: z.record(z.string(), z.string()).default({}) })).min(1),
  match: z.array(z.string()).default([]),
});

const specSchema = z.object({
  form_id: z.string().min(1),
  version: z.number().int().positive(),
  readable_versions: z.array(z.number().int().positive()).min(1),
  form_number: z.string().min(1),
  sheet_name: z.string().min(1).max(31),
  basis: z.string().min(1),
  title: z.string().min(1),
  unit_of_measure: z.string().min(1),
  note: z.string().min(1),
  dimensions: z.record(z.string(), z.record(z.string(), z.string())),
  items: z.array(itemSchema).min(1),
  rules: z.array(ruleSchema).default([]),
});

export type FormItemSpec = z.infer<typeof itemSchema>;
export type FormRowSpec = z.infer<typeof rowSchema>;
export type FormRuleSpec = z.infer<typeof ruleSchema>;
export type FormColumn = 'total' | 'male' | 'female';
export type FormValueKind = FormItemSpec['kind'];

/** One cell a person types a number into. */
export interface FormInputCell {
  item: string;
  /** §3.4 syntax: `total`, `sex=male`, `age_group=0-5;sex=male`, `category=dd;sex=female`. */
  disaggregation: string;
  dims: Readonly<Record<string, string>>;
  sex?: string;
  ageGroup?: string;
  category?: string;
  rowCode: string;
  column: FormColumn;
  kind: FormValueKind;
  required: boolean;
}

export interface FormSpec extends Omit<z.infer<typeof specSchema>, 'items'> {
  items: FormItemSpec[];
  inputCells: FormInputCell[];
}

function inputCellsOf(item: FormItemSpec, sexes: string[]): FormInputCell[] {
  return item.rows.flatMap((row) => {
    const columns: Array<{ column: FormColumn; sex?: string }> = item.by_sex
      ? sexes.map((sex) => ({ column: sex as FormColumn, sex }))
      : [{ column: 'total' }];
    return columns.map(({ column, sex }) => {
      const dims: Record<string, string> = { ...rowDims(row), ...(sex ? { sex } : {}) };
      return {
        item: item.id,
        disaggregation: disaggregationOf(dims),
        dims,
        ...(dims.sex ? { sex: dims.sex } : {}),
        ...(dims.age_group ? { ageGroup: dims.age_group } : {}),
        ...(dims.category ? { category: dims.category } : {}),
        rowCode: row.code,
        column,
        kind: item.kind,
        required: item.required,
      };
    });
  });
}

/** Cross-checks YAML cannot express: unique codes, known dimensions and items. A broken template is a bug, so it throws. */
function checkConsistency(spec: z.infer<typeof specSchema>): void {
  const problems: string[] = [];
  const codes = new Set<string>();
  const sexes = Object.keys(spec.dimensions.sex ?? {});
  if (sexes.join(',') !== 'male,female') problems.push('dimensions.sex must be male, female');
  for (const item of spec.items) {
    for (const code of [item.heading?.code, ...item.rows.map((r) => r.code)]) {
      if (code === undefined) continue;
      if (codes.has(code)) problems.push(`row code ${code} used twice`);
      codes.add(code);
    }
    for (const row of item.rows) {
      for (const [dim, value] of Object.entries(rowDims(row))) {
        if (!spec.dimensions[dim]?.[value]) problems.push(`${item.id} row ${row.code}: unknown ${dim}=${value}`);
      }
    }
  }
  const itemIds = new Set(spec.items.map((i) => i.id));
  for (const rule of spec.rules) {
    for (const id of [rule.item, ...rule.at_most.map((t) => t.item)]) {
      if (!itemIds.has(id)) problems.push(`rule ${rule.id}: unknown item ${id}`);
    }
  }
  if (!spec.readable_versions.includes(spec.version)) problems.push('readable_versions must include version');
  for (const item of spec.items) if (item.since > spec.version) problems.push(`${item.id}: since ${item.since} is after version ${spec.version}`);
  if (problems.length > 0) throw new Error(`Invalid form template: ${problems.join('; ')}`);
}

export function parseFormSpec(text: string): FormSpec {
  const spec = specSchema.parse(parseYaml(text));
  checkConsistency(spec);
  const sexes = Object.keys(spec.dimensions.sex);
  return { ...spec, inputCells: spec.items.flatMap((item) => inputCellsOf(item, sexes)) };
}

