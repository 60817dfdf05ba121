import { writeSheetTitle, scopeLine } from './sheet-title.js';
import type { Lang } from '../../i18n/catalog-types.js';
import type { IndicatorMeta, IndicatorValue } from '../../indicators/types.js';
import { defaultDimensions } from '../../indicators/dimensions.js';
import { numberFormatFor } from '../../indicators/formats.js';
import { type TableLine, tableLines } from '../indicator-table-lines.js';
import { PageFlow, pageCapacity } from '../page-flow.js';
import type { ReportArea, ReportModel } from '../report-model.js';
import { shortPlaceName, writeSignatureBlock } from '../signature-block.js';
import { type CellValue, HEADER_FILL, type SheetSpec, type SheetWriter, wrappedHeight } from '../sheet-writer.js';
import { pick } from '../report-wording.js';

/**
 * The indicator tables, laid out as an official statistical table (biểu tổng hợp): columns STT,
 * Chỉ tiêu, Đơn vị tính, Mã số, then the province and each district (or commune); a row of column
 * letters and numbers under the header, both repeated on every printed page. Indicators are printed
 * in sections (the catalogue's `groups`, numbered I, II, …) in publication order; each indicator has
 * its total row, then "Chia theo …" sub-headings with one row per category (a count-and-rate
 * indicator has a count row and a rate row for each; see indicator-table-lines.ts). An indicator not
 * published for the districts or communes (metadata `levels`) has no figure in their columns: they are
 * merged into one cell saying where its data comes from. How each is computed, and whether it was
 * checked against the circular, is on the notes sheet, once.
 *
 * A4 landscape holds about 150 column-width units at 100 %; the label columns (56) plus twelve value
 * columns (12 × 11.5) print at about 75 %, so 10 pt stays above 7.5 pt. A wider province (Kiên Giang's
 * 15 districts, Hà Nội's 30, a post-2025 province with 100+ communes) is split into bands of at most
 * MAX_BAND areas, one sheet each, every band starting with the province total; each sheet has one
 * header, repeated on every page, so every printed page says what each column is.
 */
export const MAX_BAND = 12;
const LABEL_WIDTHS = [5, 36, 8, 7];
const VALUE_WIDTH = 11.5;
const TITLE_ROWS = 3;
const HEADER_HEIGHT = 45;
const ROW_HEIGHT = 15;
const NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const SECTION_FILL = 'FFF2F2F2';
const NOTE_SIZE = 9;

/** The province column, then its districts (or communes) in bands of at most MAX_BAND, near-equal in size. */
export function areaBands(areas: readonly ReportArea[]): ReportArea[][] {
  const province = areas.filter((a) => a.level === 'province');
  const below = areas.filter((a) => a.level !== 'province');
  const count = Math.max(1, Math.ceil(below.length / MAX_BAND));
  const size = Math.max(1, Math.ceil(below.length / count));
  return Array.from({ length: count }, (_, i) => [...province, ...below.slice(i * size, (i + 1) * size)]);
}

/** The header row's number: the table starts right below the sheet title. */
export const INDICATOR_HEADER_ROW = TITLE_ROWS + 1;

/** Page setup of one band's sheet: the two header rows frozen and repeated on every printed page. */
export function indicatorSheetSpec(band: readonly ReportArea[]): Omit<SheetSpec, 'name' | 'footer'> {
  return {
    landscape: true,
    widths: bandWidths(band),
    frozen: { columns: LABEL_WIDTHS.length, rows: INDICATOR_HEADER_ROW + 1 },
    printTitleRows: [INDICATOR_HEADER_ROW, INDICATOR_HEADER_ROW + 1],
  };
}

function bandWidths(band: readonly ReportArea[]): number[] {
  return [...LABEL_WIDTHS, ...band.map(() => VALUE_WIDTH)];
}

function areaName(area: ReportArea, lang: Lang): string {
  return area.level === 'province' ? pick(lang, 'Toàn tỉnh', 'Whole province') : area.name;
}

