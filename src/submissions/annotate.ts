import type { Fill, Workbook } from 'exceljs';
import type { Diagnostic } from '../core/diagnostics.js';
import { deterministicXlsx } from '../core/deterministic-xlsx.js';
import { type Lang, renderMessage, shownFound } from '../i18n/messages.js';
// Registers how messages name form inputs (i18n imports no area).
import '../forms/item-label.js';
import '../sector-forms/item-label.js';
import { Tk13Error } from '../core/errors.js';
import { workbookShapeProblem } from '../workbook/check-limits.js';
import { REGISTER_WORKBOOK_LIMITS } from '../workbook/limits.js';
import { loadWithExcelJS } from '../workbook/open-workbook.js';
import { maskedFoundKind } from '../core/personal-data.js';

/**
 * A copy of a submitted workbook for the person who must fix it: every cell with a problem filled
 * red (amber for a warning) with a comment saying what is wrong and how to fix it, and a sheet
 * "Lỗi" listing every problem, including those that belong to no cell.
 */
export const PROBLEMS_SHEET = 'Lỗi';

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
export const ERROR_FILL = solid('FFFF8080');
export const WARNING_FILL = solid('FFFFC000');

const HEADERS: Record<Lang, string[]> = {
  vi: ['STT', 'Trang tính', 'Ô', 'Mức độ', 'Dòng › cột', 'Nội dung', 'Giá trị thấy', 'Giá trị cần', 'Cách sửa'],
  en: ['No.', 'Sheet', 'Cell', 'Severity', 'Line › column', 'Message', 'Found', 'Expected', 'How to fix'],
};
const SEVERITY: Record<Lang, Record<Diagnostic['severity'], string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
  en: { error: 'Error', warning: 'Warning', info: 'Note' },
};
const WIDTHS = [6, 16, 8, 11, 26, 60, 18, 18, 50];

function commentText(d: Diagnostic, lang: Lang): string {
  const { message, hint } = renderMessage(d.code, d, lang);
  return hint ? `${message}\n→ ${hint}` : message;
}

function markCells(workbook: Workbook, diagnostics: readonly Diagnostic[], lang: Lang): void {
  const byCell = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.sheet || !d.cell || !workbook.getWorksheet(d.sheet)) continue;
    const key = `${d.sheet}\u0000${d.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), d]);
  }
  for (const [key, problems] of byCell) {
    const [sheetName, address] = key.split('\u0000');
    const cell = workbook.getWorksheet(sheetName)!.getCell(address);
    // A loaded workbook shares one style object among cells of the same format: give this cell its own.
    cell.style = { ...cell.style, fill: problems.some((p) => p.severity === 'error') ? ERROR_FILL : WARNING_FILL };
    cell.note = problems.map((p) => commentText(p, lang)).join('\n\n');
  }
}

function listProblems(workbook: Workbook, diagnostics: readonly Diagnostic[], lang: Lang): void {
  const previous = workbook.getWorksheet(PROBLEMS_SHEET);
  if (previous) workbook.removeWorksheet(previous.id);
  const sheet = workbook.addWorksheet(PROBLEMS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(HEADERS[lang]).font = { bold: true };
  diagnostics.forEach((d, i) => {
    const { message, hint } = renderMessage(d.code, d, lang);
    const target = d.sheet && d.cell && d.sheet !== PROBLEMS_SHEET && workbook.getWorksheet(d.sheet) ? { text: d.cell, hyperlink: `#'${d.sheet}'!${d.cell}` } : (d.cell ?? '');
    const found = shownFound(d, lang) ?? '';
    // Where a register's problem is (its line and column); the internal code is not for the clerk.
    const place = [d.line !== undefined ? (lang === 'vi' ? `dòng ${d.line}` : `line ${d.line}`) : '', d.cell ? '' : (d.column ?? '')].filter(Boolean).join(' › ');
    const row = sheet.addRow([i + 1, d.sheet ?? '', target, SEVERITY[lang][d.severity], place, message, found, d.expected ?? '', hint ?? '']);
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = rowHeight([message, hint ?? '', found]);
    row.getCell(4).fill = d.severity === 'error' ? ERROR_FILL : WARNING_FILL;
  });
  WIDTHS.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADERS[lang].length } };
  // Printable for the clerk who fixes the form: one page wide, landscape, header on every page.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
}

/** Excel and LibreOffice do not grow rows for wrapped text on open: estimate from the longest text. */
function rowHeight(texts: readonly string[]): number {
  const widths = [WIDTHS[5], WIDTHS[8], WIDTHS[6]];
  const lines = Math.max(1, ...texts.map((text, i) => Math.ceil(text.length / (widths[i] * 0.95))));
  return 15 * lines + 2;
}

/** A diagnostic about a cell whose text identifies a person (src/core/personal-data.ts). */
function holdsIdentity(d: Diagnostic): boolean {
  return /^register-(cell-holds-|child-id-looks-like-)/.test(d.code) || maskedFoundKind(d) !== undefined;
}

/**
 * The cells of a column that identifies a person (name, ID number, address, phone) are emptied in the
 * copy, below its header, and so is any other cell found holding a name, an ID or a phone number
 * (its note says what kind of value it held): tk13 never writes a name or an ID number back out
 * (PRODUCT §8).
 */
function blankPersonalData(workbook: Workbook, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.sheet && d.cell && holdsIdentity(d)) {
      const cell = workbook.getWorksheet(d.sheet)?.getCell(d.cell);
      if (cell) cell.value = null;
    }
    const sheet = d.code === 'personal-data-column-dropped' && d.sheet && d.cell ? workbook.getWorksheet(d.sheet) : undefined;
    if (!sheet) continue;
    const header = sheet.getCell(d.cell!);
    sheet.getColumn(header.col).eachCell((cell, row) => {
      if (row > Number(header.row)) cell.value = null;
    });
  }
}

/**
 * The annotated copy's bytes. The workbook is measured against the same limits as when it was read
 * (`workbookShapeProblem`) before exceljs opens it; a workbook refused there, or one exceljs cannot
 * open, throws a `Tk13Error` (`workbook-unreadable` or the limit's code) and gets no copy.
 */
export async function annotateWorkbook(bytes: Uint8Array, diagnostics: Diagnostic[], lang: Lang): Promise<Uint8Array> {
  const problem = await workbookShapeProblem(bytes, REGISTER_WORKBOOK_LIMITS);
  if (problem) throw new Tk13Error(problem.code, { ...(problem.found ? { found: problem.found } : {}), ...(problem.expected ? { expected: problem.expected } : {}) });
  const opened = await loadWithExcelJS(bytes);
  if ('unreadable' in opened) throw new Tk13Error('workbook-unreadable', { found: opened.unreadable });
  const { workbook } = opened;
  blankPersonalData(workbook, diagnostics);
  markCells(workbook, diagnostics, lang);
  listProblems(workbook, diagnostics, lang);
  return deterministicXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
}
