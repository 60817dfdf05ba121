import { listForPeriod } from '../periods/period-list.js';
import type { Period } from '../periods/period.js';
import { hierarchyFor, newCommunesOf } from '../units/hierarchy.js';
import type { ListId } from '../units/unit-lists.js';
import type { SubmittingUnit } from '../submissions/types.js';

/**
 * Which unit a form code names in a period. A code means something only with its list (PRODUCT §7):
 * a pre-July-2025 commune used for a later period is answered with the commune(s) that replaced it.
 */
export type UnitLookup =
  | { outcome: 'found'; unit: SubmittingUnit }
  | { outcome: 'province'; list: ListId }
  | { outcome: 'replaced'; list: ListId; former: string; successors: string }
  | { outcome: 'not-in-list'; list: ListId; former: string }
  | { outcome: 'unknown'; list: ListId };

/** `30733 Phường Vĩnh Thanh`, or the code alone when the list does not know it. */
export function unitLabel(list: ListId, code: string): string {
  const name = hierarchyFor(list).unit(code)?.name;
  return name ? `${code} ${name}` : code;
}

/** `issuedIn` is the list the form was made for (from `_meta`); by default the period's own list. */
export function lookUpFormUnit(code: string, period: Period, issuedIn?: ListId): UnitLookup {
  const list = listForPeriod(period);
  const current = (issuedIn ?? list) === list ? hierarchyFor(list).unit(code) : undefined;
  if (current) {
    if (current.level === 'province') return { outcome: 'province', list };
    return { outcome: 'found', unit: { code, name: current.name, level: current.level, list, provinceCode: current.provinceCode } };
  }
  const formerList: ListId = issuedIn && issuedIn !== list ? issuedIn : list === '2025' ? '2024' : '2025';
  const former = hierarchyFor(formerList).unit(code);
  if (!former) return { outcome: 'unknown', list };
  if (formerList === '2024' && list === '2025' && former.level === 'commune') {
    const { full, candidates } = newCommunesOf(code);
    if (candidates.length > 0) {
      const successors = (full ? [full] : candidates).map((c) => unitLabel('2025', c)).join('; ');
      return { outcome: 'replaced', list, former: unitLabel('2024', code), successors };
    }
  }
  return { outcome: 'not-in-list', list, former: unitLabel(formerList, code) };
}
