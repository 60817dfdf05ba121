import type { Workbook } from 'exceljs';
import type { SheetBook } from '../workbook/sheet-access.js';
import { META_SHEET } from './layout.js';
import { cellText } from './cell-numbers.js';
import type { FormColumn } from './spec.js';

/**
 * The hidden `_meta` sheet that makes a form self-describing (PRODUCT §4.1): key/value identity
 * fields, then one row per input cell. Row codes and columns let the reader find each cell again
 * after people insert rows or columns; `cell` is where the writer put it.
 */
export interface MetaEntry {
  item: string;
  disaggregation: string;
  rowCode: string;
  column: FormColumn;
  cell: string;
}

export interface FormMeta {
  fields: Readonly<Record<string, string>>;
  /** Where each field's value sits on `_meta` (e.g. `B4`), for diagnostics. */
  fieldCells: Readonly<Record<string, string>>;
  /** The sheet `fieldCells` refer to when it is not `_meta` (a form recognised by its visible lines). */
  fieldSheet?: string;
  entries: MetaEntry[];
}

export const META_FIELDS = ['form_id', 'version', 'unit_code', 'unit_name', 'unit_level', 'unit_list', 'province_code', 'period', 'data_sheet'] as const;
export type MetaField = (typeof META_FIELDS)[number];

const ENTRY_HEADER = ['item', 'disaggregation', 'row_code', 'column', 'cell'] as const;
const COLUMNS: readonly string[] = ['total', 'male', 'female'];

export function writeMetaSheet(workbook: Workbook, fields: Record<MetaField, string>, entries: readonly MetaEntry[]): void {
  const sheet = workbook.addWorksheet(META_SHEET, { state: 'hidden' });
  sheet.addRow(['key', 'value']);
  for (const key of META_FIELDS) sheet.addRow([key, fields[key]]);
  sheet.addRow([]);
  sheet.addRow([...ENTRY_HEADER]);
  for (const e of entries) sheet.addRow([e.item, e.disaggregation, e.rowCode, e.column, e.cell]);
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  // Synchronous in effect: protect() sets `sheetProtection` inside its promise executor.
  void sheet.protect('', {});
}

/** The `_meta` sheet's content, or undefined when the workbook has none (not a tk13 form). */
export function readMetaSheet(workbook: SheetBook): FormMeta | undefined {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) return undefined;
  const fields: Record<string, string> = {};
  const fieldCells: Record<string, string> = {};
  const entries: MetaEntry[] = [];
  let inEntries = false;
  sheet.eachRow((row, rowNumber) => {
    const texts = [1, 2, 3, 4, 5].map((c) => cellText(row.getCell(c).value).trim());
    if (!inEntries) {
      if (texts[0] === ENTRY_HEADER[0] && texts[1] === ENTRY_HEADER[1]) inEntries = true;
      else if (texts[0] && texts[0] !== 'key') {
        fields[texts[0]] = texts[1];
        fieldCells[texts[0]] = `B${rowNumber}`;
      }
      return;
    }
    const [item, disaggregation, rowCode, column, cell] = texts;
    if (item && disaggregation && rowCode && COLUMNS.includes(column)) {
      entries.push({ item, disaggregation, rowCode, column: column as FormColumn, cell });
    }
  });
  return { fields, fieldCells, entries };
}
