import { foldText } from '../core/did-you-mean.js';
import { UsageError } from '../core/errors.js';

export type ReportType = 'half-year' | 'annual';

/** A reporting period: `2024-H1` (half-year report of 2024) or `2024` (annual report). */
export interface Period {
  id: string;
  year: number;
  type: ReportType;
}

/**
 * Spellings clerks use, compared without case or diacritics (`6 tháng đầu năm 2024` is read as
 * `6 thang dau nam 2024`). Thông tư 13/2021/TT-BLĐTBXH has two reports only: the half-year
 * report (6 tháng đầu năm) and the annual report (năm).
 */
const HALF_YEAR = [/^(\d{4}) ?[-/]? ?h1$/, /^h1 ?[-/]? ?(\d{4})$/, /^6 ?(?:t|thang)(?: dau)?(?: nam)? ?[-/]? ?(?:nam )?(\d{4})$/];
const ANNUAL = [/^(\d{4})$/, /^(?:ca )?nam ?[-/]? ?(\d{4})$/];
/** Periods people ask for that the circular does not have: second half, quarters, months, 9 months. */
const UNSUPPORTED = [/\bh2\b/, /cuoi nam/, /^q ?[1-4]\b/, /\bq ?[1-4]$/, /\bquy\b/, /\bthang\b/, /^\d{1,2} ?t\b/, /^\d{4}-\d{2}$/, /^\d{1,2}\/\d{4}$/];

function yearOf(text: string): number | undefined {
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

function matchYear(patterns: readonly RegExp[], text: string): number | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return yearOf(match[1]);
  }
  return undefined;
}

/**
 * A period from any spelling clerks use: `2024-H1`, `2024-h1`, `H1/2024`, `6T/2024`,
 * `6 tháng 2024`, `6 tháng đầu năm 2024` (half-year); `2024`, `năm 2024`, `Năm 2024`,
 * `cả năm 2024` (annual). Undefined for anything else (years outside 2000–2100 included).
 */
export function tryParsePeriod(text: string): Period | undefined {
  const folded = foldText(text);
  const half = matchYear(HALF_YEAR, folded);
  if (half !== undefined) return { id: `${half}-H1`, year: half, type: 'half-year' };
  const annual = matchYear(ANNUAL, folded);
  if (annual !== undefined) return { id: String(annual), year: annual, type: 'annual' };
  return undefined;
}

/**
 * The period a person typed, or a usage error (exit 2): `period-unsupported` for a period the
 * circular does not have (second half, quarter, month: it explains that only 6 tháng đầu năm and
 * năm exist), `period-invalid` for text that is no period at all.
 */
export function parsePeriod(text: string): Period {
  const period = tryParsePeriod(text);
  if (period) return period;
  const folded = foldText(text);
  if (UNSUPPORTED.some((pattern) => pattern.test(folded))) throw new UsageError('period-unsupported', { found: text });
  throw new UsageError('period-invalid', { found: text });
}
