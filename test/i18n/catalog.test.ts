import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/messages.js';
import { repoRoot } from '../helpers/cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the message catalogue', () => {
  it('has a Vietnamese and an English message and a hint for every code, English naming all that Vietnamese names', () => {
    for (const [code, entry] of Object.entries(catalog)) {
      expect(entry.vi.message, code).toBeTruthy();
      expect(entry.en.message, code).toBeTruthy();
      expect(entry.vi.hint, `${code}: how to fix it`).toBeTruthy();
      expect(entry.en.hint, `${code}: how to fix it`).toBeTruthy();
      const english = placeholders(entry.en.message + (entry.en.hint ?? ''));
      for (const name of placeholders(entry.vi.message + (entry.vi.hint ?? ''))) expect(english, `${code} {${name}}`).toContain(name);
    }
  });

  it('knows every code that a command can throw', () => {
    const thrown = sources(join(repoRoot, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/new (?:Tk13Error|UsageError)\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]),
    );
    expect(thrown.length).toBeGreaterThan(10);
    for (const code of new Set(thrown)) expect(catalog[code], code).toBeDefined();
  });
});
