import { periodWindow } from '../../src/periods/calendar.js';
import type { Period } from '../../src/periods/period.js';
import { Random, seedOf } from '../lib/random.js';
import { casesCsv, sanctionsCsv, syntheticCases, syntheticSanctions } from '../lib/synthetic.js';
import { registerPath } from './dataset-layout.js';
import type { DistrictPlan } from './dataset-plan.js';
import { receivedAt } from './receipts.js';

export interface RegisterFile {
  path: string;
  text: string;
  rows: number;
  receivedAt: string;
}

/**
 * A district's `abuse-cases` register and, when it has decisions, its `sanctions` register, rows
 * spread over its communes. Case, child, decision and violator ids carry the district code, so they
 * are unique within the province; separators and BOMs vary the way clerks' files do.
 */
export function districtRegisters(period: Period, plan: DistrictPlan): RegisterFile[] {
  const { district, communes } = plan;
  const window = periodWindow(period);
  const style = seedOf(district.code);
  const separator = style % 3 === 0 ? ';' : ',';
  const bom = style % 2 === 0 ? '\uFEFF' : '';
  const cases = syntheticCases(new Random(seedOf(`cases:${district.code}`)), {
    prefix: `VV${district.code}`,
    communes,
    count: plan.caseRows,
    window,
    childIdPrefix: `TE${district.provinceCode}-${district.code}-`,
  });
  const sanctions = syntheticSanctions(new Random(seedOf(`sanctions:${district.code}`)), {
    prefix: district.code,
    communes,
    count: plan.sanctionRows,
    window,
    violatorIdPrefix: `VP${district.provinceCode}-${district.code}-`,
  });
  const file = (kind: 'abuse-cases' | 'sanctions', text: string, rows: number): RegisterFile => ({
    path: registerPath(district.provinceCode, district.code, period.id, kind),
    text: bom + text,
    rows,
    receivedAt: receivedAt(district.code, kind),
  });
  return [
    file('abuse-cases', casesCsv(cases, separator), cases.length),
    ...(sanctions.length > 0 ? [file('sanctions', sanctionsCsv(sanctions, separator), sanctions.length)] : []),
  ];
}
