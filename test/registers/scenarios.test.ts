import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/i18n/messages.js';
import { readRegister } from '../../src/registers/read-register.js';
import { problemsOf } from './helpers.js';
import { expectedOf, scenarioInput, scenarioNames } from './scenario-inputs.js';

/**
 * Every folder of fixtures/submissions/registers/ is one scenario: an input (a small file, or a
 * recipe.json that builds it), an optional context.json (flags, receipt time) and expected.json,
 * the exact problem list in the order a person would read it, and optionally `values`: for a row
 * field (`fineVnd`, `detectedOn`, …) the exact value of every accepted row, in order.
 */
describe('register scenarios', () => {
  for (const name of scenarioNames()) {
    it(name, async () => {
      const input = await scenarioInput(name);
      const parsed = await readRegister(input.file, input.bytes, input.context);
      const expected = expectedOf(name);
      expect(problemsOf(parsed.diagnostics)).toEqual(expected.problems);
      const rows: Record<string, unknown>[] = [...(parsed.abuseCases ?? parsed.sanctions ?? [])];
      if (expected.rows !== undefined) expect(rows.length).toBe(expected.rows);
      for (const [field, values] of Object.entries(expected.values ?? {})) expect(rows.map((row) => row[field])).toEqual(values);
      // Every placeholder of every message is filled from the diagnostic: no "{mark}" reaches a clerk.
      for (const d of parsed.diagnostics) {
        for (const lang of ['vi', 'en'] as const) {
          const { message, hint } = renderMessage(d.code, d, lang);
          expect(`${message} ${hint}`, `${d.code} ${lang}`).not.toMatch(/\{\w+\}/);
        }
      }
    });
  }
});
