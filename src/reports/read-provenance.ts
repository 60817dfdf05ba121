import type ExcelJS from 'exceljs';
import { REPORT_FORMAT, type ReportIdentity } from './report-model.js';

const KEYS: Record<string, keyof ReportIdentity> = {
  format: 'format',
  period: 'period',
  province: 'province',
  unit_list: 'unitList',
  as_of: 'asOf',
  lang: 'lang',
  tk13_version: 'tk13Version',
  definitions_hash: 'definitionsHash',
  calendar_hash: 'calendarHash',
};

function text(cell: ExcelJS.Cell): string {
  return typeof cell.value === 'string' ? cell.value : '';
}

/**
 * Finds the provenance block of a tk13 report: rows whose column A is a known key and column C its
 * value, on the sheet that states the report format. Undefined for any other workbook.
 */
export function readReportIdentity(workbook: ExcelJS.Workbook): ReportIdentity | undefined {
  for (const sheet of workbook.worksheets) {
    const found: Partial<Record<keyof ReportIdentity, string>> = {};
    sheet.eachRow((row) => {
      const field = KEYS[text(row.getCell(1))];
      if (field && found[field] === undefined) found[field] = text(row.getCell(3));
    });
    if (found.format !== REPORT_FORMAT) continue;
    const complete = Object.values(KEYS).every((field) => typeof found[field] === 'string' && found[field] !== '');
    if (!complete || (found.lang !== 'vi' && found.lang !== 'en')) return undefined;
    return found as ReportIdentity;
  }
  return undefined;
}
