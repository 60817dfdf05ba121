import { unzipSync } from 'fflate';
import { FILE_LIMITS } from './file-limits.js';

export type FileFormat =
  | { format: 'csv' }
  | { format: 'xlsx'; isForm: boolean }
  | { format: 'unsupported'; reason: 'extension' | 'not-zip' | 'corrupt-zip' | 'too-large-uncompressed'; detail?: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const FORM_ID = 'tk13-commune-form';

/** Sum of the uncompressed sizes declared in the zip's central directory, without inflating anything. */
function declaredUncompressedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const entries = view.getUint16(i + 10, true);
    let offset = view.getUint32(i + 16, true);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
      total += view.getUint32(offset + 24, true);
      offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return total;
  }
  return undefined;
}

/** Inflates only the workbook index, the `_meta` sheet and the shared strings to look for the form id. */
function metaSheetNamesForm(bytes: Uint8Array): boolean {
  const index = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' });
  const workbook = new TextDecoder().decode(index['xl/workbook.xml'] ?? new Uint8Array());
  const rels = new TextDecoder().decode(index['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const relId = /<sheet [^>]*name="_meta"[^>]*r:id="([^"]+)"/.exec(workbook)?.[1] ?? /<sheet [^>]*r:id="([^"]+)"[^>]*name="_meta"/.exec(workbook)?.[1];
  if (!relId) return false;
  const target = new RegExp(`<Relationship [^>]*Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
    ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${relId}"`).exec(rels)?.[1];
  if (!target) return false;
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts = unzipSync(bytes, { filter: (f) => f.name === sheetPath || f.name === 'xl/sharedStrings.xml' });
  return Object.values(parts).some((data) => Buffer.from(data).includes(FORM_ID));
}

/**
 * Tells a CSV register from an xlsx workbook, and a tk13 form from an xlsx register, by looking at
 * the bytes (not trusting the extension alone), and refuses zips that are broken or inflate too far.
 */
export function detectFileFormat(fileName: string, bytes: Uint8Array): FileFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return { format: 'csv' };
  if (!lower.endsWith('.xlsx') && !lower.endsWith('.xlsm')) return { format: 'unsupported', reason: 'extension' };
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) return { format: 'unsupported', reason: 'not-zip' };
  const declared = declaredUncompressedSize(bytes);
  if (declared === undefined) return { format: 'unsupported', reason: 'corrupt-zip' };
  if (declared > FILE_LIMITS.maxUncompressedBytes) {
    return { format: 'unsupported', reason: 'too-large-uncompressed', detail: String(declared) };
  }
  try {
    return { format: 'xlsx', isForm: metaSheetNamesForm(bytes) };
  } catch (error) {
    return { format: 'unsupported', reason: 'corrupt-zip', detail: error instanceof Error ? error.message : String(error) };
  }
}
