/**
 * Tests as data: every `fixtures/indicators/<id>/*.yaml` gives submissions (rows as stored) and the
 * values expected for indicator <id> (and any `also:` indicators its checks compare with). Listed
 * values must match; findings and diagnostic codes must match exactly (none when not listed), a
 * finding's `detail` on the columns it names; `published_levels` is exactly the levels <id> is
 * published at (`[]`: not at all, e.g. an annual-only indicator in a half-year period).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../../src/core/paths.js';
import { computeIndicators } from '../../src/indicators/compute.js';
import { loadDefinitions } from '../../src/indicators/definitions.js';
import type { ComputeResult } from '../../src/indicators/types.js';
import { parsePeriod } from '../../src/periods/period.js';
import { parseInstant } from '../../src/periods/vietnam-time.js';
import { type Store, openStore } from '../../src/store/database.js';
import { type SubmissionInput, clearSubmissions, insertSubmissions } from '../helpers/store-rows.js';

interface ExpectedValue {
  indicator?: string;
  unit: string;
  level?: 'commune' | 'district' | 'province';
  disaggregation?: string;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

interface FixtureCase {
  scenario: string;
  period: string;
  province?: string;
  as_of?: string;
  also?: string[];
  submissions: SubmissionInput[];
  expected: ExpectedValue[];
  findings?: Array<{ check: string; unit?: string; detail?: Record<string, string | number> }>;
  diagnostics?: string[];
  /** Exactly the levels the indicator is published at ([] = not published for this period). */
  published_levels?: Array<'commune' | 'district' | 'province'>;
}

const fixturesDir = resolve(packageRoot, 'fixtures', 'indicators');
const { definitions, diagnostics: loadDiagnostics } = loadDefinitions();
const caseDirs = readdirSync(fixturesDir)
  .filter((name) => !name.startsWith('_'))
  .sort();

function levelOf(code: string): ExpectedValue['level'] {
  return code.length === 2 ? 'province' : code.length === 3 ? 'district' : 'commune';
}

function valueOf(result: ComputeResult, indicator: string, e: ExpectedValue) {
  const level = e.level ?? levelOf(e.unit);
  const disaggregation = e.disaggregation ?? 'total';
  return result.values.find((v) => v.indicator === indicator && v.unitCode === e.unit && v.unitLevel === level && v.disaggregation === disaggregation);
}

/** One column of a finding's `column=value, …` detail. */
function detailValue(detail: string, column: string): string | undefined {
  return detail
    .split(', ')
    .find((pair) => pair.startsWith(`${column}=`))
    ?.slice(column.length + 1);
}

function expectNumber(actual: number | null | undefined, expected: number | null, label: string): void {
  if (expected === null) expect(actual, label).toBeNull();
  else expect(actual, label).toBeCloseTo(expected, 6);
}

let store: Store;
beforeAll(async () => {
  store = await openStore(':memory:');
});
afterAll(() => store.close());

it('the shipped definitions load without diagnostics', () => {
  expect(loadDiagnostics).toEqual([]);
  expect(definitions.map((d) => d.meta.id)).toHaveLength(24);
});

it('every definition has given → expected cases', () => {
  expect(definitions.map((d) => d.meta.id).filter((id) => !caseDirs.includes(id))).toEqual([]);
});

for (const id of caseDirs) {
  describe(id, () => {
    const files = readdirSync(resolve(fixturesDir, id)).filter((f) => f.endsWith('.yaml')).sort();
    for (const file of files) {
      const fixture = parseYaml(readFileSync(resolve(fixturesDir, id, file), 'utf8')) as FixtureCase;
      it(`${file}: ${fixture.scenario}`, async () => {
        await clearSubmissions(store.connection);
        await insertSubmissions(store.connection, fixture.submissions);
        const ids = [id, ...(fixture.also ?? [])];
        const result = await computeIndicators(store.connection, {
          period: parsePeriod(fixture.period),
          ...(fixture.province ? { provinceCode: fixture.province } : {}),
          asOf: fixture.as_of ? parseInstant(fixture.as_of) : null,
          definitions: definitions.filter((d) => ids.includes(d.meta.id)),
        });
        for (const e of fixture.expected) {
          const indicator = e.indicator ?? id;
          const label = `${indicator} ${e.unit} ${e.level ?? levelOf(e.unit)} ${e.disaggregation ?? 'total'}`;
          const actual = valueOf(result, indicator, e);
          expect(actual, `${label} is published`).toBeDefined();
          expectNumber(actual?.value, e.value, `${label} value`);
          if (e.numerator !== undefined) expectNumber(actual?.numerator, e.numerator, `${label} numerator`);
          if (e.denominator !== undefined) expectNumber(actual?.denominator, e.denominator, `${label} denominator`);
        }
        if (fixture.published_levels) {
          const levels = new Set(result.values.filter((v) => v.indicator === id).map((v) => v.unitLevel));
          expect([...levels].sort(), `${id} is published at`).toEqual([...fixture.published_levels].sort());
        }
        // A finding's detail is matched on the columns the fixture names, e.g. { missing: 142 }.
        const findings = result.findings.map((f, i) => {
          const wanted = fixture.findings?.[i]?.detail;
          const detail = wanted ? Object.fromEntries(Object.keys(wanted).map((k) => [k, detailValue(f.detail, k)])) : undefined;
          return { check: f.check, ...(f.unitCode ? { unit: f.unitCode } : {}), ...(detail ? { detail } : {}) };
        });
        expect(findings).toEqual((fixture.findings ?? []).map((f) => (f.detail ? { ...f, detail: Object.fromEntries(Object.entries(f.detail).map(([k, v]) => [k, String(v)])) } : f)));
        expect([...new Set(result.diagnostics.map((d) => d.code))].sort()).toEqual([...(fixture.diagnostics ?? [])].sort());
      });
    }
  });
}
