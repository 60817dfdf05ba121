import type { Worksheet } from 'exceljs';
import { CAPTIONS, columnLetter } from '../forms/layout.js';
import { SECTOR_CAPTIONS, SECTOR_COLUMNS as COL, type SectorArea } from '../sector-forms/layout.js';
import type { SectorMetaEntry } from '../sector-forms/meta.js';
import { type SectorItemSpec, sectorValueKey } from '../sector-forms/spec.js';
import { COUNT_VALIDATION, HEADER_FILL, INPUT_FILL, NOT_APPLICABLE_FILL, style, sumFormula } from './form-table.js';

/**
 * The table of a sector form (issue 15): items as rows ("STT", "Nội dung", "Mã số", "Đơn vị tính"),
 * one column per area — "Toàn tỉnh", then the province's communes, under their district's name on
 * the 2024 list — and a row of area codes, by which the reader finds each column again.
 */

export type SectorFormValues = ReadonlyMap<string, number | null>;

/** Header rows of the table: captions and area names (two rows), then the codes. */
export const SECTOR_HEADER_ROWS = 3;
const AREA_FONT_SIZE = 11;
/** Characters of Times New Roman 12 on one line of the "Nội dung" column at its width. */
const LABEL_CHARS_PER_LINE = 32;

function headerCell(sheet: Worksheet, row: number, column: number, value: string | null, options: { italic?: boolean; size?: number } = {}): void {
  const cell = sheet.getCell(row, column);
  cell.value = value;
  style(cell, { bold: !options.italic, italic: options.italic ?? false, fill: HEADER_FILL });
  if (options.size) cell.font = { ...cell.font, size: options.size };
}

/** The printed page (0 = the first) a commune's column is on: `communesPerPage` communes a page. */
export function pageOfCommune(areaIndex: number, communesPerPage: number): number {
  return Math.floor((areaIndex - 1) / communesPerPage);
}

/**
 * Runs of consecutive communes under the same heading (their district, or one heading for all),
 * cut at page breaks so that every printed page names the district of its communes.
 */
function groups(areas: readonly SectorArea[], communesPerPage: number): Array<{ heading: string; first: number; last: number }> {
  const runs: Array<{ heading: string; first: number; last: number; page: number }> = [];
  areas.forEach((area, index) => {
    if (area.level !== 'commune') return;
    const column = COL.firstArea + index;
    const heading = area.district ?? SECTOR_CAPTIONS.communes;
    const page = pageOfCommune(index, communesPerPage);
    const run = runs.at(-1);
    if (run && run.heading === heading && run.page === page) run.last = column;
    else runs.push({ heading, first: column, last: column, page });
  });
  return runs;
}

/** Writes the three header rows from `top`; returns the first row of the items. */
export function writeAreaHeader(sheet: Worksheet, areas: readonly SectorArea[], top: number, communesPerPage: number): number {
  const fixed: Array<[number, string]> = [
    [COL.stt, CAPTIONS.stt],
    [COL.label, SECTOR_CAPTIONS.content],
    [COL.code, CAPTIONS.code],
    [COL.unit, SECTOR_CAPTIONS.unitOfMeasure],
    [COL.firstArea, SECTOR_CAPTIONS.province],
  ];
  for (const [column, caption] of fixed) {
    headerCell(sheet, top, column, caption);
    headerCell(sheet, top + 1, column, null);
    sheet.mergeCells(top, column, top + 1, column);
  }
  for (const run of groups(areas, communesPerPage)) {
    for (let column = run.first; column <= run.last; column++) headerCell(sheet, top, column, column === run.first ? run.heading : null, { size: AREA_FONT_SIZE });
    if (run.last > run.first) sheet.mergeCells(top, run.first, top, run.last);
  }
  areas.forEach((area, index) => {
    const column = COL.firstArea + index;
    if (area.level === 'commune') headerCell(sheet, top + 1, column, area.name, { size: AREA_FONT_SIZE });
    // Codes are text ("91", "30733"), as the reader looks for them.
    headerCell(sheet, top + 2, column, area.code, { italic: true, size: AREA_FONT_SIZE });
  });
  for (let column = COL.stt; column <= COL.unit; column++) headerCell(sheet, top + 2, column, column === COL.stt ? SECTOR_CAPTIONS.areaCodes : null, { italic: true });
  sheet.mergeCells(top + 2, COL.stt, top + 2, COL.unit);
  sheet.getCell(top + 2, COL.stt).alignment = { horizontal: 'right', vertical: 'middle' };
  sheet.getRow(top).height = areas.some((a) => a.district) ? 32 : 20;
  sheet.getRow(top + 1).height = areas.length > 1 ? 48 : 20;
  return top + SECTOR_HEADER_ROWS;
}

