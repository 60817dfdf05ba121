import { valueKey } from '../../src/forms/spec.js';
import { type SectorFormSpec, sectorItemsDue, sectorValueKey } from '../../src/sector-forms/spec.js';
import type { Period } from '../../src/periods/period.js';
import { Random, seedOf } from './random.js';

/** What the departments know of each commune: its own form's figures (all of them, sent or not). */
export type CommuneFigures = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Share of the population under 16 in Kiên Giang-like provinces, to size the average population. */
const CHILD_SHARE = 0.245;
/** Share of children the information department's online-safety sessions reached in a year. */
const REACHED_SHARE = 0.31;

const sumOver = (communes: CommuneFigures, key: (item: string) => boolean) => {
  let total = 0;
  for (const values of communes.values()) for (const [k, v] of values) if (key(k)) total += v;
  return total;
};

/**
 * Plausible figures for one department's sector form (templates/sector-forms.yaml), keyed by
 * `sectorValueKey(item, areaCode)`:
 * - enrolment per commune from the schools' own lists: near the commune's figure, never above the
 *   children of that age the commune counted, and blank for about one commune in twelve (the
 *   department has no figure there, so the commune's own is used);
 * - the average population and the children reached for the province, sized from the communes' children.
 * Deterministic per department, period and province.
 */
export function syntheticSectorValues(spec: SectorFormSpec, sectorId: string, period: Period, provinceCode: string, communes: CommuneFigures): Map<string, number> {
  const rng = new Random(seedOf(`${sectorId}|${period.id}|${provinceCode}`));
  const values = new Map<string, number>();
  const children = sumOver(communes, (k) => k.startsWith('population|'));
  const ageBand: Record<string, string> = { enrolled_nursery: 'children_3_36_months', enrolled_kindergarten: 'children_3_5' };
  for (const item of sectorItemsDue(spec, sectorId, period.type)) {
    if (item.areas === 'commune') {
      for (const [code, figures] of communes) {
        if (rng.chance(1 / 12)) continue;
        const band = figures.get(valueKey(ageBand[item.id] ?? item.id, 'total'));
        const own = figures.get(valueKey(item.id, 'total')) ?? (band === undefined ? undefined : Math.round(band * 0.6));
        if (own === undefined) continue;
        const figure = Math.max(0, own + rng.int(-3, 3));
        values.set(sectorValueKey(item.id, code), band === undefined ? figure : Math.min(figure, band));
      }
    } else if (item.id === 'average_population') {
      values.set(sectorValueKey(item.id, provinceCode), Math.round(children / CHILD_SHARE / 100) * 100);
    } else if (item.id === 'children_reached_online_safety') {
      values.set(sectorValueKey(item.id, provinceCode), Math.round(children * REACHED_SHARE));
    }
  }
  return values;
}
