import type { Period } from '../periods/period.js';
import type { UnitLevel } from '../units/unit-lists.js';
import type { Borders, Cell, DataValidation, Fill, Worksheet } from 'exceljs';
import { CAPTIONS, ORIGINAL_COLUMNS as COL, columnLetter } from '../forms/layout.js';
import type { MetaEntry } from '../forms/meta.js';
import { type FormItemSpec, type FormRowSpec, type FormSpec, disaggregationOf, rowDims, valueKey } from '../forms/spec.js';

/** The table of the form: header rows, then the items with their codes, formulas and input cells. */

export type FormValues = ReadonlyMap<string, number | string | null>;

export const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
export const HEADER_FILL = solid('FFF2F2F2');
export const INPUT_FILL = solid('FFFFF9E0');
export const NOT_APPLICABLE_FILL = solid('FFE7E6E6');
/** Characters of Times New Roman 12 that fit on one line of the label column. */
const LABEL_CHARS_PER_LINE = 80;

export const COUNT_VALIDATION: DataValidation = {
  type: 'whole',
  operator: 'greaterThanOrEqual',
  formulae: [0],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Số không hợp lệ',
  error: 'Ghi số nguyên không âm (0, 1, 2, ...). Không có trường hợp nào thì ghi 0; không có số liệu thì để trống.',
};
const FLAG_VALIDATION: DataValidation = {
  type: 'list',
  formulae: ['"0,1"'],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Giá trị không hợp lệ',
  error: 'Chỉ ghi 1 (có) hoặc 0 (không).',
};

export function style(cell: Cell, options: { bold?: boolean; italic?: boolean; align?: 'left' | 'center' | 'right'; fill?: Fill } = {}): void {
  cell.font = { ...FONT, bold: options.bold ?? false, italic: options.italic ?? false };
  cell.alignment = { horizontal: options.align ?? 'center', vertical: 'middle', wrapText: true };
  cell.border = BORDER;
  if (options.fill) cell.fill = options.fill;
}

export function writeTableHeader(sheet: Worksheet, spec: FormSpec, top: number): number {
  const sex = spec.dimensions.sex;
  const spans: Array<[number, string]> = [
    [COL.stt, CAPTIONS.stt],
    [COL.label, CAPTIONS.indicator],
    [COL.code, CAPTIONS.code],
    [COL.total, CAPTIONS.total],
  ];
  for (const [column, caption] of spans) {
    sheet.mergeCells(top, column, top + 1, column);
    sheet.getCell(top, column).value = caption;
  }
  sheet.mergeCells(top, COL.male, top, COL.female);
  sheet.getCell(top, COL.male).value = CAPTIONS.bySex;
  sheet.getCell(top + 1, COL.male).value = sex.male;
  sheet.getCell(top + 1, COL.female).value = sex.female;
  // The column-numbering row of official forms: letters for text columns, numbers for figures.
  ['A', 'B', 'C', 1, 2, 3].forEach((mark, i) => {
    sheet.getCell(top + 2, i + 1).value = mark;
  });
  for (let row = top; row <= top + 2; row++) {
    for (let column = COL.stt; column <= COL.female; column++) {
      style(sheet.getCell(row, column), { bold: row < top + 2, italic: row === top + 2, fill: HEADER_FILL });
    }
  }
  sheet.getRow(top).height = 20;
  sheet.getRow(top + 1).height = 20;
  return top + 3;
}

function rowLabel(spec: FormSpec, item: FormItemSpec, row: FormRowSpec): string {
  if (row.label) return row.label;
  const dims = rowDims(row);
  for (const [dim, value] of Object.entries(dims)) return spec.dimensions[dim][value];
  return item.label;
}

/** STT of a row: the item number, or the law's letter for a category ("dd" is point đ), or a dash. */
function rowNumber(item: FormItemSpec, row: FormRowSpec): string {
  if (!item.heading) return item.number;
  const category = rowDims(row).category;
  return category ? category.replace('dd', 'đ') : '-';
}

function fitHeight(sheet: Worksheet, row: number, label: string): void {
  const lines = Math.max(1, Math.ceil(label.length / LABEL_CHARS_PER_LINE));
  sheet.getRow(row).height = lines * 15.5 + 2;
}

/** "" while every summed cell is blank, so an empty form never shows a 0 nobody reported. */
export function sumFormula(range: string): { formula: string } {
  return { formula: `IF(COUNT(${range})=0,"",SUM(${range}))` };
}

