import { type ListId, listForDate } from '../units/unit-lists.js';
import { periodWindow } from './calendar.js';
import type { Period } from './period.js';

/** A period is computed and interpreted on the administrative list valid at the end of its window (PRODUCT §3.2, §7). */
export function listForPeriod(period: Period): ListId {
  return listForDate(periodWindow(period).end);
}
