import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readForm } from '../../src/forms/read-form.js';
import type { FormValue } from '../../src/submissions/types.js';

/**
 * Province totals of the sample computed straight from the files, without the store or the engine:
 * what the indicators must agree with.
 */
export const WINDOW = { start: '2023-11-15', end: '2024-05-14' };

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

/** The current version of each commune's form: the one received last. */
export async function currentCommuneForms(dir: string): Promise<Map<string, FormValue[]>> {
  const received = manifest(dir);
  const latest = new Map<string, { at: number; values: FormValue[] }>();
  for (const name of readdirSync(join(dir, 'forms'))) {
    const parsed = await readForm(name, readFileSync(join(dir, 'forms', name)), { receivedAt: new Date(), pseudonymKey: 'k' });
    const at = received.get(`forms/${name}`)!;
    const code = parsed.unit!.code;
    if (!latest.has(code) || latest.get(code)!.at < at) latest.set(code, { at, values: parsed.formValues! });
  }
  return new Map([...latest].map(([code, { values }]) => [code, values]));
}

function sumOf(forms: Map<string, FormValue[]>, item: string): number {
  let total = 0;
  for (const values of forms.values()) for (const v of values) if (v.item === item) total += v.value ?? 0;
  return total;
}

const inWindow = (iso: string) => iso >= WINDOW.start && iso <= WINDOW.end;

export async function independentProvinceTotals(dir: string) {
  const forms = await currentCommuneForms(dir);
  const registers = readdirSync(join(dir, 'registers'));
  const cases = registers.filter((f) => f.endsWith('abuse-cases.csv')).flatMap((f) => readCsv(join(dir, 'registers', f)));
  const sanctions = registers.filter((f) => f.endsWith('sanctions.csv')).flatMap((f) => readCsv(join(dir, 'registers', f)));

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
  return {
    abused_children: { value: children.size },
    abuse_cases: { value: [...firstDetection.values()].filter(inWindow).length },
    abused_children_supported: { value: supported.size },
    abused_children_supported_rate: { numerator: supported.size, denominator: children.size },
    sanction_decisions: { value: decisions.size },
    sanctioned_violators: { value: new Set([...decisions.values()].map((r) => r.violator_id)).size },
    sanction_fines_vnd: { value: [...decisions.values()].reduce((n, r) => n + Number(r.fine_vnd), 0) },
    child_population: { value: population },
    special_circumstances_children: { value: special },
    special_circumstances_rate: { numerator: special, denominator: population },
    special_circumstances_supported: { value: specialSupported },
    special_circumstances_supported_rate: { numerator: specialSupported, denominator: special },
    children_consulted_rate: { numerator: consulted, denominator: population715 },
    communes_with_play_area_rate: { numerator: sumOf(forms, 'has_play_area'), denominator: communes },
    child_friendly_communes_rate: { numerator: sumOf(forms, 'child_friendly'), denominator: communes },
  } satisfies Record<string, { value?: number; numerator?: number; denominator?: number }>;
}
