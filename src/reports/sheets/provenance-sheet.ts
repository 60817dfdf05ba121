import { writeSheetTitle } from './sheet-title.js';
import type { Lang } from '../../i18n/catalog-types.js';
import { REPORT_FORMAT, type ReportIdentity, type ReportModel } from '../report-model.js';
import { type CellValue, HEADER_FILL, type SheetWriter } from '../sheet-writer.js';
import { kindName, pick, showInstant } from '../report-wording.js';

/**
 * The provenance sheet is for people: labelled identity rows and the input files, times in UTC+7.
 * What `verify` reads back is on a separate hidden sheet (IDENTITY_SHEET): a fixed key in column A
 * and its value in column C on every identity row, so no internal key is printed.
 */
export const PROVENANCE_WIDTHS = [17, 30, 18, 8, 32, 26, 9.5, 50];
export const IDENTITY_SHEET = '_tk13';
export const IDENTITY_WIDTHS = [18, 4, 70];
export const IDENTITY_KEYS = ['format', 'period', 'province', 'unit_list', 'as_of', 'lang', 'tk13_version', 'definitions_hash', 'calendar_hash'] as const;
const LAST = PROVENANCE_WIDTHS.length;
/** The input-file table's header: below the title (2 rows), a gap, the identity rows but the format, a gap and the table's title. */
export const PROVENANCE_HEADER_ROW = 2 + 1 + (IDENTITY_KEYS.length - 1) + 1 + 2;
const MONO = { size: 9 };

export function reportIdentity(model: ReportModel, lang: Lang): ReportIdentity {
  return {
    format: REPORT_FORMAT,
    period: model.period.id,
    province: model.province.code,
    unitList: model.province.list,
    asOf: model.asOf,
    lang,
    tk13Version: model.generatedBy.version,
    definitionsHash: model.provenance.definitionsHash,
    calendarHash: model.provenance.calendarHash,
  };
}

function identityRows(identity: ReportIdentity, lang: Lang): Array<[(typeof IDENTITY_KEYS)[number], string, string]> {
  return [
    ['format', pick(lang, 'Định dạng báo cáo', 'Report format'), identity.format],
    ['period', pick(lang, 'Kỳ báo cáo', 'Period'), identity.period],
    ['province', pick(lang, 'Mã tỉnh', 'Province code'), identity.province],
    ['unit_list', pick(lang, 'Danh mục hành chính', 'Administrative list'), identity.unitList],
    ['as_of', pick(lang, 'Số liệu tính đến', 'Data received up to'), identity.asOf],
    ['lang', pick(lang, 'Ngôn ngữ', 'Language'), identity.lang === 'vi' ? pick(lang, 'Tiếng Việt', 'Vietnamese') : pick(lang, 'Tiếng Anh', 'English')],
    ['tk13_version', pick(lang, 'Phiên bản tk13', 'tk13 version'), identity.tk13Version],
    ['definitions_hash', pick(lang, 'SHA-256 của định nghĩa chỉ tiêu', 'SHA-256 of the indicator definitions'), identity.definitionsHash],
    ['calendar_hash', pick(lang, 'SHA-256 của lịch báo cáo và ngày nghỉ', 'SHA-256 of the calendar and holidays'), identity.calendarHash],
  ];
}

function writeIdentity(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  for (const [key, label, value] of identityRows(reportIdentity(model, lang), lang)) {
    if (key === 'format') continue; // for verify only: on the hidden sheet
    const shown = key === 'as_of' ? showInstant(value) : value;
    const row = writer.addRow([label, null, shown], { border: true }, [{ bold: true }, undefined, MONO]);
    writer.merge(row, 1, 2);
    writer.merge(row, 3, LAST);
  }
}

/** The hidden sheet `verify` reads the report's identity from: key in A, value in C (readReportIdentity). */
export function writeIdentitySheet(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const identity = reportIdentity(model, lang);
  const values: Record<(typeof IDENTITY_KEYS)[number], string> = {
    format: identity.format,
    period: identity.period,
    province: identity.province,
    unit_list: identity.unitList,
    as_of: identity.asOf,
    lang: identity.lang,
    tk13_version: identity.tk13Version,
    definitions_hash: identity.definitionsHash,
    calendar_hash: identity.calendarHash,
  };
  for (const key of IDENTITY_KEYS) writer.addRow([key, null, values[key]]);
  writer.end();
}

function writeInputs(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  const title = writer.addRow([pick(lang, `TỆP ĐẦU VÀO (${model.provenance.inputs.length})`, `INPUT FILES (${model.provenance.inputs.length})`)], { bold: true, size: 12 });
  writer.merge(title, 1, LAST);
  const header = [
    pick(lang, 'Mã đơn vị', 'Unit code'),
    pick(lang, 'Tên đơn vị', 'Unit name'),
    pick(lang, 'Loại tệp', 'Kind'),
    pick(lang, 'Phiên bản', 'Version'),
    pick(lang, 'Tên tệp', 'File name'),
    pick(lang, 'Thời điểm nhận', 'Received at'),
    pick(lang, 'Số dòng', 'Rows'),
    'SHA-256',
  ];
  writer.addRow(header, { bold: true, border: true, wrap: true, align: 'center', fill: HEADER_FILL }, [], 30);
  model.provenance.inputs.forEach((input, index) => {
    const values: CellValue[] = [input.unitCode, input.unitName, kindName(input.kind, lang), input.version, input.fileName, showInstant(input.receivedAt), input.rowCount, input.sha256];
    writer.addRow(values, { border: true }, [{ align: 'center' }, { wrap: true }, undefined, { align: 'center' }, { wrap: true }, undefined, { numFmt: '#,##0' }, MONO]);
    if (index % 200 === 199) writer.flush();
  });
}

export function writeProvenanceSheet(writer: SheetWriter, model: ReportModel, lang: Lang): void {
  writeSheetTitle(
    writer,
    pick(lang, 'NGUỒN GỐC SỐ LIỆU', 'PROVENANCE'),
    pick(lang, 'Dùng để kiểm tra báo cáo: tk13 verify <tệp báo cáo>. Không sửa trang này.', 'Used to check the report: tk13 verify <report file>. Do not edit this sheet.'),
    LAST,
  );
  writer.skip();
  writeIdentity(writer, model, lang);
  writer.skip();
  writeInputs(writer, model, lang);
  writer.end();
}
