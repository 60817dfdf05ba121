import type { Sheet } from '../workbook/sheet-access.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { type FormCode, formDiagnostic } from './codes.js';
import { META_SHEET, columnLetter } from './layout.js';
import type { LocatedForm } from './locate.js';
import type { FormMeta } from './meta.js';
import { readCellValue } from './cell-numbers.js';
import { type ValueProblem, judgeReading } from './judge-value.js';
import { type FormInputCell, type FormItemSpec, type FormSpec, itemRef, valueKey } from './spec.js';
import type { FormValue } from '../submissions/types.js';
import { tryParsePeriod } from '../periods/period.js';

/** A value read from the form, with the input cell it belongs to (rules need its dimensions). */
export interface ReadValue {
  input: FormInputCell;
  value: FormValue;
}

/** The form's code for a judged problem: a blank required cell is missing, any other blank only blank. */
function formCode(input: FormInputCell, problem: ValueProblem): FormCode {
  if (problem === 'value-blank') return input.required ? 'form-value-missing' : 'form-value-blank';
  return `form-${problem}`;
}

/** Reads every input cell of the spec at the place the located layout puts it. */
export function readValues(located: LocatedForm & { sheet: Sheet }, meta: FormMeta, spec: FormSpec, file: string): { values: ReadValue[]; diagnostics: Diagnostic[] } {
  const entries = new Map(meta.entries.map((e) => [valueKey(e.item, e.disaggregation), e]));
  const values: ReadValue[] = [];
  const diagnostics: Diagnostic[] = [];
  const sheet = located.sheet.name;
  // On a district's own form a flag item counts the district's communes that answer yes.
  const isDistrict = meta.fields.unit_level === 'district';
  // A form of an older template version has no cells for the items added since: not reported, not an error.
  const version = Number(meta.fields.version) || spec.version;
  // …nor for the items the form's period does not ask for (printed "x"); when the period itself is
  // unreadable (reported on its own), such an item counts only if the form has cells for it.
  const periodType = tryParsePeriod(meta.fields.period ?? '')?.type;
  const hasCells = new Set(meta.entries.map((e) => e.item));
  const asked = (item: FormItemSpec) => (periodType ? item.frequency.includes(periodType) : (item.frequency.includes('half-year') && item.frequency.includes('annual')) || hasCells.has(item.id));
  const present = new Set(spec.items.filter((item) => item.since <= version && asked(item)).map((item) => item.id));
  for (const specInput of spec.inputCells) {
    if (!present.has(specInput.item)) continue;
    const input: FormInputCell = isDistrict && specInput.kind === 'flag' ? { ...specInput, kind: 'count' } : specInput;
    const item = itemRef(input.item, input.disaggregation);
    const entry = entries.get(valueKey(input.item, input.disaggregation));
    if (!entry) {
      diagnostics.push(formDiagnostic('form-meta-invalid', file, { sheet: META_SHEET, item, expected: `${input.rowCode} ${input.column}` }));
      continue;
    }
    const row = located.rowOf.get(entry.rowCode);
    // A missing or duplicated row was reported once for the whole row.
    if (row === undefined) continue;
    const cell = `${columnLetter(located.columnOf[entry.column])}${row}`;
    const { value, problem } = judgeReading(readCellValue(located.sheet.getCell(cell).value), input.kind);
    if (problem) diagnostics.push(formDiagnostic(formCode(input, problem.kind), file, { sheet, cell, item, found: problem.found, expected: problem.expected }));
    values.push({
      input,
      value: {
        item: input.item,
        disaggregation: input.disaggregation,
        ...(input.sex ? { sex: input.sex } : {}),
        ...(input.ageGroup ? { ageGroup: input.ageGroup } : {}),
        ...(input.category ? { category: input.category } : {}),
        value,
        cell,
      },
    });
  }
  return { values, diagnostics };
}
