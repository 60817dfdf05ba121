import { foldText, suggestNamed } from '../core/did-you-mean.js';
import { UsageError } from '../core/errors.js';
import { listForPeriod } from '../periods/period-list.js';
import type { Period } from '../periods/period.js';
import type { SubmittingUnit } from '../submissions/types.js';
import { requireUnit } from '../units/find-unit.js';
import { type SectorFormSpec, type SectorItemSpec, type SectorSpec, sectorChoices, sectorItemsDue } from './spec.js';

/** One department's form for one province and period: what `tk13 template --sector` writes. */
export interface SectorFormTarget {
  sector: SectorSpec;
  /** The items the department supplies that are due for the period's type, in file order. */
  items: SectorItemSpec[];
  /** The submitting unit: the province, in the period's list. */
  province: SubmittingUnit;
  period: Period;
}

/** The periods a department reports for, named by the ids of `year` (`2024-H1, 2024`). */
function periodsReported(spec: SectorFormSpec, sector: SectorSpec, year: number): string {
  const types = new Set(spec.items.filter((i) => sector.items.includes(i.id)).flatMap((i) => i.frequency));
  return [...(types.has('half-year') ? [`${year}-H1`] : []), ...(types.has('annual') ? [String(year)] : [])].join(', ');
}

/** A department as typed, compared: folded (no case, no diacritics), spaces and `_` as `-` (`Giáo dục` → `giao-duc`). */
function sectorKey(text: string): string {
  return foldText(text).replace(/[\s_]+/g, '-');
}

/** Every name a department goes by: its id, its aliases (templates/sector-forms.yaml) and its full name. */
function namesOf(sector: SectorSpec): string[] {
  return [sector.id, ...(sector.aliases ?? []), sector.name];
}

/** The department `typed` names by its id, an alias or its full name, whatever the case and diacritics; undefined if none. */
export function findSector(spec: SectorFormSpec, typed: string): SectorSpec | undefined {
  const key = sectorKey(typed);
  return spec.sectors.find((s) => namesOf(s).some((name) => sectorKey(name) === key));
}

/**
 * Checks what a person asked for and says what is wrong in the catalogue's words (usage errors,
 * exit 2): a department the template file does not list by that id, alias or name (`sector-unknown`,
 * with the nearest ids and every id with its name), a province not in the period's list
 * (`province-unknown`), a department with no item due for the period's type (`sector-not-due`,
 * naming the periods it reports for).
 */
export function sectorFormTarget(spec: SectorFormSpec, sectorId: string, period: Period, provinceCode: string): SectorFormTarget {
  const sector = findSector(spec, sectorId);
  if (!sector) {
    const near = suggestNamed(sectorId.trim(), spec.sectors.map((s) => ({ key: s.id, names: namesOf(s) })));
    throw new UsageError('sector-unknown', { found: sectorId, expected: sectorChoices(spec), ...(near.length ? { suggestion: near.join(', ') } : {}) });
  }
  const list = listForPeriod(period);
  const unit = requireUnit(list, provinceCode, period.id, 'province');
  const items = sectorItemsDue(spec, sector.id, period.type);
  if (items.length === 0) {
    throw new UsageError('sector-not-due', { sector: sector.id, name: sector.name, period: period.id, periods: periodsReported(spec, sector, period.year) });
  }
  return { sector, items, province: { code: unit.code, name: unit.name, level: 'province', list, provinceCode: unit.code }, period };
}
