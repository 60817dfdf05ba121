import type { CellValue } from 'exceljs';
import { attributes, columnNumber, looksUnusual, xmlText } from './xml-text.js';

/**
 * A worksheet's cells and merged ranges read from its XML, each value exactly as exceljs's CellXform
 * (parse, reconcile) and its Cell values make it — or `undefined` when the sheet holds something this
 * reader does not mirror (inline strings, array formulas, dates, hyperlinks …).
 */

export interface SheetContent {
  /** row number → column number → value, in document order. */
  rows: Map<number, Map<number, CellValue>>;
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
}

type Formulae = Map<string, string>;

/** exceljs's utils.xmlDecode, which it applies once more to `t="str"` formula results. */
function xmlDecodeAgain(text: string): string {
  const named: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
  return text.replace(/&([a-z]*);/g, (entity) => named[entity] ?? entity);
}

interface CellContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  formulae: Formulae;
  address: string;
}

const FORMULA_FIELDS = ['formula', 'result', 'ref', 'shareType', 'sharedFormula'] as const;

/** A formula cell's value: exceljs keeps only the truthy fields, so a cached result of 0 is dropped. */
function formulaValue(tag: string, text: string | undefined, raw: string | undefined, type: string | undefined, isDate: boolean, context: CellContext): CellValue | undefined {
  const f = attributes(tag);
  const formula = text ? xmlText(text) : undefined;
  const shareType = f?.get('t');
  if (!f || (text && formula === undefined) || (shareType !== undefined && shareType !== 'shared')) return undefined;
  if (!formula && !shareType) return undefined; // exceljs would read it as a plain value
  if (raw !== undefined && isDate) return undefined;
  let result: unknown;
  if (raw !== undefined) {
    if (type === 'str') result = xmlDecodeAgain(raw);
    else if (type === 'b') result = parseInt(raw, 10) !== 0;
    else if (type === 'e') result = { error: raw };
    else result = parseFloat(raw);
  }
  const value: Record<string, unknown> = { result };
  if (shareType === 'shared' && !f.has('ref')) {
    value.sharedFormula = context.formulae.get(f.get('si') ?? '');
    if (!value.sharedFormula) return undefined;
  } else {
    if (shareType === 'shared') context.formulae.set(f.get('si') ?? '', context.address);
    Object.assign(value, { formula, ref: f.get('ref'), shareType });
  }
  return Object.fromEntries(FORMULA_FIELDS.filter((k) => value[k]).map((k) => [k, value[k]])) as unknown as CellValue;
}

/** What a cell's start tag says: its address, style and type. */
interface CellTag {
  address: string;
  row: number;
  column: number;
  style?: number;
  type?: string;
}

/** A cell's start tag as Excel, LibreOffice and exceljs write it: r, then optional s and t. */
const USUAL_CELL_TAG = /^ r="([A-Z]{1,3})([1-9]\d*)"(?: s="(\d+)")?(?: t="([a-z]+)")?\s*$/;
const ADDRESS = /^([A-Z]{1,3})([1-9]\d*)$/;

function cellTag(text: string): CellTag | undefined {
  const usual = USUAL_CELL_TAG.exec(text);
  if (usual) {
    const [, letters, row, style, type] = usual;
    return { address: `${letters}${row}`, row: Number(row), column: columnNumber(letters), ...(style ? { style: Number(style) } : {}), ...(type ? { type } : {}) };
  }
  const attrs = attributes(text);
  const address = ADDRESS.exec(attrs?.get('r') ?? '');
  if (!attrs || !address || [...attrs.keys()].some((k) => !['r', 's', 't'].includes(k))) return undefined;
  const style = attrs.get('s');
  return { address: address[0], row: Number(address[2]), column: columnNumber(address[1]), ...(style !== undefined ? { style: parseInt(style, 10) } : {}), ...(attrs.has('t') ? { type: attrs.get('t') } : {}) };
}

/** A `<c r="…"/>` with neither style nor value. */
const BARE = Symbol('bare cell');

const CELL_BODY = /^(?:<f(\s[^>]*)?(\/>|>([^<]*)<\/f>))?(?:<v>([^<]*)<\/v>|<v\/>)?$/;
const CELL_TYPES = new Set(['s', 'str', 'b', 'e', 'n']);

/** A value without a formula: a shared string, a text result, a boolean, an error or a number. */
function simpleValue(type: string | undefined, isDate: boolean, raw: string, strings: readonly string[]): CellValue | undefined {
  switch (type) {
    case 's':
      return strings[parseInt(raw, 10)];
    case 'str':
      return xmlDecodeAgain(raw);
    case 'b':
      return parseInt(raw, 10) !== 0;
    case 'e':
      return { error: raw } as CellValue;
    default:
      return isDate ? undefined : parseFloat(raw);
  }
}

/**
 * One `<c>` element's value the way exceljs's CellXform (parse, reconcile) and its Cell values make
 * it; `null` for a styled cell without a value (exceljs's Null cell, which no iteration visits).
 */
