import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/registers/read-register.js';
import { context } from './helpers.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const FILE = '899_2024-H1_abuse-cases.csv';

async function rowsOf(path: string) {
  const parsed = await readRegister(FILE, readFileSync(path), context());
  return { rows: parsed.abuseCases ?? [], codes: parsed.diagnostics.map((d) => d.code) };
}

/**
 * A register typed in a legacy font gives the same rows as the Unicode register it was typed from
 * (fixtures/sample-province/2024-H1/registers/899_2024-H1_abuse-cases.csv, whose first four cases these are).
 */
describe('registers typed in legacy fonts read as the Unicode register', () => {
  for (const [name, encoding] of [
    ['legacy-tcvn3-csv', 'register-legacy-encoding-converted'],
    ['legacy-tcvn3-utf8-csv', 'register-legacy-encoding-converted'],
    ['legacy-tcvn3-mixed-csv', 'register-legacy-encoding-converted'],
    ['legacy-vni-csv', 'register-legacy-encoding-converted'],
  ] as const) {
    it(name, async () => {
      const unicode = await rowsOf(resolve(FIXTURES, 'sample-province/2024-H1/registers', FILE));
      const legacy = await rowsOf(resolve(FIXTURES, 'submissions/registers', name, FILE));
      expect(legacy.codes).toEqual([encoding]);
      expect(legacy.rows).toHaveLength(4);
      const byCase = new Map(unicode.rows.map((row) => [row.caseId, row]));
      for (const row of legacy.rows) expect(row).toEqual(byCase.get(row.caseId));
    });
  }
});
