import type * as ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { FILE_LIMITS } from '../workbook/limits.js';
import { HEADER_SEARCH_ROWS, chooseHeader, looksLikeHeader } from './headers.js';
import { loadWithExcelJS } from '../workbook/open-workbook.js';
import type { IdentityClues } from './identity.js';
import { type RowConverter, legacyTextConverter } from './legacy-text.js';
import { REGISTER_LIMITS } from './limits.js';
import type { Problems } from './problems.js';
import type { RegisterLayout } from './spec.js';
import type { CellValue, PendingRecord, RecordSink } from './table.js';
import { matchKey } from './text.js';
import { cellText } from './values.js';

export const META_SHEET = '_meta';
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

function occurrences(data: Buffer, needle: string): number {
  let count = 0;
  for (let at = data.indexOf(needle); at !== -1; at = data.indexOf(needle, at + needle.length)) count++;
  return count;
}

const VALIDATIONS_OPEN = '<dataValidations';
const VALIDATIONS_CLOSE = '</dataValidations>';

/**
 * A worksheet without its data validations. exceljs expands every validation range into one entry
 * per cell, so a dropdown set on a whole column (C2:C1048576, what Excel does when a column is
 * selected) costs seconds and gigabytes; reading a register never needs them.
 */
function withoutValidations(xml: Buffer): Buffer {
  const open = xml.indexOf(VALIDATIONS_OPEN);
  const close = xml.indexOf(VALIDATIONS_CLOSE, open);
  if (open === -1 || close === -1) return xml;
  return Buffer.concat([xml.subarray(0, open), xml.subarray(close + VALIDATIONS_CLOSE.length)]);
}

/**
 * Checks a workbook before exceljs builds it in memory: declared uncompressed size, then rows and
 * cells counted in the worksheets' XML, so an oversized workbook is refused in a second rather than
 * after gigabytes. Returns the bytes to load (worksheets stripped of data validations), or
 * undefined when the workbook is refused.
 */
function inspectWorkbook(bytes: Uint8Array, problems: Problems): Uint8Array | undefined {
  let declared = 0;
  let sheets: Record<string, Uint8Array>;
  try {
    sheets = unzipSync(bytes, {
      filter: (entry) => (declared += entry.originalSize) <= FILE_LIMITS.maxUncompressedBytes && WORKSHEET.test(entry.name),
    });
  } catch (error) {
    problems.error('file-corrupt-zip', { params: { detail: error instanceof Error ? error.message : String(error) } });
    return undefined;
  }
  if (declared > FILE_LIMITS.maxUncompressedBytes) {
    problems.error('file-too-large-uncompressed', { found: String(declared), expected: `≤ ${FILE_LIMITS.maxUncompressedBytes}` });
    return undefined;
  }
  let rows = 0;
  let cells = 0;
  const stripped: Record<string, Buffer> = {};
  for (const [name, data] of Object.entries(sheets)) {
    const xml = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    rows += occurrences(xml, '<row ') + occurrences(xml, '<row>');
    cells += occurrences(xml, '<c ') + occurrences(xml, '<c>');
    if (xml.includes(VALIDATIONS_OPEN)) stripped[name] = withoutValidations(xml);
  }
  const maxRows = Math.min(REGISTER_LIMITS.maxRows, REGISTER_LIMITS.maxXlsxRows);
  if (rows > maxRows + 1) {
    problems.error('register-too-many-rows', { found: String(rows), expected: `≤ ${maxRows}` });
    return undefined;
  }
  if (cells > REGISTER_LIMITS.maxXlsxCells) {
    problems.error('register-too-many-cells', { found: String(cells), expected: `≤ ${REGISTER_LIMITS.maxXlsxCells}` });
    return undefined;
  }
  if (Object.keys(stripped).length === 0) return bytes;
  // Stored, not deflated: this copy only lives until exceljs has read it.
  return zipSync({ ...unzipSync(bytes), ...stripped }, { level: 0 });
}

