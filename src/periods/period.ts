import { UsageError } from '../core/errors.js';

export type ReportType = 'half-year' | 'annual';

/** A reporting period: `2024-H1` (half-year report of 2024) or `2024` (annual report). */
export interface Period {
  id: string;
  year: number;
  type: ReportType;
}

const PERIOD = /^(\d{4})(-H1)?$/;

export function tryParsePeriod(text: string): Period | undefined {
  const match = PERIOD.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return undefined;
  return { id: match[0], year, type: match[2] ? 'half-year' : 'annual' };
}

export function parsePeriod(text: string): Period {
  const period = tryParsePeriod(text);
  if (!period) throw new UsageError('period-invalid', { found: text });
  return period;
}
