/**
 * The sector form template file (templates/sector-forms.yaml): its schema and its one parser (issue 15).
 * Which department supplies which item is data here, not code. Loads yaml and zod.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const periodType = z.enum(['half-year', 'annual']);

const itemSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  /** "Mã số": how the reader finds the item's row again after rows are inserted. */
  code: z.string().regex(/^\d{2,3}$/),
  label: z.string().min(1),
  /** Unit of measure shown on the form ("người"). */
  unit: z.string().min(1),
  /** `province`: one cell for the whole province; `commune`: one per commune, the province cell is their sum. */
  areas: z.enum(['province', 'commune']),
  frequency: z.array(periodType).min(1),
});

const sectorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/),
  /** The department's name as printed on its form and in the deadlines. */
  name: z.string().min(1),
  /**
   * Other ids a person may type for it (`tk13 template --sector giao-duc`): lower case, no
   * diacritics, words joined by `-`; matched as typed without case or diacritics (`Giáo dục`).
   */
  aliases: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).optional(),
  items: z.array(z.string().min(1)).min(1),
});

const specSchema = z.object({
  form_id: z.string().min(1),
  version: z.number().int().positive(),
  readable_versions: z.array(z.number().int().positive()).min(1),
  form_number: z.string().min(1),
  basis: z.string().min(1),
  title: z.string().min(1),
  note: z.string().min(1),
  /** Added to the note on a form with commune columns (what the "Toàn tỉnh" column of such an item is). */
  note_by_commune: z.string().min(1).optional(),
  sectors: z.array(sectorSchema).min(1),
  items: z.array(itemSchema).min(1),
});

export type SectorItemSpec = z.infer<typeof itemSchema>;
export type SectorSpec = z.infer<typeof sectorSchema>;
export type SectorFormSpec = z.infer<typeof specSchema>;
export type SectorPeriodType = z.infer<typeof periodType>;

/** Cross-checks YAML cannot express. A broken template is a bug in the data file, so it throws. */
function checkConsistency(spec: SectorFormSpec): void {
  const problems: string[] = [];
  const unique = (what: string, values: readonly string[]) => {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) problems.push(`${what} ${v} used twice`);
      seen.add(v);
    }
  };
  unique('item id', spec.items.map((i) => i.id));
  unique('row code', spec.items.map((i) => i.code));
  // An alias names one department: never twice, never another department's id.
  unique('sector id or alias', spec.sectors.flatMap((s) => [s.id, ...(s.aliases ?? [])]));
  // An item comes from one department, or two figures for the same cell would compete.
  unique('item supplied by more than one department:', spec.sectors.flatMap((s) => s.items));
  const itemIds = new Set(spec.items.map((i) => i.id));
  for (const sector of spec.sectors) {
    for (const id of sector.items) if (!itemIds.has(id)) problems.push(`sector ${sector.id}: unknown item ${id}`);
  }
  if (!spec.readable_versions.includes(spec.version)) problems.push('readable_versions must include version');
  if (problems.length > 0) throw new Error(`Invalid sector form template: ${problems.join('; ')}`);
}

export function parseSectorFormSpec(text: string): SectorFormSpec {
  const spec = specSchema.parse(parseYaml(text));
  checkConsistency(spec);
  return spec;
}
