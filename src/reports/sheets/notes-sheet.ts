import { scopeLine, writeSheetTitle } from './sheet-title.js';
import type { Lang } from '../../i18n/catalog-types.js';
import type { IndicatorMeta } from '../../indicators/types.js';
import type { ReportModel } from '../report-model.js';
import { HEADER_FILL, type SheetWriter } from '../sheet-writer.js';
import { pick } from '../report-wording.js';

/** STT, indicator, code, unit, how it is computed, what a blank cell means, checked against the circular. */
export const NOTES_WIDTHS = [5, 34, 8, 9, 62, 26, 14];
export const NOTES_HEADER_ROW = 4;

function blankMeaning(meta: IndicatorMeta, lang: Lang): string {
  if (meta.kind === 'ratio') return pick(lang, 'Mẫu số bằng 0 hoặc chưa có số liệu.', 'Zero denominator or no data.');
  if (meta.no_data === 'empty') return pick(lang, 'Chưa có số liệu được báo cáo (khác với 0).', 'Nothing reported (not the same as 0).');
  return pick(lang, 'Không xảy ra trường hợp này: không có số liệu là 0.', 'Does not occur: no records is 0.');
}

/** How it is computed, then where its data and (when not the circular) its formula come from. */
function howComputed(meta: IndicatorMeta, lang: Lang): string {
  const parts = [pick(lang, meta.description_vi ?? '', meta.description_en ?? '')];
  const dataFrom = pick(lang, meta.data_from_vi ?? '', meta.data_from_en ?? '');
  if (dataFrom) parts.push(`${pick(lang, 'Nguồn số liệu', 'Data from')}: ${dataFrom}`);
  const source = pick(lang, meta.definition_source_vi ?? '', meta.definition_source_en ?? '');
  if (source) parts.push(`${pick(lang, 'Nguồn định nghĩa', 'Definition from')}: ${source}`);
  return parts.filter((p) => p !== '').join('\n');
}

/** The unit, and that of the count published with a rate (`count` metadata) before it. */
function units(meta: IndicatorMeta, lang: Lang): string {
  const unit = pick(lang, meta.unit, meta.unit_en);
  return meta.count ? `${pick(lang, meta.count.unit, meta.count.unit_en)}; ${unit}` : unit;
}

/**
 * The indicators this period does not publish (an annual-only indicator in a half-year report), said
 * once so a reader does not look for them: "Các chỉ tiêu sau chỉ tính theo năm, …".
 */
function notDueNote(model: ReportModel, lang: Lang): string | undefined {
  if (model.notDue.length === 0) return undefined;
  const names = model.notDue.map((m) => pick(lang, m.title_vi, m.title_en)).join('; ');
  return model.period.type === 'half-year'
    ? pick(lang, `Các chỉ tiêu sau chỉ tính theo năm nên không có trong báo cáo 6 tháng: ${names}.`, `These indicators are annual only and so are not in a half-year report: ${names}.`)
    : pick(lang, `Các chỉ tiêu sau chỉ tính cho kỳ 6 tháng nên không có trong báo cáo năm: ${names}.`, `These indicators are half-yearly only and so are not in an annual report: ${names}.`);
}

function checkedAgainstCircular(meta: IndicatorMeta, lang: Lang): string {
  return meta.verified ? pick(lang, 'Đã đối chiếu', 'Checked') : pick(lang, 'Chưa đối chiếu', 'Not yet checked');
}

/**
 * What each indicator of the tables means, said once instead of above every table: how it is
 * computed, where its data and formula come from, what an empty cell means, and whether its code and
 * wording were checked against the text of Thông tư 13/2021/TT-BLĐTBXH (the `verified` metadata).
 * Numbered as on the tables. Then the indicators this type of period does not publish.
 */
export function writeNotesSheet(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const width = NOTES_WIDTHS.length;
  writeSheetTitle(writer, pick(lang, 'GHI CHÚ VỀ CÁC CHỈ TIÊU', 'NOTES ON THE INDICATORS'), scopeLine(model, lang), width);
  writer.skip();
  const header = [
    pick(lang, 'STT', 'No.'),
    pick(lang, 'Chỉ tiêu', 'Indicator'),
    pick(lang, 'Mã số', 'Code'),
    pick(lang, 'Đơn vị tính', 'Unit'),
    pick(lang, 'Cách tính', 'How it is computed'),
    pick(lang, 'Ô để trống nghĩa là', 'An empty cell means'),
    pick(lang, 'Đối chiếu với Thông tư 13/2021', 'Checked against Circular 13/2021'),
  ];
  writer.addRow(header, { bold: true, border: true, wrap: true, align: 'center', fill: HEADER_FILL, size: 10 }, [], 32);
  model.indicators.forEach((meta, i) => {
    writer.addRow(
      [
        String(i + 1),
        pick(lang, meta.title_vi, meta.title_en),
        meta.code,
        units(meta, lang),
        howComputed(meta, lang),
        blankMeaning(meta, lang),
        checkedAgainstCircular(meta, lang),
      ],
      { border: true, size: 10, wrap: true, valign: 'top' },
      [{ align: 'center' }, {}, { align: 'center' }, { align: 'center' }, {}, {}, { align: 'center' }],
    );
  });
  const unchecked = model.indicators.filter((m) => !m.verified).length;
  writer.skip();
  const note = pick(
    lang,
    `"Chưa đối chiếu": mã số và cách tính của ${unchecked}/${model.indicators.length} chỉ tiêu chưa được đối chiếu với toàn văn Thông tư 13/2021/TT-BLĐTBXH (các phụ lục chưa có bản công khai đầy đủ); chúng được tính theo định nghĩa nêu trên; chỉ tiêu nào ghi "Nguồn định nghĩa" thì tên chỉ tiêu theo nguồn đó.`,
    `"Not yet checked": the code and formula of ${unchecked} of ${model.indicators.length} indicators were not checked against the full text of Circular 13/2021/TT-BLĐTBXH (its annexes are not fully public); they are computed as defined above; where an indicator gives its "Definition from", its name follows that source.`,
  );
  if (unchecked > 0) writer.merge(writer.addRow([note], { italic: true, size: 10, wrap: true, valign: 'top' }), 1, width);
  const notDue = notDueNote(model, lang);
  if (notDue) writer.merge(writer.addRow([notDue], { italic: true, size: 10, wrap: true, valign: 'top' }), 1, width);
  writer.flush();
  writer.end();
}
