import type { Workbook } from 'exceljs';
import type { SheetBook } from '../workbook/sheet-access.js';
import { META_SHEET } from './layout.js';
import { readKeyedSheet, writeKeyedSheet } from './keyed-sheet.js';
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
  const rows = entries.map((e) => [e.item, e.disaggregation, e.rowCode, e.column, e.cell]);
  writeKeyedSheet(workbook, META_SHEET, META_FIELDS.map((key) => [key, fields[key]] as const), ENTRY_HEADER, rows);
}

/** The `_meta` sheet's content, or undefined when the workbook has none (not a tk13 form). */
export function readMetaSheet(workbook: SheetBook): FormMeta | undefined {
  const sheet = readKeyedSheet(workbook, META_SHEET, ENTRY_HEADER);
  if (!sheet) return undefined;
  const entries: MetaEntry[] = [];
  for (const [item, disaggregation, rowCode, column, cell] of sheet.rows) {
    if (item && disaggregation && rowCode && COLUMNS.includes(column)) {
      entries.push({ item, disaggregation, rowCode, column: column as FormColumn, cell });
    }
  }
  return { fields: sheet.fields, fieldCells: sheet.fieldCells, entries };
}
