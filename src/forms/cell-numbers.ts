import type { CellValue } from 'exceljs';
import { INVISIBLE_CHARACTERS, showInvisible, stripInvisible } from '../text/invisible-characters.js';
import { readNumberText } from '../text/number-reader.js';

/** What a person left in a cell, before the item's rules judge it. */
export type CellReading =
  | { state: 'blank' }
  | { state: 'number'; value: number; fromText: boolean; found: string }
  | { state: 'not-number'; found: string }
  | { state: 'formula-no-result'; found: string };

/**
 * A number typed or pasted as text, read by the one number reader (src/text/number-reader.ts):
 * Vietnamese grouping and decimals, currency signs, negative marks. Invisible characters are
 * stripped first; when the text is still not a number, `found` shows them as `⟨U+200B⟩`.
 */
function readText(raw: string): CellReading {
  const { text, removed } = stripInvisible(raw);
  if (text.trim() === '') return { state: 'blank' };
  const reading = readNumberText(text);
  if (!reading) return { state: 'not-number', found: removed.length > 0 ? showInvisible(raw) : raw };
  // A count read after removing a zero-width character is still reported (as a number typed as
  // text), showing the character; no-break spaces around it are only spaces.
  const hidden = removed.some((point) => INVISIBLE_CHARACTERS.has(point));
  return { state: 'number', value: reading.value, fromText: true, found: hidden ? showInvisible(raw) : raw };
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
