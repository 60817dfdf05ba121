import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Tk13Error } from '../../src/core/errors.js';
import { isoVietnam } from '../../src/periods/vietnam-time.js';
import { readManifest } from '../../src/submissions/manifest.js';
import { problemsOf } from '../registers/helpers.js';

const DIR = resolve(import.meta.dirname, '../../fixtures/submissions/manifests');

interface Expected {
  times?: Record<string, string>;
  problems?: unknown[];
  error?: { code: string } & Record<string, string | number>;
}

/**
 * Every folder of fixtures/submissions/manifests/ is one receipt manifest (manifest.csv) and
 * expected.json: the receipt time of each listed file (ISO, UTC+7) and the exact warnings, or the
 * error that refuses the manifest with its parameters.
 */
describe('receipt manifest scenarios', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const path = join(DIR, name, 'manifest.csv');
      const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected;
      if (expected.error) {
        const { code, ...params } = expected.error;
        let thrown: unknown;
        try {
          readManifest(path);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(Tk13Error);
        expect((thrown as Tk13Error).code).toBe(code);
        expect((thrown as Tk13Error).params).toMatchObject(params);
        return;
      }
      const manifest = readManifest(path);
      const times = Object.fromEntries(Object.keys(expected.times ?? {}).map((file) => [file, isoVietnam(manifest.receivedAt(join(DIR, name, file)) ?? new Date(Number.NaN))]));
      expect(times).toEqual(expected.times);
      expect(problemsOf(manifest.diagnostics)).toEqual(expected.problems ?? []);
    });
  }
});
