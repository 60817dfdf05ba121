import type { Lang } from '../../i18n/catalog-types.js';
import type { ReportModel } from '../report-model.js';
import { shortPlaceName, writeSignatureBlock } from '../signature-block.js';
import { type CellStyle, type SheetWriter } from '../sheet-writer.js';
import { levelName, periodName, pick, showDate, showInstant } from '../report-wording.js';

export const COVER_WIDTHS = [5, 26, 16, 14, 14, 14];
const LAST = COVER_WIDTHS.length;
const COUNT = '#,##0';
const RATE = '0.00';

function deadlineText(model: ReportModel, lang: Lang): string {
  const distinct = new Set(model.period.deadlines.map((d) => d.deadline));
  if (distinct.size <= 1) return [...distinct].map(showDate).join('');
  const who = (level: string) => (level === 'sector' ? pick(lang, 'sở, ngành', 'departments') : `${pick(lang, 'cấp', 'level')} ${levelName(level, lang).toLowerCase()}`);
  return model.period.deadlines.map((d) => `${who(d.level)}: ${showDate(d.deadline)}`).join('; ');
}

function listText(model: ReportModel, lang: Lang): string {
  return model.province.list === '2024'
    ? pick(lang, 'Danh mục áp dụng đến 30/06/2025 (có cấp huyện)', 'List valid until 30/06/2025 (with districts)')
    : pick(lang, 'Danh mục áp dụng từ 01/07/2025 (không có cấp huyện)', 'List valid from 01/07/2025 (no districts)');
}

