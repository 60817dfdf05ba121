import type ExcelJS from 'exceljs';

/**
 * Only plain values ever reach a cell: text from submissions (file names, unit names) is written
 * as a string even when it starts with "=", because no code path builds a `{formula}` value.
 */
export type CellValue = string | number | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  wrap?: boolean;
  border?: boolean;
  fill?: string;
  numFmt?: string;
}

export interface SheetSpec {
  name: string;
  landscape: boolean;
  /** Column widths in characters, from column A. Not 9: exceljs takes 9 for its default and drops it. */
  widths: number[];
  /** Columns and rows kept in view while scrolling. */
  frozen?: { columns: number; rows: number };
  /** Rows repeated at the top of every printed page, e.g. `[4, 4]`. */
  printTitleRows?: [number, number];
  footer: string;
  /** A sheet for tk13 itself (read back by verify): hidden in Excel and LibreOffice, never printed. */
  hidden?: boolean;
}

export const FONT_NAME = 'Times New Roman';
export const HEADER_FILL = 'FFD9E1F2';
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };

type StreamingWorkbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/**
 * Writes one worksheet of the streaming workbook top to bottom. Rows are committed (flushed to the
 * zip and freed) as soon as a caller says a block is done, so memory stays bounded however many
 * communes a province has.
 */
export class SheetWriter {
  private last = 0;
  private readonly sheet: ExcelJS.Worksheet;
  private readonly widths: readonly number[];
  /** Heights wanted by the current row: the caller's minimum and each wrapped cell's estimate. */
  private heights = new Map<number, number>();

  constructor(workbook: StreamingWorkbook, spec: SheetSpec) {
    this.sheet = workbook.addWorksheet(spec.name, {
      ...(spec.hidden ? { state: 'veryHidden' as const } : {}),
      pageSetup: {
        paperSize: 9, // A4
        orientation: spec.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalDpi: 300,
        verticalDpi: 300,
        margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        ...(spec.printTitleRows ? { printTitlesRow: `${spec.printTitleRows[0]}:${spec.printTitleRows[1]}` } : {}),
      },
      headerFooter: { oddFooter: spec.footer },
      views: spec.frozen
        ? [{ state: 'frozen', xSplit: spec.frozen.columns, ySplit: spec.frozen.rows, showGridLines: true }]
        : [{ showGridLines: true }],
    });
    this.sheet.columns = spec.widths.map((width) => ({ width }));
    this.widths = spec.widths;
  }

  /** Number of the last row written. */
  get rowNumber(): number {
    return this.last;
  }

  /** Writes the next row; `styles[i]` (or `style`) applies to the i-th value. */
  addRow(values: readonly CellValue[], style: CellStyle = {}, styles: ReadonlyArray<CellStyle | undefined> = [], height?: number): number {
    const number = ++this.last;
    const row = this.sheet.getRow(number);
    this.heights = new Map([[0, height ?? 0]]);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      const cellStyle = { ...style, ...(styles[index] ?? {}) };
      if (value !== null) cell.value = value;
      applyStyle(cell, cellStyle);
      if (cellStyle.wrap && typeof value === 'string') this.heights.set(index + 1, wrappedHeight(value, this.widths[index] ?? 10, cellStyle.size ?? 11));
    });
    this.fitHeight(row);
    return number;
  }

  private fitHeight(row: ExcelJS.Row): void {
    const height = Math.max(...this.heights.values());
    row.height = height > 0 ? height : (undefined as unknown as number);
  }

  /** Leaves `count` empty rows. */
  skip(count = 1): void {
    this.last += count;
  }

  /** Merges cells of the row just written; a wrapped master cell is measured on the merged width. */
  merge(row: number, fromColumn: number, toColumn: number): void {
    if (toColumn <= fromColumn) return;
    this.sheet.mergeCells(row, fromColumn, row, toColumn);
    const master = this.sheet.getRow(row).getCell(fromColumn);
    if (row === this.last && master.alignment?.wrapText && typeof master.value === 'string') {
      const width = this.widths.slice(fromColumn - 1, toColumn).reduce((sum, w) => sum + w, 0);
      this.heights.set(fromColumn, wrappedHeight(master.value, width, master.font?.size ?? 11));
      this.fitHeight(this.sheet.getRow(row));
    }
  }

  /**
   * Ends the printed page after the row just written (a manual page break). Written straight to the
   * sheet's break list, as Row.addPageBreak does, so it also works after the row was flushed.
   */
  breakPage(): void {
    if (this.last === 0) return;
    (this.sheet as unknown as { rowBreaks: Array<{ id: number; max: number; man: number }> }).rowBreaks.push({ id: this.last, max: 16383, man: 1 });
  }

  addConditionalFormatting(rule: ExcelJS.ConditionalFormattingOptions): void {
    this.sheet.addConditionalFormatting(rule);
  }

  /** Flushes every row written so far; they can no longer be changed or merged. */
  flush(): void {
    if (this.last > 0) this.sheet.getRow(this.last).commit();
  }

  end(): void {
    this.sheet.commit();
  }
}

/**
 * Neither Excel nor LibreOffice grows a row for wrapped text when opening a file, so rows with
 * wrapped cells get a height estimated from the text length: a column width unit holds about one
 * character of 11 pt Times New Roman.
 */
export function wrappedHeight(text: string, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor((width * 11 * 1.2) / size));
  const lines = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return lines <= 1 ? 0 : Math.ceil(lines * size * 1.3 + 3);
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.font = {
    name: FONT_NAME,
    size: style.size ?? 11,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.color ? { color: { argb: style.color } } : {}),
  };
  cell.alignment = {
    vertical: style.valign ?? 'middle',
    ...(style.align ? { horizontal: style.align } : {}),
    ...(style.wrap ? { wrapText: true } : {}),
  };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
  if (style.numFmt) cell.numFmt = style.numFmt;
}
