import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_CODES } from '../../src/forms/codes.js';
import { catalog, renderMessage } from '../../src/i18n/messages.js';
import { SECTOR_FORM_CODES } from '../../src/sector-forms/codes.js';
import { sectorValueKey } from '../../src/sector-forms/spec.js';
import { problemOf } from '../forms/helpers/forms.js';
import { SCENARIOS_DIR, loadScenario, runScenario, scenarioNames } from './helpers/scenarios.js';

/** `UPDATE_EXPECTED=1 npx vitest run test/sector-forms/sector-form-scenarios.test.ts` rewrites expected.json; review the diff before keeping it. */
const update = process.env.UPDATE_EXPECTED === '1';

describe('sector form scenarios: each edited form gives exactly its expected problem list', () => {
  for (const name of scenarioNames()) {
    it(name, async () => {
      const { scenario, expected, dir } = loadScenario(name);
      const parsed = await runScenario(scenario, dir);
      if (scenario.outcome) {
        const { kind, unit, period, values, count } = scenario.outcome;
        expect({ kind: parsed.kind, unit: parsed.unit?.code, period: parsed.period }).toEqual({ kind, unit, period });
        const read = new Map((parsed.sectorValues ?? []).map((v) => [sectorValueKey(v.item, v.areaCode), v.value]));
        for (const [key, value] of Object.entries(values)) expect(read.get(key), key).toBe(value);
        if (count !== undefined) expect(parsed.sectorValues).toHaveLength(count);
      }
      const problems = parsed.diagnostics.map(problemOf);
      if (update) writeFileSync(join(SCENARIOS_DIR, name, 'expected.json'), `${JSON.stringify(problems, null, 2)}\n`);
      else expect(problems).toEqual(expected);
      // Every placeholder of every message is filled from the diagnostic: no "{area}" reaches a clerk.
      for (const d of parsed.diagnostics) {
        for (const lang of ['vi', 'en'] as const) {
          const { message, hint } = renderMessage(d.code, d, lang);
          expect(`${message} ${hint}`, `${d.code} ${lang}`).not.toMatch(/\{\w+\}/);
        }
        expect(d.file).toBe(scenario.file);
      }
    });
  }
});

describe('coverage of the sector form reader codes', () => {
  it('every code the reader can emit appears in some scenario', () => {
    const seen = new Set(scenarioNames().flatMap((name) => (loadScenario(name).expected as Array<{ code: string }>).map((p) => p.code)));
    expect(Object.keys(SECTOR_FORM_CODES).filter((code) => !seen.has(code))).toEqual([]);
  });

  it('scenarios expect only codes the reader knows, with their fixed severity', () => {
    for (const name of scenarioNames()) {
      for (const p of loadScenario(name).expected as Array<{ code: string; severity: string }>) {
        if (p.code.startsWith('sector-form-')) expect(SECTOR_FORM_CODES, `${name}: ${p.code}`).toHaveProperty([p.code], p.severity);
        else expect(catalog, `${name}: ${p.code}`).toHaveProperty([p.code]);
      }
    }
  });

  it('value problems keep the commune form severities', () => {
    const pairs = ['number-as-text', 'value-not-number', 'formula-no-result', 'count-not-whole', 'count-negative', 'count-too-large', 'total-mismatch'] as const;
    for (const kind of pairs) expect(SECTOR_FORM_CODES[`sector-form-${kind}`], kind).toBe(FORM_CODES[`form-${kind}`]);
    expect(SECTOR_FORM_CODES['sector-form-values-blank']).toBe(FORM_CODES['form-value-blank']);
  });

  it('every code has a Vietnamese and an English message and hint', () => {
    for (const code of Object.keys(SECTOR_FORM_CODES)) {
      for (const lang of ['vi', 'en'] as const) {
        expect(catalog[code]?.[lang]?.message, `${code} ${lang} message`).toBeTruthy();
        expect(catalog[code]?.[lang]?.hint, `${code} ${lang} hint`).toBeTruthy();
      }
    }
  });
});