function writeInput(sheet: Worksheet, row: number, column: number, value: number | null | undefined): void {
  const cell = sheet.getCell(row, column);
  cell.value = value ?? null;
  style(cell, { align: 'right', fill: INPUT_FILL });
  cell.numFmt = '#,##0';
  cell.protection = { locked: false };
  cell.dataValidation = COUNT_VALIDATION;
}

/** A province cell of an item reported by commune: the sum of its communes, cached when any is filled. */
function writeProvinceSum(sheet: Worksheet, row: number, item: SectorItemSpec, areas: readonly SectorArea[], values: SectorFormValues): void {
  const first = columnLetter(COL.firstArea + 1);
  const last = columnLetter(COL.firstArea + areas.length - 1);
  const filled = areas.filter((a) => a.level === 'commune').map((a) => values.get(sectorValueKey(item.id, a.code))).filter((v): v is number => typeof v === 'number');
  const cell = sheet.getCell(row, COL.firstArea);
  const formula = sumFormula(`${first}${row}:${last}${row}`);
  cell.value = filled.length > 0 ? { ...formula, result: filled.reduce((sum, v) => sum + v, 0) } : formula;
  style(cell, { bold: true, align: 'right' });
  cell.numFmt = '#,##0';
}

/**
 * Writes one row per item from row `top`: a province item has one input ("Toàn tỉnh") and grey
 * commune cells; a commune item has an input per commune and their sum as its province cell.
 * Returns the `_meta` entries of the input cells and the next free row.
 */
export function writeItemRows(sheet: Worksheet, items: readonly SectorItemSpec[], areas: readonly SectorArea[], values: SectorFormValues, top: number): { entries: SectorMetaEntry[]; next: number } {
  const entries: SectorMetaEntry[] = [];
  items.forEach((item, index) => {
    const row = top + index;
    const labels: Array<[number, string, 'left' | 'center']> = [
      [COL.stt, String(index + 1), 'center'],
      [COL.label, item.label, 'left'],
      [COL.code, item.code, 'center'],
      [COL.unit, item.unit, 'center'],
    ];
    for (const [column, value, align] of labels) {
      sheet.getCell(row, column).value = value;
      style(sheet.getCell(row, column), { align });
    }
    sheet.getRow(row).height = Math.max(1, Math.ceil(item.label.length / LABEL_CHARS_PER_LINE)) * 15.5 + 2;
    areas.forEach((area, offset) => {
      const column = COL.firstArea + offset;
      const cell = `${columnLetter(column)}${row}`;
      if (item.areas === area.level) {
        writeInput(sheet, row, column, values.get(sectorValueKey(item.id, area.code)));
        entries.push({ item: item.id, areaCode: area.code, areaLevel: area.level, rowCode: item.code, cell });
      } else if (area.level === 'province') {
        writeProvinceSum(sheet, row, item, areas, values);
      } else {
        style(sheet.getCell(row, column), { fill: NOT_APPLICABLE_FILL });
      }
    });
  });
  return { entries, next: top + items.length };
}
