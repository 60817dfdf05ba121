import type { FormInputCell } from '../../src/forms/spec.js';
import { valueKey } from '../../src/forms/spec.js';
import type { Period, ReportType } from '../../src/periods/period.js';
import { Random, seedOf } from './random.js';

/**
 * Items 8–14 of the commune form (version 2): births and child deaths during the period, the
 * nursery (3–36 months) and kindergarten (3–5 years) age bands and their enrolment at its end, and
 * the villages with and without facilities for children. Magnitudes for a commune of ~3,000
 * children (~9,000 inhabitants): 1.3–1.8 % live births a year, 105–115 boys per 100 girls, an
 * under-5 death risk of 12–28 per 1,000 live births (deaths within 28 days ≤ under 1 ≤ under 5),
 * 20–60 % of the 3–36-month band in a nursery, 85–99 % of 3–5-year-olds in kindergarten, 3–15
 * villages. Every rule of templates/commune-form.yaml holds by construction.
 */

/** What a commune is like, the same in every period: drawn once from the unit's own stream. */
export interface CommuneProfile {
  inhabitants: number;
  /** Live births per inhabitant per year. */
  birthRate: number;
  /** Deaths under 5 per live birth. */
  under5Risk: number;
  nurseryShare: number;
  villages: number;
  facilitiesShare: number;
}

/** Draws the profile from `rng`, continuing the unit's stream after items 1–7 (so those keep their values). */
export function communeProfile(rng: Random, children: number): CommuneProfile {
  return {
    inhabitants: Math.round(children * (2.8 + 0.6 * rng.next())),
    birthRate: 0.013 + 0.005 * rng.next(),
    under5Risk: 0.012 + 0.016 * rng.next(),
    nurseryShare: 0.22 + 0.36 * rng.next(),
    villages: rng.int(3, 15),
    facilitiesShare: 0.2 + 0.7 * rng.next(),
  };
}

/** The half-years a period covers: its flows are the sum of theirs, so a year's births include its first half's. */
const HALVES: Record<ReportType, readonly string[]> = { 'half-year': ['H1'], annual: ['H1', 'H2'] };

/** Successes in `n` trials of probability `p`. */
function binomial(rng: Random, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng.next() < p) k++;
  return k;
}

/** Births by sex and child deaths of one half-year, seeded by unit and half so every period that covers it agrees. */
function halfYearEvents(unitCode: string, year: number, half: string, profile: CommuneProfile) {
  const rng = new Random(seedOf(`${unitCode}/${year}-${half}`));
  const births = Math.round(((profile.inhabitants * profile.birthRate) / 2) * (0.9 + 0.2 * rng.next()));
  const boysPerGirl = 1.05 + 0.1 * rng.next();
  const boys = Math.round((births * boysPerGirl) / (1 + boysPerGirl));
  const under5 = binomial(rng, births, profile.under5Risk);
  const under1 = binomial(rng, under5, 0.7);
  const neonatal = binomial(rng, under1, 0.65);
  return { boys, girls: births - boys, under5, under1, neonatal };
}

/**
 * Sets items 8–14 for `period`: flows (births, deaths) over the half-years it covers, stocks (age
 * bands, enrolment) from the period's children under 6 (`values` holds item 1 already), villages
 * from the profile (an annual period may have one more village equipped than its first half).
 * `rng` is the period's own stream.
 */
export function addVitalAndServiceItems(values: Map<string, number>, unitCode: string, period: Period, profile: CommuneProfile, rng: Random): void {
  const set = (item: string, value: number, disaggregation = 'total') => values.set(valueKey(item, disaggregation), value);
  const events = HALVES[period.type].map((half) => halfYearEvents(unitCode, period.year, half, profile));
  const total = (key: keyof (typeof events)[number]) => events.reduce((n, e) => n + e[key], 0);
  set('live_births', total('boys'), 'sex=male');
  set('live_births', total('girls'), 'sex=female');
  set('deaths_neonatal', total('neonatal'));
  set('deaths_under_1', total('under1'));
  set('deaths_under_5', total('under5'));

  const under6 = ['male', 'female'].reduce((n, sex) => n + (values.get(valueKey('population', `age_group=0-5;sex=${sex}`)) ?? 0), 0);
  const months3To36 = Math.round(under6 * (0.43 + 0.04 * rng.next()));
  const years3To5 = Math.round(under6 * (0.47 + 0.04 * rng.next()));
  const nurseryShare = Math.min(0.6, Math.max(0.2, profile.nurseryShare + 0.04 * (rng.next() - 0.5)));
  set('children_3_36_months', months3To36);
  set('enrolled_nursery', Math.round(months3To36 * nurseryShare));
  set('children_3_5', years3To5);
  set('enrolled_kindergarten', Math.round(years3To5 * (0.85 + 0.14 * rng.next())));

  const equipped = Math.round(profile.villages * profile.facilitiesShare) + (period.type === 'annual' && rng.chance(0.3) ? 1 : 0);
  set('villages', profile.villages);
  set('villages_with_facilities', Math.min(profile.villages, equipped));
}

/** Items a commune may not hold, left blank together (a blank is "not reported", never 0). */
const BLANK_GROUPS: readonly (readonly string[])[] = [
  ['live_births'],
  ['deaths_neonatal', 'deaths_under_1', 'deaths_under_5'],
  ['enrolled_nursery'],
  ['children_3_36_months', 'enrolled_nursery'],
  ['enrolled_kindergarten'],
  ['villages', 'villages_with_facilities'],
];

/** About one commune in seven leaves one group of items 8–14 blank. */
export function leaveSomeBlank(values: Map<string, number>, cells: readonly FormInputCell[], rng: Random): void {
  if (!rng.chance(0.15)) return;
  const blank = new Set(rng.pick(BLANK_GROUPS));
  for (const c of cells) if (blank.has(c.item)) values.delete(valueKey(c.item, c.disaggregation));
}