function writeHeader(writer: SheetWriter, band: readonly ReportArea[], lang: Lang): void {
  const labels = [pick(lang, 'STT', 'No.'), pick(lang, 'Chỉ tiêu', 'Indicator'), pick(lang, 'Đơn vị tính', 'Unit'), pick(lang, 'Mã số', 'Code')];
  const style = { bold: true, border: true, wrap: true, align: 'center' as const, fill: HEADER_FILL, size: 10 };
  writer.addRow([...labels, ...band.map((a) => areaName(a, lang))], style, [], HEADER_HEIGHT);
  // Column keys as official tables print them: letters for the label columns, numbers for the figures.
  writer.addRow(['A', 'B', 'C', 'D', ...band.map((_, i) => String(i + 1))], { italic: true, border: true, align: 'center', size: 9 }, [], ROW_HEIGHT);
}

type ValueIndex = Map<string, IndicatorValue>;

function indexValues(values: readonly IndicatorValue[]): ValueIndex {
  return new Map(values.map((v) => [`${v.indicator}|${v.unitLevel}|${v.unitCode}|${v.disaggregation}`, v]));
}

/** Columns of the band the indicator is not published for (metadata `levels`), e.g. every district for a province-only one. */
function hiddenColumns(meta: IndicatorMeta, band: readonly ReportArea[]): number[] {
  return band.flatMap((area, i) => (meta.levels.includes(area.level) ? [] : [i]));
}

/** The unit a row prints: its own (count and rate rows), else the indicator's on its first row. */
function unitOf(meta: IndicatorMeta, line: TableLine, lang: Lang): string | null {
  return line.unit ?? (line.kind === 'indicator' && !meta.count ? pick(lang, meta.unit, meta.unit_en) : null);
}

/** Points of a row: one line, or as many as its label, unit or note across the hidden columns needs. */
function lineHeight(ctx: BandContext, meta: IndicatorMeta, line: TableLine): number {
  const hidden = hiddenColumns(meta, ctx.band).length;
  const note = line.note && hidden > 0 ? wrappedHeight(line.note, hidden * VALUE_WIDTH, NOTE_SIZE) : 0;
  const unit = wrappedHeight(unitOf(meta, line, ctx.lang) ?? '', LABEL_WIDTHS[2], 10);
  return Math.max(ROW_HEIGHT, wrappedHeight(line.label, LABEL_WIDTHS[1], 10), unit, note);
}

interface BandContext {
  writer: SheetWriter;
  flow: PageFlow;
  band: readonly ReportArea[];
  index: ValueIndex;
  lang: Lang;
}

/**
 * One row. The columns of levels the indicator is not published for hold no figure: they are merged
 * into one cell carrying the row's note ("Chỉ tiêu này chỉ tính cho toàn tỉnh: …"), if any.
 */
function writeLine(ctx: BandContext, meta: IndicatorMeta, number: string, line: TableLine): void {
  const numFmt = numberFormatFor(line.format ?? meta.format);
  const isIndicator = line.kind === 'indicator';
  const hidden = hiddenColumns(meta, ctx.band);
  const figure = (a: ReportArea) => {
    const value = line.disaggregation ? ctx.index.get(`${meta.id}|${a.level}|${a.code}|${line.disaggregation}`) : undefined;
    return (line.measure === 'numerator' ? value?.numerator : value?.value) ?? null;
  };
  const cells: CellValue[] = [
    isIndicator ? number : null,
    line.label,
    unitOf(meta, line, ctx.lang),
    isIndicator ? meta.code : null,
    ...ctx.band.map((a, i) => (hidden.includes(i) ? (i === hidden[0] ? (line.note ?? null) : null) : figure(a))),
  ];
  const labelStyle = isIndicator ? { bold: true } : line.kind === 'subheading' ? { italic: true } : {};
  const noteStyle = { italic: true, bold: false, wrap: true, size: NOTE_SIZE, align: 'left' as const };
  const height = lineHeight(ctx, meta, line);
  const row = ctx.writer.addRow(
    cells,
    { border: true, size: 10, bold: isIndicator },
    [{ align: 'center' }, { ...labelStyle, wrap: true }, { align: 'center', wrap: true }, { align: 'center' }, ...ctx.band.map((_, i) => (hidden.includes(i) ? noteStyle : { numFmt }))],
    height,
  );
  if (hidden.length > 0) ctx.writer.merge(row, LABEL_WIDTHS.length + hidden[0] + 1, LABEL_WIDTHS.length + hidden.at(-1)! + 1);
  ctx.flow.add(height);
}

