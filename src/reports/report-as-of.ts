import { Tk13Error, UsageError } from '../core/errors.js';
import { formatVietnamDateTime } from '../periods/vietnam-time.js';

/**
 * A report is of what has been received (PRODUCT §3.5, issue 13): its as-of moment cannot be later
 * than now. A later one would print "data up to 31/12/9999" while any later ingest changes what it
 * covers, breaking the promise that a report regenerates byte for byte. `deadlines --as-of` may look
 * ahead (which units will be late) and does not use this rule.
 *
 * Throws `UsageError('as-of-in-future', {found, now})` (exit 2) for a flag; returns `asOf` otherwise.
 */
export function reportAsOf(asOf: Date, now: Date, flag: string): Date {
  if (asOf.getTime() > now.getTime()) {
    throw new UsageError('as-of-in-future', { found: flag, asOf: formatVietnamDateTime(asOf), now: formatVietnamDateTime(now) });
  }
  return asOf;
}

/** The as-of moment a report file records, when it is later than now: the file cannot be a faithful tk13 report (exit 1). */
export function checkRecordedAsOf(asOf: Date, now: Date, file: string): void {
  if (asOf.getTime() > now.getTime()) {
    throw new Tk13Error('report-as-of-in-future', { file, asOf: formatVietnamDateTime(asOf), now: formatVietnamDateTime(now) });
  }
}
