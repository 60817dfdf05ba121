import type { Workbook, Worksheet } from 'exceljs';
import { deterministicXlsx } from '../core/deterministic-xlsx.js';
import { CAPTIONS } from '../forms/layout.js';
import { periodWindow } from '../periods/calendar.js';
import type { Period } from '../periods/period.js';
import { SECTOR_CAPTIONS, SECTOR_COLUMNS as COL, type SectorArea, sectorFormAreas, sectorSheetName } from '../sector-forms/layout.js';
import { writeSectorMetaSheet } from '../sector-forms/meta.js';
import { type SectorFormSpec, sectorFormSpec } from '../sector-forms/spec.js';
import { type SectorFormTarget, sectorFormTarget } from '../sector-forms/target.js';
import { newWorkbook } from '../workbook/new-workbook.js';
import { type OfficialColumns, periodLine, span, text, writeMotto, writeSignOff } from './official-layout.js';
import { addColumnBreaks } from './column-breaks.js';
import { SECTOR_HEADER_ROWS, type SectorFormValues, writeAreaHeader, writeItemRows } from './sector-form-table.js';

export type { SectorFormValues } from './sector-form-table.js';

/** Rows of the printed header; the table starts here. */
const TABLE_TOP = 11;
/**
 * Printed at 75 %, a landscape A4 page holds "STT … Đơn vị tính", the province and 9 communes
 * (LibreOffice draws columns about a fifth wider than Excel: this is its measure). Each page after
 * the first repeats "STT … Đơn vị tính" and the header rows, then the next 9 communes.
 */
const PRINT_SCALE = 75;
const COMMUNES_PER_PAGE = 9;
const WIDTHS = { stt: 5, label: 26, code: 6, unit: 8, province: 11, commune: 10 };
/** A form with the province column only is narrow: wider columns fill its one page. */
const NARROW_WIDTHS = { ...WIDTHS, label: 52, code: 8, unit: 12, province: 22 };

/**
 * Where the header and foot blocks sit. A narrow form is laid out like the commune form. On a wide
 * one the form's identity (number, title, period, department, province) stays in "STT … Đơn vị
 * tính", which prints on every page, so that a loose page still says what it is; the motto and the
 * signatures sit to its right on the first page.
 */
function officialColumns(areas: number): { columns: OfficialColumns; identity: readonly [number, number] } {
  if (areas === 1) {
    const all = [COL.stt, COL.firstArea] as const;
    return { columns: { formNumber: [COL.stt, COL.label], motto: [COL.code, COL.firstArea], note: all, preparer: [COL.stt, COL.label], head: [COL.code, COL.firstArea] }, identity: all };
  }
  const pageEnd = COL.firstArea + Math.min(areas - 1, COMMUNES_PER_PAGE);
  const middle = Math.floor((COL.firstArea + pageEnd) / 2);
  const left = [COL.stt, COL.unit] as const;
  return { columns: { formNumber: left, motto: [COL.firstArea, pageEnd], note: left, preparer: [COL.firstArea, middle], head: [middle + 1, pageEnd] }, identity: left };
}

function writeHeader(sheet: Worksheet, spec: SectorFormSpec, target: SectorFormTarget, columns: OfficialColumns, identity: readonly [number, number]): void {
  const { province, period, sector } = target;
  const window = periodWindow(period, { provinceCode: province.code });
  const wide = identity[1] < COL.firstArea;
  const line = (row: number) => span(row, ...identity);
  writeMotto(sheet, spec.form_number, spec.basis, columns);
  text(sheet, line(4), spec.title, { bold: true, size: 14, ...(wide ? { align: 'left' } : {}) });
  text(sheet, line(5), periodLine(period, window), { italic: true, ...(wide ? { align: 'left' } : {}) });
  text(sheet, line(7), `${CAPTIONS.unitLabel} ${sector.name}`, { bold: true, align: 'left' });
  text(sheet, line(8), `${SECTOR_CAPTIONS.provinceLabel} ${province.name} (mã ${province.code})`, { bold: true, align: 'left' });
  text(sheet, line(9), `${CAPTIONS.receiverLabel} Ủy ban nhân dân ${province.name}`, { align: 'left' });
  // The identity block wraps in its narrow columns on a wide form.
  const heights: Array<[number, number, number]> = [[2, 15, 30], [4, 22, 40], [5, 18, 32], [7, 16, 32], [9, 16, 32]];
  for (const [row, narrow, wrapped] of heights) sheet.getRow(row).height = wide ? wrapped : narrow;
}

