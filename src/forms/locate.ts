import type { CellValue } from 'exceljs';
import type { Sheet, SheetBook } from '../workbook/sheet-access.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { formDiagnostic } from './codes.js';
import { CAPTIONS, META_SHEET, ORIGINAL_COLUMNS, columnLetter, normaliseText, periodFromLine, unitFromLine } from './layout.js';
import type { FormMeta } from './meta.js';
import { cellText } from './cell-numbers.js';
import { type FormColumn, itemRef } from './spec.js';

/**
 * Finds the cells of a filled form by their row codes, not by fixed positions: the data sheet is
 * whichever sheet holds the codes (renamed or not, among extra sheets), the code column is the one
 * holding most of them, and the value columns sit under the "Tổng số" / "Nam" / "Nữ" captions above
 * the first code. Inserted rows and columns, merged titles and notes around the table do no harm.
 */

export interface VisibleLine {
  text: string;
  cell: string;
}

export interface LocatedForm {
  sheet?: Sheet;
  /** Row code → sheet row, for codes found exactly once. */
  rowOf: Map<string, number>;
  columnOf: Record<FormColumn, number>;
  unitLine?: VisibleLine;
  periodLine?: VisibleLine;
  diagnostics: Diagnostic[];
}

interface SheetScan {
  sheet: Sheet;
  /** column → row code → rows it appears in */
  codes: Map<number, Map<string, number[]>>;
  /** column → codes written as text there (what identifies the code column) */
  textCodes: Map<number, Set<string>>;
  /** normalised caption → cells holding exactly it */
  captions: Map<string, Array<{ row: number; column: number }>>;
  unitLine?: VisibleLine;
  periodLine?: VisibleLine;
}

/**
 * A cell's row code. Codes are written as text ("02"); a code someone retyped becomes the number 2,
 * which is accepted in the code column but never used to find that column: figures are numbers too.
 */
export function codeOf(value: CellValue, codes: ReadonlySet<string>): { code: string; typed: boolean } | undefined {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) return undefined;
    const code = [...codes].find((c) => Number(c) === value);
    return code ? { code, typed: true } : undefined;
  }
  const text = cellText(value).trim();
  return codes.has(text) ? { code: text, typed: false } : undefined;
}

const UNIT_LABEL = normaliseText(CAPTIONS.unitLabel);
const PERIOD_LABEL = normaliseText(CAPTIONS.periodLabel);

function scanSheet(sheet: Sheet, codes: ReadonlySet<string>, captions: ReadonlySet<string>): SheetScan {
  const scan: SheetScan = { sheet, codes: new Map(), textCodes: new Map(), captions: new Map() };
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, column) => {
      const found = codeOf(cell.value, codes);
      if (found) {
        const byCode = scan.codes.get(column) ?? new Map<string, number[]>();
        byCode.set(found.code, [...(byCode.get(found.code) ?? []), rowNumber]);
        scan.codes.set(column, byCode);
        if (!found.typed) scan.textCodes.set(column, (scan.textCodes.get(column) ?? new Set()).add(found.code));
        return;
      }
      const text = cellText(cell.value);
      // A number's text is already normal (ASCII digits, no spaces, no capitals).
      const caption = typeof cell.value === 'number' ? text : normaliseText(text);
      if (captions.has(caption)) scan.captions.set(caption, [...(scan.captions.get(caption) ?? []), { row: rowNumber, column }]);
      // The identity lines start with their label; checking that first spares parsing every cell.
      const address = () => `${columnLetter(column)}${rowNumber}`;
      if (!scan.unitLine && caption.startsWith(UNIT_LABEL) && unitFromLine(text) !== undefined) scan.unitLine = { text, cell: address() };
      if (!scan.periodLine && caption.startsWith(PERIOD_LABEL) && periodFromLine(text) !== undefined) scan.periodLine = { text, cell: address() };
    });
  });
  return scan;
}

/** How a whole row is named: the item with its dimensions but sex, e.g. `population[age_group=0-5]`. */
function rowRef(item: string, disaggregation: string): string {
  const pinned = disaggregation.split(';').filter((pair) => pair !== 'total' && !pair.startsWith('sex='));
  return itemRef(item, pinned.length > 0 ? pinned.join(';') : 'total');
}

/**
 * The column holding the most distinct codes, preferring the one under a "Mã số" caption. A column
 * holding fewer than half the codes sought is not the code column (item numbers 10–14 in the STT
 * column are written like codes): score 0, so a form whose code column was deleted is unrecognised.
 */
