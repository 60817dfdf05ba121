import type { Lang } from '../i18n/catalog-types.js';
import { registerItemDescriber } from '../i18n/item-labels.js';
import { formSpec } from './spec.js';

const ITEM_REF = /^([a-z][a-z0-9_]*)(?:\[(.+)\])?$/;

/**
 * How a person finds a form input: `"Số trẻ em dưới 16 tuổi – Dưới 6 tuổi – Nam" (mã số 02)`
 * rather than `population[age_group=0-5;sex=male]` (in English, the same wording with "row code"); undefined for anything that is not a form input
 * (register columns, for instance), which messages then show as it is.
 */
export function formItemLabel(ref: string, lang: Lang): string | undefined {
  const match = ITEM_REF.exec(ref);
  const spec = formSpec();
  const input = match && spec.inputCells.find((c) => c.item === match[1] && c.disaggregation === (match[2] ?? 'total'));
  if (!input) return undefined;
  const item = spec.items.find((i) => i.id === input.item)!;
  const parts = [item.label.replace(/\s*\(.*\)\s*$/, '')];
  for (const dim of ['age_group', 'category', 'sex'] as const) {
    const value = input.dims[dim];
    if (value) parts.push(spec.dimensions[dim][value]);
  }
  // The form is printed in Vietnamese only: English output quotes its Vietnamese wording.
  return `"${parts.join(' – ')}" (${lang === 'vi' ? 'mã số' : 'row code'} ${input.rowCode})`;
}

// Messages name form inputs through this describer (src/i18n/item-labels.ts); importing this module registers it.
registerItemDescriber(formItemLabel);
