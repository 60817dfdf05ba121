import type { Lang } from '../i18n/catalog-types.js';
import { pick } from '../i18n/pick.js';
import type { Timeliness, TimelinessStatus } from '../periods/deadline-types.js';

/**
 * The wording of the submission status tables, one definition for `tk13 deadlines` (terminal) and
 * the report's status sheet: the status words and each column's heading. A table picks the columns
 * it shows; the same column is headed the same way wherever it appears.
 */
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

/** The status with its days, for a list without day columns: `Nộp muộn 3 ngày`, `Chưa đến hạn, còn 2 ngày`. */
export function statusWithDays(t: Timeliness, lang: Lang): string {
  if (t.status === 'late') return pick(lang, `Nộp muộn ${t.daysLate} ngày`, `Late by ${t.daysLate} day(s)`);
  if (t.status === 'pending') return pick(lang, `Chưa đến hạn, còn ${t.daysLeft} ngày`, `Not yet due, ${t.daysLeft} day(s) left`);
  return statusName(t.status, lang);
}

/** What the departments' table (and their row of totals) is called. */
export function departmentsTitle(lang: Lang): string {
  return pick(lang, 'Sở, ngành gửi biểu số liệu', 'Departments sending a sector form');
}

function heading([vi, en]: readonly [string, string], lang: Lang): string {
  return pick(lang, vi, en);
}

const TIMELINESS_HEADINGS = {
  number: ['STT', 'No.'],
  code: ['Mã đơn vị', 'Unit code'],
  name: ['Tên đơn vị', 'Unit name'],
  level: ['Cấp', 'Level'],
  receivedAt: ['Thời điểm nhận (bản đầu)', 'Received (first version)'],
  deadline: ['Hạn nộp', 'Deadline'],
  status: ['Tình trạng', 'Status'],
  daysLate: ['Muộn (ngày)', 'Days late'],
  daysLeft: ['Còn lại (ngày)', 'Days left'],
  versions: ['Số phiên bản', 'Versions'],
  corrected: ['Sửa sau hạn', 'Corrected after deadline'],
} as const;

const COUNT_HEADINGS = {
  level: ['Cấp', 'Level'],
  code: ['Mã', 'Code'],
  name: ['Đơn vị', 'Unit'],
  expected: ['Phải nộp', 'Expected'],
  received: ['Đã nộp', 'Received'],
  onTime: ['Đúng hạn', 'On time'],
  late: ['Nộp muộn', 'Late'],
  missing: ['Chưa nộp', 'Missing'],
  pending: ['Chưa đến hạn', 'Not yet due'],
  completenessRate: ['Tỷ lệ đã nộp (%)', 'Received (%)'],
  onTimeRate: ['Tỷ lệ đúng hạn (%)', 'On time (%)'],
} as const;

export type TimelinessColumn = keyof typeof TIMELINESS_HEADINGS;
export type CountColumn = keyof typeof COUNT_HEADINGS;

/** Headings of a table of units or departments, one per column asked for, in that order. */
export function timelinessHeadings(columns: readonly TimelinessColumn[], lang: Lang): string[] {
  return columns.map((c) => heading(TIMELINESS_HEADINGS[c], lang));
}

/** Headings of a table of totals, one per column asked for, in that order. */
export function countHeadings(columns: readonly CountColumn[], lang: Lang): string[] {
  return columns.map((c) => heading(COUNT_HEADINGS[c], lang));
}
