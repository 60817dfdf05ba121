import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeItem } from '../../src/i18n/item-labels.js';
import { renderMessage } from '../../src/i18n/messages.js';

const I18N = join(import.meta.dirname, '..', '..', 'src', 'i18n');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourcesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('i18n imports no area module', () => {
  it.each(sourcesUnder(I18N).map((file) => relative(I18N, file)))('%s imports only i18n and core', (file) => {
    const text = readFileSync(join(I18N, file), 'utf8');
    const targets = [...text.matchAll(/from '([^']+)'|import '([^']+)'/g)].map((m) => m[1] ?? m[2]);
    const src = resolve(I18N, '..');
    const outside = targets
      .filter((target) => target.startsWith('.'))
      .map((target) => relative(src, resolve(dirname(join(I18N, file)), target)))
      .filter((path) => !path.startsWith('i18n/') && !path.startsWith('core/'));
    expect(outside).toEqual([]);
  });

  it('names form inputs once the forms area has registered its describer', async () => {
    const diagnostic = { code: 'form-count-negative', item: 'population[age_group=0-5;sex=male]' };
    expect(describeItem(diagnostic.item, 'en')).toBe(diagnostic.item);
    await import('../../src/forms/item-label.js');
    expect(describeItem(diagnostic.item, 'en')).toBe('"Số trẻ em dưới 16 tuổi – Dưới 6 tuổi – Nam" (row code 02)');
    expect(describeItem('child_id', 'vi')).toBe('child_id');
    expect(renderMessage('form-count-negative', diagnostic, 'vi').message).toContain('(mã số 02)');
  });
});
