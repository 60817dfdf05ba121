import type { FormInputCell } from '../../src/forms/spec.js';
import { valueKey } from '../../src/forms/spec.js';
import type { Period } from '../../src/periods/period.js';
import { Random, addDays, daysBetween, seedOf, toVietnameseDate } from './random.js';
import { addVitalAndServiceItems, communeProfile, leaveSomeBlank } from './synthetic-vital-services.js';

/**
 * The period whose figures are drawn per unit alone: items 1–7 describe the commune at the end of
 * 2024-H1 (the period the sample and the bench were first made for, so those files keep their
 * numbers); another period's child counts drift from them by up to ±2 %.
 */
const REFERENCE_PERIOD = '2024-H1';

/**
 * Plausible figures for one commune form and period: ~3,000 children under 16, a few dozen in
 * special circumstances, births, child deaths, enrolment and villages (items 8–14, some left blank
 * by about one commune in seven), every consistency rule of the form respected. Seeded by unit code
 * and period only, so a unit's numbers do not depend on which other units are generated.
 */
export function syntheticFormValues(unitCode: string, cells: readonly FormInputCell[], period: Period): Map<string, number> {
  const rng = new Random(seedOf(unitCode));
  const size = 0.5 + rng.next() * 1.2;
  const values = new Map<string, number>();
  const get = (item: string, disaggregation: string) => values.get(valueKey(item, disaggregation)) ?? 0;
  const byItem = (item: string) => cells.filter((c) => c.item === item);
  for (const c of byItem('population')) values.set(valueKey(c.item, c.disaggregation), Math.round(rng.int(420, 620) * size));
  for (const c of byItem('population_7_15')) {
    const ceiling = get('population', `age_group=6-10;sex=${c.sex}`) + get('population', `age_group=11-15;sex=${c.sex}`);
    values.set(valueKey(c.item, c.disaggregation), Math.round(ceiling * (0.78 + rng.next() * 0.06)));
  }
  for (const c of byItem('special_circumstances')) {
    values.set(valueKey(c.item, c.disaggregation), rng.chance(0.45) ? 0 : rng.int(0, Math.round(9 * size)));
  }
  for (const c of byItem('special_supported')) {
    const special = get('special_circumstances', c.disaggregation);
    values.set(valueKey(c.item, c.disaggregation), Math.round(special * (0.4 + rng.next() * 0.6)));
  }
  for (const c of byItem('consulted_7_15')) {
    values.set(valueKey(c.item, c.disaggregation), Math.round(get('population_7_15', c.disaggregation) * (0.05 + rng.next() * 0.25)));
  }
  for (const c of byItem('has_play_area')) values.set(valueKey(c.item, c.disaggregation), rng.chance(0.6) ? 1 : 0);
  for (const c of byItem('child_friendly')) values.set(valueKey(c.item, c.disaggregation), rng.chance(0.45) ? 1 : 0);

  const children = byItem('population').reduce((n, c) => n + get(c.item, c.disaggregation), 0);
  const profile = communeProfile(rng, children);
  const periodRng = new Random(seedOf(`${unitCode}/${period.id}`));
  if (period.id !== REFERENCE_PERIOD) {
    // Rounding a product is monotone, so every "at most" rule between these items still holds.
    const drift = 0.98 + 0.04 * periodRng.next();
    for (const c of [...byItem('population'), ...byItem('population_7_15')]) values.set(valueKey(c.item, c.disaggregation), Math.round(get(c.item, c.disaggregation) * drift));
  }
  addVitalAndServiceItems(values, unitCode, period, profile, periodRng);
  leaveSomeBlank(values, cells, periodRng);
  return values;
}

/**
 * Adds a commune's values into a running total: a district's own form holds the sum of its
 * communes, and for 0/1 items the number of communes that answer yes.
 */
export function addInto(total: Map<string, number>, values: ReadonlyMap<string, number>, cells: readonly FormInputCell[]): void {
  for (const c of cells) {
    const key = valueKey(c.item, c.disaggregation);
    const value = values.get(key);
    // A commune's blank adds nothing; an item no commune reported stays blank on the district's form.
    if (value !== undefined) total.set(key, (total.get(key) ?? 0) + value);
  }
}

const ABUSE_FORMS = ['violence', 'violence', 'sexual_abuse', 'sexual_abuse', 'neglect', 'abandonment', 'exploitation', 'trafficking', 'other'];
const ENVIRONMENTS = ['family', 'family', 'family', 'school', 'community', 'community', 'online', 'care_facility'];
const LABELS: Record<string, string> = {
  violence: 'Bạo lực', sexual_abuse: 'Xâm hại tình dục', neglect: 'Bỏ mặc', abandonment: 'Bỏ rơi', exploitation: 'Bóc lột',
  trafficking: 'Mua bán', other: 'Khác', family: 'Gia đình', school: 'Trường học', community: 'Cộng đồng', online: 'Môi trường mạng',
  care_facility: 'Cơ sở trợ giúp xã hội',
};

