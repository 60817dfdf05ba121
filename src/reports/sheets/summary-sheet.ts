import { scopeLine, writeSheetTitle } from './sheet-title.js';
import type { Lang } from '../../i18n/catalog-types.js';
import { numberFormatFor } from '../../indicators/formats.js';
import type { IndicatorMeta } from '../../indicators/types.js';
import type { TimelinessSummary } from '../../periods/deadline-types.js';
import { type BarChartSpec, barChartXml } from '../charts/bar-chart.js';
import type { PlacedChart } from '../charts/embed-charts.js';
import type { ReportArea, ReportModel } from '../report-model.js';
import { HEADER_FILL, type SheetWriter } from '../sheet-writer.js';
import { pick } from '../report-wording.js';
import { statusName } from '../status-wording.js';

/**
 * The first pages a reader looks at: who sent their report on time, late or not at all, district by
 * district, and each headline indicator (metadata `headline: true`) by area, each on a page of its
 * own as a small table with a native bar chart beside it that reads the table's cells. A province of more than
 * MAX_CHART_AREAS areas (a post-2025 province lists its communes) gets the tables without the
 * per-area charts: a chart of a hundred bars helps no reader.
 */
export const SUMMARY_WIDTHS = [5, 26, 10.5, 10.5, 10.5, 10.5, 10.5, 2, 10, 10, 10, 10, 10, 10, 10, 10];
const TABLE_LAST = 7;
const CHART_FROM = 8;
const CHART_TO = SUMMARY_WIDTHS.length;
const MIN_CHART_ROWS = 18;
export const MAX_CHART_AREAS = 40;
const STATUS_COLORS = { onTime: '4E9A06', late: 'F57900', missing: 'CC0000', pending: '888A85' } as const;
const HEADLINE_COLORS = ['3465A4', '75507B', 'C17D11', '4E9A06'];

function columnLetter(column: number): string {
  return String.fromCharCode(64 + column);
}

function ref(sheet: string, column: number, fromRow: number, toRow = fromRow): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const cell = (row: number) => `$${columnLetter(column)}$${row}`;
  return fromRow === toRow ? `${quoted}!${cell(fromRow)}` : `${quoted}!${cell(fromRow)}:${cell(toRow)}`;
}

function header(writer: SheetWriter, labels: readonly string[]): number {
  return writer.addRow(labels, { bold: true, border: true, wrap: true, align: 'center', fill: HEADER_FILL, size: 10 }, [], 32);
}

function sectionTitle(writer: SheetWriter, text: string): number {
  const row = writer.addRow([text], { bold: true, size: 12 });
  writer.merge(row, 1, TABLE_LAST);
  return row;
}

/** Rows reserved for a chart of `bars` categories, so bars stay readable. */
function chartRows(bars: number): number {
  return Math.max(MIN_CHART_ROWS, Math.ceil(bars * 1.2) + 6);
}

const STATUS_KEYS = ['onTime', 'late', 'missing', 'pending'] as const;

/** Status names as the status sheet prints them (one definition: statusName). */
function statusLabels(lang: Lang): Record<(typeof STATUS_KEYS)[number], string> {
  return { onTime: statusName('on_time', lang), late: statusName('late', lang), missing: statusName('missing', lang), pending: statusName('pending', lang) };
}

function writeStatus(writer: SheetWriter, model: ReportModel, sheet: string, lang: Lang): { chart: PlacedChart; rows: number } {
  const title = sectionTitle(writer, pick(lang, '1. Tình hình nộp báo cáo (số đơn vị)', '1. Submissions (number of units)'));
  const labels = statusLabels(lang);
  const head = header(writer, [pick(lang, 'STT', 'No.'), pick(lang, 'Địa bàn', 'Area'), ...STATUS_KEYS.map((k) => labels[k]), pick(lang, 'Phải nộp', 'Expected')]);
  const districts = model.deadlines.summaries.filter((s) => s.level === 'district').sort((a, b) => a.unitCode.localeCompare(b.unitCode));
  const province = model.deadlines.summaries.find((s) => s.level === 'province');
  const rows: TimelinessSummary[] = districts.length > 0 ? districts : province ? [province] : [];
  rows.forEach((s, i) => {
    const name = s.level === 'province' ? pick(lang, 'Toàn tỉnh', 'Whole province') : s.unitName;
    writer.addRow([i + 1, name, ...STATUS_KEYS.map((k) => s[k]), s.expected], { border: true, size: 10 }, [{ align: 'center' }]);
  });
  if (districts.length > 0 && province) {
    writer.addRow([null, pick(lang, 'Toàn tỉnh', 'Whole province'), ...STATUS_KEYS.map((k) => province[k]), province.expected], { border: true, size: 10, bold: true });
  }
  writer.flush();
  const first = head + 1;
  const last = head + rows.length;
  const spec: BarChartSpec = {
    title: pick(lang, 'Tình hình nộp báo cáo theo địa bàn', 'Submissions by area'),
    categoriesRef: ref(sheet, 2, first, last),
    categories: rows.map((s) => (s.level === 'province' ? pick(lang, 'Toàn tỉnh', 'Whole province') : s.unitName)),
    series: STATUS_KEYS.map((k, i) => ({
      nameRef: ref(sheet, 3 + i, head),
      name: labels[k],
      valuesRef: ref(sheet, 3 + i, first, last),
      values: rows.map((s) => s[k]),
      color: STATUS_COLORS[k],
    })),
    stacked: true,
    numberFormat: '#,##0',
  };
  const height = chartRows(rows.length);
  const chart = { name: spec.title, xml: barChartXml(spec), anchor: { fromColumn: CHART_FROM, fromRow: title - 1, toColumn: CHART_TO, toRow: title - 1 + height } };
  return { chart, rows: Math.max(writer.rowNumber - title + 1, height) };
}

