import { createRequire } from 'node:module';
import type { Workbook } from 'exceljs';

/**
 * A new exceljs Workbook without loading exceljs's index, which also pulls in its streaming
 * reader and writer and their zip libraries: about half of exceljs's start-up cost, paid by every
 * `validate` run that never uses them. The class is the very one `ExcelJS.Workbook` exports.
 */
const WorkbookClass = createRequire(import.meta.url)('exceljs/lib/doc/workbook.js') as new () => Workbook;

export function newWorkbook(): Workbook {
  return new WorkbookClass();
}
