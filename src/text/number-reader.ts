/**
 * The one reader of numbers written as text, for forms, registers and the receipt manifest alike
 * (issue 12, kind 3): numbers as Vietnamese Excel displays them, and as people paste them.
 *
 * Vietnamese convention (vi-VN, the locale of TT 13/2021 forms) decides every ambiguity:
 * - `.` groups thousands and `,` marks decimals: `1.234` is one thousand two hundred and thirty-four,
 *   `1,5` is one and a half, and so is `1,500` (never fifteen hundred);
 * - spaces, no-break spaces (U+00A0) and narrow no-break spaces (U+202F) group thousands too;
 * - where only one reading exists it is used: `1,500,000` (two commas cannot both be decimal marks)
 *   is 1500000; `1.5` (a dot not followed by three digits cannot group) is 1.5; when both `.` and
 *   `,` appear the last one is the decimal mark (`1,234.5` and `1.234,5` are both 1234.5);
 * - a currency sign (`₫`, `đ`, `VND`, `VNĐ`, `đồng`, any case) before or after the number is
 *   dropped and named in the result;
 * - a minus sign before or after the number (`-500`, `500-`) or parentheses around it (`(500)`,
 *   Excel's accounting format) make it negative; the mark is named in the result so a refusal can
 *   say why the number is negative.
 * A number the reader cannot read in exactly one way is not read (`undefined`).
 */

/** How a negative number was written. */
export type NegativeMark = 'minus' | 'trailing-minus' | 'parentheses';

export interface NumberReading {
  /** The number, negative when a negative mark was found; may be fractional. */
  value: number;
  negative?: NegativeMark;
  /** The currency sign dropped, as written (`₫`, `VND`, `đồng`, …). */
  currency?: string;
}

/** How each negative mark is shown in messages: the shape of the text around the number. */
export const NEGATIVE_MARK_SHAPES: Readonly<Record<NegativeMark, string>> = {
  minus: '-…',
  'trailing-minus': '…-',
  parentheses: '(…)',
};

const SPACE = '[ \\u00a0\\u2007\\u202f]';
const CURRENCY_WORD = '₫|vnđ|vnd|đồng|đ';
const CURRENCY_BEFORE = new RegExp(`^(${CURRENCY_WORD})${SPACE}*`, 'iu');
const CURRENCY_AFTER = new RegExp(`${SPACE}*(${CURRENCY_WORD})$`, 'iu');
const EDGE_SPACES = new RegExp(`^${SPACE}+|${SPACE}+$`, 'gu');
const MINUS = /^[-\u2212]/;
const TRAILING_MINUS = /[-\u2212]$/;

const PLAIN = /^\d+$/;
const SPACE_GROUPED = new RegExp(`^\\d{1,3}(?:${SPACE}\\d{3})+$`, 'u');
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const SPACES_ANYWHERE = new RegExp(SPACE, 'gu');

/** The integer part of a number: plain digits or consistently grouped by one separator. */
function integerPart(text: string, grouping: '.' | ',' | 'space' | 'none'): string | undefined {
  if (PLAIN.test(text)) return text;
  if (grouping === '.' && DOT_GROUPED.test(text)) return text.replace(/\./g, '');
  if (grouping === ',' && COMMA_GROUPED.test(text)) return text.replace(/,/g, '');
  if (grouping === 'space' && SPACE_GROUPED.test(text)) return text.replace(SPACES_ANYWHERE, '');
  return undefined;
}

function join(whole: string | undefined, fraction: string | undefined): number | undefined {
  if (whole === undefined || (fraction !== undefined && !PLAIN.test(fraction))) return undefined;
  return Number(fraction === undefined ? whole : `${whole}.${fraction}`);
}

/** The unsigned number in `core` (no sign, no currency), read the Vietnamese way. */
function readMagnitude(core: string): number | undefined {
  if (PLAIN.test(core)) return Number(core);
  const hasSpace = SPACES_ANYWHERE.test(core);
  SPACES_ANYWHERE.lastIndex = 0;
  const lastDot = core.lastIndexOf('.');
  const lastComma = core.lastIndexOf(',');
  if (hasSpace) {
    if (lastDot !== -1 && lastComma !== -1) return undefined;
    const mark = Math.max(lastDot, lastComma);
    if (mark === -1) return join(integerPart(core, 'space'), undefined);
    if (core.indexOf(core[mark]) !== mark) return undefined;
    return join(integerPart(core.slice(0, mark), 'space'), core.slice(mark + 1));
  }
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const mark = Math.max(lastDot, lastComma);
    return join(integerPart(core.slice(0, mark), grouping), core.slice(mark + 1));
  }
  const separator = lastDot !== -1 ? '.' : ',';
  const count = core.split(separator).length - 1;
  // `1.234` groups (vi-VN); `1,234,567` can only group; `1,5` / `1,500` / `1.5` are decimals.
  if (separator === '.' && DOT_GROUPED.test(core)) return join(integerPart(core, '.'), undefined);
  if (separator === ',' && count > 1) return join(integerPart(core, ','), undefined);
  if (count !== 1) return undefined;
  const [whole, fraction] = core.split(separator);
  return join(PLAIN.test(whole) ? whole : undefined, fraction);
}

/**
 * Reads a number written as text (see the module comment for the rules). `text` should already be
 * free of invisible characters (`stripInvisible`); spaces at its edges are ignored.
 *
 * @returns the number, its negative mark and currency sign; `undefined` when the text is not one
 *   number readable in exactly one way (letters, two negative marks, `1.500.00`, `1E+06`, …).
 */
export function readNumberText(text: string): NumberReading | undefined {
  let rest = text.normalize('NFC').replace(EDGE_SPACES, '');
  let negative: NegativeMark | undefined;
  let currency: string | undefined;
  const markNegative = (mark: NegativeMark): boolean => {
    if (negative) return false;
    negative = mark;
    return true;
  };
  for (let guard = 0; guard < 6 && rest !== ''; guard++) {
    let match: RegExpExecArray | null;
    if (rest.startsWith('(') && rest.endsWith(')')) {
      if (!markNegative('parentheses')) return undefined;
      rest = rest.slice(1, -1);
    } else if (MINUS.test(rest)) {
      if (!markNegative('minus')) return undefined;
      rest = rest.slice(1);
    } else if (TRAILING_MINUS.test(rest)) {
      if (!markNegative('trailing-minus')) return undefined;
      rest = rest.slice(0, -1);
    } else if (!currency && (match = CURRENCY_BEFORE.exec(rest))) {
      currency = match[1];
      rest = rest.slice(match[0].length);
    } else if (!currency && (match = CURRENCY_AFTER.exec(rest))) {
      currency = match[1];
      rest = rest.slice(0, rest.length - match[0].length);
    } else break;
    rest = rest.replace(EDGE_SPACES, '');
  }
  if (rest === '') return undefined;
  const magnitude = readMagnitude(rest);
  if (magnitude === undefined || !Number.isFinite(magnitude)) return undefined;
  return {
    value: negative && magnitude !== 0 ? -magnitude : magnitude,
    ...(negative ? { negative } : {}),
    ...(currency ? { currency } : {}),
  };
}