/** Starts a new printed page when `height` points do not fit on this one. */
function keepTogether(ctx: BandContext, height: number): boolean {
  if (ctx.flow.fits(height)) return false;
  ctx.writer.breakPage();
  ctx.flow.newPage();
  return true;
}

/**
 * One indicator's rows. They go on one page when they fit on an empty one; otherwise they start where
 * at least four rows fit and repeat the indicator's heading after each page break. `before` (a
 * section heading) is kept on the same page as the table.
 */
function writeIndicator(ctx: BandContext, meta: IndicatorMeta, number: string, lines: readonly TableLine[], before?: () => void): void {
  const extra = before ? ROW_HEIGHT : 0;
  const heights = lines.map((line) => lineHeight(ctx, meta, line));
  const whole = heights.reduce((sum, h) => sum + h, 0);
  const start = heights.slice(0, 4).reduce((sum, h) => sum + h, 0);
  keepTogether(ctx, extra + (extra + whole <= ctx.flow.capacity ? whole : start));
  before?.();
  lines.forEach((line, i) => {
    if (i > 0 && keepTogether(ctx, heights[i])) {
      writeLine(ctx, meta, number, { ...lines[0], label: `${lines[0].label} ${pick(ctx.lang, '(tiếp theo)', '(continued)')}`, disaggregation: undefined, note: undefined });
    }
    writeLine(ctx, meta, number, line);
  });
  ctx.writer.flush();
}

function writeSection(ctx: BandContext, numeral: string, title: string): void {
  const row = ctx.writer.addRow([numeral, title.toLocaleUpperCase('vi')], { bold: true, border: true, size: 10, fill: SECTION_FILL }, [{ align: 'center' }], ROW_HEIGHT);
  ctx.writer.merge(row, 2, LABEL_WIDTHS.length + ctx.band.length);
  ctx.flow.add(ROW_HEIGHT);
}

/** Sections in print order, each with its indicators; indicators without a section close the table. */
function sections(model: ReportModel, lang: Lang): Array<{ title: string; indicators: IndicatorMeta[] }> {
  const groups = defaultDimensions().groups;
  const result = groups
    .map((g) => ({ title: pick(lang, g.vi, g.en), indicators: model.indicators.filter((m) => m.group === g.code) }))
    .filter((s) => s.indicators.length > 0);
  const other = model.indicators.filter((m) => !groups.some((g) => g.code === m.group));
  if (other.length > 0) result.push({ title: pick(lang, 'Chỉ tiêu khác', 'Other indicators'), indicators: other });
  return result;
}

/** One band's sheet: title, header, every section and indicator, the signatures. */
export function writeIndicatorSheet(writer: SheetWriter, model: ReportModel, band: readonly ReportArea[], lang: Lang): void {
  const width = LABEL_WIDTHS.length + band.length;
  const flow = new PageFlow(pageCapacity(bandWidths(band), true, HEADER_HEIGHT + ROW_HEIGHT), 3 * ROW_HEIGHT);
  const ctx: BandContext = { writer, flow, band, index: indexValues(model.values), lang };
  writeSheetTitle(writer, pick(lang, 'CÁC CHỈ TIÊU THỐNG KÊ', 'STATISTICAL INDICATORS'), scopeLine(model, lang), width);
  writer.skip(TITLE_ROWS - 2);
  writeHeader(writer, band, lang);
  let number = 0;
  sections(model, lang).forEach((section, s) => {
    section.indicators.forEach((meta, i) => {
      number += 1;
      const lines = tableLines(meta, model.values.filter((v) => v.indicator === meta.id), lang);
      const heading = i === 0 ? () => writeSection(ctx, NUMERALS[s] ?? String(s + 1), section.title) : undefined;
      writeIndicator(ctx, meta, String(number), lines, heading);
    });
  });
  keepTogether(ctx, 9 * ROW_HEIGHT);
  writeSignatureBlock(writer, lang, shortPlaceName(model.province.name), { left: [1, 2], right: [Math.max(3, width - 4), width] });
  writer.end();
}
