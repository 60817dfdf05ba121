import type { Lang } from '../../i18n/catalog-types.js';
import type { ReportModel } from '../report-model.js';
import type { SheetWriter } from '../sheet-writer.js';
import { periodName, pick, showInstant } from '../report-wording.js';

/** "Tỉnh Kiên Giang · 6 tháng đầu năm 2024 (2024-H1) · tính đến …": what every sheet is about. */
export function scopeLine(model: ReportModel, lang: Lang): string {
  return `${model.province.name} · ${periodName(model.period, lang)} (${model.period.id}) · ${pick(lang, 'số liệu tính đến', 'data as of')} ${showInstant(model.asOf)}`;
}

/** A bold centred title and an italic subtitle, each merged across the sheet's width. */
export function writeSheetTitle(writer: SheetWriter, title: string, subtitle: string, lastColumn: number): void {
  writer.merge(writer.addRow([title], { bold: true, size: 13, align: 'center' }), 1, lastColumn);
  writer.merge(writer.addRow([subtitle], { italic: true, align: 'center' }), 1, lastColumn);
}
