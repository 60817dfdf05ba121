/**
 * A generated province (seeded, so always the same) checked against plain JavaScript: one value per
 * definition, computed here straight from the generated rows by the rules of PRODUCT §3.2, must
 * equal what the engine publishes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute.js';
import type { ComputeResult } from '../../src/indicators/types.js';
import { periodWindow } from '../../src/periods/calendar.js';
import { parsePeriod } from '../../src/periods/period.js';
import { hierarchyFor, newCommunesOf } from '../../src/units/hierarchy.js';
import { type Store, openStore } from '../../src/store/database.js';
import { type AbuseCaseInput, type FormValueInput, type SanctionInput, ageGroupOf, clearSubmissions, insertSubmission } from '../helpers/store-rows.js';

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(2024);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
const day = (from: string, spanDays: number) => new Date(Date.parse(from) + Math.floor(next() * spanDays) * 86_400_000).toISOString().slice(0, 10);
const yearsBetween = (birth: string, on: string) => Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);
const FORMS = ['violence', 'exploitation', 'sexual_abuse', 'neglect', 'other'];
const within = (date: string, w: { start: string; end: string }) => date >= w.start && date <= w.end;
const distinct = <T>(items: readonly T[]) => new Set(items).size;

/** Children with a fixed sex and birth date, so every row of a child agrees. */
function abuseRows(communes: readonly string[], count: number, from: string, spanDays: number): AbuseCaseInput[] {
  const children = Array.from({ length: Math.ceil(count * 0.6) }, (_, i) => ({ id: `K${i}`, sex: pick(['male', 'female']), birth: day('2008-06-01', 365 * 16) }));
  return Array.from({ length: count }, () => {
    const child = pick(children);
    const detected = day(from, spanDays);
    const age = yearsBetween(child.birth, detected);
    return {
      case_id: `C${Math.floor(next() * count * 0.7)}`,
      child_id: child.id,
      commune_code: pick(communes),
      detected_on: detected,
      sex: child.sex,
      age_years: Math.max(age, 0),
      abuse_forms: [...new Set([pick(FORMS), ...(next() < 0.3 ? [pick(FORMS)] : [])])],
      environments: [pick(['family', 'school', 'community', 'online'])],
      supported: next() < 0.6,
    };
  });
}

function formRows(): FormValueInput[] {
  const cell = (max: number) => (next() < 0.1 ? null : Math.floor(next() * max));
  const rows: FormValueInput[] = [];
  for (const sex of ['male', 'female']) {
    for (const age_group of ['0-5', '6-10', '11-15']) rows.push({ item: 'population', sex, age_group, value: cell(400) });
    rows.push({ item: 'population_7_15', sex, value: cell(500) }, { item: 'consulted_7_15', sex, value: cell(200) });
    for (const category of ['a', 'd', 'k']) {
      rows.push({ item: 'special_circumstances', category, sex, value: cell(6) }, { item: 'special_supported', category, sex, value: cell(4) });
    }
  }
  rows.push({ item: 'has_play_area', value: cell(2) }, { item: 'child_friendly', value: cell(2) });
  // Form version 2 (issue 15): births, child deaths, the age bands and their enrolment, villages.
  rows.push({ item: 'live_births', sex: 'male', value: cell(60) }, { item: 'live_births', sex: 'female', value: cell(60) });
  for (const [item, max] of [['deaths_neonatal', 2], ['deaths_under_1', 3], ['deaths_under_5', 4], ['children_3_36_months', 300], ['enrolled_nursery', 100], ['children_3_5', 300], ['enrolled_kindergarten', 250], ['villages', 12], ['villages_with_facilities', 5]] as const) {
    rows.push({ item, value: cell(max) });
  }
  return rows;
}

let store: Store;
beforeAll(async () => {
  store = await openStore(':memory:');
});
afterAll(() => store.close());

function published(result: ComputeResult, indicator: string, unit: string, disaggregation = 'total') {
  return result.values.find((v) => v.indicator === indicator && v.unitCode === unit && v.disaggregation === disaggregation)?.value;
}

