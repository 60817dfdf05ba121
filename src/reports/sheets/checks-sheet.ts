import { scopeLine, writeSheetTitle } from './sheet-title.js';
import type { Lang } from '../../i18n/catalog-types.js';
import { renderMessage, shownFound } from '../../i18n/messages.js';
// Registers how messages name form inputs (i18n imports no area).
import '../../forms/item-label.js';
import '../../sector-forms/item-label.js';
import type { AcceptedWarning, ReportModel } from '../report-model.js';
import { type CellValue, HEADER_FILL, type SheetWriter } from '../sheet-writer.js';
import { findingDetail } from '../finding-wording.js';
import { kindName, pick } from '../report-wording.js';

export const CHECKS_WIDTHS = [6, 28, 10, 16, 22, 16, 50, 18];
/** The header row of the first table, repeated on every printed page. */
export const CHECKS_HEADER_ROW = 5;
const LAST = CHECKS_WIDTHS.length;
const HEADER_STYLE = { bold: true, border: true, wrap: true, align: 'center' as const, fill: HEADER_FILL };

function place(w: AcceptedWarning, lang: Lang): string {
  const parts: string[] = [];
  if (w.sheet) parts.push(w.sheet);
  if (w.cell) parts.push(w.cell);
  if (w.line !== undefined) parts.push(`${pick(lang, 'dòng', 'line')} ${w.line}`);
  if (w.column) parts.push(w.column);
  return parts.join(' › ');
}

function warningRow(w: AcceptedWarning, index: number, lang: Lang): CellValue[] {
  const values = { ...w, file: w.fileName, unit: w.unitCode };
  const { message } = renderMessage(w.code, values, lang);
  return [index + 1, w.fileName, w.unitCode, kindName(w.kind, lang), place(w, lang), null, message, shownFound(values, lang) ?? null];
}

function writeWarnings(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const title = writer.addRow([pick(lang, '1. Cảnh báo đã chấp nhận khi nạp tệp', '1. Warnings accepted at ingest')], { bold: true, size: 12 });
  writer.merge(title, 1, LAST);
  writer.addRow(
    [
      pick(lang, 'STT', 'No.'),
      pick(lang, 'Tệp', 'File'),
      pick(lang, 'Đơn vị', 'Unit'),
      pick(lang, 'Loại tệp', 'Kind'),
      pick(lang, 'Vị trí', 'Where'),
      null,
      pick(lang, 'Nội dung', 'Message'),
      pick(lang, 'Giá trị trong tệp', 'Found'),
    ],
    HEADER_STYLE,
    [],
    30,
  );
  writer.merge(writer.rowNumber, 5, 6);
  if (model.warnings.length === 0) {
    const row = writer.addRow([pick(lang, 'Không có cảnh báo nào.', 'No warnings.')], { italic: true, border: true });
    writer.merge(row, 1, LAST);
  }
  model.warnings.forEach((w, index) => {
    const row = writer.addRow(warningRow(w, index, lang), { border: true, wrap: true, valign: 'top' }, [{ align: 'center' }, undefined, { align: 'center' }]);
    writer.merge(row, 5, 6);
    if (index % 200 === 199) writer.flush();
  });
  writer.flush();
}

function writeFindings(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  writer.skip();
  const title = writer.addRow([pick(lang, '2. Kết quả kiểm tra số liệu chỉ tiêu', '2. Indicator check findings')], { bold: true, size: 12 });
  writer.merge(title, 1, LAST);
  const header = writer.addRow(
    [pick(lang, 'STT', 'No.'), pick(lang, 'Chỉ tiêu', 'Indicator'), pick(lang, 'Đơn vị', 'Unit'), pick(lang, 'Kiểm tra', 'Check'), null, null, pick(lang, 'Chi tiết', 'Detail'), null],
    HEADER_STYLE,
    [],
    30,
  );
  writer.merge(header, 4, 6);
  writer.merge(header, 7, LAST);
  if (model.findings.length === 0) {
    const row = writer.addRow([pick(lang, 'Không có kết quả kiểm tra nào cần xem.', 'No findings.')], { italic: true, border: true });
    writer.merge(row, 1, LAST);
  }
  const indicators = new Map(model.indicators.map((m) => [m.id, m]));
  model.findings.forEach((f, index) => {
    const meta = indicators.get(f.indicator);
    const check = meta?.checks.find((c) => c.name === f.check);
    const title = meta ? pick(lang, meta.title_vi, meta.title_en) : null;
    const description = check ? pick(lang, check.description_vi, check.description_en) : null;
    const row = writer.addRow([index + 1, title, f.unitCode ?? null, description, null, null, findingDetail(f, check, lang), null], { border: true, wrap: true, valign: 'top' }, [
      { align: 'center' },
      undefined,
      { align: 'center' },
    ]);
    writer.merge(row, 4, 6);
    writer.merge(row, 7, LAST);
    if (index % 200 === 199) writer.flush();
  });
  writer.flush();
}

export function writeChecksSheet(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  writeSheetTitle(writer, pick(lang, 'KIỂM TRA SỐ LIỆU', 'DATA CHECKS'), scopeLine(model, lang), LAST);
  writer.skip();
  writeWarnings(writer, model, lang);
  writeFindings(writer, model, lang);
  writer.end();
}
