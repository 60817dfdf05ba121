import { scopeLine, writeSheetTitle } from './sheet-title.js';
import type { Lang } from '../../i18n/catalog-types.js';
import type { Timeliness, TimelinessCounts, TimelinessStatus, UnitTimeliness } from '../../periods/deadline-types.js';
import { PageFlow, pageCapacity } from '../page-flow.js';
import type { ReportModel } from '../report-model.js';
import { shortPlaceName, writeSignatureBlock } from '../signature-block.js';
import { type CellStyle, type CellValue, HEADER_FILL, type SheetWriter, wrappedHeight } from '../sheet-writer.js';
import { levelName, pick, showDate, showInstant } from '../report-wording.js';
import { countHeadings, departmentsTitle, statusName, timelinessHeadings } from '../status-wording.js';

/**
 * The submission status sheet: the totals, then the departments' sector forms (issue 15), then every
 * expected unit. The short tables come first, each kept whole on a page (page-flow.ts); the unit list
 * comes last, so its header row, repeated on every printed page, never sits above another table.
 */
export const STATUS_WIDTHS = [6, 12, 30, 10, 20, 12, 15, 9.5, 9.5, 10, 11];
const LAST = STATUS_WIDTHS.length;
const NAME_WIDTH = STATUS_WIDTHS[2];
/** A department has no unit code: its name takes the code's column too (B:C). */
const DEPARTMENT_NAME_WIDTH = STATUS_WIDTHS[1] + STATUS_WIDTHS[2];
const STATUS_COLUMN = 'G';
const LATE_FILL = 'FFFFE699';
const MISSING_FILL = 'FFF4B6B6';
/** Row heights in points: the sheet title, a plain row, a table's header row. */
const TITLE_HEIGHT = 18;
const ROW_HEIGHT = 15;
const HEADER_HEIGHT = 32;

/**
 * The unit list's header row, repeated on every printed page: below the title (2 rows), a gap, the
 * totals (title, header, one row per district and the province, one for the departments), a gap,
 * the departments' table (title, header, one row each, a gap) and the unit list's title.
 */
export function statusHeaderRow(model: ReportModel): number {
  const departments = hasDepartments(model) ? 2 + model.deadlines.sectors.length + 1 : 0;
  return 2 + 1 + 2 + totalsRows(model).length + 1 + departments + 1 + 1;
}

function hasDepartments(model: ReportModel): boolean {
  return model.deadlines.sectors.length > 0;
}

/** Each district followed by its communes (2024 list); communes in code order otherwise. */
function ordered(units: readonly UnitTimeliness[]): UnitTimeliness[] {
  const groupOf = (u: UnitTimeliness) => (u.level === 'district' ? u.unitCode : (u.parentCode ?? ''));
  return [...units].sort(
    (a, b) =>
      groupOf(a).localeCompare(groupOf(b)) || Number(a.level !== 'district') - Number(b.level !== 'district') || a.unitCode.localeCompare(b.unitCode),
  );
}

/**
 * One row of the units' or the departments' table: who (code, name, level) and how they stand. A
 * department has no administrative code (its id in templates/sector-forms.yaml is tk13's, not the
 * reader's): `code` is undefined and its name spans the code's column.
 */
interface StatusRow {
  code?: string;
  name: string;
  level: string;
  timeliness: Timeliness;
  bold: boolean;
}

function rowHeight(row: StatusRow): number {
  return Math.max(ROW_HEIGHT, wrappedHeight(row.name, row.code === undefined ? DEPARTMENT_NAME_WIDTH : NAME_WIDTH, 11));
}

function statusCells(row: StatusRow, index: number, lang: Lang): CellValue[] {
  const t = row.timeliness;
  return [
    index + 1,
    ...(row.code === undefined ? [row.name, null] : [row.code, row.name]),
    levelName(row.level, lang),
    t.receivedAt ? showInstant(t.receivedAt) : null,
    showDate(t.deadline),
    statusName(t.status, lang),
    t.status === 'late' ? (t.daysLate ?? null) : null,
    t.status === 'pending' ? (t.daysLeft ?? null) : null,
    t.versions,
    t.correctedAfterDeadline ? pick(lang, 'Có', 'Yes') : null,
  ];
}

function writeTableTitle(writer: SheetWriter, title: string): void {
  writer.merge(writer.addRow([title], { bold: true, size: 12 }), 1, LAST);
}

/**
 * The header, then one row each, late and missing rows shaded: the same table for units and
 * departments, except that the departments' has no code column (the name spans B:C).
 */
