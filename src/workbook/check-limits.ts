import type { Diagnostic } from '../core/diagnostics.js';
import type { WorkbookLimits } from './limits.js';
import { columnLetters, type XmlShape, XmlShapeScanner } from './part-size-scan.js';
import { inflateEntry, inflateSmallEntry, type ZipEntry, zipEntries } from './zip-directory.js';

export type ShapeProblem = Omit<Diagnostic, 'file' | 'severity'>;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** The workbook index and its relationships are a few kB; anything far bigger is not a workbook index. */
const INDEX_MAX_BYTES = 4 * 1024 * 1024;
/** A DOCTYPE or entity declaration, however written (XML wants capitals; a lenient parser may not). */
const DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;
/** Parts that are not XML (pictures, embedded objects, VBA): not searched for declarations. */
const BINARY_PART = /^xl\/(media|embeddings)\/|\.(bin|png|jpe?g|gif|bmp|emf|wmf|tiff?)$/i;
/** The opening tag of the shared strings table, with its declared sizes. */
const SST_TAG = /<(?:\w+:)?sst\b[^>]*>/;

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? e);
}

/** Worksheet part → the sheet's name as the user sees it (tab label), from the workbook index. */
async function sheetNames(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<Map<string, string>> {
  const find = (name: string) => entries.find((e) => e.name === name);
  const workbookEntry = find('xl/workbook.xml');
  const relsEntry = find('xl/_rels/workbook.xml.rels');
  const names = new Map<string, string>();
  if (!workbookEntry || !relsEntry) return names;
  const workbook = (await inflateSmallEntry(bytes, workbookEntry, INDEX_MAX_BYTES))?.toString('utf8') ?? '';
  const rels = (await inflateSmallEntry(bytes, relsEntry, INDEX_MAX_BYTES))?.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const [element] of rels.matchAll(/<Relationship\s[^>]*>/g)) {
    const id = /\sId="([^"]+)"/.exec(element)?.[1];
    const target = /\sTarget="([^"]+)"/.exec(element)?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const [element] of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(element)?.[1];
    const target = targets.get(/\sr:id="([^"]+)"/.exec(element)?.[1] ?? '');
    if (name !== undefined && target) names.set(target, unescapeXml(name));
  }
  return names;
}

interface Measured {
  realBytes: number;
  /** Stopped at the byte limit: counts are lower bounds. */
  cut: boolean;
  /** The first part holding a DOCTYPE or entity declaration. */
  doctype?: string;
  corrupt: boolean;
  sheets: Array<{ name: string; shape: XmlShape }>;
  sharedStrings?: XmlShape;
  /** `<si>` entries counted in the shared strings table. */
  sharedStringCount: number;
}

/**
 * The size the shared strings table declares (the larger of `count` and `uniqueCount`), read from the
 * start of the part alone: a table declaring millions of entries is refused before any of it is parsed.
 */
