import type { SheetBook } from './sheet-access.js';
import { readPlainWorkbook } from './xml-workbook.js';

export type OpenedForm = { workbook: SheetBook } | { unreadable: string };

/** A form's workbook through exceljs's full reader (its streaming reader crashes on some valid files). */
export async function openWithExcelJS(bytes: Uint8Array): Promise<OpenedForm> {
  // Loaded only when needed: most forms are read plainly, and `validate` should not pay for exceljs.
  const { newWorkbook } = await import('./new-workbook.js');
  const workbook = newWorkbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    return { workbook };
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/** A form's workbook: read straight from its XML when it is plain (nearly always), else by exceljs. */
export async function openFormWorkbook(bytes: Uint8Array): Promise<OpenedForm> {
  const plain = readPlainWorkbook(bytes);
  return plain ? { workbook: plain } : openWithExcelJS(bytes);
}