function writeStatusTable(writer: SheetWriter, rows: readonly StatusRow[], lang: Lang, withCode: boolean): void {
  const header: CellValue[] = timelinessHeadings(['number', 'code', 'name', 'level', 'receivedAt', 'deadline', 'status', 'daysLate', 'daysLeft', 'versions', 'corrected'], lang);
  if (!withCode) header.splice(1, 2, header[2], null);
  const spanName = (row: number) => {
    if (!withCode) writer.merge(row, 2, 3);
  };
  spanName(writer.addRow(header, { bold: true, border: true, wrap: true, align: 'center', fill: HEADER_FILL }, [], HEADER_HEIGHT));
  const first = writer.rowNumber + 1;
  const who: CellStyle[] = withCode ? [{ align: 'center' }, { wrap: true }] : [{ wrap: true }, {}];
  rows.forEach((row, index) => {
    spanName(writer.addRow(statusCells(row, index, lang), { border: true, bold: row.bold }, [{ align: 'center' }, ...who, { align: 'center' }, { align: 'center' }, { align: 'center' }]));
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

/** One row of the totals: a level (province, departments, district), its code and name, its counts. */
interface TotalsRow {
  level: string;
  code: string | null;
  /** Undefined for the departments' row, named in the reader's language. */
  name?: string;
  counts: TimelinessCounts;
}

/** The totals' rows: the province first, the departments next (when any is expected), then each district. */
function totalsRows(model: ReportModel): TotalsRow[] {
  const summaries = [...model.deadlines.summaries].sort((a, b) => Number(a.level !== 'province') - Number(b.level !== 'province') || a.unitCode.localeCompare(b.unitCode));
  const rows: TotalsRow[] = summaries.map((s) => ({ level: s.level, code: s.unitCode, name: s.unitName, counts: s }));
  if (hasDepartments(model)) rows.splice(1, 0, { level: 'sector', code: null, counts: model.deadlines.sectorSummary });
  return rows;
}

function writeTotals(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  writeTableTitle(writer, pick(lang, 'TỔNG HỢP', 'TOTALS'));
  const header = countHeadings(['level', 'code', 'name', 'expected', 'received', 'onTime', 'late', 'missing', 'pending', 'completenessRate', 'onTimeRate'], lang);
  writer.addRow(header, { bold: true, border: true, wrap: true, align: 'center', fill: HEADER_FILL }, [], HEADER_HEIGHT);
  const count = { numFmt: '#,##0' };
  const rate = { numFmt: '0.00' };
  for (const { level, code, name, counts: s } of totalsRows(model)) {
    const unit = name ?? departmentsTitle(lang);
    const values: CellValue[] = [levelName(level, lang), code, unit, s.expected, s.received, s.onTime, s.late, s.missing, s.pending, s.completenessRate, s.onTimeRate];
    writer.addRow(values, { border: true, bold: level === 'province' }, [{ align: 'center', wrap: true }, { align: 'center' }, { wrap: true }, count, count, count, count, count, count, rate, rate]);
  }
}

/** Points of height the totals' rows take: a level ("Sở, ngành") or a name may wrap. */
function totalsHeight(model: ReportModel, lang: Lang): number {
  return totalsRows(model).reduce((sum, row) => {
    const name = row.name ?? departmentsTitle(lang);
    return sum + Math.max(ROW_HEIGHT, wrappedHeight(levelName(row.level, lang), STATUS_WIDTHS[0], 11), wrappedHeight(name, NAME_WIDTH, 11));
  }, 0);
}

/** Starts a new printed page unless `height` points fit on this one. */
function keepTogether(writer: SheetWriter, flow: PageFlow, height: number): void {
  if (flow.fits(height)) return;
  writer.breakPage();
  flow.newPage();
}

export function writeStatusSheet(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const flow = new PageFlow(pageCapacity(STATUS_WIDTHS, true, 0));
  writeSheetTitle(writer, pick(lang, 'TÌNH HÌNH NỘP BÁO CÁO', 'SUBMISSION STATUS'), scopeLine(model, lang), LAST);
  writer.skip();
  flow.add(TITLE_HEIGHT + 2 * ROW_HEIGHT);
  // The totals come first: a short table the reader wants before the long lists.
  writeTotals(writer, model, lang);
  writer.skip();
  flow.add(ROW_HEIGHT + HEADER_HEIGHT + totalsHeight(model, lang) + ROW_HEIGHT);

  if (hasDepartments(model)) {
    const departments: StatusRow[] = model.deadlines.sectors.map((s) => ({ name: s.sectorName, level: 'sector', timeliness: s, bold: false }));
    const height = ROW_HEIGHT + HEADER_HEIGHT + departments.reduce((sum, row) => sum + rowHeight(row), 0);
    keepTogether(writer, flow, height);
    writeTableTitle(writer, departmentsTitle(lang).toLocaleUpperCase('vi'));
    writeStatusTable(writer, departments, lang, false);
    writer.skip();
    flow.add(height + ROW_HEIGHT);
  }

  const units: StatusRow[] = ordered(model.deadlines.units).map((u) => ({ code: u.unitCode, name: u.unitName, level: u.level, timeliness: u, bold: u.level === 'district' }));
  // The list's title and header go to the next page with its first rows when they do not fit here.
  keepTogether(writer, flow, ROW_HEIGHT + HEADER_HEIGHT + units.slice(0, 4).reduce((sum, row) => sum + rowHeight(row), 0));
  writeTableTitle(writer, model.deadlines.summaries.some((s) => s.level === 'district')
    ? pick(lang, 'ĐƠN VỊ CẤP HUYỆN, CẤP XÃ', 'DISTRICTS AND COMMUNES')
    : pick(lang, 'ĐƠN VỊ CẤP XÃ', 'COMMUNES'));
  writeStatusTable(writer, units, lang, true);
  writer.flush();
  writeSignatureBlock(writer, lang, shortPlaceName(model.province.name), { left: [1, 4], right: [7, LAST] });
  writer.end();
}