function writeLabelCells(sheet: Worksheet, row: number, stt: string, label: string, code: string, bold: boolean): void {
  sheet.getCell(row, COL.stt).value = stt;
  sheet.getCell(row, COL.label).value = label;
  sheet.getCell(row, COL.code).value = code;
  style(sheet.getCell(row, COL.stt), { bold });
  style(sheet.getCell(row, COL.label), { bold, align: 'left' });
  style(sheet.getCell(row, COL.code), { bold });
  fitHeight(sheet, row, label);
}

function writeInput(sheet: Worksheet, row: number, column: number, item: FormItemSpec, value: number | string | null | undefined): void {
  const cell = sheet.getCell(row, column);
  cell.value = value ?? null;
  style(cell, { align: 'right', fill: INPUT_FILL });
  cell.numFmt = '#,##0';
  cell.protection = { locked: false };
  cell.dataValidation = item.kind === 'flag' ? FLAG_VALIDATION : COUNT_VALIDATION;
}

function writeHeading(sheet: Worksheet, row: number, item: FormItemSpec, firstRow: number, lastRow: number): void {
  const heading = item.heading!;
  writeLabelCells(sheet, row, item.number, item.label, heading.code, true);
  for (const column of [COL.total, COL.male, COL.female]) {
    const cell = sheet.getCell(row, column);
    const letter = columnLetter(column);
    if (heading.sum) cell.value = sumFormula(`${letter}${firstRow}:${letter}${lastRow}`);
    style(cell, { bold: true, align: 'right', ...(heading.sum ? {} : { fill: NOT_APPLICABLE_FILL }) });
    cell.numFmt = '#,##0';
  }
}

/** Writes every item from row `top`; returns the meta entries of the input cells and the next free row. */
/** A district's own form counts its communes where a commune answers 0/1. */
function asWrittenFor(item: FormItemSpec, level: UnitLevel): FormItemSpec {
  return level === 'district' && item.kind === 'flag' ? { ...item, kind: 'count', label: item.district_label ?? item.label } : item;
}

/** "x" (not applicable, grey) in the given columns of a row: no input cell there. */
function writeNotApplicable(sheet: Worksheet, row: number, columns: readonly number[]): void {
  for (const column of columns) {
    const cell = sheet.getCell(row, column);
    cell.value = CAPTIONS.notApplicable;
    style(cell, { fill: NOT_APPLICABLE_FILL });
  }
}

/**
 * Every item's rows from `top`, and the `_meta` entry of each input cell. An item whose `frequency`
 * leaves out `periodType` keeps its rows (numbers and codes stay those of every form) with "x" cells.
 */
export function writeItems(sheet: Worksheet, spec: FormSpec, values: FormValues, top: number, level: UnitLevel, periodType: Period['type']): { entries: MetaEntry[]; next: number } {
  const entries: MetaEntry[] = [];
  let row = top;
  for (const specItem of spec.items) {
    const item = asWrittenFor(specItem, level);
    const headingRow = item.heading ? row++ : undefined;
    const firstRow = row;
    for (const formRow of item.rows) {
      writeLabelCells(sheet, row, rowNumber(item, formRow), rowLabel(spec, item, formRow), formRow.code, !item.heading);
      const dims = rowDims(formRow);
      if (!item.frequency.includes(periodType)) {
        // A row the form of this period does not ask for.
        writeNotApplicable(sheet, row, [COL.total, COL.male, COL.female]);
      } else if (item.by_sex) {
        for (const sex of ['male', 'female'] as const) {
          const disaggregation = disaggregationOf({ ...dims, sex });
          writeInput(sheet, row, COL[sex], item, values.get(valueKey(item.id, disaggregation)));
          entries.push({ item: item.id, disaggregation, rowCode: formRow.code, column: sex, cell: `${columnLetter(COL[sex])}${row}` });
        }
        const total = sheet.getCell(row, COL.total);
        total.value = sumFormula(`${columnLetter(COL.male)}${row}:${columnLetter(COL.female)}${row}`);
        style(total, { align: 'right' });
        total.numFmt = '#,##0';
      } else {
        const disaggregation = disaggregationOf(dims);
        writeInput(sheet, row, COL.total, item, values.get(valueKey(item.id, disaggregation)));
        entries.push({ item: item.id, disaggregation, rowCode: formRow.code, column: 'total', cell: `${columnLetter(COL.total)}${row}` });
        writeNotApplicable(sheet, row, [COL.male, COL.female]);
      }
      row++;
    }
    if (headingRow !== undefined) writeHeading(sheet, headingRow, item, firstRow, row - 1);
  }
  return { entries, next: row };
}
