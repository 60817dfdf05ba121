import { scopeLine, writeSheetTitle } from './sheet-title.js';
import type { Lang } from '../../i18n/catalog-types.js';
import type { IndicatorMeta, IndicatorValue } from '../../indicators/types.js';
import { dimensionTitle } from '../../indicators/dimensions.js';
import { numberFormatFor } from '../../indicators/formats.js';
import { disaggregationRows } from '../indicator-labels.js';
import type { ReportArea, ReportModel } from '../report-model.js';
import { shortPlaceName, writeSignatureBlock } from '../signature-block.js';
import { type CellValue, HEADER_FILL, type SheetSpec, type SheetWriter } from '../sheet-writer.js';
import { pick } from '../report-wording.js';

/**
 * Rows are indicator × disaggregation, columns are the province and its districts (or communes).
 * A4 landscape holds about 150 column-width units at 100 %; the two label columns (50) plus twelve
 * value columns (12 × 11.5) print at about 80 %, so 10 pt stays above 7.5 pt. A wider province
 * (Kiên Giang's 15 districts, Hà Nội's 30, a post-2025 province with 100+ communes) is split into
 * column bands of at most MAX_BAND columns, each with its own header row and repeating the
 * indicator and disaggregation columns, so every printed row still says what it counts and where.
 * Transposing (units as rows) was rejected: it would move the disaggregation into the header and
 * break the one-row-per-breakdown reading; letting Excel paginate sideways leaves the break points
 * to each program.
 */
export const MAX_BAND = 12;
const LABEL_WIDTHS = [26, 24];
const VALUE_WIDTH = 11.5;
const TITLE_ROWS = 3;

/** Splits the area columns into bands of near-equal size, none wider than MAX_BAND. */
export function areaBands(areas: readonly ReportArea[]): ReportArea[][] {
  const count = Math.max(1, Math.ceil(areas.length / MAX_BAND));
  const size = Math.ceil(areas.length / count);
  return Array.from({ length: count }, (_, i) => areas.slice(i * size, (i + 1) * size));
}

function singleBand(model: ReportModel): boolean {
  return areaBands(model.areas).length === 1;
}

/** Columns of the widest band, label columns included. */
function sheetWidth(model: ReportModel): number {
  return LABEL_WIDTHS.length + Math.max(...areaBands(model.areas).map((band) => band.length));
}

export function indicatorSheetSpec(model: ReportModel): Omit<SheetSpec, 'name' | 'footer'> {
  const single = singleBand(model);
  // With one band the column header sits once at the top: frozen and repeated on every printed page.
  const headerRow = TITLE_ROWS + 1;
  return {
    landscape: true,
    widths: [...LABEL_WIDTHS, ...Array.from({ length: sheetWidth(model) - LABEL_WIDTHS.length }, () => VALUE_WIDTH)],
    frozen: { columns: LABEL_WIDTHS.length, rows: single ? headerRow : TITLE_ROWS },
    ...(single ? { printTitleRows: [headerRow, headerRow] as [number, number] } : {}),
  };
}

function areaName(area: ReportArea, lang: Lang): string {
  return area.level === 'province' ? pick(lang, `Toàn tỉnh`, `Whole province`) : area.name;
}

function writeBandHeader(writer: SheetWriter, band: readonly ReportArea[], lang: Lang): void {
  const header = [pick(lang, 'Mã chỉ tiêu', 'Indicator'), pick(lang, 'Phân tổ', 'Breakdown'), ...band.map((a) => areaName(a, lang))];
  writer.addRow(header, { bold: true, border: true, wrap: true, align: 'center', fill: HEADER_FILL, size: 10 }, [], 45);
}

type ValueIndex = Map<string, IndicatorValue>;

function indexValues(values: readonly IndicatorValue[]): ValueIndex {
  return new Map(values.map((v) => [`${v.indicator}|${v.unitLevel}|${v.unitCode}|${v.disaggregation}`, v]));
}

function blockNotes(meta: IndicatorMeta, lang: Lang): string[] {
  const unit = pick(lang, meta.unit, meta.unit_en);
  const notes = [`${pick(lang, 'Mã', 'Id')}: ${meta.id} · ${pick(lang, 'Đơn vị tính', 'Unit')}: ${unit}`];
  if (!meta.verified) notes.push(pick(lang, 'Mã và tên chỉ tiêu chưa được đối chiếu với văn bản Thông tư.', 'Code and wording not yet checked against the circular.'));
  const description = pick(lang, meta.description_vi ?? '', meta.description_en ?? '');
  if (description) notes.push(`${pick(lang, 'Cách tính', 'Computed as')}: ${description}`);
  if (meta.kind === 'ratio') notes.push(pick(lang, 'Ô trống: mẫu số bằng 0 hoặc chưa có số liệu.', 'Blank: zero denominator or no data.'));
  else if (meta.no_data === 'empty') notes.push(pick(lang, 'Ô trống: chưa có số liệu được báo cáo (khác với 0).', 'Blank: nothing reported (not the same as 0).'));
  if (meta.multi.length > 0) {
    const dims = meta.multi.map((dim) => dimensionTitle(dim, lang).toLocaleLowerCase('vi')).join(', ');
    notes.push(
      pick(
        lang,
        `Lưu ý: một trẻ em hoặc vụ việc có thể thuộc nhiều nhóm (${dims}), nên cộng các nhóm có thể lớn hơn tổng số.`,
        `Note: one child or case may fall in several categories (${dims}), so categories may sum to more than the total.`,
      ),
    );
  }
  return notes;
}

function writeBlock(writer: SheetWriter, model: ReportModel, meta: IndicatorMeta, position: number, index: ValueIndex, lang: Lang, width: number): void {
  const code = meta.code ? ` (${meta.code})` : '';
  const title = writer.addRow([`${position}. ${pick(lang, meta.title_vi, meta.title_en)}${code}`], { bold: true, size: 12, wrap: true }, [], 20);
  writer.merge(title, 1, width);
  for (const note of blockNotes(meta, lang)) {
    const row = writer.addRow([note], { italic: true, size: 10, wrap: true, valign: 'top' });
    writer.merge(row, 1, width);
  }
  const numFmt = numberFormatFor(meta.format);
  const rows = disaggregationRows(meta, model.values.filter((v) => v.indicator === meta.id), lang);
  for (const band of areaBands(model.areas)) {
    if (!singleBand(model)) writeBandHeader(writer, band, lang);
    for (const { disaggregation, label } of rows) {
      const values: CellValue[] = [meta.id, label, ...band.map((a) => index.get(`${meta.id}|${a.level}|${a.code}|${disaggregation}`)?.value ?? null)];
      const bold = disaggregation === 'total';
      writer.addRow(values, { border: true, size: 10, bold }, [{ wrap: true }, { wrap: true }, ...band.map(() => ({ numFmt }))]);
    }
    writer.flush();
  }
  writer.skip();
}

export function writeIndicatorSheet(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const width = sheetWidth(model);
  writeSheetTitle(writer, pick(lang, 'CÁC CHỈ TIÊU THỐNG KÊ', 'STATISTICAL INDICATORS'), scopeLine(model, lang), width);
  writer.skip(TITLE_ROWS - 2);
  if (singleBand(model)) writeBandHeader(writer, model.areas, lang);
  const index = indexValues(model.values);
  model.indicators.forEach((meta, i) => writeBlock(writer, model, meta, i + 1, index, lang, width));
  writeSignatureBlock(writer, lang, shortPlaceName(model.province.name), { left: [1, 2], right: [Math.max(3, width - 5), width] });
  writer.end();
}
