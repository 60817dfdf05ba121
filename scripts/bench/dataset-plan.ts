/**
 * What the benchmark dataset holds, before anything is written: the provinces, communes and
 * districts in scope on the pre-July-2025 list, and how many register rows each district sends.
 * Every figure is derived from unit codes alone, so a one-province dataset is exactly that
 * province's share of the national one.
 */
import { parsePeriod, type Period } from '../../src/periods/period.js';
import { hierarchyFor } from '../../src/units/hierarchy.js';
import type { SubmittingUnit } from '../../src/submissions/types.js';
import { type Unit, unitReference } from '../../src/units/unit-lists.js';

export const BENCH_PERIOD = '2024-H1';
/** 100× today's national volume (about 2,500 abuse-case rows and 500 sanction decisions). */
export const NATIONAL_CASE_ROWS = 250_000;
export const NATIONAL_SANCTION_ROWS = 50_000;

export interface DistrictPlan {
  district: Unit;
  communes: string[];
  caseRows: number;
  sanctionRows: number;
}

export interface DatasetPlan {
  period: Period;
  provinces: string[];
  communes: Unit[];
  districts: DistrictPlan[];
}

const hierarchy = hierarchyFor('2024');

/** Every province of the pre-July-2025 list (63), in code order. */
export function nationalProvinceCodes(): string[] {
  const units = unitReference().lists['2024'].units.values();
  return [...units].filter((u) => u.level === 'province').map((u) => u.code).sort();
}

export function submitterOf(code: string): SubmittingUnit {
  const unit = hierarchy.unit(code)!;
  return { code: unit.code, name: unit.name, level: unit.level, list: '2024', provinceCode: unit.provinceCode };
}

export function planDataset(provinces: readonly string[]): DatasetPlan {
  const national = nationalProvinceCodes();
  const unknown = provinces.filter((p) => !national.includes(p));
  if (unknown.length > 0) throw new Error(`unknown province code(s) on the 2024 list: ${unknown.join(', ')}`);
  const nationalCommunes = national.reduce((n, p) => n + hierarchy.communesUnder(p).length, 0);
  const share = (communes: number, total: number) => Math.round((total * communes) / nationalCommunes);
  const sorted = [...provinces].sort();
  const districts = sorted.flatMap((p) =>
    hierarchy.districts(p).map((district) => {
      const communes = hierarchy.communesUnder(district.code).map((c) => c.code);
      return { district, communes, caseRows: share(communes.length, NATIONAL_CASE_ROWS), sanctionRows: share(communes.length, NATIONAL_SANCTION_ROWS) };
    }),
  );
  return {
    period: parsePeriod(BENCH_PERIOD),
    provinces: sorted,
    communes: sorted.flatMap((p) => hierarchy.communesUnder(p)),
    districts: districts.filter((d) => d.communes.length > 0),
  };
}
