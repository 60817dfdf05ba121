import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readForm } from '../../src/forms/read-form.js';
import { readSectorForm } from '../../src/sector-forms/read-sector-form.js';
import type { FormValue } from '../../src/submissions/types.js';

/**
 * Province totals of the sample computed straight from the files of one period's folder, without
 * the store or the engine: what the indicators must agree with. The data windows are written out
 * here (Thông tư 13 via calendar/calendar.yaml: 15/11 of the year before to 14/05, or to 14/11).
 */
export const WINDOWS: Record<string, { start: string; end: string }> = {
  '2024-H1': { start: '2023-11-15', end: '2024-05-14' },
  '2024': { start: '2023-11-15', end: '2024-11-14' },
};

/** An expected province total: a count, or a ratio published as numerator / denominator × scale. */
export type Expected = { value: number } | { numerator: number; denominator: number; scale: number };

function isoFromVietnamese(date: string): string {
  const [d, m, y] = date.split('/');
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const delimiter = text.split('\n')[0].includes(';') ? ';' : ',';
  return parse(text, { columns: true, delimiter, skip_empty_lines: true });
}

function manifest(dir: string): Map<string, number> {
  return new Map(readCsv(join(dir, 'manifest.csv')).map((r) => [r.file, Date.parse(r.received_at)]));
}

/** The current version of each commune's form in the period's folder: the one received last. */
export async function currentCommuneForms(dir: string, period: string): Promise<Map<string, FormValue[]>> {
  const received = manifest(dir);
  const latest = new Map<string, { at: number; values: FormValue[] }>();
  for (const name of readdirSync(join(dir, period, 'forms'))) {
    const parsed = await readForm(name, readFileSync(join(dir, period, 'forms', name)), { receivedAt: new Date(), pseudonymKey: 'k' });
    const at = received.get(`${period}/forms/${name}`)!;
    const code = parsed.unit!.code;
    if (!latest.has(code) || latest.get(code)!.at < at) latest.set(code, { at, values: parsed.formValues! });
  }
  return new Map([...latest].map(([code, { values }]) => [code, values]));
}

/** A commune's reported value of an item (summed over the cells `where` picks), or null when any of those cells is blank. */
function reported(values: readonly FormValue[], item: string, where: (v: FormValue) => boolean = () => true): number | null {
  const cells = values.filter((v) => v.item === item && where(v));
  return cells.length > 0 && cells.every((v) => v.value !== null) ? cells.reduce((n, v) => n + v.value!, 0) : null;
}

function sumOf(forms: Map<string, FormValue[]>, item: string): number {
  let total = 0;
  for (const values of forms.values()) for (const v of values) if (v.item === item) total += v.value ?? 0;
  return total;
}

/** Σ numerator / Σ denominator over the communes that reported both (the rule of every form ratio). */
function pairedRatio(forms: Map<string, FormValue[]>, numerator: (v: FormValue[]) => number | null, denominator: (v: FormValue[]) => number | null, scale: number): Expected {
  let n = 0;
  let d = 0;
  for (const values of forms.values()) {
    const [top, bottom] = [numerator(values), denominator(values)];
    if (top === null || bottom === null) continue;
    n += top;
    d += bottom;
  }
  return { numerator: n, denominator: d, scale };
}

export async function independentProvinceTotals(dir: string, period: string) {
  const window = WINDOWS[period];
  const inWindow = (iso: string) => iso >= window.start && iso <= window.end;
  const forms = await currentCommuneForms(dir, period);
  const registers = readdirSync(join(dir, period, 'registers'));
  const read = (suffix: string) => registers.filter((f) => f.endsWith(suffix)).flatMap((f) => readCsv(join(dir, period, 'registers', f)));
  const cases = read('abuse-cases.csv');
  const sanctions = read('sanctions.csv');

  const caseRows = cases.map((r) => ({ caseId: r['Mã vụ việc'], childId: r['Mã trẻ em'], detected: isoFromVietnamese(r['Ngày phát hiện']), supported: r['Được hỗ trợ can thiệp'] === 'Có' }));
  const windowRows = caseRows.filter((r) => inWindow(r.detected));
  const children = new Set(windowRows.map((r) => r.childId));
  const supported = new Set(windowRows.filter((r) => r.supported).map((r) => r.childId));
  const firstDetection = new Map<string, string>();
  for (const r of caseRows) if (!firstDetection.has(r.caseId) || firstDetection.get(r.caseId)! > r.detected) firstDetection.set(r.caseId, r.detected);
  const decisions = new Map(sanctions.filter((r) => inWindow(isoFromVietnamese(r.decided_on))).map((r) => [r.decision_id, r]));

  const population = sumOf(forms, 'population');
  const special = sumOf(forms, 'special_circumstances');
  const specialSupported = sumOf(forms, 'special_supported');
  const population715 = sumOf(forms, 'population_7_15');
  const consulted = sumOf(forms, 'consulted_7_15');
  const communes = forms.size;
  const percent = (numerator: number, denominator: number) => ({ numerator, denominator, scale: 100 });
  return {
    abused_children: { value: children.size },
    abuse_cases: { value: [...firstDetection.values()].filter(inWindow).length },
    abused_children_supported: { value: supported.size },
    abused_children_supported_rate: percent(supported.size, children.size),
    sanction_decisions: { value: decisions.size },
    sanctioned_violators: { value: new Set([...decisions.values()].map((r) => r.violator_id)).size },
    sanction_fines_vnd: { value: [...decisions.values()].reduce((n, r) => n + Number(r.fine_vnd), 0) },
    child_population: { value: population },
    special_circumstances_children: { value: special },
    special_circumstances_rate: percent(special, population),
    special_circumstances_supported: { value: specialSupported },
    special_circumstances_supported_rate: percent(specialSupported, special),
    children_consulted_rate: percent(consulted, population715),
    communes_with_play_area_rate: percent(sumOf(forms, 'has_play_area'), communes),
    child_friendly_communes_rate: percent(sumOf(forms, 'child_friendly'), communes),
  } satisfies Record<string, Expected>;
}

