import type { ZipEntry } from '../workbook/zip-directory.js';
import { smallEntryBytes } from '../workbook/zip-directory.js';

/**
 * What a file's first bytes say it is, whatever its name: the spreadsheet formats people send in
 * place of an .xlsx (issue 12, kind 9) are named, so the message can say how to save an .xlsx.
 *
 * - `xls`: an OLE2 compound file (magic D0 CF 11 E0 A1 B1 1A E1), what Excel 97-2003 writes (.xls).
 * - `zip`: a zip archive (an .xlsx, or an OpenDocument file: see `isOpenDocument`).
 * - `html`: a web page (what "export to Excel" buttons of web systems produce, named .xls or .xlsx).
 * - `xml-spreadsheet`: Excel's "XML Spreadsheet 2003" (`<?xml …?><Workbook …>`).
 * - `csv`: plain text (no NUL byte, no control character but tab and line ends) whose first line
 *   has a `,`, `;` or tab separator.
 * - `other`: anything else.
 */
export type FileSignature = 'xls' | 'zip' | 'html' | 'xml-spreadsheet' | 'csv' | 'other';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** How much of the start is looked at. */
const HEAD = 4096;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export function fileSignature(bytes: Uint8Array): FileSignature {
  if (startsWith(bytes, OLE2)) return 'xls';
  if (startsWith(bytes, ZIP)) return 'zip';
  const head = bytes.subarray(0, HEAD);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const text = new TextDecoder(utf16 ? (head[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8').decode(head).replace(/^\uFEFF/, '');
  const start = text.trimStart().slice(0, 1024).toLowerCase();
  if (/^(<!doctype html|<html|<table|<meta|<head|<body)/.test(start) || /^<\?xml[^>]*>\s*<html/.test(start)) return 'html';
  if (/^<\?xml[^>]*>\s*(<\?mso-application[^>]*>\s*)?<workbook\b/.test(start)) return 'xml-spreadsheet';
  // eslint-disable-next-line no-control-regex
  if (!utf16 && (head.includes(0) || /[\u0000-\u0008\u000e-\u001f]/.test(text))) return 'other';
  return /^[^\r\n]*[,;\t]/.test(text) ? 'csv' : 'other';
}

/** An OpenDocument file (LibreOffice's .ods) is a zip whose `mimetype` entry names its type. */
export function isOpenDocument(bytes: Uint8Array, entries: readonly ZipEntry[]): boolean {
  const mimetype = entries.find((e) => e.name === 'mimetype');
  const type = mimetype ? smallEntryBytes(bytes, mimetype)?.toString('latin1') : undefined;
  return type?.startsWith('application/vnd.oasis.opendocument') === true || (entries.some((e) => e.name === 'content.xml') && !entries.some((e) => e.name === '[Content_Types].xml'));
}