/** Opens an xlsx register with exceljs's full reader (never the streaming one, which crashes at random). */
export async function openRegisterWorkbook(bytes: Uint8Array, problems: Problems): Promise<ExcelJS.Workbook | undefined> {
  const loadable = inspectWorkbook(bytes, problems);
  if (!loadable) return undefined;
  // The one way into exceljs (comment parts other programs lay out differently, its exceptions caught).
  const opened = await loadWithExcelJS(loadable);
  if ('unreadable' in opened) {
    problems.error('register-xlsx-unreadable', { params: { detail: opened.unreadable } });
    return undefined;
  }
  const { workbook } = opened;
  if (workbook.worksheets.length === 0) {
    problems.error('register-xlsx-unreadable', { params: { detail: 'no worksheet' } });
    return undefined;
  }
  return workbook;
}

/** A cell as a plain value: formulas by their cached result (never evaluated), rich text and links by their text. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('').normalize('NFC');
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  if ('text' in value) return plainValue(value.text as ExcelJS.CellValue);
  return null;
}

/** The `_meta` sheet's key/value rows (column A key, column B value) as identity clues. */
export function metaClues(workbook: ExcelJS.Workbook): IdentityClues & { templateVersion?: number } {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) return {};
  const values = new Map<string, string>();
  sheet.eachRow((row) => values.set(cellText(plainValue(row.getCell(1).value)), cellText(plainValue(row.getCell(2).value))));
  const text = (key: string) => values.get(key) || undefined;
  const version = Number(text('template_version'));
  return {
    unitCode: text('unit_code'),
    period: text('period'),
    kind: text('kind'),
    ...(Number.isInteger(version) && version > 0 ? { templateVersion: version } : {}),
  };
}

function dataSheet(workbook: ExcelJS.Workbook, layout: RegisterLayout): ExcelJS.Worksheet | undefined {
  const skipped = new Set([matchKey(META_SHEET), matchKey(INSTRUCTIONS_SHEET)]);
  const candidates = workbook.worksheets.filter((ws) => !skipped.has(matchKey(ws.name)) && ws.actualRowCount > 0);
  return candidates.find((ws) => matchKey(ws.name) === matchKey(layout.sheet)) ?? candidates[0];
}

function rowCells(row: ExcelJS.Row): CellValue[] {
  const values = row.values as ExcelJS.CellValue[];
  const cells: CellValue[] = new Array(Math.max(values.length - 1, 0)).fill(null);
  for (let column = 1; column < values.length; column++) cells[column - 1] = plainValue(values[column]);
  return cells;
}

/** A row's cells with its text cells converted together (see RowConverter). */
function convertedCells(cells: readonly CellValue[], convert: RowConverter): CellValue[] {
  const texts = cells.filter((cell): cell is string => typeof cell === 'string');
  const converted = convert(texts);
  let next = 0;
  return cells.map((cell) => (typeof cell === 'string' ? converted[next++] : cell));
}

/** Every string cell of the rows. */
function* stringsOf(rows: readonly PendingRecord[]): Generator<string> {
  for (const row of rows) for (const cell of row.cells) if (typeof cell === 'string') yield cell;
}

/**
 * Feeds the register sheet to `sink`. Text typed in a legacy Vietnamese font (TCVN3, VNI) is
 * converted first, for the whole sheet at once (see legacyTextConverter). The header is the first of
 * the top non-empty rows that names at least two layout columns (rows above it are reported, see
 * chooseHeader), or the first non-empty row; every non-empty row below it is a record.
 */
export function readXlsxRecords(workbook: ExcelJS.Workbook, layout: RegisterLayout, sink: RecordSink, problems: Problems): void {
  const sheet = dataSheet(workbook, layout);
  if (!sheet) return;
  if (sheet.actualColumnCount > REGISTER_LIMITS.maxColumns) {
    problems.error('register-too-many-columns', { sheet: sheet.name, found: String(sheet.actualColumnCount), expected: `≤ ${REGISTER_LIMITS.maxColumns}` });
    return;
  }
  const rows: PendingRecord[] = [];
  sheet.eachRow((row, number) => {
    if (row.hasValues) rows.push({ cells: rowCells(row), place: { line: number, sheet: sheet.name } });
  });
  const convert = legacyTextConverter(stringsOf(rows), problems, { sheet: sheet.name });
  const records = convert ? rows.map((row) => ({ ...row, cells: convertedCells(row.cells, convert) })) : rows;
  if (records.length === 0) return;
  const header = chooseHeader(records.slice(0, HEADER_SEARCH_ROWS), (cells) => looksLikeHeader(cells, layout), problems);
  sink.header(records[header].cells, records[header].place);
  for (const record of records.slice(header + 1)) sink.record(record.cells, record.place);
}
