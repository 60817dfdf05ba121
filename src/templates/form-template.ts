import type { Workbook, Worksheet } from 'exceljs';
import { deterministicXlsx } from '../core/deterministic-xlsx.js';
import { periodWindow } from '../periods/calendar.js';
import type { Period } from '../periods/period.js';
import { hierarchyFor } from '../units/hierarchy.js';
import { CAPTIONS, ORIGINAL_COLUMNS as COL, unitLine } from '../forms/layout.js';
import { writeMetaSheet } from '../forms/meta.js';
import { type FormSpec, formSpec } from '../forms/spec.js';
import { type FormValues, writeItems, writeTableHeader } from './form-table.js';
import { type OfficialColumns, periodLine, text, writeMotto, writeSignOff } from './official-layout.js';
import { newWorkbook } from '../workbook/new-workbook.js';
import type { SubmittingUnit } from '../submissions/types.js';

export type { FormValues } from './form-table.js';

/** Rows of the printed header; the table starts right below. */
const TABLE_TOP = 10;
/** Form number and "Người lập biểu" in A:B, the motto in C:F, the date line and "Thủ trưởng đơn vị" in D:F. */
const SIGN_OFF_COLUMNS: OfficialColumns = {
  formNumber: [COL.stt, COL.label],
  motto: [COL.code, COL.female],
  note: [COL.stt, COL.female],
  preparer: [COL.stt, COL.label],
  head: [COL.total, COL.female],
};
const COLUMN_WIDTHS: Record<number, number> = { [COL.stt]: 6, [COL.label]: 62, [COL.code]: 8, [COL.total]: 11, [COL.male]: 11, [COL.female]: 11 };

/** Who receives the report: the people's committee of the level above (district, or province). */
function receivingUnit(unit: SubmittingUnit): string {
  const hierarchy = hierarchyFor(unit.list);
  const parentCode = hierarchy.unit(unit.code)?.parentCode ?? unit.provinceCode;
  const parent = hierarchy.unit(parentCode);
  return parent ? `Ủy ban nhân dân ${parent.name}` : '..........';
}

function writeHeader(sheet: Worksheet, spec: FormSpec, unit: SubmittingUnit, period: Period): void {
  const window = periodWindow(period, { provinceCode: unit.provinceCode, level: unit.level === 'district' ? 'district' : 'commune' });
  writeMotto(sheet, spec.form_number, spec.basis, SIGN_OFF_COLUMNS);
  text(sheet, 'A4:F4', spec.title, { bold: true, size: 14 });
  text(sheet, 'A5:F5', periodLine(period, window), { italic: true });
  text(sheet, 'A7:F7', unitLine(unit.name, unit.code), { bold: true, align: 'left' });
  text(sheet, 'A8:F8', `${CAPTIONS.receiverLabel} ${receivingUnit(unit)}`, { align: 'left' });
  text(sheet, 'D9:F9', spec.unit_of_measure, { italic: true, align: 'right' });
  sheet.getRow(4).height = 22;
  sheet.getRow(5).height = 18;
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
  const { entries, next } = writeItems(sheet, spec, values, tableBody, unit.level, period.type);
  writeSignOff(sheet, spec.note, next + 1, SIGN_OFF_COLUMNS);
  sheet.getRow(next + 1).height = 32;
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