/**
 * Landscape A4. A form with communes prints at a fixed scale with a page break after every
 * `COMMUNES_PER_PAGE` communes, "STT … Đơn vị tính" and the three header rows repeated on every
 * page; a province-only form fits one page.
 */
function setUpPrinting(sheet: Worksheet, areas: readonly SectorArea[]): void {
  const narrow = areas.length === 1;
  const widths = narrow ? NARROW_WIDTHS : WIDTHS;
  const fixed: Array<[number, number]> = [[COL.stt, widths.stt], [COL.label, widths.label], [COL.code, widths.code], [COL.unit, widths.unit], [COL.firstArea, widths.province]];
  for (const [column, width] of fixed) sheet.getColumn(column).width = width;
  for (let i = 1; i < areas.length; i++) sheet.getColumn(COL.firstArea + i).width = widths.commune;
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    ...(narrow ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: PRINT_SCALE }),
    horizontalCentered: narrow,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${TABLE_TOP}:${TABLE_TOP + SECTOR_HEADER_ROWS - 1}`,
    ...(narrow ? {} : { printTitlesColumn: 'A:D' }),
  };
  sheet.headerFooter.oddFooter = '&CTrang &P/&N';
}

/** The form's columns: the province, and its communes when an item is reported by commune. */
function areasOf(target: SectorFormTarget): SectorArea[] {
  return sectorFormAreas(target.province.list, target.province.code, target.items.some((i) => i.areas === 'commune'));
}

/** The last column of each printed page but the last. */
function pageEnds(areas: number): number[] {
  const ends: number[] = [];
  for (let end = COL.firstArea + COMMUNES_PER_PAGE; end < COL.firstArea + areas - 1; end += COMMUNES_PER_PAGE) ends.push(end);
  return ends;
}

/**
 * One department's sector form (issue 15) for a province and period, in the official layout,
 * optionally filled with `values` (key `sectorValueKey(item, areaCode)`; null or missing leaves the
 * cell blank). Only the items due for the period's type appear.
 */
export function buildSectorFormWorkbook(target: SectorFormTarget, values: SectorFormValues = new Map(), spec: SectorFormSpec = sectorFormSpec()): Workbook {
  const workbook = newWorkbook();
  workbook.creator = 'tk13';
  workbook.calcProperties.fullCalcOnLoad = true;
  const areas = areasOf(target);
  const sheetName = sectorSheetName(spec);
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', xSplit: COL.unit, ySplit: TABLE_TOP + SECTOR_HEADER_ROWS - 1, showGridLines: false }] });
  const { columns, identity } = officialColumns(areas.length);
  writeHeader(sheet, spec, target, columns, identity);
  const { entries, next } = writeItemRows(sheet, target.items, areas, values, writeAreaHeader(sheet, areas, TABLE_TOP, COMMUNES_PER_PAGE));
  // The sentence on the "Toàn tỉnh" sums belongs only on a form that has commune columns.
  const byCommune = areas.length > 1;
  writeSignOff(sheet, byCommune && spec.note_by_commune ? `${spec.note} ${spec.note_by_commune}` : spec.note, next + 1, columns);
  sheet.getRow(next + 1).height = areas.length === 1 ? 48 : 110;
  setUpPrinting(sheet, areas);
  // No password: protection guards against slips, not against people who mean to edit.
  void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  writeSectorMetaSheet(
    workbook,
    {
      form_id: spec.form_id,
      version: String(spec.version),
      sector: target.sector.id,
      sector_name: target.sector.name,
      province_code: target.province.code,
      province_name: target.province.name,
      unit_list: target.province.list,
      period: target.period.id,
      data_sheet: sheetName,
    },
    entries,
  );
  return workbook;
}

/**
 * The sector form of department `sectorId` for province `provinceCode` as xlsx bytes; the same
 * inputs always give the same bytes. Throws the usage errors of `sectorFormTarget` (unknown
 * department or province, nothing due in the period).
 */
export async function sectorFormTemplateBytes(sectorId: string, period: Period, provinceCode: string, values?: ReadonlyMap<string, number | null>, spec: SectorFormSpec = sectorFormSpec()): Promise<Uint8Array> {
  const target = sectorFormTarget(spec, sectorId, period, provinceCode);
  const workbook = buildSectorFormWorkbook(target, values, spec);
  const breaks = pageEnds(areasOf(target).length);
  // The data sheet is the workbook's first: exceljs saves it as sheet1.xml.
  const addBreaks = breaks.length > 0 ? (parts: Record<string, Uint8Array>) => addColumnBreaks(parts, 'xl/worksheets/sheet1.xml', breaks) : undefined;
  return deterministicXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), undefined, addBreaks);
}
