import { checkOutputFile, makeOutputDirectory, writeFileAtomically } from '../core/output-paths.js';
import { dirname, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { deterministicXlsx } from '../core/deterministic-xlsx.js';
import { type RegisterColumn, type RegisterLayout, registerLayout } from '../registers/spec.js';
import { columnLetters } from '../registers/table.js';
import { INSTRUCTIONS_SHEET, META_SHEET } from '../registers/xlsx.js';
import type { RegisterKind } from '../submissions/types.js';

/** Rows below the header that carry dropdowns and formats (Excel copies them when rows are inserted). */
const INPUT_ROWS = 5000;
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

const HOW_TO_FILL: Record<RegisterColumn['type'], string> = {
  text: 'Chữ, ghi tự do',
  id: 'Mã số do đơn vị đặt; không ghi họ tên hay số định danh',
  date: 'Ngày dạng dd/mm/yyyy',
  code: 'Chọn một giá trị trong danh sách',
  codes: 'Một hoặc nhiều giá trị trong danh sách, cách nhau bằng dấu ;',
  'yes-no': 'Có hoặc Không',
  integer: 'Số nguyên từ 0 trở lên',
  commune: 'Mã xã 5 chữ số theo danh mục hành chính của kỳ báo cáo',
};

const NUMBER_FORMAT: Partial<Record<RegisterColumn['type'], string>> = {
  text: '@',
  id: '@',
  commune: '@',
  date: 'dd/mm/yyyy',
  integer: '#,##0',
};

function labels(column: RegisterColumn): string {
  return (column.codes ?? []).map((c) => c.label).join(',');
}

/** Dropdowns and checks Excel applies while people type; tk13 checks everything again on reading. */
function validationOf(column: RegisterColumn): ExcelJS.DataValidation | undefined {
  const warn = { showErrorMessage: true, errorStyle: 'warning', errorTitle: column.label, error: HOW_TO_FILL[column.type] } as const;
  switch (column.type) {
    case 'code':
      return { type: 'list', allowBlank: true, formulae: [`"${labels(column)}"`], ...warn };
    case 'codes':
      // Several values may share a cell, which a list check would refuse: the list is a suggestion.
      return { type: 'list', allowBlank: true, formulae: [`"${labels(column)}"`], showErrorMessage: false, showInputMessage: true, promptTitle: column.label, prompt: HOW_TO_FILL.codes };
    case 'yes-no':
      return { type: 'list', allowBlank: true, formulae: ['"Có,Không"'], ...warn };
    case 'integer':
      return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...warn };
    case 'date':
      return { type: 'date', operator: 'between', allowBlank: true, formulae: [new Date(Date.UTC(1990, 0, 1)), new Date(Date.UTC(2100, 11, 31))], ...warn };
    case 'commune':
      return { type: 'textLength', operator: 'equal', allowBlank: true, formulae: [5], ...warn };
    default:
      return undefined;
  }
}

/** exceljs supports range validations (`worksheet.dataValidations.add`) but does not declare them. */
type WorksheetWithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

function addRegisterSheet(workbook: ExcelJS.Workbook, layout: RegisterLayout): void {
  const sheet = workbook.addWorksheet(layout.sheet, { views: [{ state: 'frozen', ySplit: 1 }] }) as WorksheetWithValidations;
  sheet.columns = layout.columns.map((column) => ({
    header: column.label,
    key: column.key,
    width: column.width,
    ...(NUMBER_FORMAT[column.type] ? { style: { numFmt: NUMBER_FORMAT[column.type] } } : {}),
  }));
  const header = sheet.getRow(1);
  header.height = 32;
  layout.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.numFmt = 'General';
    cell.note = `${column.required ? 'Bắt buộc' : 'Không bắt buộc'}. ${HOW_TO_FILL[column.type]}.${column.note ? ` ${column.note}.` : ''}`;
    const validation = validationOf(column);
    const letter = columnLetters(index + 1);
    if (validation) sheet.dataValidations.add(`${letter}2:${letter}${INPUT_ROWS + 1}`, validation);
  });
}

