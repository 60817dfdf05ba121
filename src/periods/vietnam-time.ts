import { UsageError } from '../core/errors.js';

/**
 * Every date and time comparison in tk13 happens in Vietnam's time zone (Asia/Ho_Chi_Minh), whatever
 * the host's. Vietnam has kept UTC+7 without daylight saving since 13 June 1975 (IANA tz database),
 * and every moment tk13 handles is later, so local time is the instant shifted by a fixed 7 hours:
 * no time-zone database is needed.
 */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The local wall-clock of an instant as `yyyy-mm-ddTHH:mm:ss.sss` (throws RangeError on an invalid date). */
function localClock(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 23);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The last millisecond of a local (UTC+7) calendar day. */
export function endOfVietnamDay(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 23, 59, 59, 999) - VIETNAM_OFFSET_MS);
}

/**
 * Parses a user-given moment (`--as-of`, `--received-at`, manifest): a date alone means the end of
 * that day in UTC+7; a date-time without an offset is read as UTC+7.
 */
export function parseInstant(text: string): Date {
  const value = text.trim();
  if (DATE_ONLY.test(value)) {
    if (!isRealDate(value)) throw new UsageError('time-invalid', { found: text });
    return endOfVietnamDay(value);
  }
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?/.exec(value);
  if (!match || !isRealDate(match[1])) throw new UsageError('time-invalid', { found: text });
  const iso = HAS_OFFSET.test(value) ? value.replace(' ', 'T') : `${value.replace(' ', 'T')}+07:00`;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new UsageError('time-invalid', { found: text });
  return instant;
}

/** The local calendar date (yyyy-mm-dd) of an instant. */
export function vietnamDate(instant: Date): string {
  return localClock(instant).slice(0, 10);
}

/** dd/mm/yyyy HH:mm:ss in UTC+7, the way users read times. */
export function formatVietnamDateTime(instant: Date): string {
  const clock = localClock(instant);
  return `${formatVietnamDate(clock.slice(0, 10))} ${clock.slice(11, 19)}`;
}

/** yyyy-mm-dd → dd/mm/yyyy. */
export function formatVietnamDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** ISO-8601 with the +07:00 offset, stable across host time zones (used in JSON and provenance). */
export function isoVietnam(instant: Date): string {
  return `${localClock(instant).slice(0, 19)}+07:00`;
}

/** ISO-8601 with milliseconds and the +07:00 offset (report metadata). */
export function isoVietnamMillis(instant: Date): string {
  return `${localClock(instant)}+07:00`;
}
