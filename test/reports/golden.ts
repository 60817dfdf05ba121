import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect } from 'vitest';

const fixtures = resolve(import.meta.dirname, '..', '..', 'fixtures', 'reports');

/**
 * Compares a normalised workbook dump with `fixtures/reports/<case>/expected.golden`; vitest shows
 * the line diff on failure. `UPDATE_GOLDEN=1` rewrites the file instead (review the git diff).
 */
export function expectGolden(caseName: string, actual: string): void {
  const file = resolve(fixtures, caseName, 'expected.golden');
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: run the test with UPDATE_GOLDEN=1 to create it`);
  expect(actual).toEqual(readFileSync(file, 'utf8'));
}
