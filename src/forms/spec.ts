import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSnapshot } from '../core/data-snapshot.js';
import { templatesDir } from '../core/paths.js';
import type { FormInputCell, FormSpec } from './spec-file.js';

export type { FormColumn, FormInputCell, FormItemSpec, FormRowSpec, FormRuleSpec, FormSpec, FormValueKind } from './spec-file.js';
export { disaggregationOf, itemRef, rowDims, valueKey } from './spec-keys.js';

/** templates/commune-form.yaml: the layout as data. */
export const formSpecFile = resolve(templatesDir, 'commune-form.yaml');

const snapshot = readSnapshot<FormSpec>('commune-form', formSpecFile);
// The parser (yaml + zod) is loaded only when the build's snapshot is missing or stale.
const parser = snapshot ? undefined : await import('./spec-file.js');

let cached: FormSpec | undefined;

/** The commune form layout of `templates/commune-form.yaml`, loaded once per process. */
export function formSpec(): FormSpec {
  cached ??= snapshot ?? parser!.parseFormSpec(readFileSync(formSpecFile, 'utf8'));
  return cached;
}


/** The input cells a form of period type `periodType` has: those of the items its `frequency` asks for then. */
export function inputCellsFor(spec: FormSpec, periodType: 'half-year' | 'annual'): FormInputCell[] {
  const asked = new Set(spec.items.filter((item) => item.frequency.includes(periodType)).map((item) => item.id));
  return spec.inputCells.filter((cell) => asked.has(cell.item));
}
