import type { Diagnostic } from '../core/diagnostics.js';
import type { Sheet } from '../workbook/sheet-access.js';
import { readCellValue } from './cell-numbers.js';
import { formDiagnostic } from './codes.js';
import { columnLetter } from './layout.js';
import type { LocatedForm } from './locate.js';
import { type FormColumn, type FormSpec, disaggregationOf, itemRef, rowDims, valueKey } from './spec.js';
import type { ReadValue } from './values.js';

/**
 * The total cells of the form: the cells the template fills with a sum formula (`form-table.ts`) —
 * the "Tổng số" of every row split by sex (Nam + Nữ), and the three columns of a heading row whose
 * `sum` is set (the sum of the item's rows). tk13 stores only the input cells; a total is never read
 * as data, but a total someone typed over (or a formula someone changed) is compared with the parts.
 */
export interface TotalCell {
  item: string;
  /** Row code of the total's row (a heading code, or the code of a row split by sex). */
  rowCode: string;
  column: FormColumn;
  /** What the total counts, in §3.4 syntax (`total`, `sex=male`, `age_group=0-5`). */
  disaggregation: string;
  /** The input cells it adds up, as `valueKey(item, disaggregation)`. */
  parts: string[];
}

/** Every total cell of the layout `spec` describes, in print order. */
export function totalCells(spec: FormSpec): TotalCell[] {
  const totals: TotalCell[] = [];
  for (const item of spec.items) {
    const inputs = spec.inputCells.filter((c) => c.item === item.id);
    const keys = (cells: typeof inputs) => cells.map((c) => valueKey(c.item, c.disaggregation));
    if (item.heading?.sum) {
      totals.push({ item: item.id, rowCode: item.heading.code, column: 'total', disaggregation: 'total', parts: keys(inputs) });
      if (item.by_sex) {
        for (const sex of ['male', 'female'] as const) {
          totals.push({ item: item.id, rowCode: item.heading.code, column: sex, disaggregation: `sex=${sex}`, parts: keys(inputs.filter((c) => c.column === sex)) });
        }
      }
    }
    if (item.by_sex) {
      for (const row of item.rows) {
        const parts = keys(inputs.filter((c) => c.rowCode === row.code));
        totals.push({ item: item.id, rowCode: row.code, column: 'total', disaggregation: disaggregationOf(rowDims(row)), parts });
      }
    }
  }
  return totals;
}

/** The row codes that carry only totals (headings): the locator finds them too. */
export function totalOnlyRowCodes(spec: FormSpec): string[] {
  return spec.items.flatMap((item) => (item.heading?.sum ? [item.heading.code] : []));
}

/**
 * Compares every total cell holding a number (typed, or a formula's cached result) with the sum of
 * the input cells tk13 reads, and reports each difference at the total cell with both figures
 * (`found` the total, `expected` the sum that is used). Blank inputs count 0 as the template's
 * formula counts them; a total is skipped when it holds no number (blank, a formula without cached
 * result, the formula's "" for an empty item), when all its parts are blank, or when one of its parts
 * already has an error (that error is what must be fixed first).
 *
 * Severity is an error (the file is refused at validate): the signed paper copy shows the total, the
 * store would hold the parts, and PRODUCT §8 forbids a silent wrong number (issue 12, kind 2).
 */
export function checkTotals(spec: FormSpec, located: LocatedForm & { sheet: Sheet }, values: readonly ReadValue[], valueProblems: readonly Diagnostic[], file: string): Diagnostic[] {
  const byKey = new Map(values.map((v) => [valueKey(v.input.item, v.input.disaggregation), v]));
  const wrongCells = new Set(valueProblems.filter((d) => d.severity === 'error').map((d) => d.cell));
  const diagnostics: Diagnostic[] = [];
  for (const total of totalCells(spec)) {
    const row = located.rowOf.get(total.rowCode);
    if (row === undefined) continue;
    const cell = `${columnLetter(located.columnOf[total.column])}${row}`;
    const reading = readCellValue(located.sheet.getCell(cell).value);
    if (reading.state !== 'number') continue;
    const parts = total.parts.map((key) => byKey.get(key));
    if (parts.some((p) => p === undefined || wrongCells.has(p.value.cell)) || parts.every((p) => p!.value.value === null)) continue;
    const sum = parts.reduce((s, p) => s + (p!.value.value ?? 0), 0);
    if (sum === reading.value) continue;
    diagnostics.push(
      formDiagnostic('form-total-mismatch', file, {
        sheet: located.sheet.name,
        cell,
        item: itemRef(total.item, total.disaggregation),
        found: reading.found,
        expected: String(sum),
        params: { total: reading.found, sum, parts: parts.map((p) => p!.value.cell).join(' + ') },
      }),
    );
  }
  return diagnostics;
}