async function declaredSharedStrings(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<number> {
  const entry = entries.find((e) => e.name === SHARED_STRINGS);
  if (!entry) return 0;
  let head = '';
  await inflateEntry(bytes, entry, (chunk) => {
    head += chunk.toString('latin1', 0, Math.min(chunk.length, 4096));
    return false;
  });
  const tag = SST_TAG.exec(head)?.[0] ?? '';
  const declared = [...tag.matchAll(/\s(?:count|uniqueCount)\s*=\s*["']\s*(\d+)/g)].map((m) => Number(m[1]));
  return Math.max(0, ...declared);
}

function countEntries(chunk: Buffer, tail: string): number {
  const text = tail + chunk.toString('latin1');
  return (text.match(/<si[\s>/]/g) ?? []).length - (tail.match(/<si[\s>/]/g) ?? []).length;
}

/**
 * Streams every part of the workbook once, counting the bytes it really inflates to (stopping at the
 * limit) and measuring worksheets and shared strings when `measureCells` is set.
 */
async function measure(bytes: Uint8Array, entries: readonly ZipEntry[], limits: WorkbookLimits, measureCells: boolean): Promise<Measured> {
  const names = await sheetNames(bytes, entries);
  const result: Measured = { realBytes: 0, cut: false, corrupt: false, sheets: [], sharedStringCount: 0 };
  for (const entry of entries) {
    // Every part but pictures and embedded binaries: .vml drawings, custom XML and any oddly named part too.
    const isXml = !BINARY_PART.test(entry.name);
    const isStrings = entry.name === SHARED_STRINGS;
    const scanner = measureCells && (WORKSHEET.test(entry.name) || isStrings) ? new XmlShapeScanner() : undefined;
    let tail = '';
    const outcome = await inflateEntry(bytes, entry, (chunk) => {
      result.realBytes += chunk.length;
      if (result.realBytes > limits.maxUncompressedBytes) return false;
      if (scanner) scanner.push(chunk);
      // The tail carries a declaration or an entry cut between two chunks.
      if (isXml && (chunk.includes('<!') || tail.includes('<')) && DECLARATION.test(tail + chunk.toString('latin1', 0, Math.min(chunk.length, 4096)))) result.doctype ??= entry.name;
      if (isXml && chunk.includes('<!') && DECLARATION.test(chunk.toString('latin1'))) result.doctype ??= entry.name;
      if (isStrings) {
        result.sharedStringCount += countEntries(chunk, tail);
        if (result.sharedStringCount > limits.maxSharedStrings) return false;
      }
      tail = chunk.toString('latin1', Math.max(0, chunk.length - 16));
      return true;
    });
    // A damaged part does not stop the count: another part may still be a bomb a lenient reader would inflate.
    if (outcome === 'corrupt') {
      result.corrupt = true;
      continue;
    }
    if (!scanner) {
      if (outcome === 'stopped') return { ...result, cut: true };
      continue;
    }
    if (isStrings && result.sharedStringCount > limits.maxSharedStrings) return { ...result, cut: true };
    // A part cut off at the byte limit is still measured: "too many rows" says more than "too big".
    const shape = scanner.finish();
    if (shape.doctype) result.doctype ??= entry.name;
    if (entry.name === SHARED_STRINGS) result.sharedStrings = shape;
    else result.sheets.push({ name: names.get(entry.name) ?? entry.name, shape });
    if (outcome === 'stopped') return { ...result, cut: true };
  }
  return result;
}

function cellProblem(measured: Measured, limits: WorkbookLimits): ShapeProblem | undefined {
  const expect = (limit: number) => `≤ ${limit}`;
  const count = (n: number | string) => `${measured.cut ? '≥ ' : ''}${n}`;
  for (const { name, shape } of measured.sheets) {
    const rows = Math.max(shape.rows, shape.lastRow);
    if (limits.maxRows !== undefined && rows > limits.maxRows) {
      return { code: 'workbook-too-many-rows', sheet: name, found: count(rows), expected: expect(limits.maxRows) };
    }
    if (limits.maxColumns !== undefined && shape.lastColumn > limits.maxColumns) {
      return {
        code: 'workbook-too-many-columns',
        sheet: name,
        ...(shape.lastColumnCell ? { cell: shape.lastColumnCell } : {}),
        found: count(`${shape.lastColumn} (${columnLetters(shape.lastColumn)})`),
        expected: `${expect(limits.maxColumns)} (${columnLetters(limits.maxColumns)})`,
      };
    }
  }
  const cells = measured.sheets.reduce((n, s) => n + s.shape.cells, 0);
  if (limits.maxCells !== undefined && cells > limits.maxCells) {
    return { code: 'workbook-too-many-cells', found: count(cells), expected: expect(limits.maxCells) };
  }
  if (limits.maxCellChars === undefined) return undefined;
  const longest = [...measured.sheets, ...(measured.sharedStrings ? [{ name: undefined, shape: measured.sharedStrings }] : [])]
    .filter(({ shape }) => shape.longestText > limits.maxCellChars!)
    .sort((a, b) => b.shape.longestText - a.shape.longestText)[0];
  if (!longest) return undefined;
  return {
    code: 'workbook-cell-too-long',
    ...(longest.name !== undefined && longest.shape.longestTextCell ? { sheet: longest.name, cell: longest.shape.longestTextCell } : {}),
    found: count(longest.shape.longestText),
    expected: expect(limits.maxCellChars),
  };
}

/**
 * Checks an xlsx against `limits` before any workbook library opens it: the size the shared strings
 * table declares, bytes really inflated (not the sizes the zip declares), DOCTYPE or entity
 * declarations in any part, shared strings counted, number of worksheets, and — when cell limits
 * are given — rows, columns, cells and text length per sheet. Returns the first limit hit, naming it.
 */
export async function workbookShapeProblem(bytes: Uint8Array, limits: WorkbookLimits): Promise<ShapeProblem | undefined> {
  const entries = zipEntries(bytes);
  if (!entries) return { code: 'file-corrupt-zip' };
  const worksheets = entries.filter((e) => WORKSHEET.test(e.name)).length;
  if (worksheets > limits.maxSheets) return { code: 'workbook-too-many-sheets', found: String(worksheets), expected: `≤ ${limits.maxSheets}` };
  const declaredStrings = await declaredSharedStrings(bytes, entries);
  if (declaredStrings > limits.maxSharedStrings) {
    return { code: 'workbook-too-many-strings', found: String(declaredStrings), expected: `≤ ${limits.maxSharedStrings}` };
  }
  const measureCells = [limits.maxRows, limits.maxColumns, limits.maxCells, limits.maxCellChars].some((l) => l !== undefined);
  const measured = await measure(bytes, entries, limits, measureCells);
  if (measured.sharedStringCount > limits.maxSharedStrings) {
    return { code: 'workbook-too-many-strings', found: `≥ ${measured.sharedStringCount}`, expected: `≤ ${limits.maxSharedStrings}` };
  }
  if (measured.realBytes > limits.maxUncompressedBytes) {
    return cellProblem(measured, limits) ?? { code: 'file-too-large-uncompressed', found: `> ${limits.maxUncompressedBytes}`, expected: `≤ ${limits.maxUncompressedBytes}` };
  }
  if (measured.corrupt) return { code: 'file-corrupt-zip' };
  if (measured.doctype) return { code: 'workbook-doctype', found: measured.doctype };
  return cellProblem(measured, limits);
}
