import { closeEnough, editDistance, foldText } from '../core/did-you-mean.js';
import { UsageError } from '../core/errors.js';
import { hierarchyFor } from './hierarchy.js';
import { type ListId, type Unit, type UnitLevel, unitReference } from './unit-lists.js';

/** Words naming the kind of unit, left out when a typed name is compared with a unit's name. */
const UNIT_KINDS = /^(thanh pho|tinh|quan|huyen|thi xa|thi tran|xa|phuong|dac khu)\s+/;

function bareName(name: string): string {
  return foldText(name).replace(UNIT_KINDS, '');
}

/** `30934 Xã Hòa Hưng (Huyện Giồng Riềng, Tỉnh Kiên Giang)`: enough to tell namesakes apart. */
export function describeUnit(unit: Unit): string {
  const hierarchy = hierarchyFor(unit.list);
  const above = hierarchy.ancestry(unit.code).slice(1).map((u) => u.name);
  return `${unit.code} ${unit.name}${above.length ? ` (${above.join(', ')})` : ''}`;
}

/**
 * Units of `list` (optionally only of `levels`) that a person who typed `typed` probably meant,
 * best first, at most `limit`: by name when the text has letters (diacritics and the words
 * "Xã", "Huyện", … ignored: `hoa hung` finds 30934 Xã Hòa Hưng), by code when it is digits
 * (codes one edit away, same length).
 */
export function similarUnits(list: ListId, typed: string, levels: readonly UnitLevel[] = ['province', 'district', 'commune'], limit = 5): Unit[] {
  const units = [...unitReference().lists[list].units.values()].filter((u) => levels.includes(u.level));
  const text = foldText(typed);
  if (text === '') return [];
  const scored: Array<{ unit: Unit; score: number }> = [];
  if (/^\d+$/.test(text)) {
    for (const unit of units) {
      if (unit.code.length !== text.length) continue;
      const distance = editDistance(text, unit.code);
      if (distance <= 1) scored.push({ unit, score: distance });
    }
  } else {
    const query = text.replace(UNIT_KINDS, '');
    const words = new RegExp(`(^| )${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
    const max = closeEnough(query);
    for (const unit of units) {
      const name = bareName(unit.name);
      if (name === query) scored.push({ unit, score: 0 });
      else if (words.test(name)) scored.push({ unit, score: 1 });
      else {
        const distance = editDistance(query, name);
        if (distance <= max) scored.push({ unit, score: 1 + distance });
      }
    }
  }
  const levelOrder = (u: Unit) => levels.indexOf(u.level);
  return scored
    .sort((a, b) => a.score - b.score || levelOrder(a.unit) - levelOrder(b.unit) || (a.unit.code < b.unit.code ? -1 : 1))
    .slice(0, limit)
    .map((s) => s.unit);
}

/**
 * The usage error (exit 2) for a unit or province code that is not in the period's list, with the
 * nearest units as `suggestion` (one per line) when there are any.
 */
export function unknownUnitError(list: ListId, typed: string, periodId: string, level: 'province' | 'unit'): UsageError {
  const levels: UnitLevel[] = level === 'province' ? ['province'] : ['commune', 'district'];
  const near = similarUnits(list, typed, levels);
  const suggestion = near.map(describeUnit).join('; ');
  return new UsageError(level === 'province' ? 'province-unknown' : 'unit-unknown', {
    found: typed,
    period: periodId,
    ...(suggestion ? { suggestion } : {}),
  });
}

/**
 * The unit `code` of `list` at the wanted level ('province', or 'unit' = district or commune), or
 * the usage error of `unknownUnitError`. Commands call it before opening the database, so that a
 * mistyped code is reported as such.
 */
export function requireUnit(list: ListId, code: string, periodId: string, level: 'province' | 'unit'): Unit {
  const unit = hierarchyFor(list).unit(code.trim());
  const fits = unit && (level === 'province' ? unit.level === 'province' : unit.level !== 'province');
  if (!unit || !fits) throw unknownUnitError(list, code, periodId, level);
  return unit;
}
