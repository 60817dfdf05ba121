import { scopeLine, writeSheetTitle } from './sheet-title.js';
import type { Lang } from '../../i18n/catalog-types.js';
import type { TimelinessStatus, UnitTimeliness } from '../../periods/deadline-types.js';
import type { ReportModel } from '../report-model.js';
import { shortPlaceName, writeSignatureBlock } from '../signature-block.js';
import { type CellValue, HEADER_FILL, type SheetWriter } from '../sheet-writer.js';
import { levelName, pick, showDate, showInstant } from '../report-wording.js';

/** Header row of the unit table: frozen while scrolling and repeated on every printed page. */
/**
 * The unit list's header row, repeated on every printed page: below the title (2 rows), a gap, the
 * totals (title, header, one row per district and the province) and a gap.
 */
export function statusHeaderRow(model: ReportModel): number {
  return 2 + 1 + 2 + model.deadlines.summaries.length + 1 + 1;
}
export const STATUS_WIDTHS = [6, 10, 30, 8, 20, 12, 15, 9.5, 9.5, 10, 11];
const LAST = STATUS_WIDTHS.length;
const STATUS_COLUMN = 'G';
const LATE_FILL = 'FFFFE699';
const MISSING_FILL = 'FFF4B6B6';

export function statusName(status: TimelinessStatus, lang: Lang): string {
  switch (status) {
    case 'on_time':
      return pick(lang, 'Đúng hạn', 'On time');
    case 'late':
      return pick(lang, 'Nộp muộn', 'Late');
    case 'missing':
      return pick(lang, 'Chưa nộp', 'Missing');
    default:
      return pick(lang, 'Chưa đến hạn', 'Not yet due');
  }
}

/** Each district followed by its communes (2024 list); communes in code order otherwise. */
function ordered(units: readonly UnitTimeliness[]): UnitTimeliness[] {
  const groupOf = (u: UnitTimeliness) => (u.level === 'district' ? u.unitCode : (u.parentCode ?? ''));
  return [...units].sort(
    (a, b) =>
      groupOf(a).localeCompare(groupOf(b)) || Number(a.level !== 'district') - Number(b.level !== 'district') || a.unitCode.localeCompare(b.unitCode),
  );
}

function unitRow(unit: UnitTimeliness, index: number, lang: Lang): CellValue[] {
  return [
    index + 1,
    unit.unitCode,
    unit.unitName,
    levelName(unit.level, lang),
    unit.receivedAt ? showInstant(unit.receivedAt) : null,
    showDate(unit.deadline),
    statusName(unit.status, lang),
    unit.status === 'late' ? (unit.daysLate ?? null) : null,
    unit.status === 'pending' ? (unit.daysLeft ?? null) : null,
    unit.versions,
    unit.correctedAfterDeadline ? pick(lang, 'Có', 'Yes') : null,
  ];
}

function writeUnits(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const header = [
    pick(lang, 'STT', 'No.'),
    pick(lang, 'Mã đơn vị', 'Unit code'),
    pick(lang, 'Tên đơn vị', 'Unit name'),
    pick(lang, 'Cấp', 'Level'),
    pick(lang, 'Thời điểm nhận (bản đầu)', 'Received (first version)'),
    pick(lang, 'Hạn nộp', 'Deadline'),
    pick(lang, 'Tình trạng', 'Status'),
    pick(lang, 'Muộn (ngày)', 'Days late'),
    pick(lang, 'Còn lại (ngày)', 'Days left'),
    pick(lang, 'Số phiên bản', 'Versions'),
    pick(lang, 'Sửa sau hạn', 'Corrected after deadline'),
  ];
  writer.addRow(header, { bold: true, border: true, wrap: true, align: 'center', fill: HEADER_FILL }, [], 32);
  const first = writer.rowNumber + 1;
  ordered(model.deadlines.units).forEach((unit, index) => {
    const bold = unit.level === 'district';
    writer.addRow(unitRow(unit, index, lang), { border: true, bold }, [{ align: 'center' }, { align: 'center' }, { wrap: true }, { align: 'center' }, { align: 'center' }, { align: 'center' }]);
    if (index % 200 === 199) writer.flush();
  });
  const last = writer.rowNumber;
  if (last < first) return;
  const range = `A${first}:${String.fromCharCode(64 + LAST)}${last}`;
  const rule = (status: TimelinessStatus, fill: string) => ({
    type: 'expression' as const,
    priority: status === 'missing' ? 1 : 2,
    formulae: [`$${STATUS_COLUMN}${first}="${statusName(status, lang)}"`],
    style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: fill } } },
  });
  writer.addConditionalFormatting({ ref: range, rules: [rule('missing', MISSING_FILL), rule('late', LATE_FILL)] });
}

function writeTotals(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const title = writer.addRow([pick(lang, 'TỔNG HỢP', 'TOTALS')], { bold: true, size: 12 });
  writer.merge(title, 1, LAST);
  const header = [
    pick(lang, 'Cấp', 'Level'),
    pick(lang, 'Mã', 'Code'),
    pick(lang, 'Đơn vị', 'Unit'),
    pick(lang, 'Phải nộp', 'Expected'),
    pick(lang, 'Đã nộp', 'Received'),
    pick(lang, 'Đúng hạn', 'On time'),
    pick(lang, 'Nộp muộn', 'Late'),
    pick(lang, 'Chưa nộp', 'Missing'),
    pick(lang, 'Chưa đến hạn', 'Not yet due'),
    pick(lang, 'Tỷ lệ đã nộp (%)', 'Received (%)'),
    pick(lang, 'Tỷ lệ đúng hạn (%)', 'On time (%)'),
  ];
  writer.addRow(header, { bold: true, border: true, wrap: true, align: 'center', fill: HEADER_FILL }, [], 32);
  const summaries = [...model.deadlines.summaries].sort((a, b) => Number(a.level !== 'province') - Number(b.level !== 'province') || a.unitCode.localeCompare(b.unitCode));
  for (const s of summaries) {
    const values: CellValue[] = [levelName(s.level, lang), s.unitCode, s.unitName, s.expected, s.received, s.onTime, s.late, s.missing, s.pending, s.completenessRate, s.onTimeRate];
    const count = { numFmt: '#,##0' };
    const rate = { numFmt: '0.00' };
    writer.addRow(values, { border: true, bold: s.level === 'province' }, [{ align: 'center' }, { align: 'center' }, { wrap: true }, count, count, count, count, count, count, rate, rate]);
  }
}

export function writeStatusSheet(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  writeSheetTitle(writer, pick(lang, 'TÌNH HÌNH NỘP BÁO CÁO', 'SUBMISSION STATUS'), scopeLine(model, lang), LAST);
  writer.skip();
  // The totals come first: a short table the reader wants before the long list, and one whose
  // heading can never be left at the foot of a page. The list's header row repeats on every page.
  writeTotals(writer, model, lang);
  writer.skip();
  writeUnits(writer, model, lang);
  writer.flush();
  writeSignatureBlock(writer, lang, shortPlaceName(model.province.name), { left: [1, 4], right: [7, LAST] });
  writer.end();
}
