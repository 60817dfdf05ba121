import { scopeLine, writeSheetTitle } from './sheet-title.js';
import type { Lang } from '../../i18n/catalog-types.js';
import { renderMessage, shownFound } from '../../i18n/messages.js';
import type { AcceptedWarning, ReportModel } from '../report-model.js';
import { type CellValue, HEADER_FILL, type SheetWriter } from '../sheet-writer.js';
import { kindName, pick } from '../report-wording.js';

export const CHECKS_WIDTHS = [6, 28, 10, 16, 22, 16, 50, 18];
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
  return [index + 1, w.fileName, w.unitCode, kindName(w.kind, lang), w.code, place(w, lang), message, shownFound(values, lang) ?? null];
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
      pick(lang, 'Mã cảnh báo', 'Code'),
      pick(lang, 'Vị trí', 'Where'),
      pick(lang, 'Nội dung', 'Message'),
      pick(lang, 'Giá trị trong tệp', 'Found'),
    ],
    HEADER_STYLE,
    [],
    30,
  );
  if (model.warnings.length === 0) {
    const row = writer.addRow([pick(lang, 'Không có cảnh báo nào.', 'No warnings.')], { italic: true, border: true });
    writer.merge(row, 1, LAST);
  }
  model.warnings.forEach((w, index) => {
    writer.addRow(warningRow(w, index, lang), { border: true, wrap: true, valign: 'top' }, [{ align: 'center' }, undefined, { align: 'center' }]);
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
  const checks = new Map(model.indicators.flatMap((m) => m.checks.map((c) => [`${m.id}/${c.name}`, pick(lang, c.description_vi, c.description_en)] as const)));
  model.findings.forEach((f, index) => {
    const check = checks.get(`${f.indicator}/${f.check}`) ?? f.check;
    const row = writer.addRow([index + 1, f.indicator, f.unitCode ?? null, check, null, null, f.detail, null], { border: true, wrap: true, valign: 'top' }, [
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
