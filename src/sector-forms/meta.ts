import type { Workbook } from 'exceljs';
import { readKeyedSheet, writeKeyedSheet } from '../forms/keyed-sheet.js';
import { META_SHEET } from '../forms/layout.js';
import type { SheetBook } from '../workbook/sheet-access.js';

/**
 * The hidden `_meta` sheet of a sector form: who sends it (the department and the province), for
 * which period and list, and one row per input cell (item, area, the row code that finds the row
 * again, and where the writer put the cell). The same sheet layout as the commune form's
 * (src/forms/keyed-sheet.ts); `form_id` tells the two apart.
 */
export const SECTOR_META_FIELDS = ['form_id', 'version', 'sector', 'sector_name', 'province_code', 'province_name', 'unit_list', 'period', 'data_sheet'] as const;
export type SectorMetaField = (typeof SECTOR_META_FIELDS)[number];

const ENTRY_HEADER = ['item', 'area_code', 'area_level', 'row_code', 'cell'] as const;

export interface SectorMetaEntry {
  item: string;
  areaCode: string;
  areaLevel: 'province' | 'commune';
  rowCode: string;
  cell: string;
}

export interface SectorFormMeta {
  fields: Readonly<Record<string, string>>;
  /** Where each field's value sits on `_meta` (e.g. `B4`), for diagnostics. */
  fieldCells: Readonly<Record<string, string>>;
  entries: SectorMetaEntry[];
}

export function writeSectorMetaSheet(workbook: Workbook, fields: Record<SectorMetaField, string>, entries: readonly SectorMetaEntry[]): void {
  const rows = entries.map((e) => [e.item, e.areaCode, e.areaLevel, e.rowCode, e.cell]);
  writeKeyedSheet(workbook, META_SHEET, SECTOR_META_FIELDS.map((key) => [key, fields[key]] as const), ENTRY_HEADER, rows);
}

/** The `_meta` sheet of a sector form, or undefined when the workbook has none. Rows that are not whole entries are left out. */
export function readSectorMetaSheet(workbook: SheetBook): SectorFormMeta | undefined {
  const sheet = readKeyedSheet(workbook, META_SHEET, ENTRY_HEADER);
  if (!sheet) return undefined;
  const entries: SectorMetaEntry[] = [];
  for (const [item, areaCode, areaLevel, rowCode, cell] of sheet.rows) {
    if (item && areaCode && rowCode && (areaLevel === 'province' || areaLevel === 'commune')) entries.push({ item, areaCode, areaLevel, rowCode, cell });
  }
  return { fields: sheet.fields, fieldCells: sheet.fieldCells, entries };
}