describe('a generated Kiên Giang, annual 2024', () => {
  const period = parsePeriod('2024');
  const window = periodWindow(period);
  const hierarchy = hierarchyFor('2024');
  const communes = hierarchy.communesUnder('91').map((u) => u.code);
  const inDistrict899 = new Set(hierarchy.communesUnder('899').map((u) => u.code));
  const abuse = abuseRows(communes, 400, '2023-09-01', 500);
  const sanctions: SanctionInput[] = Array.from({ length: 80 }, (_, i) => ({
    decision_id: `QD-${i % 60}`,
    decided_on: `2024-${String((i % 60) % 12 + 1).padStart(2, '0')}-1${i % 60 % 10}`,
    commune_code: communes[(i % 60) * 2],
    violator_id: `V${(i % 60) % 45}`,
    violator_type: (i % 60) % 45 < 30 ? 'individual' : 'organization',
    fine_vnd: ((i % 60) + 1) * 1_000_000,
  }));
  const forms = new Map(communes.filter(() => next() < 0.85).map((code) => [code, formRows()]));
  // The education department reports enrolment for about half of the communes (some cells blank).
  const education = communes
    .filter(() => next() < 0.5)
    .flatMap((code) => ['enrolled_nursery', 'enrolled_kindergarten'].map((item) => ({ item, area_code: code, value: next() < 0.1 ? null : Math.floor(next() * 200) })));
  const averagePopulation = 1_750_000;
  const reachedOnline = 150_000;
  let result: ComputeResult;

  beforeAll(async () => {
    await clearSubmissions(store.connection);
    // half the rows in the half-year register, all of them again in the annual one
    await insertSubmission(store.connection, { kind: 'abuse-cases', unit: '91', period: '2024-H1', rows: abuse.filter((_, i) => i % 2 === 0) });
    await insertSubmission(store.connection, { kind: 'abuse-cases', unit: '91', period: '2024', rows: abuse });
    await insertSubmission(store.connection, { kind: 'sanctions', unit: '91', period: '2024', rows: sanctions });
    for (const [unit, rows] of forms) await insertSubmission(store.connection, { kind: 'form', unit, period: '2024', rows });
    await insertSubmission(store.connection, { kind: 'sector:education', unit: '91', period: '2024', rows: education });
    await insertSubmission(store.connection, { kind: 'sector:statistics', unit: '91', period: '2024', rows: [{ item: 'average_population', area_code: '91', value: averagePopulation }] });
    await insertSubmission(store.connection, { kind: 'sector:information', unit: '91', period: '2024', rows: [{ item: 'children_reached_online_safety', area_code: '91', value: reachedOnline }] });
    result = await computeIndicators(store.connection, { period, provinceCode: '91' });
    expect(result.diagnostics).toEqual([]);
  });

  const children = () => abuse.filter((r) => within(r.detected_on, window) && ageGroupOf(r.age_years) !== null);

  it('abused children: distinct children, in the province and in a district', () => {
    expect(published(result, 'abused_children', '91')).toBe(distinct(children().map((r) => r.child_id)));
    expect(published(result, 'abused_children', '899')).toBe(distinct(children().filter((r) => inDistrict899.has(r.commune_code)).map((r) => r.child_id)));
    const first = new Map<string, AbuseCaseInput>();
    for (const r of [...children()].sort((a, b) => a.detected_on.localeCompare(b.detected_on))) if (!first.has(r.child_id)) first.set(r.child_id, r);
    const youngest = [...first.values()].filter((r) => ageGroupOf(r.age_years) === '0-5').length;
    expect(published(result, 'abused_children', '91', 'age_group=0-5')).toBe(youngest);
  });

  it('abuse cases: distinct cases first detected in the window', () => {
    const firstDetection = new Map<string, string>();
    for (const r of abuse.filter((r) => ageGroupOf(r.age_years) !== null)) {
      if (!firstDetection.has(r.case_id) || r.detected_on < firstDetection.get(r.case_id)!) firstDetection.set(r.case_id, r.detected_on);
    }
    expect(published(result, 'abuse_cases', '91')).toBe([...firstDetection.values()].filter((d) => within(d, window)).length);
  });

  it('supported children and their rate', () => {
    const abused = distinct(children().map((r) => r.child_id));
    const supported = distinct(children().filter((r) => r.supported).map((r) => r.child_id));
    expect(published(result, 'abused_children_supported', '91')).toBe(supported);
    expect(published(result, 'abused_children_supported_rate', '91')).toBeCloseTo((supported / abused) * 100, 9);
  });

  it('sanctions: decisions, violators and fines, each counted once', () => {
    const dated = sanctions.filter((s) => within(s.decided_on, window));
    expect(published(result, 'sanction_decisions', '91')).toBe(distinct(dated.map((s) => s.decision_id)));
    expect(published(result, 'sanctioned_violators', '91')).toBe(distinct(dated.map((s) => s.violator_id)));
    const fines = new Map(dated.map((s) => [`${s.decision_id}/${s.violator_id}`, s.fine_vnd ?? 0]));
    expect(published(result, 'sanction_fines_vnd', '91')).toBe([...fines.values()].reduce((a, b) => a + b, 0));
  });

  const cells = (item: string) => [...forms.values()].flatMap((rows) => rows.filter((r) => r.item === item && r.value !== null));
  const sum = (rows: readonly FormValueInput[]) => rows.reduce((a, r) => a + (r.value ?? 0), 0);

  it('form sums: population, special circumstances, supported', () => {
    expect(published(result, 'child_population', '91')).toBe(sum(cells('population')));
    expect(published(result, 'special_circumstances_children', '91')).toBe(sum(cells('special_circumstances')));
    expect(published(result, 'special_circumstances_supported', '91')).toBe(sum(cells('special_supported')));
  });

  /** Σ numerator / Σ denominator over the pairs a form reported both parts of. */
  function pairedRate(numeratorOf: (rows: FormValueInput[], key: string) => number | null, denominatorOf: (rows: FormValueInput[], key: string) => number | null, keys: string[]): number {
    let n = 0;
    let d = 0;
    for (const rows of forms.values()) {
      for (const key of keys) {
        const [a, b] = [numeratorOf(rows, key), denominatorOf(rows, key)];
        if (a !== null && b !== null) [n, d] = [n + a, d + b];
      }
    }
    return (n / d) * 100;
  }
  const part = (item: string, match: (r: FormValueInput, key: string) => boolean) => (rows: FormValueInput[], key: string) => {
    const reported = rows.filter((r) => r.item === item && match(r, key) && r.value !== null);
    return reported.length === 0 ? null : sum(reported);
  };

  it('form ratios: sums of the reported pairs, divided last', () => {
    const bySex = (r: FormValueInput, key: string) => r.sex === key;
    const byGroup = (r: FormValueInput, key: string) => `${r.category}/${r.sex}` === key;
    const groups = ['a', 'd', 'k'].flatMap((c) => [`${c}/male`, `${c}/female`]);
    expect(published(result, 'special_circumstances_rate', '91')).toBeCloseTo(pairedRate(part('special_circumstances', bySex), part('population', bySex), ['male', 'female']), 9);
    expect(published(result, 'special_circumstances_supported_rate', '91')).toBeCloseTo(pairedRate(part('special_supported', byGroup), part('special_circumstances', byGroup), groups), 9);
    expect(published(result, 'children_consulted_rate', '91')).toBeCloseTo(pairedRate(part('consulted_7_15', bySex), part('population_7_15', bySex), ['male', 'female']), 9);
    for (const [indicator, item] of [['communes_with_play_area_rate', 'has_play_area'], ['child_friendly_communes_rate', 'child_friendly']]) {
      const answers = cells(item);
      expect(published(result, indicator, '91')).toBeCloseTo((answers.filter((r) => r.value! > 0).length / answers.length) * 100, 9);
    }
  });

  /** The value a commune's form gives an item (all its cells reported), or null. */
  const reported = (rows: readonly FormValueInput[], item: string) => {
    const found = rows.filter((r) => r.item === item);
    return found.length > 0 && found.every((r) => r.value !== null) ? sum(found) : null;
  };
  const ratio = (pairs: Array<[number | null, number | null]>, scale: number) => {
    const both = pairs.filter(([n, d]) => n !== null && d !== null) as Array<[number, number]>;
    return { n: both.reduce((a, [n]) => a + n, 0), d: both.reduce((a, [, d]) => a + d, 0), value: (both.reduce((a, [n]) => a + n, 0) / both.reduce((a, [, d]) => a + d, 0)) * scale };
  };
  const finding = (indicator: string) => result.findings.find((f) => f.indicator === indicator)?.detail;

  it('births and child mortality: from the communes that reported both parts, divided last', () => {
    const boys = (rows: FormValueInput[]) => rows.find((r) => r.item === 'live_births' && r.sex === 'male')!.value;
    const girls = (rows: FormValueInput[]) => rows.find((r) => r.item === 'live_births' && r.sex === 'female')!.value;
    const all = [...forms.values()];
    expect(published(result, 'sex_ratio_at_birth', '91')).toBeCloseTo(ratio(all.map((rows) => [boys(rows), girls(rows)]), 100).value, 9);
    for (const [indicator, item] of [['neonatal_mortality_rate', 'deaths_neonatal'], ['infant_mortality_rate', 'deaths_under_1'], ['under5_mortality_rate', 'deaths_under_5']]) {
      expect(published(result, indicator, '91')).toBeCloseTo(ratio(all.map((rows) => [reported(rows, item), reported(rows, 'live_births')]), 1000).value, 9);
    }
  });

  it('province-only rates: the communes\' side summed over what they reported, a check counting those that did not', () => {
    expect(result.values.filter((v) => v.indicator === 'crude_birth_rate').map((v) => v.unitCode)).toEqual(['91']);
    expect(published(result, 'crude_birth_rate', '91')).toBeCloseTo((sum(cells('live_births')) / averagePopulation) * 1000, 9);
    const missingBirths = communes.filter((code) => !forms.has(code) || reported(forms.get(code)!, 'live_births') === null).length;
    expect(finding('crude_birth_rate')).toBe(`unit_code=91, communes=${communes.length}, missing=${missingBirths}`);
    expect(published(result, 'online_safety_rate', '91')).toBeCloseTo((reachedOnline / sum(cells('population'))) * 100, 9);
    const missingChildren = communes.filter((code) => !forms.has(code) || reported(forms.get(code)!, 'population') === null).length;
    expect(finding('online_safety_rate')).toBe(`unit_code=91, communes=${communes.length}, missing=${missingChildren}`);
  });

  it('enrolment: the department\'s figure for a commune first, its own form otherwise; the count is the numerator', () => {
    for (const [indicator, enrolled, band] of [['nursery_enrolment', 'enrolled_nursery', 'children_3_36_months'], ['kindergarten_enrolment', 'enrolled_kindergarten', 'children_3_5']]) {
      const pairs = [...forms].map(([code, rows]): [number | null, number | null] => {
        const department = education.find((e) => e.area_code === code && e.item === enrolled)?.value ?? null;
        return [department ?? reported(rows, enrolled), reported(rows, band)];
      });
      const expected = ratio(pairs, 100);
      const value = result.values.find((v) => v.indicator === indicator && v.unitCode === '91' && v.disaggregation === 'total')!;
      expect(value.value).toBeCloseTo(expected.value, 9);
      expect([value.numerator, value.denominator]).toEqual([expected.n, expected.d]);
    }
    const villages = ratio([...forms.values()].map((rows) => [reported(rows, 'villages_with_facilities'), reported(rows, 'villages')]), 100);
    expect(published(result, 'villages_with_facilities_rate', '91')).toBeCloseTo(villages.value, 9);
  });
});