function addInstructionsSheet(workbook: ExcelJS.Workbook, layout: RegisterLayout): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [{ width: 28 }, { width: 14 }, { width: 48 }, { width: 60 }];
  const example = `30280_2024-H1_${layout.kind}.xlsx`;
  const lines = [
    layout.title.toUpperCase(),
    '',
    `1. Ghi mỗi bản ghi trên một dòng của trang "${layout.sheet}", bắt đầu từ dòng 2. Không đổi tên cột.`,
    `2. Ghi mã đơn vị nộp và kỳ báo cáo vào trang ${META_SHEET} (ô màu vàng), hoặc đặt tên tệp theo dạng <mã đơn vị>_<kỳ>_${layout.kind}.xlsx, ví dụ ${example}.`,
    '3. Không ghi họ tên, số CMND/CCCD/định danh, địa chỉ, số điện thoại của trẻ em hay người liên quan: tk13 bỏ các cột đó và không lưu.',
    '4. Ngày ghi dạng dd/mm/yyyy (ví dụ 05/03/2024). Ô có nhiều giá trị: cách nhau bằng dấu ;',
    '5. Kiểm tra tệp trước khi gửi: tk13 validate <tệp>.',
    '',
  ];
  lines.forEach((text, index) => {
    sheet.getCell(index + 1, 1).value = text;
  });
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  const table = sheet.addRow(['Cột', 'Bắt buộc', 'Cách ghi', 'Giá trị hợp lệ']);
  table.font = { bold: true };
  for (const column of layout.columns) {
    const row = sheet.addRow([column.label, column.required ? 'Có' : 'Không', `${HOW_TO_FILL[column.type]}${column.note ? `. ${column.note}` : ''}`, (column.codes ?? []).map((c) => c.label).join('; ')]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}

function addMetaSheet(workbook: ExcelJS.Workbook, layout: RegisterLayout): void {
  const sheet = workbook.addWorksheet(META_SHEET);
  sheet.columns = [{ width: 20 }, { width: 22, style: { numFmt: '@' } }, { width: 60 }];
  sheet.addRows([
    ['key', 'value', 'mô tả'],
    ['form', 'tk13-register', 'Loại tệp (không sửa)'],
    ['kind', layout.kind, 'Loại sổ (không sửa)'],
    ['template_version', String(layout.version), 'Phiên bản mẫu (không sửa)'],
    ['unit_code', '', 'Mã đơn vị nộp: xã 5 chữ số, huyện 3 chữ số (ví dụ 30280)'],
    ['period', '', 'Kỳ báo cáo: 2024-H1 (6 tháng đầu năm) hoặc 2024 (cả năm)'],
    [],
    ['column', 'label', 'cột'],
    ...layout.columns.map((column, index) => [column.key, column.label, columnLetters(index + 1)]),
  ]);
  sheet.getRow(1).font = { bold: true };
  for (const row of [5, 6]) sheet.getCell(row, 2).fill = INPUT_FILL;
}

/** The bytes of an empty register: xlsx with dropdowns, instructions and `_meta`, or a UTF-8 CSV with a BOM. */
export async function registerTemplateBytes(kind: RegisterKind, format: 'csv' | 'xlsx'): Promise<Uint8Array> {
  const layout = registerLayout(kind);
  if (format === 'csv') {
    // The BOM makes Excel open the file as UTF-8, so Vietnamese headers show correctly.
    return new TextEncoder().encode(`\uFEFF${layout.columns.map((c) => c.label).join(',')}\r\n`);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tk13';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  addRegisterSheet(workbook, layout);
  addInstructionsSheet(workbook, layout);
  addMetaSheet(workbook, layout);
  return deterministicXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** Writes an empty register (default `<kind>.<format>` in the working folder) and returns the path written. */
export async function writeRegisterTemplate(kind: RegisterKind, format: 'csv' | 'xlsx', outPath?: string): Promise<string> {
  const path = resolve(outPath ?? `${kind}.${format}`);
  checkOutputFile(path);
  const bytes = await registerTemplateBytes(kind, format);
  makeOutputDirectory(dirname(path));
  writeFileAtomically(path, bytes);
  return path;
}