function bestCodeColumn(scan: SheetScan, wanted: number): { column: number; score: number } {
  const captioned = new Set((scan.captions.get(normaliseText(CAPTIONS.code)) ?? []).map((c) => c.column));
  let best = { column: 0, score: 0, captioned: false };
  for (const [column, written] of scan.textCodes) {
    const candidate = { column, score: written.size, captioned: captioned.has(column) };
    if (candidate.score * 2 < wanted) continue;
    if (candidate.score > best.score || (candidate.score === best.score && candidate.captioned && !best.captioned)) best = candidate;
  }
  return best;
}

/**
 * `totalRowCodes` are codes of rows holding only totals (headings): found when they are there, for
 * comparing totals with their parts, but never required.
 */
export function locateForm(workbook: SheetBook, meta: FormMeta, file: string, sexLabels: Readonly<Record<string, string>>, totalRowCodes: readonly string[] = []): LocatedForm {
  const captionOf: Record<FormColumn, string> = { total: normaliseText(CAPTIONS.total), male: normaliseText(sexLabels.male), female: normaliseText(sexLabels.female) };
  const wanted = new Set([...Object.values(captionOf), normaliseText(CAPTIONS.code)]);
  const codes = new Set(meta.entries.map((e) => e.rowCode));
  const scans = workbook.worksheets.filter((s) => s.name !== META_SHEET).map((s) => scanSheet(s, new Set([...codes, ...totalRowCodes]), wanted));
  let chosen: { scan: SheetScan; column: number; score: number } | undefined;
  for (const scan of scans) {
    const { column, score } = bestCodeColumn(scan, codes.size);
    const better = !chosen || score > chosen.score || (score === chosen.score && scan.sheet.name === meta.fields.data_sheet);
    if (score > 0 && better) chosen = { scan, column, score };
  }
  const original: Record<FormColumn, number> = { total: ORIGINAL_COLUMNS.total, male: ORIGINAL_COLUMNS.male, female: ORIGINAL_COLUMNS.female };
  if (!chosen) {
    return { rowOf: new Map(), columnOf: original, diagnostics: [formDiagnostic('form-layout-unrecognised', file, { expected: CAPTIONS.code })] };
  }
  const { scan, column: codeColumn } = chosen;
  const sheetName = scan.sheet.name;
  const diagnostics: Diagnostic[] = [];
  const rowOf = new Map<string, number>();
  const rowsByCode = scan.codes.get(codeColumn)!;
  for (const code of codes) {
    const rows = rowsByCode.get(code) ?? [];
    if (rows.length === 1) rowOf.set(code, rows[0]);
    const entry = meta.entries.find((e) => e.rowCode === code)!;
    const item = rowRef(entry.item, entry.disaggregation);
    if (rows.length === 0) {
      diagnostics.push(formDiagnostic('form-row-missing', file, { sheet: sheetName, item, expected: code }));
    } else if (rows.length > 1) {
      const cells = rows.map((r) => `${columnLetter(codeColumn)}${r}`);
      diagnostics.push(formDiagnostic('form-row-duplicate', file, { sheet: sheetName, cell: cells[1], item, found: cells.join(', '), expected: code }));
    }
  }
  for (const code of totalRowCodes) {
    const rows = rowsByCode.get(code) ?? [];
    if (rows.length === 1) rowOf.set(code, rows[0]);
  }
  const firstDataRow = Math.min(...[...rowsByCode.values()].flat());
  const shift = codeColumn - ORIGINAL_COLUMNS.code;
  const columnOf = { ...original };
  const missing: string[] = [];
  for (const column of ['total', 'male', 'female'] as const) {
    // The caption nearest above the data wins (merged header cells repeat it in the same column).
    const above = (scan.captions.get(captionOf[column]) ?? []).filter((c) => c.row < firstDataRow && c.column !== codeColumn);
    const nearest = above.sort((a, b) => b.row - a.row || a.column - b.column)[0];
    if (nearest) columnOf[column] = nearest.column;
    else {
      columnOf[column] = original[column] + shift;
      missing.push(column === 'total' ? CAPTIONS.total : sexLabels[column]);
    }
  }
  if (missing.length > 0) {
    diagnostics.push(formDiagnostic('form-layout-fallback', file, { sheet: sheetName, found: missing.join(', '), expected: `${CAPTIONS.total}, ${sexLabels.male}, ${sexLabels.female}` }));
  }
  return { sheet: scan.sheet, rowOf, columnOf, unitLine: scan.unitLine, periodLine: scan.periodLine, diagnostics };
}
