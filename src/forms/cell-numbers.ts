import type { CellValue } from 'exceljs';

/** What a person left in a cell, before the item's rules judge it. */
export type CellReading =
  | { state: 'blank' }
  | { state: 'number'; value: number; fromText: boolean; found: string }
  | { state: 'not-number'; found: string }
  | { state: 'formula-no-result'; found: string };

const EDGE_SPACES = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g;
const PLAIN = /^-?\d+$/;
/** Vietnamese thousands grouping with one consistent separator: "1.234", "1 234", "1 234 567". */
const GROUPED = /^-?\d{1,3}([.\s\u00a0\u202f])\d{3}(?:\1\d{3})*$/;
/** A decimal either way round ("12,5", "12.5"); never a whole count, but worth saying so precisely. */
const DECIMAL = /^-?\d+[.,]\d+$/;

function readText(raw: string): CellReading {
  const text = raw.replace(EDGE_SPACES, '');
  if (text === '') return { state: 'blank' };
  if (PLAIN.test(text)) return { state: 'number', value: Number(text), fromText: true, found: raw };
  if (GROUPED.test(text)) return { state: 'number', value: Number(text.replace(/[.\s\u00a0\u202f]/g, '')), fromText: true, found: raw };
  if (DECIMAL.test(text)) return { state: 'number', value: Number(text.replace(',', '.')), fromText: true, found: raw };
  return { state: 'not-number', found: raw };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads an exceljs cell value: numbers as they are, text numbers parsed, formulas by their cached result. */
export function readCellValue(value: CellValue): CellReading {
  if (value === null || value === undefined) return { state: 'blank' };
  if (typeof value === 'number') return { state: 'number', value, fromText: false, found: String(value) };
  if (typeof value === 'string') return readText(value);
  if (typeof value === 'boolean') return { state: 'not-number', found: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { state: 'not-number', found: value.toISOString().slice(0, 10) };
  if ('error' in value) return { state: 'not-number', found: String(value.error) };
  if ('richText' in value) return readText(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return readText(String(value.text));
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = `=${'sharedFormula' in value ? value.sharedFormula : value.formula}`;
    const result: unknown = value.result;
    if (result === undefined || result === null) return { state: 'formula-no-result', found: formula };
    if (isObject(result) && 'error' in result) return { state: 'not-number', found: String(result.error) };
    return readCellValue(result as CellValue);
  }
  return { state: 'not-number', found: JSON.stringify(value) };
}

/** The text a cell shows, for captions, codes and identity lines (never for values). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = value.result;
    return result === undefined || result === null || isObject(result) ? '' : String(result);
  }
  return '';
}
