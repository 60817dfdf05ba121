import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { deterministicXlsx } from '../core/deterministic-xlsx.js';
import type { Lang } from '../i18n/catalog-types.js';
import type { ReportModel } from './report-model.js';
import { embedCharts } from './charts/embed-charts.js';
import { SheetWriter } from './sheet-writer.js';
import { SUMMARY_WIDTHS, writeSummarySheet } from './sheets/summary-sheet.js';
import { CHECKS_HEADER_ROW, CHECKS_WIDTHS, writeChecksSheet } from './sheets/checks-sheet.js';
import { COVER_WIDTHS, writeCoverSheet } from './sheets/cover-sheet.js';
import { areaBands, indicatorSheetSpec, writeIndicatorSheet } from './sheets/indicator-sheet.js';
import { NOTES_HEADER_ROW, NOTES_WIDTHS, writeNotesSheet } from './sheets/notes-sheet.js';
import { IDENTITY_SHEET, IDENTITY_WIDTHS, PROVENANCE_HEADER_ROW, PROVENANCE_WIDTHS, writeIdentitySheet, writeProvenanceSheet } from './sheets/provenance-sheet.js';
import { STATUS_WIDTHS, statusHeaderRow, writeStatusSheet } from './sheets/status-sheet.js';
import { pick } from './report-wording.js';

export function sheetNames(lang: Lang) {
  return {
    cover: pick(lang, 'Bìa', 'Cover'),
    summary: pick(lang, 'Tóm tắt', 'Summary'),
    indicators: pick(lang, 'Chỉ tiêu', 'Indicators'),
    notes: pick(lang, 'Ghi chú', 'Notes'),
    status: pick(lang, 'Tình hình nộp', 'Submissions'),
    checks: pick(lang, 'Kiểm tra', 'Checks'),
    provenance: pick(lang, 'Nguồn gốc', 'Provenance'),
  };
}

/**
 * The province workbook (PRODUCT §6). Always written with exceljs's streaming writer, flushing rows
 * block by block, so a province of any size renders in bounded memory; then re-zipped so the same
 * model gives the same bytes (document dates pinned to the as-of moment, never the wall clock).
 */
export async function renderReport(model: ReportModel, lang: Lang = 'vi'): Promise<Uint8Array> {
  const asOf = new Date(model.asOf);
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  workbook.creator = `tk13 ${model.generatedBy.version}`;
  workbook.lastModifiedBy = `tk13 ${model.generatedBy.version}`;
  workbook.created = asOf;
  workbook.modified = asOf;
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 16000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  workbook.title = pick(lang, 'Báo cáo thống kê trẻ em và xâm hại trẻ em', 'Statistical report on children and child abuse');

  const names = sheetNames(lang);
  const font = '&"Times New Roman,Regular"&9';
  const footer = `&L${font}${model.province.name} · ${model.period.id}&R${font}${pick(lang, 'Trang', 'Page')} &P/&N`;
  writeCoverSheet(new SheetWriter(workbook, { name: names.cover, landscape: false, widths: COVER_WIDTHS, footer }), model, lang);
  const charts = writeSummarySheet(new SheetWriter(workbook, { name: names.summary, landscape: true, widths: SUMMARY_WIDTHS, footer }), model, names.summary, lang);
  const bands = areaBands(model.areas);
  bands.forEach((band, i) => {
    const name = bands.length === 1 ? names.indicators : `${names.indicators} (${i + 1})`;
    writeIndicatorSheet(new SheetWriter(workbook, { ...indicatorSheetSpec(band), name, footer }), model, band, lang);
  });
  const notesTitles = [NOTES_HEADER_ROW, NOTES_HEADER_ROW] as [number, number];
  writeNotesSheet(new SheetWriter(workbook, { name: names.notes, landscape: true, widths: NOTES_WIDTHS, frozen: { columns: 0, rows: NOTES_HEADER_ROW }, printTitleRows: notesTitles, footer }), model, lang);
  const statusSpec = {
    name: names.status,
    landscape: true,
    widths: STATUS_WIDTHS,
    // Only the code and name columns stay in view: freezing the totals above the list would fill the screen.
    frozen: { columns: 3, rows: 0 },
    printTitleRows: [statusHeaderRow(model), statusHeaderRow(model)] as [number, number],
    footer,
  };
  writeStatusSheet(new SheetWriter(workbook, statusSpec), model, lang);
  const checksTitles = [CHECKS_HEADER_ROW, CHECKS_HEADER_ROW] as [number, number];
  writeChecksSheet(new SheetWriter(workbook, { name: names.checks, landscape: true, widths: CHECKS_WIDTHS, frozen: { columns: 0, rows: 2 }, printTitleRows: checksTitles, footer }), model, lang);
  const provenanceTitles = [PROVENANCE_HEADER_ROW, PROVENANCE_HEADER_ROW] as [number, number];
  writeProvenanceSheet(new SheetWriter(workbook, { name: names.provenance, landscape: true, widths: PROVENANCE_WIDTHS, printTitleRows: provenanceTitles, footer }), model, lang);
  writeIdentitySheet(new SheetWriter(workbook, { name: IDENTITY_SHEET, landscape: false, widths: IDENTITY_WIDTHS, footer, hidden: true }), model, lang);

  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await workbook.commit();
  await finished;
  return deterministicXlsx(new Uint8Array(Buffer.concat(chunks)), asOf, (entries) => embedCharts(entries, names.summary, charts));
}
