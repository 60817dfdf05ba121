import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerMessages } from '../../src/i18n/catalog/registers.js';
import { catalog } from '../../src/i18n/messages.js';
import { expectedOf, scenarioNames } from './scenario-inputs.js';

const SOURCES = resolve(import.meta.dirname, '../../src/registers');

/**
 * Every code the register reader can emit, read from its source: each `'register-…'` literal, and
 * each other kebab-case literal that is a catalogue code (shared ones such as `unit-unknown`).
 */
function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  const files = readdirSync(SOURCES).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    for (const [, literal] of readFileSync(join(SOURCES, file), 'utf8').matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g)) {
      if (literal.startsWith('register-') || literal in catalog) codes.add(literal);
    }
  }
  return codes;
}

function scenarioCodes(): Set<string> {
  return new Set(scenarioNames().flatMap((name) => (expectedOf(name).problems as { code: string }[]).map((p) => p.code)));
}

describe('register diagnostics', () => {
  const emitted = emittedCodes();

  it('finds the codes in the source (the scan itself works)', () => {
    expect(emitted).toContain('personal-data-column-dropped');
    expect(emitted).toContain('commune-code-mapped');
    expect(emitted).toContain('register-child-id-looks-like-name');
    expect(emitted.size).toBeGreaterThan(35);
  });

  it('each appear in the expected problems of some scenario folder', () => {
    const covered = scenarioCodes();
    expect([...emitted].filter((code) => !covered.has(code))).toEqual([]);
  });

  it('each have a Vietnamese and an English message and hint', () => {
    for (const code of emitted) {
      for (const lang of ['vi', 'en'] as const) {
        const text = catalog[code]?.[lang];
        expect(text?.message, `${code} ${lang}`).toBeTruthy();
        expect(text?.hint, `${code} ${lang}`).toBeTruthy();
      }
    }
  });

  it('leave no catalogue entry that the reader never emits', () => {
    expect(Object.keys(registerMessages).filter((code) => !emitted.has(code))).toEqual([]);
  });

  it('only reference placeholders the reader fills', () => {
    const filled = new Set(['file', 'line', 'sheet', 'cell', 'column', 'item', 'unit', 'found', 'expected', 'first', 'rows', 'list', 'detail', 'foundIn', 'expectedIn']);
    // Parameters of the number and date-order diagnostics (register scenarios check each is filled).
    for (const name of ['mark', 'read', 'cells', 'reading', 'monthFirst', 'dayFirst', 'order', 'other', 'evidence', 'evidenceLine']) filled.add(name);
    // Legacy-font and print-layout diagnostics: evidence words, header row.
    for (const name of ['words', 'header']) filled.add(name);
    for (const [code, texts] of Object.entries(registerMessages)) {
      for (const { message, hint } of Object.values(texts)) {
        for (const [, name] of `${message} ${hint ?? ''}`.matchAll(/\{(\w+)\}/g)) expect(filled.has(name), `${code}: {${name}}`).toBe(true);
      }
    }
  });
});
