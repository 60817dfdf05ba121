import type { Worksheet } from 'exceljs';
import { CAPTIONS, columnLetter, periodName } from '../forms/layout.js';
import type { PeriodWindow } from '../periods/calendar.js';
import type { Period } from '../periods/period.js';
import { formatVietnamDate } from '../periods/vietnam-time.js';
import { FONT } from './form-table.js';

/**
 * The parts every tk13 form prints the way official Vietnamese report forms do: the form number and
 * legal basis beside the national motto, full-width title lines, and the note, date line and the two
 * signatures at the foot. Each form says which columns the blocks span (`OfficialColumns`).
 */
/** First and last column of a block. */
export type ColumnSpan = readonly [first: number, last: number];

/** Where each block of the official layout sits. */
export interface OfficialColumns {
  /** Form number and legal basis (rows 1–2). */
  formNumber: ColumnSpan;
  /** The national motto beside them. */
  motto: ColumnSpan;
  /** The note under the table. */
  note: ColumnSpan;
  /** "Người lập biểu". */
  preparer: ColumnSpan;
  /** The date line and "Thủ trưởng đơn vị". */
  head: ColumnSpan;
}

export type TextStyle = { bold?: boolean; italic?: boolean; underline?: boolean; size?: number; align?: 'left' | 'center' | 'right' };

/** Writes `value` into the merged `range` (e.g. `A4:F4`) in the forms' font. */
export function text(sheet: Worksheet, range: string, value: string, options: TextStyle = {}): void {
  sheet.mergeCells(range);
  const cell = sheet.getCell(range.split(':')[0]);
  cell.value = value;
  cell.font = { ...FONT, size: options.size ?? FONT.size, bold: options.bold ?? false, italic: options.italic ?? false, underline: options.underline ?? false };
  cell.alignment = { horizontal: options.align ?? 'center', vertical: 'middle', wrapText: true };
}

/** `A5:F5` for row 5 between columns 1 and 6. */
export function span(row: number, first: number, last: number): string {
  return `${columnLetter(first)}${row}:${columnLetter(last)}${row}`;
}

/** "Kỳ báo cáo: 6 tháng đầu năm 2024 (số liệu từ ngày 15/11/2023 đến ngày 14/05/2024)": the reader finds the period in it again. */
export function periodLine(period: Period, window: PeriodWindow): string {
  return `${CAPTIONS.periodLabel} ${periodName(period)} (số liệu từ ngày ${formatVietnamDate(window.start)} đến ngày ${formatVietnamDate(window.end)})`;
}

/** Rows 1–2: form number and legal basis on the left, the national motto on the right. */
export function writeMotto(sheet: Worksheet, formNumber: string, basis: string, columns: OfficialColumns): void {
  text(sheet, span(1, ...columns.formNumber), formNumber, { bold: true, align: 'left' });
  text(sheet, span(1, ...columns.motto), CAPTIONS.motto, { bold: true });
  text(sheet, span(2, ...columns.formNumber), basis, { italic: true, align: 'left', size: 11 });
  text(sheet, span(2, ...columns.motto), CAPTIONS.mottoSub, { bold: true, underline: true });
  sheet.getRow(1).height = 18;
}

/**
 * From row `top`: the note, then the date line and the two signatures ("Người lập biểu", "Thủ trưởng
 * đơn vị"). The note's row is left at its height: each form sets it for the width it has.
 */
export function writeSignOff(sheet: Worksheet, note: string, top: number, columns: OfficialColumns): void {
  text(sheet, span(top, ...columns.note), note, { italic: true, align: 'left', size: 11 });
  text(sheet, span(top + 2, ...columns.head), CAPTIONS.dateLine, { italic: true });
  text(sheet, span(top + 3, ...columns.preparer), CAPTIONS.preparer, { bold: true });
  text(sheet, span(top + 3, ...columns.head), CAPTIONS.head, { bold: true });
  text(sheet, span(top + 4, ...columns.preparer), CAPTIONS.preparerSign, { italic: true });
  text(sheet, span(top + 4, ...columns.head), CAPTIONS.headSign, { italic: true });
}
