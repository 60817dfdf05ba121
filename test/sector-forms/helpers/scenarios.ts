/**
 * Scenario folders `fixtures/submissions/sector-forms/<scenario>/`: `scenario.yaml` says how a sector
 * form made from the real template is filled and then edited (the commune form scenarios' edits,
 * test/forms/helpers/scenarios.ts), `expected.json` is the exact problem list the reader must give.
 * A `cell` edit's `key` is `item|area code`, resolved to where the template put that input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { readSectorForm } from '../../../src/sector-forms/read-sector-form.js';
import { loadSectorFormSpec, sectorFormSpec } from '../../../src/sector-forms/spec.js';
import { readSubmissionBytes } from '../../../src/submissions/read-submission.js';
import type { ParsedSubmission } from '../../../src/submissions/types.js';
import { editForm } from '../../forms/helpers/forms.js';
import { applyEdit, scenarioEdit } from '../../forms/helpers/scenarios.js';
import { CONTEXT, sampleSectorValues, sectorAddresses, sectorFormBytes } from './sector-forms.js';

export const SCENARIOS_DIR = resolve(import.meta.dirname, '..', '..', '..', 'fixtures', 'submissions', 'sector-forms');

const scenarioSchema = z.object({
  description: z.string(),
  sector: z.string().default('education'),
  period: z.string().default('2024-H1'),
  province: z.string().default('91'),
  /** Overrides of the sample filling, by `item|area code`; `item|*` sets every area of the item; null leaves cells blank. */
  values: z.record(z.string(), z.number().nullable()).default({}),
  context: z.object({ period: z.string().optional(), unit: z.string().optional() }).default({}),
  /** Changes to the template file the form is read with (a newer version). */
  reader: z.object({ version: z.number().int(), readable_versions: z.array(z.number().int()) }).optional(),
  /** Read with this template file of the scenario folder (a province's edited copy) instead. */
  reader_spec: z.string().optional(),
  edits: z.array(scenarioEdit).default([]),
  /** Replace the file with these bytes (UTF-8), e.g. something that is no workbook at all. */
  bytes: z.string().optional(),
  file: z.string().default('sector.xlsx'),
  /** `form`: the sector form reader alone; `submission`: what validate does (file kind first, then the reader). */
  through: z.enum(['form', 'submission']).default('form'),
  /** What the file must be recognised as, and figures it must give (`item|area` → value; null = not reported). */
  outcome: z.object({ kind: z.string(), unit: z.string(), period: z.string(), values: z.record(z.string(), z.number().nullable()).default({}), count: z.number().int().optional() }).optional(),
});
export type SectorScenario = z.infer<typeof scenarioSchema>;

export function scenarioNames(): string[] {
  return readdirSync(SCENARIOS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export function loadScenario(name: string): { scenario: SectorScenario; expected: unknown[]; dir: string } {
  const dir = join(SCENARIOS_DIR, name);
  return {
    dir,
    scenario: scenarioSchema.parse(parseYaml(readFileSync(join(dir, 'scenario.yaml'), 'utf8'))),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as unknown[],
  };
}

function filling(scenario: SectorScenario): Map<string, number | null> {
  const values = sampleSectorValues({ sector: scenario.sector, period: scenario.period, province: scenario.province });
  for (const [key, value] of Object.entries(scenario.values)) {
    const [item, area] = key.split('|');
    if (area !== '*') values.set(key, value);
    else for (const other of values.keys()) if (other.startsWith(`${item}|`)) values.set(other, value);
  }
  return values;
}

export async function runScenario(scenario: SectorScenario, dir: string): Promise<ParsedSubmission> {
  const context = { ...CONTEXT, ...(scenario.context.period ? { period: scenario.context.period } : {}), ...(scenario.context.unit ? { unitCode: scenario.context.unit } : {}) };
  let bytes = await sectorFormBytes({ sector: scenario.sector, period: scenario.period, province: scenario.province, values: filling(scenario) });
  if (scenario.edits.length > 0) {
    const addresses = await sectorAddresses(bytes);
    bytes = await editForm(bytes, (workbook) => scenario.edits.forEach((e) => applyEdit(workbook, e, addresses)));
  }
  if (scenario.bytes !== undefined) bytes = new TextEncoder().encode(scenario.bytes);
  if (scenario.through === 'submission') return readSubmissionBytes(scenario.file, bytes, context);
  const base = scenario.reader_spec ? await loadSectorFormSpec(join(dir, scenario.reader_spec)) : sectorFormSpec();
  const spec = scenario.reader ? { ...base, version: scenario.reader.version, readable_versions: scenario.reader.readable_versions } : base;
  return readSectorForm(scenario.file, bytes, context, spec);
}
