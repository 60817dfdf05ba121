import type { Workbook, Worksheet } from 'exceljs';
import { deterministicXlsx } from '../core/deterministic-xlsx.js';
import { type PeriodWindow, periodWindow } from '../periods/calendar.js';
import type { Period } from '../periods/period.js';
import { formatVietnamDate } from '../periods/vietnam-time.js';
import { hierarchyFor } from '../units/hierarchy.js';
import { CAPTIONS, ORIGINAL_COLUMNS as COL, periodName, unitLine } from '../forms/layout.js';
import { writeMetaSheet } from '../forms/meta.js';
import { type FormSpec, formSpec } from '../forms/spec.js';
import { FONT, type FormValues, writeItems, writeTableHeader } from './form-table.js';
import { newWorkbook } from '../workbook/new-workbook.js';
import type { SubmittingUnit } from '../submissions/types.js';

export type { FormValues } from './form-table.js';

/** Rows of the printed header; the table starts right below. */
const TABLE_TOP = 10;
const COLUMN_WIDTHS: Record<number, number> = { [COL.stt]: 6, [COL.label]: 62, [COL.code]: 8, [COL.total]: 11, [COL.male]: 11, [COL.female]: 11 };

type TextStyle = { bold?: boolean; italic?: boolean; underline?: boolean; size?: number; align?: 'left' | 'center' | 'right' };

function text(sheet: Worksheet, range: string, value: string, options: TextStyle = {}): void {
  sheet.mergeCells(range);
  const cell = sheet.getCell(range.split(':')[0]);
  cell.value = value;
  cell.font = { ...FONT, size: options.size ?? FONT.size, bold: options.bold ?? false, italic: options.italic ?? false, underline: options.underline ?? false };
  cell.alignment = { horizontal: options.align ?? 'center', vertical: 'middle', wrapText: true };
}

/** Who receives the report: the people's committee of the level above (district, or province). */
function receivingUnit(unit: SubmittingUnit): string {
  const hierarchy = hierarchyFor(unit.list);
  const parentCode = hierarchy.unit(unit.code)?.parentCode ?? unit.provinceCode;
  const parent = hierarchy.unit(parentCode);
  return parent ? `Ủy ban nhân dân ${parent.name}` : '..........';
}

function periodLine(period: Period, window: PeriodWindow): string {
  return `${CAPTIONS.periodLabel} ${periodName(period)} (số liệu từ ngày ${formatVietnamDate(window.start)} đến ngày ${formatVietnamDate(window.end)})`;
}

function writeHeader(sheet: Worksheet, spec: FormSpec, unit: SubmittingUnit, period: Period): void {
  const window = periodWindow(period, { provinceCode: unit.provinceCode, level: unit.level === 'district' ? 'district' : 'commune' });
  text(sheet, 'A1:B1', spec.form_number, { bold: true, align: 'left' });
  text(sheet, 'C1:F1', CAPTIONS.motto, { bold: true });
  text(sheet, 'A2:B2', spec.basis, { italic: true, align: 'left', size: 11 });
  text(sheet, 'C2:F2', CAPTIONS.mottoSub, { bold: true, underline: true });
  text(sheet, 'A4:F4', spec.title, { bold: true, size: 14 });
  text(sheet, 'A5:F5', periodLine(period, window), { italic: true });
  text(sheet, 'A7:F7', unitLine(unit.name, unit.code), { bold: true, align: 'left' });
  text(sheet, 'A8:F8', `${CAPTIONS.receiverLabel} ${receivingUnit(unit)}`, { align: 'left' });
  text(sheet, 'D9:F9', spec.unit_of_measure, { italic: true, align: 'right' });
  sheet.getRow(1).height = 18;
  sheet.getRow(4).height = 22;
  sheet.getRow(5).height = 18;
}

function writeFooter(sheet: Worksheet, spec: FormSpec, top: number): void {
  text(sheet, `A${top}:F${top}`, spec.note, { italic: true, align: 'left', size: 11 });
  sheet.getRow(top).height = 32;
  text(sheet, `D${top + 2}:F${top + 2}`, CAPTIONS.dateLine, { italic: true });
  text(sheet, `A${top + 3}:B${top + 3}`, CAPTIONS.preparer, { bold: true });
  text(sheet, `D${top + 3}:F${top + 3}`, CAPTIONS.head, { bold: true });
  text(sheet, `A${top + 4}:B${top + 4}`, CAPTIONS.preparerSign, { italic: true });
  text(sheet, `D${top + 4}:F${top + 4}`, CAPTIONS.headSign, { italic: true });
}

function setUpPrinting(sheet: Worksheet): void {
  for (const [column, width] of Object.entries(COLUMN_WIDTHS)) sheet.getColumn(Number(column)).width = width;
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${TABLE_TOP}:${TABLE_TOP + 2}`,
  };
  sheet.headerFooter.oddFooter = '&CTrang &P/&N';
}

/**
 * The commune form of PRODUCT §4.1 for one unit and period, in the official Vietnamese layout,
 * optionally filled with `values` (key `${item}|${disaggregation}`; a string is written as text,
 * null or missing leaves the cell blank). A district before July 2025 gets the same form.
 */
export function buildFormWorkbook(unit: SubmittingUnit, period: Period, values: FormValues = new Map(), spec: FormSpec = formSpec()): Workbook {
  const workbook = newWorkbook();
  workbook.creator = 'tk13';
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet(spec.sheet_name, { views: [{ state: 'frozen', ySplit: TABLE_TOP + 2, showGridLines: false }] });
  writeHeader(sheet, spec, unit, period);
  const tableBody = writeTableHeader(sheet, spec, TABLE_TOP);
  const { entries, next } = writeItems(sheet, spec, values, tableBody, unit.level);
  writeFooter(sheet, spec, next + 1);
  setUpPrinting(sheet);
  // protect() only fills `sheetProtection` inside its promise executor, which runs synchronously.
  // No password: protection guards against slips, not against people who mean to edit.
  void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  writeMetaSheet(
    workbook,
    {
      form_id: spec.form_id,
      version: String(spec.version),
      unit_code: unit.code,
      unit_name: unit.name,
      unit_level: unit.level,
      unit_list: unit.list,
      province_code: unit.provinceCode,
      period: period.id,
      data_sheet: spec.sheet_name,
    },
    entries,
  );
  return workbook;
}

/** The form as xlsx bytes; the same inputs always give the same bytes. */
export async function formTemplateBytes(unit: SubmittingUnit, period: Period, values?: FormValues, spec?: FormSpec): Promise<Uint8Array> {
  const buffer = await buildFormWorkbook(unit, period, values, spec).xlsx.writeBuffer();
  return deterministicXlsx(new Uint8Array(buffer));
}
