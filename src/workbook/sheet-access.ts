import type { CellValue } from 'exceljs';

/**
 * The part of a workbook the form reader uses: sheets by name and in order, rows and cells in
 * order, cells by address. exceljs's Workbook satisfies it; so does the plain reader
 * (`xlsx-plain.ts`), which reads ordinary forms many times faster and gives the very same values.
 */
export interface SheetCell {
  readonly value: CellValue;
}

export interface SheetRow {
  getCell(column: number): SheetCell;
  /** Cells that hold something (merged cells included), in column order. */
  eachCell(callback: (cell: SheetCell, column: number) => void): void;
}

export interface Sheet {
  readonly name: string;
  /** Rows that hold something, in row order. */
  eachRow(callback: (row: SheetRow, rowNumber: number) => void): void;
  getCell(address: string): SheetCell;
}

export interface SheetBook {
  readonly worksheets: readonly Sheet[];
  getWorksheet(name: string): Sheet | undefined;
}
