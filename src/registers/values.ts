import { matchKey } from './text.js';
import type { CellValue } from './table.js';
import { type DateOrder, isoIfReal, readInOrder, readSlashDate } from '../text/date-order.js';
import { type NumberReading, readNumberText } from '../text/number-reader.js';

/**
 * Cell values as people type them, read into canonical values. Each parser returns `undefined` for
 * a value it cannot read; the row builder turns that into a diagnostic.
 */

const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial of 9999-12-31, Excel's last date. */
const LAST_SERIAL = 2_958_465;

const YES = new Set(['co', 'c', 'yes', 'y', '1', 'x', 'true']);
const NO = new Set(['khong', 'k', 'no', 'n', '0', 'false']);
const CODE_SEPARATORS = /[;,\n]/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** yyyy-mm-dd of an exceljs date, which is "naive UTC": its UTC fields are the wall-clock date. */
function isoOfNaiveUtc(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  // Half a second absorbs float noise in serials such as 45366.99999999.
  const rounded = new Date(date.getTime() + 500);
  return `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
}

/** The text of a cell as it would be shown (dates as dd/mm/yyyy), trimmed. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) {
    const iso = isoOfNaiveUtc(value);
    return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
  }
  return String(value);
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd, an Excel date cell or a date serial → yyyy-mm-dd. A date written
 * `a/b/yyyy` is read in `order` (day-first unless the column's order was settled otherwise, see
 * src/text/date-order.ts).
 */
export function parseDate(value: CellValue, order: DateOrder = 'day-first'): string | undefined {
  if (value instanceof Date) return isoOfNaiveUtc(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > LAST_SERIAL) return undefined;
    return isoOfNaiveUtc(new Date(EXCEL_EPOCH + value * DAY_MS));
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const slash = readSlashDate(text);
  if (slash) return readInOrder(slash, order);
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return isoIfReal(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  return undefined;
}

export function parseYesNo(value: CellValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const key = matchKey(cellText(value));
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/** Why a cell is not a whole number ≥ 0; `reading` is the number read, when one was. */
export type WholeNumberRefusal =
  | { refused: 'not-number' }
  | { refused: 'negative'; reading: NumberReading }
  | { refused: 'not-whole'; reading: NumberReading };

/**
 * A whole number ≥ 0 (an amount in đồng, a count), read by the one number reader
 * (src/text/number-reader.ts): "13.500.000 ₫", "1 500 000", "VND 1.500.000" are 1500000; "1,5" and
 * "1,500" are one and a half (Vietnamese decimal comma) and refused as not whole; "-500", "500-"
 * and "(500)" are refused as negative.
 */
export function parseWholeNumber(value: CellValue): { value: number } | WholeNumberRefusal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { refused: 'not-number' };
    if (value < 0) return { refused: 'negative', reading: { value, negative: 'minus' } };
    if (!Number.isInteger(value)) return { refused: 'not-whole', reading: { value } };
    return Number.isSafeInteger(value) ? { value } : { refused: 'not-number' };
  }
  if (typeof value !== 'string') return { refused: 'not-number' };
  const reading = readNumberText(value);
  if (!reading) return { refused: 'not-number' };
  if (reading.value < 0) return { refused: 'negative', reading };
  if (!Number.isInteger(reading.value)) return { refused: 'not-whole', reading };
  return Number.isSafeInteger(reading.value) ? { value: reading.value } : { refused: 'not-number' };
}

/** The codes named in a cell (separated by `;`, `,` or line breaks), each once, and the pieces no code matched. */
export function parseCodes(value: CellValue, lookup: ReadonlyMap<string, string>): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const piece of cellText(value).split(CODE_SEPARATORS)) {
    const text = piece.trim();
    if (text === '') continue;
    const code = lookup.get(matchKey(text));
    if (code === undefined) unknown.push(text);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}
