import type { Lang } from '../i18n/catalog-types.js';
import { registerItemDescriber } from '../i18n/item-labels.js';
import { sectorFormSpec } from './spec.js';

const SECTOR_REF = /^([a-z][a-z0-9_]*)\[area=(\d+)\]$/;

/**
 * How a diagnostic names one cell of a sector form: `enrolled_nursery[area=30733]` (an item, for one
 * area: the province or a commune). The area keeps the reference apart from the commune form's
 * inputs, some of which share an item id (the commune form describer declines it).
 */
export function sectorItemRef(item: string, areaCode: string): string {
  return `${item}[area=${areaCode}]`;
}

/**
 * How a person finds a sector form item: `"Số trẻ em từ 3 đến 5 tuổi đi học mẫu giáo" (mã số 02)`
 * (in English "row code"); undefined for any other reference, or an item the bundled template file
 * does not list (shown as it is). The area is named by the message itself (`{area}`).
 */
export function sectorItemLabel(ref: string, lang: Lang): string | undefined {
  const match = SECTOR_REF.exec(ref);
  const item = match && sectorFormSpec().items.find((i) => i.id === match[1]);
  if (!item) return undefined;
  // The form is printed in Vietnamese only: English output quotes its Vietnamese wording.
  return `"${item.label}" (${lang === 'vi' ? 'mã số' : 'row code'} ${item.code})`;
}

// Messages name sector form cells through this describer (src/i18n/item-labels.ts); importing this module registers it.
registerItemDescriber(sectorItemLabel);
