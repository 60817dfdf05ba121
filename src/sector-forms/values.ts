import type { Diagnostic } from '../core/diagnostics.js';
import { readCellValue } from '../forms/cell-numbers.js';
import { judgeReading } from '../forms/judge-value.js';
import { columnLetter } from '../forms/layout.js';
import type { SectorValue } from '../submissions/types.js';
import { SECTOR_FORM_VALUE_LIMITS } from '../workbook/limits.js';
import type { Sheet } from '../workbook/sheet-access.js';
import { sectorDiagnostic, sectorValueCode } from './codes.js';
import { sectorItemRef } from './item-label.js';
import { type LocatedSectorForm, listed } from './locate.js';
import type { SectorMetaEntry } from './meta.js';

type Located = LocatedSectorForm & { sheet: Sheet };

/**
 * Reads every input cell the `_meta` entries name, where the located layout puts it, through the
 * commune form's number reader and judgement (text numbers, hidden characters, negatives,
 * decimals, too large). A blank cell is "not reported" (null, never 0); the blanks of an item are
 * reported once, naming their areas. A cell whose row or column was not found is not read (that
 * was reported once for the row or column).
 */
export function readSectorValues(located: Located, entries: readonly SectorMetaEntry[], areaLabel: (code: string) => string, file: string): { values: SectorValue[]; diagnostics: Diagnostic[] } {
  const values: SectorValue[] = [];
  const diagnostics: Diagnostic[] = [];
  const blanks = new Map<string, Array<{ cell: string; area: string }>>();
  const sheet = located.sheet.name;
  for (const entry of entries) {
    const row = located.rowOf.get(entry.rowCode);
    const column = located.columnOf.get(entry.areaCode);
    if (row === undefined || column === undefined) continue;
    const cell = `${columnLetter(column)}${row}`;
    const { value, problem } = judgeReading(readCellValue(located.sheet.getCell(cell).value), 'count', SECTOR_FORM_VALUE_LIMITS.maxCount);
    values.push({ item: entry.item, areaCode: entry.areaCode, areaLevel: entry.areaLevel, value, cell });
    if (problem?.kind === 'value-blank') {
      const list = blanks.get(entry.item) ?? [];
      list.push({ cell, area: entry.areaCode });
      blanks.set(entry.item, list);
    } else if (problem && problem.kind !== 'flag-not-binary') {
      const item = sectorItemRef(entry.item, entry.areaCode);
      diagnostics.push(sectorDiagnostic(sectorValueCode(problem.kind), file, { sheet, cell, item, found: problem.found, expected: problem.expected, params: { area: areaLabel(entry.areaCode) } }));
    }
  }
  for (const [item, cells] of blanks) {
    const first = cells[0];
    const params = { count: cells.length, areas: listed(cells.map((c) => areaLabel(c.area))) };
    diagnostics.push(sectorDiagnostic('sector-form-values-blank', file, { sheet, cell: first.cell, item: sectorItemRef(item, first.area), params }));
  }
  return { values, diagnostics };
}

/**
 * Compares the "Toàn tỉnh" cell of each item reported by commune — the template's sum formula, or a
 * number someone typed over it — with the sum of the communes read, as the commune form compares its
 * totals (src/forms/totals.ts): a difference is an error naming both figures, a matching total is
 * accepted. A total is skipped when it holds no number, or when one of its communes could not be
 * read (its column is missing) or already has an error: that is what must be fixed first. A number
 * in it while every commune is blank is an error too: tk13 takes such an item by commune and would
 * record nothing of it.
 */
export function checkSectorTotals(located: Located, values: readonly SectorValue[], provinceCode: string, valueProblems: readonly Diagnostic[], entries: readonly SectorMetaEntry[], file: string): Diagnostic[] {
  const column = located.columnOf.get(provinceCode);
  if (column === undefined) return [];
  const wrongCells = new Set(valueProblems.filter((d) => d.severity === 'error').map((d) => d.cell));
  const diagnostics: Diagnostic[] = [];
  const communeEntries = entries.filter((e) => e.areaLevel === 'commune');
  const rowCodes = new Map(communeEntries.map((e) => [e.item, e.rowCode]));
  for (const [item, rowCode] of rowCodes) {
    const row = located.rowOf.get(rowCode);
    if (row === undefined) continue;
    const cell = `${columnLetter(column)}${row}`;
    const reading = readCellValue(located.sheet.getCell(cell).value);
    if (reading.state !== 'number') continue;
    const parts = values.filter((v) => v.item === item && v.areaLevel === 'commune');
    const unread = parts.length < communeEntries.filter((e) => e.item === item).length;
    if (parts.length === 0 || unread || parts.some((p) => wrongCells.has(p.cell))) continue;
    const fields = { sheet: located.sheet.name, cell, item: sectorItemRef(item, provinceCode), found: reading.found };
    if (parts.every((p) => p.value === null)) {
      diagnostics.push(sectorDiagnostic('sector-form-total-without-parts', file, { ...fields, params: { total: reading.found } }));
      continue;
    }
    const sum = parts.reduce((s, p) => s + (p.value ?? 0), 0);
    if (sum === reading.value) continue;
    diagnostics.push(sectorDiagnostic('sector-form-total-mismatch', file, { ...fields, expected: String(sum), params: { total: reading.found, sum, count: parts.length } }));
  }
  return diagnostics;
}
