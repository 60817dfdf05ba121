import type { CellValue } from 'exceljs';
import type { Diagnostic } from '../core/diagnostics.js';
import { cellText } from '../forms/cell-numbers.js';
import { CAPTIONS, META_SHEET, columnLetter, normaliseText, periodFromLine } from '../forms/layout.js';
import { type VisibleLine, codeOf } from '../forms/locate.js';
import type { Sheet, SheetBook } from '../workbook/sheet-access.js';
import { sectorDiagnostic } from './codes.js';
import { sectorItemRef } from './item-label.js';
import { SECTOR_CAPTIONS } from './layout.js';
import type { SectorMetaEntry } from './meta.js';

/**
 * Finds the cells of a filled sector form by its codes, not by positions: the data sheet is the
 * one whose "Mã số" column holds the item codes, each item's row is found by its code, each area's
 * column by its code in the "Mã đơn vị hành chính" row above the items. Inserted, deleted or moved
 * rows and columns, extra sheets and notes around the table do no harm; a column of the form whose
 * code is gone, or a code that is no area of the form, is reported.
 */
export interface LocatedSectorForm {
  sheet?: Sheet;
  /** Item row code → sheet row, for codes found once. */
  rowOf: Map<string, number>;
  /** Area code → sheet column, for codes found once. */
  columnOf: Map<string, number>;
  /** The "Kỳ báo cáo" and "Tỉnh, thành phố:" lines above the table: where the clerk reads the form's identity. */
  periodLine?: VisibleLine;
  provinceLine?: VisibleLine;
  diagnostics: Diagnostic[];
}

interface SheetScan {
  sheet: Sheet;
  /** column → item code → rows (codes written as text or retyped as numbers) */
  itemCodes: Map<number, Map<string, number[]>>;
  /** column → item codes written as text there (what identifies the code column) */
  textItemCodes: Map<number, Set<string>>;
  /** row → cells holding an area code of the form */
  areaCodes: Map<number, Array<{ column: number; code: string }>>;
  /** row → cells holding some other code (digits only) */
  otherCodes: Map<number, Array<{ column: number; found: string }>>;
  codeCaptions: Set<number>;
  periodLine?: VisibleLine;
  provinceLine?: VisibleLine;
}

const PERIOD_LABEL = normaliseText(CAPTIONS.periodLabel);
const CODE_CAPTION = normaliseText(CAPTIONS.code);
const PROVINCE_LABEL = normaliseText(SECTOR_CAPTIONS.provinceLabel);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** A code-like value that is not one of the form's: digits only, as text or a whole number. */
function otherCode(value: CellValue): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? String(value) : undefined;
  const text = cellText(value).trim();
  return /^\d+$/.test(text) ? text : undefined;
}

function scanSheet(sheet: Sheet, items: ReadonlySet<string>, areas: ReadonlySet<string>): SheetScan {
  const scan: SheetScan = { sheet, itemCodes: new Map(), textItemCodes: new Map(), areaCodes: new Map(), otherCodes: new Map(), codeCaptions: new Set() };
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, column) => {
      // A province code can equal an item code ("01"): one cell may be read as both; position decides.
      const item = codeOf(cell.value, items);
      if (item) {
        const byCode = scan.itemCodes.get(column) ?? new Map<string, number[]>();
        push(byCode, item.code, rowNumber);
        scan.itemCodes.set(column, byCode);
        if (!item.typed) scan.textItemCodes.set(column, (scan.textItemCodes.get(column) ?? new Set()).add(item.code));
      }
      const area = codeOf(cell.value, areas);
      if (area) push(scan.areaCodes, rowNumber, { column, code: area.code });
      else if (!item) {
        const found = otherCode(cell.value);
        if (found !== undefined) push(scan.otherCodes, rowNumber, { column, found });
      }
      if (item || area || typeof cell.value === 'number') return;
      const text = cellText(cell.value);
      const normal = normaliseText(text);
      if (normal === CODE_CAPTION) scan.codeCaptions.add(column);
      const address = `${columnLetter(column)}${rowNumber}`;
      if (!scan.periodLine && normal.startsWith(PERIOD_LABEL) && periodFromLine(text) !== undefined) scan.periodLine = { text, cell: address };
      if (!scan.provinceLine && normal.startsWith(PROVINCE_LABEL)) scan.provinceLine = { text, cell: address };
    });
  });
  return scan;
}

/** The column holding the most distinct item codes as text, preferring the one under "Mã số". */
function codeColumn(scan: SheetScan): { column: number; score: number } {
  let best = { column: 0, score: 0, captioned: false };
  for (const [column, written] of scan.textItemCodes) {
    const candidate = { column, score: written.size, captioned: scan.codeCaptions.has(column) };
    if (candidate.score > best.score || (candidate.score === best.score && candidate.captioned && !best.captioned)) best = candidate;
  }
  return best;
}

