import type { Sheet, SheetBook, SheetCell, SheetRow } from './sheet-access.js';
import { type SheetContent, sheetContent } from './xml-sheet.js';
import { attributes, columnNumber, dateStyles, looksUnusual, sharedStrings } from './xml-text.js';
import { type ZipEntry, smallEntryBytes, zipEntries } from './zip-directory.js';

/**
 * A workbook's cell values read straight from its XML — a few tenths of a millisecond for a form,
 * where exceljs takes several milliseconds building styles, themes and models the form reader
 * never uses. It mirrors exceljs exactly for what it accepts (sheet order and names, shared strings,
 * numbers, booleans, errors, formulas with their cached results, merged cells) and declines
 * everything else (`undefined`): such a workbook is read by exceljs as before, so no file is read
 * differently. A national batch is ten thousand forms; this is most of its parsing time.
 */

const NULL_CELL: SheetCell = { value: null };

/** A part's text: inflated once per file (see smallEntryBytes); a part bigger than a form's parts is not plain. */
function partText(bytes: Uint8Array, entry: ZipEntry): string | undefined {
  return smallEntryBytes(bytes, entry)?.toString('utf8');
}

class PlainRow implements SheetRow {
  /** Cells in column order. */
  constructor(private readonly cells: ReadonlyArray<[number, SheetCell]>) {}

  getCell(column: number): SheetCell {
    return this.cells.find(([c]) => c === column)?.[1] ?? NULL_CELL;
  }

  eachCell(callback: (cell: SheetCell, column: number) => void): void {
    for (const [column, cell] of this.cells) callback(cell, column);
  }
}

const byNumber = (a: [number, unknown], b: [number, unknown]) => a[0] - b[0];

class PlainSheet implements Sheet {
  /** row → column → the cells exceljs would visit (merged cells carry their master's value). */
  private readonly grid = new Map<number, Map<number, SheetCell>>();
  private rows: Array<[number, PlainRow]> | undefined;

  constructor(
    readonly name: string,
    content: SheetContent,
  ) {
    for (const [row, cells] of content.rows) {
      if (cells.size > 0) this.grid.set(row, new Map([...cells].map(([column, value]) => [column, { value }])));
    }
    for (const m of content.merges) {
      const master = { value: content.rows.get(m.top)?.get(m.left) ?? null };
      for (let row = m.top; row <= m.bottom; row++) {
        for (let column = m.left; column <= m.right; column++) {
          if (row === m.top && column === m.left) continue;
          if (!this.grid.has(row)) this.grid.set(row, new Map());
          this.grid.get(row)!.set(column, master);
        }
      }
    }
  }

  eachRow(callback: (row: SheetRow, rowNumber: number) => void): void {
    this.rows ??= [...this.grid].sort(byNumber).map(([row, cells]) => [row, new PlainRow([...cells].sort(byNumber))]);
    for (const [number, row] of this.rows) callback(row, number);
  }

  getCell(address: string): SheetCell {
    const parts = /^([A-Z]{1,3})([1-9]\d*)$/.exec(address);
    return (parts && this.grid.get(Number(parts[2]))?.get(columnNumber(parts[1]))) ?? NULL_CELL;
  }
}

/** exceljs refuses (or truncates) these sheet names while loading: leave them to it. */
function acceptableName(name: string, taken: readonly string[]): boolean {
  const valid = name !== '' && name !== 'History' && !/[*?:/\\[\]]/.test(name) && !/(^')|('$)/.test(name) && name.length <= 31;
  return valid && !taken.some((t) => t.toLowerCase() === name.toLowerCase());
}

function overlapping(merges: SheetContent['merges']): boolean {
  return merges.some((a, i) => merges.slice(0, i).some((b) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom));
}

/** The workbook's sheets in tab order, or undefined when it is not plain enough (exceljs then reads it). */
export function readPlainWorkbook(bytes: Uint8Array): SheetBook | undefined {
  const entries = zipEntries(bytes);
  if (!entries || new Set(entries.map((e) => e.name)).size !== entries.length || entries.some((e) => e.name.startsWith('/'))) return undefined;
  const byName = new Map(entries.map((e) => [e.name, e]));
  const read = (name: string) => (byName.has(name) ? partText(bytes, byName.get(name)!) : undefined);
  const workbook = read('xl/workbook.xml');
  const rels = read('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels || looksUnusual(workbook)) return undefined;
  const strings = byName.has('xl/sharedStrings.xml') ? sharedStrings(read('xl/sharedStrings.xml') ?? '<') : [];
  const styles = dateStyles(byName.has('xl/styles.xml') ? (read('xl/styles.xml') ?? '<![CDATA[') : undefined);
  if (!strings || !styles) return undefined;

  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\s[^>]*>/g)) {
    const a = attributes(tag);
    if (!a) return undefined;
    targets.set(a.get('Id') ?? '', a.get('Target') ?? '');
  }
  const sheets: PlainSheet[] = [];
  const ids = new Set<number>();
  for (const [tag] of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const a = attributes(tag);
    const id = Number(a?.get('sheetId'));
    const name = a?.get('name') ?? '';
    const part = `xl/${(targets.get(a?.get('r:id') ?? '') ?? '').replace(/^(\s|\/xl\/)+/, '')}`;
    if (!Number.isInteger(id) || id < 1 || ids.has(id) || !acceptableName(name, sheets.map((s) => s.name))) return undefined;
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part) || !byName.has(part)) return undefined;
    const xml = read(part);
    const content = xml === undefined ? undefined : sheetContent(xml, strings, styles);
    if (!content || overlapping(content.merges)) return undefined;
    ids.add(id);
    sheets.push(new PlainSheet(name, content));
  }
  if (sheets.length === 0) return undefined;
  return { worksheets: sheets, getWorksheet: (name) => sheets.find((s) => s.name === name) };
}
