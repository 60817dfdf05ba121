import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, renderMessage } from '../../src/i18n/messages.js';
import { FORM_CODES } from '../../src/forms/codes.js';
import { problemOf } from './helpers/forms.js';
import { SCENARIOS_DIR, loadScenario, runScenario, scenarioNames } from './helpers/scenarios.js';

/** `UPDATE_EXPECTED=1 npx vitest run test/forms/form-scenarios.test.ts` rewrites expected.json; review the diff before keeping it. */
const update = process.env.UPDATE_EXPECTED === '1';

describe('form scenarios: each edited form gives exactly its expected problem list', () => {
  for (const name of scenarioNames()) {
    it(name, async () => {
      const { scenario, expected, dir } = loadScenario(name);
      const parsed = await runScenario(scenario, dir);
      const { diagnostics } = parsed;
      if (scenario.outcome) {
        const { kind, unit, period, values } = scenario.outcome;
        expect({ kind: parsed.kind, unit: parsed.unit?.code, period: parsed.period }).toEqual({ kind, unit, period });
        const read = new Map((parsed.formValues ?? []).map((v) => [`${v.item}|${v.disaggregation}`, v.value]));
        for (const [key, value] of Object.entries(values)) expect(read.get(key), key).toBe(value);
      }
      const problems = diagnostics.map(problemOf);
      if (update) writeFileSync(join(SCENARIOS_DIR, name, 'expected.json'), `${JSON.stringify(problems, null, 2)}\n`);
      else expect(problems).toEqual(expected);
      // Every placeholder of every message is filled from the diagnostic: no "{total}" reaches a clerk.
      for (const d of diagnostics) {
        for (const lang of ['vi', 'en'] as const) {
          const { message, hint } = renderMessage(d.code, d, lang);
          expect(`${message} ${hint}`, `${d.code} ${lang}`).not.toMatch(/\{\w+\}/);
        }
        expect(d.file).toBe(scenario.file);
      }
    });
  }
});

describe('coverage of the form reader codes', () => {
  it('every code the form reader can emit appears in some scenario', () => {
    const seen = new Set(scenarioNames().flatMap((name) => (loadScenario(name).expected as Array<{ code: string }>).map((p) => p.code)));
    const missing = Object.keys(FORM_CODES).filter((code) => !seen.has(code));
    expect(missing).toEqual([]);
  });

  it('scenarios expect only codes the reader knows, with their fixed severity (workbook and file codes: catalogued ones)', () => {
    for (const name of scenarioNames()) {
      for (const p of loadScenario(name).expected as Array<{ code: string; severity: string }>) {
        if (p.code.startsWith('form-')) expect(FORM_CODES, `${name}: ${p.code}`).toHaveProperty([p.code], p.severity);
        else expect(catalog, `${name}: ${p.code}`).toHaveProperty([p.code]);
      }
    }
  });

  it('every code has a Vietnamese and an English message and hint', () => {
    for (const code of Object.keys(FORM_CODES)) {
      for (const lang of ['vi', 'en'] as const) {
        const text = catalog[code]?.[lang];
        expect(text?.message, `${code} ${lang} message`).toBeTruthy();
        expect(text?.hint, `${code} ${lang} hint`).toBeTruthy();
      }
    }
  });
});