/**
 * What the departments' sector forms of a period's folder say, read straight from the files (one
 * form per department, received once in the sample): item → area code → figure (null: left blank).
 */
export async function sectorFigures(dir: string, period: string): Promise<Map<string, Map<string, number | null>>> {
  const figures = new Map<string, Map<string, number | null>>();
  const folder = join(dir, period, 'sector-forms');
  for (const name of readdirSync(folder)) {
    const parsed = await readSectorForm(name, readFileSync(join(folder, name)), { receivedAt: new Date(), pseudonymKey: 'k' });
    for (const v of parsed.sectorValues!) figures.set(v.item, (figures.get(v.item) ?? new Map()).set(v.areaCode, v.value));
  }
  return figures;
}

/** The sum of every figure an item's cells hold over the communes' forms (blank cells add nothing). */
function anyReported(forms: Map<string, FormValue[]>, item: string): number {
  return sumOf(forms, item);
}

/**
 * The nine indicators of issue 15, recomputed from the period's commune forms (items 8–14) and the
 * departments' sector forms, by the rules their definitions state in words:
 * - commune ratios (sex ratio, mortality, enrolment, villages): Σ numerator / Σ denominator over the
 *   communes that reported both parts;
 * - enrolment: a commune's enrolled figure is the education department's when it gave one, else the
 *   commune's own;
 * - crude birth rate and online safety (province only): the births or the children every commune
 *   reported, over or under the department's province figure.
 */
export async function independentIssue15Indicators(dir: string, period: string): Promise<Record<string, Expected>> {
  const forms = await currentCommuneForms(dir, period);
  const sectors = await sectorFigures(dir, period);
  const item = (id: string, where?: (v: FormValue) => boolean) => (values: FormValue[]) => reported(values, id, where);
  const codeOf = new Map([...forms].map(([code, values]) => [values, code]));
  // The department's figure for the commune first; the commune's own form otherwise.
  const enrolled = (id: string) => (values: FormValue[]) => sectors.get(id)?.get(codeOf.get(values)!) ?? reported(values, id);
  const births = item('live_births');
  const provinceFigure = (id: string) => sectors.get(id)?.get('91') ?? null;
  const perThousand = (numerator: number, denominator: number | null) => ({ numerator, denominator: denominator ?? Number.NaN, scale: 1000 });
  return {
    sex_ratio_at_birth: pairedRatio(forms, item('live_births', (v) => v.sex === 'male'), item('live_births', (v) => v.sex === 'female'), 100),
    crude_birth_rate: perThousand(anyReported(forms, 'live_births'), provinceFigure('average_population')),
    neonatal_mortality_rate: pairedRatio(forms, item('deaths_neonatal'), births, 1000),
    infant_mortality_rate: pairedRatio(forms, item('deaths_under_1'), births, 1000),
    under5_mortality_rate: pairedRatio(forms, item('deaths_under_5'), births, 1000),
    nursery_enrolment: pairedRatio(forms, enrolled('enrolled_nursery'), item('children_3_36_months'), 100),
    kindergarten_enrolment: pairedRatio(forms, enrolled('enrolled_kindergarten'), item('children_3_5'), 100),
    villages_with_facilities_rate: pairedRatio(forms, item('villages_with_facilities'), item('villages'), 100),
    online_safety_rate: { numerator: provinceFigure('children_reached_online_safety') ?? Number.NaN, denominator: anyReported(forms, 'population'), scale: 100 },
  };
}
