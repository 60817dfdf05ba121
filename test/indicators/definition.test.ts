import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/indicators/definition.js';
import { definitionsHash, loadDefinitions } from '../../src/indicators/definitions.js';
import { defaultDimensions } from '../../src/indicators/dimensions.js';

const catalogue = defaultDimensions();
const valid = `/*
id: sample
verified: false
title_vi: Thử
title_en: Test
unit: trẻ em
unit_en: children
kind: count
dims: [sex, abuse_form]
multi: [abuse_form]
source: [abuse_cases]
grain: [submission_id, line]
*/
SELECT commune_code AS unit_code, child_id AS entity_id, detected_on AS observed_on, sex, abuse_forms AS abuse_form, submission_id, line
FROM abuse_cases;
`;

const parse = (text: string, file = '/defs/sample.sql') => parseDefinition(text, file, catalogue);

describe('metadata', () => {
  it('fills the defaults: total plus each dim alone, format and empty-cell rule by kind', () => {
    const { definition, diagnostics } = parse(valid);
    expect(diagnostics).toEqual([]);
    expect(definition!.meta).toMatchObject({
      code: null,
      disaggregations: [[], ['sex'], ['abuse_form']],
      frequency: ['half-year', 'annual'],
      format: 'int0',
      no_data: 'zero',
      scale: 1,
      checks: [],
      levels: ['province', 'district', 'commune'],
    });
    expect(definition!.sql.endsWith('FROM abuse_cases')).toBe(true);
  });

  it('keeps listed combinations, total first, each in key order, once', () => {
    const { definition } = parse(valid.replace('grain:', 'disaggregations: [[sex], [sex, abuse_form], [abuse_form, sex]]\ngrain:'));
    expect(definition!.meta.disaggregations).toEqual([[], ['sex'], ['abuse_form', 'sex']]);
  });

  it('reports a wrong value with its YAML path and line, not an exception', () => {
    const { definition, diagnostics } = parse(valid.replace('kind: count', 'kind: average'));
    expect(definition).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'indicator-metadata-invalid', severity: 'error', file: '/defs/sample.sql', item: 'kind', line: 8 })]);
  });

  it('reports an unknown key (a typo) and a missing one', () => {
    const { diagnostics } = parse(valid.replace('grain: [submission_id, line]\n', 'grian: [submission_id, line]\n'));
    expect(diagnostics.map((d) => d.item).sort()).toEqual(['grain', 'grian']);
    expect(diagnostics.find((d) => d.item === 'grian')?.line).toBe(12);
  });

  it('reports an unknown dimension, an undeclared multi dim and a mismatched id', () => {
    const text = valid.replace('dims: [sex, abuse_form]', 'dims: [sex, colour]').replace('id: sample', 'id: other');
    const { diagnostics } = parse(text);
    expect(diagnostics.map((d) => [d.code, d.item, d.line])).toEqual([
      ['indicator-id-mismatch', 'id', 2],
      ['indicator-dimension-unknown', 'dims[1]', 9],
      ['indicator-dimension-undeclared', 'multi[0]', 10],
    ]);
  });

  it('keeps the levels an indicator is published at top level first, and refuses an unknown one', () => {
    expect(parse(valid.replace('grain:', 'levels: [commune, province]\ngrain:')).definition!.meta.levels).toEqual(['province', 'commune']);
    expect(parse(valid.replace('grain:', 'levels: [ward]\ngrain:')).diagnostics).toEqual([expect.objectContaining({ code: 'indicator-metadata-invalid', item: 'levels[0]' })]);
  });

  it('publishes a count beside a ratio only: `count` on another kind is refused at its line', () => {
    const count = 'count: { title_vi: Số trẻ, title_en: Children, unit: trẻ em, unit_en: children }\ngrain:';
    expect(parse(valid.replace('grain:', count)).diagnostics).toEqual([
      expect.objectContaining({ code: 'indicator-count-not-ratio', severity: 'error', item: 'count', line: 12, found: 'count' }),
    ]);
  });

  it('reports YAML that does not parse, a missing metadata block and a missing SELECT', () => {
    const yaml = parse(valid.replace('dims: [sex, abuse_form]', 'dims: [sex, abuse_form')).diagnostics[0];
    expect(yaml).toMatchObject({ code: 'indicator-metadata-yaml', severity: 'error' });
    expect(yaml.line).toBeGreaterThanOrEqual(9); // where the parser notices the unclosed bracket
    expect(parse('SELECT 1').diagnostics).toEqual([{ code: 'indicator-metadata-missing', severity: 'error', file: '/defs/sample.sql', line: 1 }]);
    expect(parse(valid.slice(0, valid.indexOf('*/') + 2)).diagnostics[0].code).toBe('indicator-sql-empty');
  });
});

describe('loading a folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tk13-defs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the good definitions, reports the bad ones and duplicate codes', () => {
    writeFileSync(join(dir, 'sample.sql'), valid.replace('verified: false', 'code: X-1\nverified: false'));
    writeFileSync(join(dir, 'second.sql'), valid.replace('id: sample', 'id: second').replace('verified: false', 'code: X-1\nverified: false'));
    writeFileSync(join(dir, 'broken.sql'), valid.replace('id: sample', 'id: broken').replace('unit: trẻ em\n', ''));
    writeFileSync(join(dir, 'notes.txt'), 'not a definition');
    const loaded = loadDefinitions(dir);
    expect(loaded.definitions.map((d) => d.meta.id)).toEqual(['sample', 'second']);
    expect(loaded.diagnostics.map((d) => [d.code, d.severity, d.item])).toEqual([
      ['indicator-metadata-invalid', 'error', 'unit'],
      ['indicator-code-duplicate', 'warning', 'code'],
    ]);
  });

  it('hashes the definitions and the dimension labels: any edit changes the hash', () => {
    const before = definitionsHash(loadDefinitions(dir).definitions);
    expect(definitionsHash(loadDefinitions(dir).definitions)).toBe(before);
    writeFileSync(join(dir, 'sample.sql'), `${valid}-- a comment\n`);
    expect(definitionsHash(loadDefinitions(dir).definitions)).not.toBe(before);
  });
});
