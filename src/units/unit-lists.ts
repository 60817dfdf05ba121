import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { dataDir } from '../core/paths.js';

/**
 * The two administrative lists of PRODUCT §7, read from the bundled CSVs (data/dvhc/).
 * `2024` applied until 30/06/2025 (63 provinces, districts, communes); `2025` applies from
 * 01/07/2025 (34 provinces, communes, no districts). Codes were reused with new meanings,
 * so a code is only meaningful together with its list.
 */
export type ListId = '2024' | '2025';
export type UnitLevel = 'province' | 'district' | 'commune';

export interface Unit {
  list: ListId;
  code: string;
  name: string;
  level: UnitLevel;
  /** District for a 2024 commune, province for a district or a 2025 commune; none for a province. */
  parentCode?: string;
  provinceCode: string;
}

export interface UnitList {
  id: ListId;
  validFrom: string;
  validTo?: string;
  units: ReadonlyMap<string, Unit>;
}

export interface CommuneMerge {
  oldCode: string;
  newCode: string;
  mergeType: 'full' | 'partial';
}

export interface UnitReference {
  lists: Record<ListId, UnitList>;
  merges: readonly CommuneMerge[];
}

export const LIST_VALIDITY: Record<ListId, { validFrom: string; validTo?: string }> = {
  '2024': { validFrom: '2025-03-01', validTo: '2025-06-30' },
  '2025': { validFrom: '2025-07-01' },
};

/** The list in force on a local date (yyyy-mm-dd); dates before 2025-07-01 use the 2024 list. */
export function listForDate(isoDate: string): ListId {
  return isoDate >= LIST_VALIDITY['2025'].validFrom ? '2025' : '2024';
}

/** Rows of a bundled CSV, one object per line keyed by the header. */
function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(resolve(dataDir, 'dvhc', name), 'utf8');
  if (text.includes('"')) return parse(text, { columns: true, skip_empty_lines: true });
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line !== '');
  const keys = header.split(',');
  return lines.map((line) => {
    const fields = line.split(',');
    const row: Record<string, string> = {};
    for (let i = 0; i < keys.length; i++) row[keys[i]] = fields[i] ?? '';
    return row;
  });
}

/** Adds a unit the first time its code is seen (a province or district repeats on each commune line). */
function addUnit(units: Map<string, Unit>, code: string, make: () => Unit): void {
  if (!units.has(code)) units.set(code, make());
}

function loadList2024(): UnitList {
  const units = new Map<string, Unit>();
  for (const r of readCsv('units-2024.csv')) {
    addUnit(units, r.province_code, () => ({ list: '2024', code: r.province_code, name: r.province_name, level: 'province', provinceCode: r.province_code }));
    addUnit(units, r.district_code, () => ({ list: '2024', code: r.district_code, name: r.district_name, level: 'district', parentCode: r.province_code, provinceCode: r.province_code }));
    if (r.commune_code) {
      addUnit(units, r.commune_code, () => ({ list: '2024', code: r.commune_code, name: r.commune_name, level: 'commune', parentCode: r.district_code, provinceCode: r.province_code }));
    }
  }
  return { id: '2024', ...LIST_VALIDITY['2024'], units };
}

function loadList2025(): UnitList {
  const units = new Map<string, Unit>();
  for (const r of readCsv('units-2025.csv')) {
    addUnit(units, r.province_code, () => ({ list: '2025', code: r.province_code, name: r.province_name, level: 'province', provinceCode: r.province_code }));
    addUnit(units, r.commune_code, () => ({ list: '2025', code: r.commune_code, name: r.commune_name, level: 'commune', parentCode: r.province_code, provinceCode: r.province_code }));
  }
  return { id: '2025', ...LIST_VALIDITY['2025'], units };
}

let cached: UnitReference | undefined;

/** Defines `key` on `target` as a value computed on first read, then kept. */
function lazy<T extends object, K extends keyof T>(target: T, key: K, load: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = load();
      Object.defineProperty(target, key, { value, enumerable: true });
      return value;
    },
  });
}

/**
 * Both lists and the old→new commune mapping, each read from its CSV the first time it is used
 * (once per process): a command about a 2024 period never pays for the 2025 list, nor for the merges.
 */
export function unitReference(): UnitReference {
  if (!cached) {
    const lists = {} as Record<ListId, UnitList>;
    lazy(lists, '2024', loadList2024);
    lazy(lists, '2025', loadList2025);
    const reference = { lists } as UnitReference;
    lazy(reference, 'merges', () =>
      readCsv('commune-merge-2025.csv').map((r): CommuneMerge => ({
        oldCode: r.old_commune_code,
        newCode: r.new_commune_code,
        mergeType: r.merge_type === 'full' ? 'full' : 'partial',
      })),
    );
    cached = reference;
  }
  return cached;
}
