import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSnapshot } from '../core/data-snapshot.js';
import { templatesDir } from '../core/paths.js';
import type { SectorFormSpec, SectorItemSpec, SectorPeriodType, SectorSpec } from './spec-file.js';

export type { SectorFormSpec, SectorItemSpec, SectorPeriodType, SectorSpec } from './spec-file.js';

/** templates/sector-forms.yaml: which department supplies which item, and the form's layout. */
export const sectorFormSpecFile = resolve(templatesDir, 'sector-forms.yaml');

const snapshot = readSnapshot<SectorFormSpec>('sector-forms', sectorFormSpecFile);
// The parser (yaml + zod) is loaded only when the build's snapshot is missing or stale.
const parser = snapshot ? undefined : await import('./spec-file.js');

let cached: SectorFormSpec | undefined;

/** The sector forms of the bundled `templates/sector-forms.yaml`, loaded once per process. */
export function sectorFormSpec(): SectorFormSpec {
  cached ??= snapshot ?? parser!.parseSectorFormSpec(readFileSync(sectorFormSpecFile, 'utf8'));
  return cached;
}

/** Parses a sector form template file other than the bundled one (a province's own copy, a test fixture). Throws on a broken file. */
export async function loadSectorFormSpec(file: string): Promise<SectorFormSpec> {
  const { parseSectorFormSpec } = parser ?? (await import('./spec-file.js'));
  return parseSectorFormSpec(readFileSync(file, 'utf8'));
}

/** The key of one input cell of a sector form in a values map: item and area code. */
export function sectorValueKey(item: string, areaCode: string): string {
  return `${item}|${areaCode}`;
}

/** The items department `sectorId` supplies for a period type, in the order the file lists them; [] for an unknown department. */
export function sectorItemsDue(spec: SectorFormSpec, sectorId: string, periodType: SectorPeriodType): SectorItemSpec[] {
  const sector = spec.sectors.find((s) => s.id === sectorId);
  if (!sector) return [];
  return spec.items.filter((item) => sector.items.includes(item.id) && item.frequency.includes(periodType));
}

/** The departments expected to send a form for a period type: those with at least one item due. */
export function sectorsDue(spec: SectorFormSpec, periodType: SectorPeriodType): SectorSpec[] {
  return spec.sectors.filter((s) => sectorItemsDue(spec, s.id, periodType).length > 0);
}

/** The departments as a message lists them: `education (Sở Giáo dục và Đào tạo), statistics (Thống kê tỉnh), …`. */
export function sectorChoices(spec: SectorFormSpec): string {
  return spec.sectors.map((s) => `${s.id} (${s.name})`).join(', ');
}