export interface CaseRecord {
  case_id: string;
  child_id: string;
  commune_code: string;
  detected_on: string;
  sex: 'male' | 'female';
  birth_date: string;
  abuse_forms: string[];
  environment: string[];
  supported: boolean;
}

export interface SanctionRecord {
  decision_id: string;
  decided_on: string;
  commune_code: string;
  violator_id: string;
  violator_type: 'individual' | 'organization';
  fine_vnd: number;
}

/** A child's birth date so that they are `age` completed years old on `onDate`. */
function birthDateFor(rng: Random, onDate: string, age: number): string {
  const [y, m, d] = onDate.split('-').map(Number);
  const latest = `${y - age}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return addDays(latest, -rng.int(0, 360));
}

export interface CaseOptions {
  prefix: string;
  communes: readonly string[];
  count: number;
  window: { start: string; end: string };
  /** Ids of children, so that a child can be reported again (another case, another commune). */
  childIdPrefix: string;
  /** Number of the first case (and child, decision, violator): a later batch continues a district's numbering. Default 1. */
  first?: number;
}

export function syntheticCases(rng: Random, options: CaseOptions): CaseRecord[] {
  const span = daysBetween(options.window.start, options.window.end);
  const rows: CaseRecord[] = [];
  const first = options.first ?? 1;
  for (let n = first; n < first + options.count; n++) {
    const detected = addDays(options.window.start, rng.int(0, span));
    const forms = rng.chance(0.2) ? rng.sample(['violence', 'sexual_abuse', 'neglect'], 2) : [rng.pick(ABUSE_FORMS)];
    rows.push({
      case_id: `${options.prefix}-${String(n).padStart(4, '0')}`,
      child_id: `${options.childIdPrefix}${String(n).padStart(5, '0')}`,
      commune_code: rng.pick(options.communes),
      detected_on: detected,
      sex: rng.chance(0.55) ? 'female' : 'male',
      birth_date: birthDateFor(rng, detected, rng.int(2, 15)),
      abuse_forms: forms,
      environment: [rng.pick(ENVIRONMENTS)],
      supported: rng.chance(0.8),
    });
  }
  return rows;
}

export function syntheticSanctions(rng: Random, options: Omit<CaseOptions, 'childIdPrefix'> & { violatorIdPrefix: string }): SanctionRecord[] {
  const span = daysBetween(options.window.start, options.window.end);
  const first = options.first ?? 1;
  return Array.from({ length: options.count }, (_, i) => {
    const organization = rng.chance(0.1);
    return {
      decision_id: `${options.prefix}/QĐ-XPHC-${String(first + i).padStart(3, '0')}`,
      decided_on: addDays(options.window.start, rng.int(0, span)),
      commune_code: rng.pick(options.communes),
      violator_id: `${options.violatorIdPrefix}${String(first + i).padStart(4, '0')}`,
      violator_type: organization ? 'organization' : 'individual',
      fine_vnd: (organization ? rng.int(20, 80) : rng.int(2, 30)) * 500_000,
    };
  });
}

function csvField(value: string): string {
  return /[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A register CSV as a clerk would fill it: Vietnamese headers and labels, dd/mm/yyyy dates. */
export function casesCsv(rows: readonly CaseRecord[], separator: ',' | ';' = ','): string {
  const header = ['Mã vụ việc', 'Mã trẻ em', 'Mã xã', 'Ngày phát hiện', 'Giới tính', 'Ngày sinh', 'Hình thức xâm hại', 'Môi trường xảy ra', 'Được hỗ trợ can thiệp'];
  const lines = rows.map((r) =>
    [
      r.case_id, r.child_id, r.commune_code, toVietnameseDate(r.detected_on), r.sex === 'male' ? 'Nam' : 'Nữ', toVietnameseDate(r.birth_date),
      r.abuse_forms.map((f) => LABELS[f]).join('; '), r.environment.map((e) => LABELS[e]).join('; '), r.supported ? 'Có' : 'Không',
    ].map(csvField).join(separator),
  );
  return `${[header.join(separator), ...lines].join('\r\n')}\r\n`;
}

export function sanctionsCsv(rows: readonly SanctionRecord[], separator: ',' | ';' = ','): string {
  const header = ['decision_id', 'decided_on', 'commune_code', 'violator_id', 'violator_type', 'fine_vnd'];
  const lines = rows.map((r) =>
    [r.decision_id, toVietnameseDate(r.decided_on), r.commune_code, r.violator_id, r.violator_type, String(r.fine_vnd)].map(csvField).join(separator),
  );
  return `${[header.join(separator), ...lines].join('\r\n')}\r\n`;
}
