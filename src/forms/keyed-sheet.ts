import type { Workbook } from 'exceljs';
import { cellText } from './cell-numbers.js';
import type { SheetBook } from '../workbook/sheet-access.js';

/**
 * The hidden, protected sheet that makes a tk13 workbook self-describing: a `key | value` block of
 * identity fields, a blank row, then a header row and one row per entry (an input cell, for forms).
 * Each form says which fields and entry columns it writes (src/forms/meta.ts,
 * src/sector-forms/meta.ts); this module only lays them out and reads them back.
 */
export interface KeyedSheet {
  fields: Record<string, string>;
  /** Where each field's value sits (e.g. `B4`), for diagnostics. */
  fieldCells: Record<string, string>;
  /** The entry rows after the header, each as trimmed texts, one per header column. */
  rows: string[][];
}

export function writeKeyedSheet(workbook: Workbook, name: string, fields: ReadonlyArray<readonly [string, string]>, header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  const sheet = workbook.addWorksheet(name, { state: 'hidden' });
  sheet.addRow(['key', 'value']);
  for (const [key, value] of fields) sheet.addRow([key, value]);
  sheet.addRow([]);
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  // Synchronous in effect: protect() sets `sheetProtection` inside its promise executor.
  void sheet.protect('', {});
}

/** The sheet `name` read back (its entry rows start after the row holding `header`), or undefined when there is none. */
export function readKeyedSheet(workbook: SheetBook, name: string, header: readonly string[]): KeyedSheet | undefined {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) return undefined;
  const fields: Record<string, string> = {};
  const fieldCells: Record<string, string> = {};
  const rows: string[][] = [];
  let inEntries = false;
  sheet.eachRow((row, rowNumber) => {
    const texts = header.map((_, i) => cellText(row.getCell(i + 1).value).trim());
    if (inEntries) {
      rows.push(texts);
      return;
    }
    if (texts[0] === header[0] && texts[1] === header[1]) inEntries = true;
    else if (texts[0] && texts[0] !== 'key') {
      fields[texts[0]] = cellText(row.getCell(2).value).trim();
      fieldCells[texts[0]] = `B${rowNumber}`;
    }
  });
  return { fields, fieldCells, rows };
}
