import { CAPTIONS, normaliseText } from '../forms/layout.js';
import { formSpec } from '../forms/spec.js';
import { sectorFormSpec } from '../sector-forms/spec.js';
import { FILE_LIMITS, FORM_WORKBOOK_LIMITS } from '../workbook/limits.js';
import { fileSignature, isOpenDocument } from './file-signature.js';
import { inflateEntry, inflateSmallEntry, type ZipEntry, zipEntries } from '../workbook/zip-directory.js';

export type FileFormat =
  | { format: 'csv' }
  /** `form`: which tk13 form the workbook is (the commune form, or a department's sector form), if any. */
  | { format: 'xlsx'; form?: FormKind }
  | {
      format: 'unsupported';
      reason: 'extension' | 'not-zip' | 'corrupt-zip' | 'too-large-uncompressed' | 'xls' | 'xls-renamed' | 'ods' | 'html' | 'xml-spreadsheet' | 'csv-renamed';
      detail?: string;
    };

export type FormKind = 'commune' | 'sector';

/** The form ids tk13 writes in `_meta`, the sector form's first (neither id contains the other). */
function formIds(): Array<[FormKind, string]> {
  return [
    ['sector', sectorFormSpec().form_id],
    ['commune', formSpec().form_id],
  ];
}

/**
 * Inflates only the workbook index, the `_meta` sheet and the shared strings to look for a form id,
 * each bounded by the size a form may have: a part bigger than that is no form of ours.
 */
async function metaSheetNamesForm(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<FormKind | undefined> {
  const part = async (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry ? inflateSmallEntry(bytes, entry, FORM_WORKBOOK_LIMITS.maxUncompressedBytes) : undefined;
  };
  const workbook = (await part('xl/workbook.xml'))?.toString('utf8') ?? '';
  const rels = (await part('xl/_rels/workbook.xml.rels'))?.toString('utf8') ?? '';
  const relId = /<sheet [^>]*name="_meta"[^>]*r:id="([^"]+)"/.exec(workbook)?.[1] ?? /<sheet [^>]*r:id="([^"]+)"[^>]*name="_meta"/.exec(workbook)?.[1];
  if (!relId) return undefined;
  const target = new RegExp(`<Relationship [^>]*Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
    ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${relId}"`).exec(rels)?.[1];
  if (!target) return undefined;
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  for (const name of [sheetPath, 'xl/sharedStrings.xml']) {
    const content = await part(name);
    const found = content && formIds().find(([, id]) => content.includes(id));
    if (found) return found[0];
  }
  return undefined;
}

/** How much of a part is looked at for a form's visible title: it sits in the first rows. */
const LAYOUT_PEEK_BYTES = 256 * 1024;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The start of a part, inflated up to `LAYOUT_PEEK_BYTES`, tags removed and entities decoded. */
async function peekText(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  await inflateEntry(bytes, entry, (chunk) => {
    chunks.push(chunk);
    total += chunk.length;
    return total < LAYOUT_PEEK_BYTES;
  });
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]+);/g, (whole, e: string) => {
      const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : e.startsWith('#') ? Number(e.slice(1)) : undefined;
      if (code === undefined) return ENTITIES[e] ?? whole;
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/**
 * A form that lost its `_meta` sheet still shows the form's title and its "Mã số" and "Đơn vị báo
 * cáo:" captions near the top of a sheet (shared strings, or inline strings as other programs write):
 * such a workbook goes to its form's reader, which recognises it by its layout or says what it looks
 * like — never to the register reader (issue 12, kind 5). The sector form's title is looked for first.
 */
async function visibleLayoutNamesForm(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<FormKind | undefined> {
  const parts = entries.filter((e) => e.name === 'xl/sharedStrings.xml' || WORKSHEET.test(e.name)).slice(0, 6);
  let text = '';
  for (const entry of parts) text += ` ${normaliseText(await peekText(bytes, entry))}`;
  const titles: Array<[FormKind, string]> = [
    ['sector', sectorFormSpec().title],
    ['commune', formSpec().title],
  ];
  const shown = titles.find(([, title]) => [title, CAPTIONS.code, CAPTIONS.unitLabel].every((m) => text.includes(normaliseText(m))));
  return shown?.[0];
}

/**
 * Tells a CSV register from an xlsx workbook, and a tk13 form from an xlsx register, by looking at
 * the bytes (not trusting the extension alone), and refuses zips that are broken or declare too much.
 * What the parts really inflate to is checked by `workbookShapeProblem` before any workbook is opened.
 */
export async function detectFileFormat(fileName: string, bytes: Uint8Array): Promise<FileFormat> {
  const lower = fileName.toLowerCase();
  const extension = /\.[^.]*$/.exec(lower)?.[0] ?? '';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return { format: 'csv' };
  const signature = fileSignature(bytes);
  // Named by what the bytes are, whatever the name says: each has its own way to an .xlsx.
  if (signature === 'xls') return { format: 'unsupported', reason: extension === '.xls' ? 'xls' : 'xls-renamed', detail: extension };
  if (signature === 'html' && ['.xls', '.xlsx', '.xlsm', '.htm', '.html'].includes(extension)) return { format: 'unsupported', reason: 'html', detail: extension };
  if (signature === 'xml-spreadsheet' && ['.xls', '.xlsx', '.xml'].includes(extension)) return { format: 'unsupported', reason: 'xml-spreadsheet', detail: extension };
  const entries = signature === 'zip' ? zipEntries(bytes) : undefined;
  if (extension === '.ods' || (entries && isOpenDocument(bytes, entries))) return { format: 'unsupported', reason: 'ods', detail: extension };
  if (extension !== '.xlsx' && extension !== '.xlsm') return { format: 'unsupported', reason: 'extension' };
  if (signature === 'csv') return { format: 'unsupported', reason: 'csv-renamed', detail: extension };
  if (signature !== 'zip') return { format: 'unsupported', reason: 'not-zip' };
  if (!entries) return { format: 'unsupported', reason: 'corrupt-zip' };
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > FILE_LIMITS.maxUncompressedBytes) {
    return { format: 'unsupported', reason: 'too-large-uncompressed', detail: String(declared) };
  }
  const form = (await metaSheetNamesForm(bytes, entries)) ?? (await visibleLayoutNamesForm(bytes, entries));
  return form ? { format: 'xlsx', form } : { format: 'xlsx' };
}