/** The row above the items holding the most distinct area codes (outside the code column). */
function areaRow(scan: SheetScan, codeCol: number, firstItemRow: number): number | undefined {
  let best: { row: number; score: number } | undefined;
  for (const [row, cells] of scan.areaCodes) {
    if (row >= firstItemRow) continue;
    const score = new Set(cells.filter((c) => c.column !== codeCol).map((c) => c.code)).size;
    if (score > 0 && (!best || score > best.score)) best = { row, score };
  }
  return best?.row;
}

/**
 * `entries` are the input cells the reader will read; `provinceCode` heads the province column
 * (a commune item's sum) whether or not an entry names it; `areaLabel` names an area in messages.
 */
export function locateSectorForm(workbook: SheetBook, entries: readonly SectorMetaEntry[], provinceCode: string, dataSheet: string | undefined, areaLabel: (code: string) => string, file: string): LocatedSectorForm {
  const items = new Set(entries.map((e) => e.rowCode));
  const areas = new Set([provinceCode, ...entries.map((e) => e.areaCode)].filter(Boolean));
  const result: LocatedSectorForm = { rowOf: new Map(), columnOf: new Map(), diagnostics: [] };
  let chosen: { scan: SheetScan; column: number; score: number } | undefined;
  for (const sheet of workbook.worksheets.filter((s) => s.name !== META_SHEET)) {
    const scan = scanSheet(sheet, items, areas);
    const { column, score } = codeColumn(scan);
    if (score > 0 && (!chosen || score > chosen.score || (score === chosen.score && sheet.name === dataSheet))) chosen = { scan, column, score };
  }
  if (!chosen) return { ...result, diagnostics: [sectorDiagnostic('sector-form-layout-unrecognised', file, { expected: CAPTIONS.code })] };
  const { scan, column: codeCol } = chosen;
  const sheetName = scan.sheet.name;
  const rowsByCode = scan.itemCodes.get(codeCol)!;
  const problems = result.diagnostics;
  for (const code of items) {
    const rows = rowsByCode.get(code) ?? [];
    const item = sectorItemRef(entries.find((e) => e.rowCode === code)!.item, provinceCode);
    if (rows.length === 1) result.rowOf.set(code, rows[0]);
    else if (rows.length === 0) problems.push(sectorDiagnostic('sector-form-row-missing', file, { sheet: sheetName, item, expected: code }));
    else problems.push(sectorDiagnostic('sector-form-row-duplicate', file, { sheet: sheetName, cell: `${columnLetter(codeCol)}${rows[1]}`, item, found: rows.map((r) => `${columnLetter(codeCol)}${r}`).join(', '), expected: code }));
  }
  const codesRow = areaRow(scan, codeCol, Math.min(...[...rowsByCode.values()].flat()));
  const lines = { periodLine: scan.periodLine, provinceLine: scan.provinceLine };
  if (codesRow === undefined) return { ...result, sheet: scan.sheet, ...lines, diagnostics: [...problems, sectorDiagnostic('sector-form-layout-unrecognised', file, { sheet: sheetName, expected: SECTOR_CAPTIONS.areaCodes })] };
  const columnsOf = new Map<string, number[]>();
  for (const { column, code } of scan.areaCodes.get(codesRow)!) if (column !== codeCol) push(columnsOf, code, column);
  for (const { column, found } of scan.otherCodes.get(codesRow) ?? []) {
    if (column !== codeCol) problems.push(sectorDiagnostic('sector-form-area-unknown', file, { sheet: sheetName, cell: `${columnLetter(column)}${codesRow}`, found }));
  }
  const missing: string[] = [];
  for (const code of areas) {
    const columns = columnsOf.get(code) ?? [];
    if (columns.length === 1) result.columnOf.set(code, columns[0]);
    else if (columns.length === 0) missing.push(code);
    else {
      const cells = columns.map((c) => `${columnLetter(c)}${codesRow}`);
      problems.push(sectorDiagnostic('sector-form-area-duplicate', file, { sheet: sheetName, cell: cells[1], found: cells.join(', '), expected: code, params: { area: areaLabel(code) } }));
    }
  }
  if (missing.length > 0) problems.push(sectorDiagnostic('sector-form-areas-missing', file, { sheet: sheetName, params: { count: missing.length, areas: listed(missing.map(areaLabel)) } }));
  return { ...result, sheet: scan.sheet, ...lines };
}

const LISTED = 10;

/** Names joined for a message, the first `LISTED` of them and "…" after. */
export function listed(names: readonly string[]): string {
  return names.length > LISTED ? `${names.slice(0, LISTED).join('; ')}; …` : names.join('; ');
}
