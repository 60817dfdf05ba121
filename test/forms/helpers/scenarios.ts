/**
 * Scenario folders `fixtures/submissions/forms/<scenario>/`: `scenario.yaml` says how a form made
 * from the real template is filled and then edited, `expected.json` is the exact problem list the
 * reader must give. Edits run in order on the workbook as Excel would open it; `key` addresses an
 * input cell where the template put it (so value edits go before row/column insertions).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CellValue, Workbook } from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { formSpec } from '../../../src/forms/spec.js';
import type { ParsedSubmission, SubmittingUnit } from '../../../src/submissions/types.js';
import { readForm } from '../../../src/forms/read-form.js';
import { readSubmissionBytes } from '../../../src/submissions/read-submission.js';
import { COMMUNE_2024, CONTEXT, editForm, formBytes, readBytes, sampleValues, templateAddresses } from './forms.js';

export const SCENARIOS_DIR = resolve(import.meta.dirname, '..', '..', '..', 'fixtures', 'submissions', 'forms');

const cellValue = z.union([z.number(), z.string(), z.null()]);
export const scenarioEdit = z.discriminatedUnion('op', [
  z.object({ op: z.literal('cell'), sheet: z.string().default('data'), cell: z.string().optional(), key: z.string().optional(), value: cellValue.optional(), formula: z.string().optional(), result: z.number().optional() }),
  z.object({ op: z.literal('meta'), key: z.string(), value: z.string() }),
  z.object({ op: z.literal('insert-rows'), at: z.number().int(), count: z.number().int().default(1) }),
  z.object({ op: z.literal('insert-columns'), at: z.number().int(), count: z.number().int().default(1) }),
  z.object({ op: z.literal('delete-rows'), at: z.number().int(), count: z.number().int().default(1) }),
  z.object({ op: z.literal('delete-columns'), at: z.number().int(), count: z.number().int().default(1) }),
  z.object({ op: z.literal('rename-sheet'), name: z.string() }),
  z.object({ op: z.literal('add-sheet'), name: z.string(), cells: z.record(z.string(), cellValue).default({}) }),
  z.object({ op: z.literal('merge'), range: z.string(), value: z.string().optional() }),
  z.object({ op: z.literal('remove-sheet'), name: z.string() }),
  /** Cut column `from` (its values) and insert it before column `to` as the sheet is after the cut. */
  z.object({ op: z.literal('move-column'), from: z.number().int(), to: z.number().int() }),
]);
export type ScenarioEdit = z.infer<typeof scenarioEdit>;