describe('a generated merged province, annual 2025', () => {
  it('province 91 (2025 list) counts what the old Kiên Giang and An Giang communes reported in the window', async () => {
    const period = parsePeriod('2025');
    const window = periodWindow(period);
    const old91 = hierarchyFor('2024').communesUnder('91').map((u) => u.code);
    const old89 = hierarchyFor('2024').communesUnder('89').map((u) => u.code).filter((code) => newCommunesOf(code).full);
    const halfYear = abuseRows([...old91, ...old89], 300, '2024-11-01', 200);
    const annual = abuseRows(hierarchyFor('2025').communesUnder('91').map((u) => u.code), 100, '2025-05-15', 180).map((r) => ({ ...r, child_id: `N${r.child_id}`, case_id: `N${r.case_id}` }));
    await clearSubmissions(store.connection);
    await insertSubmission(store.connection, { kind: 'abuse-cases', unit: '91', period: '2025-H1', rows: halfYear.filter((r) => old91.includes(r.commune_code)) });
    await insertSubmission(store.connection, { kind: 'abuse-cases', unit: '89', period: '2025-H1', rows: halfYear.filter((r) => !old91.includes(r.commune_code)) });
    await insertSubmission(store.connection, { kind: 'abuse-cases', unit: '91', period: '2025', rows: annual });
    const result = await computeIndicators(store.connection, { period, provinceCode: '91', definitions: undefined });
    const expected = distinct([...halfYear, ...annual].filter((r) => within(r.detected_on, window) && ageGroupOf(r.age_years) !== null).map((r) => r.child_id));
    expect(expected).toBeGreaterThan(100);
    expect(published(result, 'abused_children', '91')).toBe(expected);
  });
});