function headlineValue(model: ReportModel, meta: IndicatorMeta, area: ReportArea): number | null {
  const value = model.values.find((v) => v.indicator === meta.id && v.unitCode === area.code && v.unitLevel === area.level && v.disaggregation === 'total');
  return value?.value ?? null;
}

/**
 * One headline indicator by area, on a page of its own: the table on the left (each area, then the
 * province), its chart on the right.
 */
function writeHeadline(writer: SheetWriter, model: ReportModel, meta: IndicatorMeta, number: number, sheet: string, lang: Lang): PlacedChart | undefined {
  writer.breakPage();
  const name = pick(lang, meta.title_vi, meta.title_en);
  const unit = pick(lang, meta.unit, meta.unit_en);
  const title = sectionTitle(writer, `${number}. ${name} ${pick(lang, 'theo địa bàn', 'by area')}`);
  const head = header(writer, [pick(lang, 'STT', 'No.'), pick(lang, 'Địa bàn', 'Area'), unit]);
  const areas = model.areas.filter((a) => a.level !== 'province');
  const province = model.areas.find((a) => a.level === 'province');
  const format = { numFmt: numberFormatFor(meta.format) };
  areas.forEach((area, i) => writer.addRow([i + 1, area.name, headlineValue(model, meta, area)], { border: true, size: 10 }, [{ align: 'center' }, undefined, format]));
  if (province) writer.addRow([null, pick(lang, 'Toàn tỉnh', 'Whole province'), headlineValue(model, meta, province)], { border: true, size: 10, bold: true }, [undefined, undefined, format]);
  if (areas.length > MAX_CHART_AREAS) {
    const note = pick(lang, `Không vẽ biểu đồ theo địa bàn vì tỉnh có ${areas.length} địa bàn; xem bảng.`, `No chart by area: the province has ${areas.length} areas; see the table.`);
    writer.merge(writer.addRow([note], { italic: true, size: 10 }), 1, TABLE_LAST);
  }
  writer.flush();
  if (areas.length === 0 || areas.length > MAX_CHART_AREAS) return undefined;
  const first = head + 1;
  const last = head + areas.length;
  const spec: BarChartSpec = {
    title: `${name} (${unit})`,
    categoriesRef: ref(sheet, 2, first, last),
    categories: areas.map((a) => a.name),
    series: [{ nameRef: ref(sheet, 3, head), name: unit, valuesRef: ref(sheet, 3, first, last), values: areas.map((a) => headlineValue(model, meta, a)), color: HEADLINE_COLORS[(number - 2) % HEADLINE_COLORS.length] }],
    stacked: false,
    numberFormat: numberFormatFor(meta.format),
  };
  const height = chartRows(areas.length);
  while (writer.rowNumber < title + height) writer.skip();
  return { name: spec.title, xml: barChartXml(spec), anchor: { fromColumn: CHART_FROM, fromRow: title - 1, toColumn: CHART_TO, toRow: title - 1 + height } };
}

/** Writes the summary sheet and returns its charts, to be embedded in the package after the sheet is written. */
export function writeSummarySheet(writer: SheetWriter, model: ReportModel, sheet: string, lang: Lang): PlacedChart[] {
  writeSheetTitle(writer, pick(lang, 'TÓM TẮT', 'SUMMARY'), scopeLine(model, lang), CHART_TO);
  writer.skip();
  const status = writeStatus(writer, model, sheet, lang);
  while (writer.rowNumber < 3 + status.rows) writer.skip();
  const headlines = model.indicators.filter((m) => m.headline).map((meta, i) => writeHeadline(writer, model, meta, i + 2, sheet, lang));
  writer.end();
  return [status.chart, ...headlines.filter((c): c is PlacedChart => c !== undefined)];
}
