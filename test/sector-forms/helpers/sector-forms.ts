/**
 * Builds filled sector forms from the real template for tests: a plausible filling of every input
 * cell, the addresses the template gave them (from its `_meta`), and the reader called the way
 * `validate` calls it.
 */
import { parsePeriod } from '../../../src/periods/period.js';
import { listForPeriod } from '../../../src/periods/period-list.js';
import { sectorFormAreas } from '../../../src/sector-forms/layout.js';
import { readSectorMetaSheet } from '../../../src/sector-forms/meta.js';
import { type SectorFormSpec, sectorFormSpec, sectorItemsDue, sectorValueKey } from '../../../src/sector-forms/spec.js';
import type { SubmissionContext } from '../../../src/submissions/types.js';
import { sectorFormTemplateBytes } from '../../../src/templates/sector-form-template.js';
import { openWorkbook } from '../../forms/helpers/forms.js';

export const CONTEXT: SubmissionContext = { receivedAt: new Date('2024-05-15T03:00:00Z'), pseudonymKey: 'test-key' };

export interface SectorFormOptions {
  sector?: string;
  period?: string;
  province?: string;
  values?: ReadonlyMap<string, number | null>;
  spec?: SectorFormSpec;
}

/** Province figures of the sample filling, by item. */
const PROVINCE_FIGURES: Record<string, number> = { average_population: 1_751_000, children_reached_online_safety: 254_321 };

/**
 * Every input of the form filled and distinct: the n-th area of the form gets `base + n` for a
 * commune item (base 100 for the first item, 300 for the second, …), a province item its figure.
 */
export function sampleSectorValues(options: SectorFormOptions = {}): Map<string, number | null> {
  const spec = options.spec ?? sectorFormSpec();
  const period = parsePeriod(options.period ?? '2024-H1');
  const items = sectorItemsDue(spec, options.sector ?? 'education', period.type);
  const areas = sectorFormAreas(listForPeriod(period), options.province ?? '91', items.some((i) => i.areas === 'commune'));
  const values = new Map<string, number | null>();
  items.forEach((item, n) => {
    areas.forEach((area, index) => {
      if (item.areas !== area.level) return;
      values.set(sectorValueKey(item.id, area.code), area.level === 'province' ? (PROVINCE_FIGURES[item.id] ?? 1000 + n) : 100 + 200 * n + index);
    });
  });
  return values;
}

export function sectorFormBytes(options: SectorFormOptions = {}): Promise<Uint8Array> {
  const period = parsePeriod(options.period ?? '2024-H1');
  return sectorFormTemplateBytes(options.sector ?? 'education', period, options.province ?? '91', options.values ?? sampleSectorValues(options), options.spec);
}

/** Where the template put each input: `sectorValueKey(item, area)` → A1 address, as its `_meta` says. */
export async function sectorAddresses(bytes: Uint8Array): Promise<Map<string, string>> {
  const meta = readSectorMetaSheet(await openWorkbook(bytes));
  if (!meta) throw new Error('no _meta');
  return new Map(meta.entries.map((e) => [sectorValueKey(e.item, e.areaCode), e.cell]));
}
