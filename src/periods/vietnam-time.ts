import { TZDate, tz } from '@date-fns/tz';
import { endOfDay } from 'date-fns/endOfDay';
import { format } from 'date-fns/format';
import { UsageError } from '../core/errors.js';

/** Every date and time comparison in tk13 happens in Vietnam's time zone, whatever the host's. */
export const VIETNAM_TZ = 'Asia/Ho_Chi_Minh';
export const inVietnam = tz(VIETNAM_TZ);

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
  return new Date(endOfDay(new TZDate(y, m - 1, d, VIETNAM_TZ)).getTime());
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
  return format(instant, 'yyyy-MM-dd', { in: inVietnam });
}

/** dd/mm/yyyy HH:mm:ss in UTC+7, the way users read times. */
export function formatVietnamDateTime(instant: Date): string {
  return format(instant, 'dd/MM/yyyy HH:mm:ss', { in: inVietnam });
}

/** yyyy-mm-dd → dd/mm/yyyy. */
export function formatVietnamDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** ISO-8601 with the +07:00 offset, stable across host time zones (used in JSON and provenance). */
export function isoVietnam(instant: Date): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm:ssXXX", { in: inVietnam });
}