const scenarioSchema = z.object({
  description: z.string(),
  unit: z.object({ code: z.string(), name: z.string(), level: z.enum(['commune', 'district']), list: z.enum(['2024', '2025']), province: z.string() }).optional(),
  period: z.string().default('2024-H1'),
  /** Overrides of the sample filling, by `${item}|${disaggregation}`; null leaves the cell blank. */
  values: z.record(z.string(), cellValue).default({}),
  context: z.object({ period: z.string().optional(), unit: z.string().optional() }).default({}),
  /** Changes to the template the form is read with (e.g. a newer version). */
  reader: z.object({ version: z.number().int(), readable_versions: z.array(z.number().int()) }).optional(),
  edits: z.array(scenarioEdit).default([]),
  /** Changes to the saved package's XML, after the edits: the first match of `find` (a regular expression) in `part`. */
  xml: z.array(z.object({ part: z.string(), find: z.string(), replace: z.string() })).default([]),
  /** Replace the file with these bytes (UTF-8), e.g. something that is no workbook at all. */
  bytes: z.string().optional(),
  /** Read this file of the scenario folder instead (a workbook as an office sent it), edits not applied. */
  input: z.string().optional(),
  /** The name the file is read under (its extension matters when `through` is `submission`). */
  file: z.string().default('form.xlsx'),
  /** `form`: the form reader alone; `submission`: what validate does (file kind first, then the reader). */
  through: z.enum(['form', 'submission']).default('form'),
  /** What the file must be recognised as, and figures it must give (`item|disaggregation` → value). */
  outcome: z.object({ kind: z.string(), unit: z.string(), period: z.string(), values: z.record(z.string(), z.number().nullable()).default({}) }).optional(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export function scenarioNames(): string[] {
  return readdirSync(SCENARIOS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export function loadScenario(name: string): { scenario: Scenario; expected: unknown[]; dir: string } {
  const dir = join(SCENARIOS_DIR, name);
  return {
    dir,
    scenario: scenarioSchema.parse(parseYaml(readFileSync(join(dir, 'scenario.yaml'), 'utf8'))),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as unknown[],
  };
}

/** Applies one edit as a person would in Excel; `addresses` resolves a `cell` edit's `key` to where the template put that input. */
export function applyEdit(workbook: Workbook, e: ScenarioEdit, addresses: ReadonlyMap<string, string>): void {
  const data = workbook.worksheets.find((s) => s.name !== '_meta')!;
  const sheetNamed = (name: string) => (name === 'data' ? data : workbook.getWorksheet(name)!);
  switch (e.op) {
    case 'cell': {
      const address = e.cell ?? addresses.get(e.key ?? '');
      if (!address) throw new Error(`edit needs cell or a known key: ${JSON.stringify(e)}`);
      const cell = sheetNamed(e.sheet).getCell(address);
      cell.value = e.formula !== undefined ? { formula: e.formula, ...(e.result !== undefined ? { result: e.result } : {}) } : (e.value ?? null);
      return;
    }
    case 'meta': {
      const meta = workbook.getWorksheet('_meta')!;
      meta.eachRow((row) => {
        if (row.getCell(1).value === e.key) row.getCell(2).value = e.value;
      });
      return;
    }
    case 'insert-rows':
      data.spliceRows(e.at, 0, ...Array.from({ length: e.count }, () => ['(dòng chèn thêm)']));
      return;
    case 'insert-columns':
      data.spliceColumns(e.at, 0, ...Array.from({ length: e.count }, () => ['(cột chèn thêm)']));
      return;
    case 'delete-rows':
      data.spliceRows(e.at, e.count);
      return;
    case 'delete-columns':
      data.spliceColumns(e.at, e.count);
      return;
    case 'rename-sheet':
      data.name = e.name;
      return;
    case 'add-sheet': {
      const sheet = workbook.addWorksheet(e.name);
      for (const [address, value] of Object.entries(e.cells)) sheet.getCell(address).value = value;
      return;
    }
    case 'merge':
      data.mergeCells(e.range);
      if (e.value !== undefined) data.getCell(e.range.split(':')[0]).value = e.value;
      return;
    case 'remove-sheet':
      workbook.removeWorksheet(workbook.getWorksheet(e.name)!.id);
      return;
    case 'move-column': {
      const values: CellValue[] = [];
      data.getColumn(e.from).eachCell({ includeEmpty: true }, (cell, row) => (values[row - 1] = cell.value));
      data.spliceColumns(e.from, 1);
      data.spliceColumns(e.to, 0, values);
      return;
    }
  }
}

/** Rewrites parts of an xlsx package as a hand-crafted or hostile file would have them. */
function editXml(bytes: Uint8Array, changes: Scenario['xml']): Uint8Array {
  const parts = unzipSync(bytes);
  for (const { part, find, replace } of changes) {
    if (!parts[part]) throw new Error(`no part ${part}`);
    const before = strFromU8(parts[part]);
    const after = before.replace(new RegExp(find), replace);
    if (after === before) throw new Error(`${find} not found in ${part}`);
    parts[part] = strToU8(after);
  }
  return zipSync(parts);
}

function unitOf(scenario: Scenario): SubmittingUnit {
  const u = scenario.unit;
  return u ? { code: u.code, name: u.name, level: u.level, list: u.list, provinceCode: u.province } : COMMUNE_2024;
}

export async function runScenario(scenario: Scenario, dir?: string): Promise<ParsedSubmission> {
  const context = { ...CONTEXT, ...(scenario.context.period ? { period: scenario.context.period } : {}), ...(scenario.context.unit ? { unitCode: scenario.context.unit } : {}) };
  if (scenario.input !== undefined) {
    if (!dir) throw new Error('a scenario with input needs its folder');
    const bytes = new Uint8Array(readFileSync(join(dir, scenario.input)));
    return scenario.through === 'submission' ? readSubmissionBytes(scenario.file, bytes, context) : readForm(scenario.file, bytes, context);
  }
  const values = new Map<string, number | string | null>(sampleValues());
  for (const [key, value] of Object.entries(scenario.values)) values.set(key, value);
  let bytes = await formBytes({ unit: unitOf(scenario), period: scenario.period, values });
  if (scenario.edits.length > 0) {
    const addresses = templateAddresses();
    bytes = await editForm(bytes, (workbook) => scenario.edits.forEach((e) => applyEdit(workbook, e, addresses)));
  }
  if (scenario.xml.length > 0) bytes = editXml(bytes, scenario.xml);
  if (scenario.bytes !== undefined) bytes = new TextEncoder().encode(scenario.bytes);
  const base = formSpec();
  const spec = scenario.reader ? { ...base, version: scenario.reader.version, readable_versions: scenario.reader.readable_versions } : base;
  if (scenario.through === 'submission') return readSubmissionBytes(scenario.file, bytes, context);
  return scenario.file === 'form.xlsx' ? readBytes(bytes, context, spec) : readForm(scenario.file, bytes, context, spec);
}