function cellValue(tag: CellTag, body: string, context: CellContext): CellValue | typeof BARE | undefined {
  const parts = CELL_BODY.exec(body);
  if (!parts) return undefined;
  const [, formulaTag, formulaEnd, formulaText, valueText] = parts;
  const { type, style } = tag;
  if (type !== undefined && !CELL_TYPES.has(type)) return undefined;
  const isDate = style !== undefined && context.dateStyles[style] === true;
  const raw = valueText ? xmlText(valueText) : undefined;
  if (valueText && raw === undefined) return undefined;
  if (formulaEnd !== undefined) return formulaValue(formulaTag ?? '', formulaText, raw, type, isDate, context);
  // exceljs reads a bare <c/> as a merged cell without a master: fine once a merge claims it, broken otherwise.
  if (raw === undefined) return style !== undefined ? null : BARE;
  return simpleValue(type, isDate, raw, context.strings);
}

/** The elements of <sheetData>, one at a time: a row's start (self-closing or not), its end, or a cell. */
const SHEET_TOKEN = /\s*(?:<row\b([^>]*?)(\/?)>|(<\/row>)|<c\b([^>]*?)(?:\/>|>([^]*?)<\/c>))/y;
/** The cell most cells are: r, optional s and t, no formula, at most a plain value. Read without building a tag. */
const USUAL_CELL = /\s*<c r="([A-Z]{1,3})([1-9]\d*)"(?: s="(\d+)")?(?: t="([a-z]+)")?(?:\/>|>(?:<v>([^<&\r]*)<\/v>)?<\/c>)/y;

/** Cells and merged ranges of a worksheet; undefined when it holds something not plain. */
export function sheetContent(xml: string, strings: readonly string[], styles: readonly boolean[]): SheetContent | undefined {
  if (looksUnusual(xml) || /<hyperlink\b/.test(xml)) return undefined;
  const data = /<sheetData\s*\/>|<sheetData>([\s\S]*)<\/sheetData>/.exec(xml);
  if (!data) return undefined;
  const body = data[1] ?? '';
  const rows = new Map<number, Map<number, CellValue>>();
  const context: CellContext = { strings, dateStyles: styles, formulae: new Map(), address: '' };
  let open: { row: number; cells: Map<number, CellValue> } | undefined;
  const bare: Array<{ row: number; column: number }> = [];
  SHEET_TOKEN.lastIndex = 0;
  while (SHEET_TOKEN.lastIndex < body.length) {
    const at = SHEET_TOKEN.lastIndex;
    USUAL_CELL.lastIndex = at;
    const usual = open ? USUAL_CELL.exec(body) : null;
    if (open && usual) {
      const [, letters, row, styleText, type, valueText] = usual;
      const column = columnNumber(letters);
      const style = styleText === undefined ? undefined : Number(styleText);
      if (Number(row) !== open.row || open.cells.has(column) || (type !== undefined && !CELL_TYPES.has(type))) return undefined;
      if (!valueText) {
        if (style === undefined) bare.push({ row: open.row, column });
      } else {
        const value = simpleValue(type, style !== undefined && styles[style] === true, valueText, strings);
        if (value === undefined) return undefined;
        open.cells.set(column, value);
      }
      SHEET_TOKEN.lastIndex = USUAL_CELL.lastIndex;
      continue;
    }
    const token = SHEET_TOKEN.exec(body);
    if (!token) {
      if (body.slice(at).trim() !== '') return undefined;
      break;
    }
    const [, rowTag, selfClosing, rowEnd, cellText, cellBody] = token;
    if (rowTag !== undefined) {
      const row = Number(/^ r="(\d+)"/.exec(rowTag)?.[1] ?? attributes(rowTag)?.get('r'));
      if (open || !Number.isInteger(row) || row < 1 || rows.has(row)) return undefined;
      rows.set(row, new Map());
      if (!selfClosing) open = { row, cells: rows.get(row)! };
    } else if (rowEnd !== undefined) {
      if (!open) return undefined;
      open = undefined;
    } else {
      const tag = cellTag(cellText);
      if (!open || !tag || tag.row !== open.row || open.cells.has(tag.column)) return undefined;
      context.address = tag.address;
      const value = cellValue(tag, cellBody ?? '', context);
      if (value === undefined) return undefined;
      if (value === BARE) bare.push(tag);
      else if (value !== null) open.cells.set(tag.column, value);
    }
  }
  if (open) return undefined;
  const merges: SheetContent['merges'] = [];
  for (const [, ref] of xml.matchAll(/<mergeCell ref="([^"]*)"\s*\/>/g)) {
    const range = /^([A-Z]{1,3})([1-9]\d*):([A-Z]{1,3})([1-9]\d*)$/.exec(ref);
    if (!range) return undefined;
    merges.push({ left: columnNumber(range[1]), top: Number(range[2]), right: columnNumber(range[3]), bottom: Number(range[4]) });
  }
  if ((xml.match(/<mergeCell\b/g) ?? []).length !== merges.length || merges.some((m) => m.left > m.right || m.top > m.bottom)) return undefined;
  const claimed = (c: { row: number; column: number }) => merges.some((m) => m.top <= c.row && c.row <= m.bottom && m.left <= c.column && c.column <= m.right && (c.row !== m.top || c.column !== m.left));
  if (!bare.every(claimed)) return undefined;
  return { rows, merges };
}