/** The header of an official document: issuing authority on the left, national motto on the right. */
function writeHeading(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const authority = pick(lang, 'ỦY BAN NHÂN DÂN', "PEOPLE'S COMMITTEE");
  const rows: Array<[string, string]> = [
    [authority, pick(lang, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SOCIALIST REPUBLIC OF VIET NAM')],
    [model.province.name.toLocaleUpperCase('vi'), pick(lang, 'Độc lập - Tự do - Hạnh phúc', 'Independence - Freedom - Happiness')],
  ];
  for (const [left, right] of rows) {
    const row = writer.addRow([left, null, null, right, null, null], { bold: true, align: 'center', size: 12 });
    writer.merge(row, 1, 3);
    writer.merge(row, 4, LAST);
  }
  writer.skip(2);
}

function writeTitle(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const lines: Array<[string, CellStyle]> = [
    [pick(lang, 'BÁO CÁO THỐNG KÊ TRẺ EM VÀ XÂM HẠI TRẺ EM', 'STATISTICAL REPORT ON CHILDREN AND CHILD ABUSE'), { bold: true, size: 15 }],
    [pick(lang, 'Theo Thông tư 13/2021/TT-BLĐTBXH', 'Under Circular 13/2021/TT-BLĐTBXH'), { italic: true, size: 12 }],
    [`${periodName(model.period, lang)} (${model.period.id})`, { bold: true, size: 13 }],
  ];
  for (const [text, style] of lines) {
    const row = writer.addRow([text], { align: 'center', ...style }, [], 22);
    writer.merge(row, 1, LAST);
  }
  writer.skip();
}

function writeFacts(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const { window } = model.period;
  const facts: Array<[string, string]> = [
    [pick(lang, 'Tỉnh, thành phố', 'Province'), `${model.province.name} (${pick(lang, 'mã', 'code')} ${model.province.code})`],
    [pick(lang, 'Đơn vị hành chính', 'Administrative units'), listText(model, lang)],
    [pick(lang, 'Kỳ báo cáo', 'Reporting period'), `${periodName(model.period, lang)} (${model.period.id})`],
    [pick(lang, 'Thời gian số liệu', 'Data window'), pick(lang, `Từ ${showDate(window.start)} đến ${showDate(window.end)}`, `${showDate(window.start)} to ${showDate(window.end)}`)],
    [pick(lang, 'Hạn nộp báo cáo', 'Deadline'), deadlineText(model, lang)],
    [pick(lang, 'Số liệu tính đến', 'Data received up to'), showInstant(model.asOf)],
    [pick(lang, 'Lập bằng', 'Produced with'), `tk13 ${model.generatedBy.version}`],
  ];
  for (const [label, value] of facts) {
    const row = writer.addRow([label, null, value], { border: true, wrap: true }, [{ bold: true }]);
    writer.merge(row, 1, 2);
    writer.merge(row, 3, LAST);
  }
  writer.skip();
}

/** The cover's line for the indicators this type of period does not publish (listed on the notes sheet). */
function notDueLabel(model: ReportModel, lang: Lang): string {
  return model.period.type === 'half-year'
    ? pick(lang, 'Chỉ tiêu chỉ tính theo năm, không có trong báo cáo này (trang Ghi chú)', 'Annual-only indicators, not in this report (Notes sheet)')
    : pick(lang, 'Chỉ tiêu chỉ tính cho kỳ 6 tháng, không có trong báo cáo này (trang Ghi chú)', 'Half-year-only indicators, not in this report (Notes sheet)');
}

/** How many departments were to send a sector form, and how many did (issue 15); none when none was expected. */
function departmentRows(model: ReportModel, lang: Lang): Array<[string, number, number | null]> {
  const s = model.deadlines.sectorSummary;
  if (s.expected === 0) return [];
  const rate = (count: number) => Math.round((count / s.expected) * 10000) / 100;
  return [
    [pick(lang, 'Sở, ngành phải gửi biểu số liệu', 'Departments expected to send a sector form'), s.expected, null],
    [pick(lang, 'Sở, ngành đã gửi', 'Departments that sent it'), s.received, s.completenessRate],
    [pick(lang, 'Sở, ngành gửi đúng hạn', 'Departments on time'), s.onTime, s.onTimeRate],
    [pick(lang, 'Sở, ngành gửi muộn', 'Departments late'), s.late, rate(s.late)],
    [pick(lang, 'Sở, ngành chưa gửi (đã quá hạn)', 'Departments missing (deadline passed)'), s.missing, rate(s.missing)],
  ];
}

function writeSummary(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const title = writer.addRow([pick(lang, 'TÓM TẮT', 'SUMMARY')], { bold: true, size: 12 });
  writer.merge(title, 1, LAST);
  const header = writer.addRow([pick(lang, 'Nội dung', 'Item'), null, null, pick(lang, 'Số lượng', 'Count'), pick(lang, 'Tỷ lệ (%)', 'Rate (%)'), null], {
    bold: true,
    border: true,
    align: 'center',
    fill: 'FFD9E1F2',
  });
  writer.merge(header, 1, 3);
  writer.merge(header, 5, LAST);
  const total = model.deadlines.summaries.find((s) => s.level === 'province');
  const expected = total?.expected ?? 0;
  const rate = (n: number) => (expected > 0 ? Math.round((n / expected) * 10000) / 100 : null);
  const computed = new Set(model.values.map((v) => v.indicator));
  const rows: Array<[string, number, number | null]> = [
    [pick(lang, 'Đơn vị phải báo cáo', 'Units expected to report'), expected, null],
    [pick(lang, 'Đã nộp', 'Received'), total?.received ?? 0, total?.completenessRate ?? null],
    [pick(lang, 'Nộp đúng hạn', 'On time'), total?.onTime ?? 0, total?.onTimeRate ?? null],
    [pick(lang, 'Nộp muộn', 'Late'), total?.late ?? 0, rate(total?.late ?? 0)],
    [pick(lang, 'Chưa nộp (đã quá hạn)', 'Missing (deadline passed)'), total?.missing ?? 0, rate(total?.missing ?? 0)],
    [pick(lang, 'Chưa đến hạn', 'Not yet due'), total?.pending ?? 0, rate(total?.pending ?? 0)],
    ...departmentRows(model, lang),
    [pick(lang, 'Chỉ tiêu đã tính', 'Indicators computed'), model.indicators.filter((m) => computed.has(m.id)).length, null],
    ...(model.notDue.length > 0 ? [[notDueLabel(model, lang), model.notDue.length, null] as [string, number, null]] : []),
    [pick(lang, 'Cảnh báo đã chấp nhận (trang Kiểm tra)', 'Accepted warnings (Checks sheet)'), model.warnings.length, null],
    [pick(lang, 'Kết quả kiểm tra cần xem (trang Kiểm tra)', 'Check findings to review (Checks sheet)'), model.findings.length, null],
  ];
  for (const [label, count, share] of rows) {
    const row = writer.addRow([label, null, null, count, share, null], { border: true }, [undefined, undefined, undefined, { numFmt: COUNT }, { numFmt: RATE }]);
    writer.merge(row, 1, 3);
    writer.merge(row, 5, LAST);
  }
}

export function writeCoverSheet(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  writeHeading(writer, model, lang);
  writeTitle(writer, model, lang);
  writeFacts(writer, model, lang);
  writeSummary(writer, model, lang);
  writer.flush();
  writeSignatureBlock(writer, lang, shortPlaceName(model.province.name), { left: [1, 3], right: [4, LAST] });
  writer.end();
}
