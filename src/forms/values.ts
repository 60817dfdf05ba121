import type { Sheet } from '../workbook/sheet-access.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { FORM_VALUE_LIMITS } from '../workbook/limits.js';
import { type FormCode, formDiagnostic } from './codes.js';
import { META_SHEET, columnLetter } from './layout.js';
import type { LocatedForm } from './locate.js';
import type { FormMeta } from './meta.js';
import { type CellReading, readCellValue } from './cell-numbers.js';
import { type FormInputCell, type FormSpec, itemRef, valueKey } from './spec.js';
import type { FormValue } from '../submissions/types.js';

/** A value read from the form, with the input cell it belongs to (rules need its dimensions). */
export interface ReadValue {
  input: FormInputCell;
  value: FormValue;
}

const COUNT_EXPECTED = '0, 1, 2, …';
const FLAG_EXPECTED = '0 | 1';

/** Judges one reading against its item: blank is "not reported" (never 0), counts whole and ≥ 0, flags 0/1. */
function judge(input: FormInputCell, reading: CellReading): { value: number | null; problem?: { code: FormCode; found?: string; expected?: string } } {
  const expected = input.kind === 'flag' ? FLAG_EXPECTED : COUNT_EXPECTED;
  switch (reading.state) {
    case 'blank':
      return { value: null, problem: { code: input.required ? 'form-value-missing' : 'form-value-blank', found: '', expected } };
    case 'formula-no-result':
      return { value: null, problem: { code: 'form-formula-no-result', found: reading.found, expected } };
    case 'not-number':
      return { value: null, problem: { code: 'form-value-not-number', found: reading.found, expected } };
    case 'number': {
      const { value, found } = reading;
      if (input.kind === 'flag' && value !== 0 && value !== 1) return { value: null, problem: { code: 'form-flag-not-binary', found, expected } };
      if (!Number.isInteger(value)) return { value: null, problem: { code: 'form-count-not-whole', found, expected } };
      if (value < 0) return { value: null, problem: { code: 'form-count-negative', found, expected } };
      if (value > FORM_VALUE_LIMITS.maxCount) return { value: null, problem: { code: 'form-count-too-large', found, expected: `≤ ${FORM_VALUE_LIMITS.maxCount}` } };
      return reading.fromText ? { value, problem: { code: 'form-number-as-text', found, expected: String(value) } } : { value };
    }
  }
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
  const present = new Set(spec.items.filter((item) => item.since <= version).map((item) => item.id));
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
    const { value, problem } = judge(input, readCellValue(located.sheet.getCell(cell).value));
    if (problem) diagnostics.push(formDiagnostic(problem.code, file, { sheet, cell, item, ...(problem.found !== undefined ? { found: problem.found } : {}), ...(problem.expected !== undefined ? { expected: problem.expected } : {}) }));
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
