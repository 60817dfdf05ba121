import type { Workbook } from 'exceljs';
import { withExcelJSCommentParts } from './comment-parts.js';
import type { SheetBook } from './sheet-access.js';
import { readPlainWorkbook } from './xml-workbook.js';

export type OpenedForm = { workbook: SheetBook } | { unreadable: string };

/**
 * A workbook through exceljs's full reader (its streaming reader crashes on some valid files), the one
 * place tk13 hands a package to exceljs: comment parts laid out by other programs are moved where
 * exceljs looks (`withExcelJSCommentParts`), and whatever exceljs throws — its own internal errors
 * included — comes back as `unreadable` with the first line of its message, never as an exception.
 * Call only after `workbookShapeProblem` has measured the bytes.
 */
export async function loadWithExcelJS(bytes: Uint8Array): Promise<{ workbook: Workbook } | { unreadable: string }> {
  // Loaded only when needed: most forms are read plainly, and `validate` should not pay for exceljs.
  const { newWorkbook } = await import('./new-workbook.js');
  const workbook = newWorkbook();
  try {
    const loadable = withExcelJSCommentParts(bytes);
    await workbook.xlsx.load(Buffer.from(loadable.buffer, loadable.byteOffset, loadable.byteLength) as unknown as ArrayBuffer);
    return { workbook };
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/** A form's workbook through exceljs (see `loadWithExcelJS`). */
export async function openWithExcelJS(bytes: Uint8Array): Promise<OpenedForm> {
  return loadWithExcelJS(bytes);
}

/** A form's workbook: read straight from its XML when it is plain (nearly always), else by exceljs. */
export async function openFormWorkbook(bytes: Uint8Array): Promise<OpenedForm> {
  let plain: SheetBook | undefined;
  try {
    plain = readPlainWorkbook(bytes);
  } catch {
    // Something the plain reader did not foresee (e.g. a character reference beyond Unicode): exceljs decides.
    plain = undefined;
  }
  return plain ? { workbook: plain } : openWithExcelJS(bytes);
}
