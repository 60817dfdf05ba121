import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nominalDeadline, periodWindow } from '../../src/periods/calendar.js';
import type { Period } from '../../src/periods/period.js';
import { type FormInputCell, valueKey } from '../../src/forms/spec.js';
import { formTemplateBytes } from '../../src/templates/form-template.js';
import { sectorFormSpec, sectorsDue } from '../../src/sector-forms/spec.js';
import { sectorFormTemplateBytes } from '../../src/templates/sector-form-template.js';
import type { SubmittingUnit } from '../../src/submissions/types.js';
import type { Hierarchy } from '../../src/units/hierarchy.js';
import { Random, addDays } from './random.js';
import {
  type CaseRecord,
  type SanctionRecord,
  addInto,
  casesCsv,
  sanctionsCsv,
  syntheticCases,
  syntheticFormValues,
  syntheticSanctions,
} from './synthetic.js';
import { syntheticSectorValues } from './synthetic-sector.js';

export type Values = Map<string, number>;
export type DistrictRows<T> = Map<string, T[]>;

/** What one period of the sample holds beyond the plain forms: who is missing or late, and its traps. */
export interface SamplePeriodPlan {
  period: Period;
  /** Seed of the period's draws (who is missing or late, receipt days, register rows). */
  seed: number;
  missingCommunes: number;
  missingDistricts: number;
  lateCommunes: number;
  /** One commune, the first on time whose values `applies` to, sends a second version after the deadline. */
  correction: { receivedAt: string; applies: (values: Values) => boolean; first: (values: Values) => Values; second: (values: Values) => Values };
  /** A district whose own form adds `delta` to one value of its communes' sum. */
  districtSlip: { index: number; key: string; delta: number };
  /** Register rows of the year's earlier period that this period's registers list again, and from when new rows start. */
  carried?: { cases: DistrictRows<CaseRecord>; sanctions: DistrictRows<SanctionRecord>; newFrom: string };
  /**
   * The departments' sector forms: days from the deadline each department's form arrives (negative:
   * early); a department due in the period but not listed never sends it (missing).
   */
  sectors: Record<string, number>;
  /** Rows that the indicators must count right, added to the registers before they are written. */
  traps: (rows: DistrictRows<CaseRecord>, districts: readonly string[], window: { start: string; end: string }) => void;
}

export interface SampleContext {
  out: string;
  provinceCode: string;
  hierarchy: Hierarchy;
  cells: readonly FormInputCell[];
  /** Every file written, with its receipt time (paths relative to `out`). */
  manifest: Array<[string, string]>;
}

/** What the README says about a period, and what a later period of the year carries over. */
export interface SamplePeriodSummary {
  period: Period;
  communes: number;
  missingCommunes: string[];
  missingDistricts: string[];
  lateCommunes: number;
  /** Commune forms (first versions) with some item left blank. */
  formsWithBlanks: number;
  correctionFile: string;
  /** The departments whose sector form the folder holds, with how late. */
  sectorsSent: string[];
  slipDistrict: string;
  cases: DistrictRows<CaseRecord>;
  sanctions: DistrictRows<SanctionRecord>;
}

/**
 * Writes one period of the sample under `<out>/<period>/`: commune forms (`forms/`), the districts'
 * own forms (`district-forms/`) and registers (`registers/`), every name `<unit>_<period>_<kind>`, and
 * adds each file's receipt time to the manifest. Forms arrive in the five days before the deadline
 * (late ones in the six after it), district forms in the five days before it, registers in the six
 * days after the window closes.
 */
export async function writeSamplePeriod(plan: SamplePeriodPlan, context: SampleContext): Promise<SamplePeriodSummary> {
  const { period } = plan;
  const { hierarchy, cells, manifest } = context;
  const window = periodWindow(period);
  const deadline = nominalDeadline(period, { provinceCode: context.provinceCode });
  const rng = new Random(plan.seed);
  const folder = (kind: string) => {
    mkdirSync(join(context.out, period.id, kind), { recursive: true });
    return (name: string, bytes: Uint8Array | string, day: string) => {
      writeFileSync(join(context.out, period.id, kind, name), bytes);
      manifest.push([`${period.id}/${kind}/${name}`, day.includes('T') ? day : receivedOn(day)]);
    };
  };
  /** Receipt time on a local (UTC+7) day, during office hours. */
  const receivedOn = (day: string) => `${day}T${String(rng.int(7, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+07:00`;
  const asSubmitter = (code: string): SubmittingUnit => {
    const unit = hierarchy.unit(code)!;
    return { code: unit.code, name: unit.name, level: unit.level, list: unit.list, provinceCode: unit.provinceCode };
  };

  const districts = hierarchy.districts(context.provinceCode);
  const communes = hierarchy.communesUnder(context.provinceCode).map((c) => c.code);
  const missingCommunes = new Set(rng.sample(communes, plan.missingCommunes));
  const missingDistricts = new Set(rng.sample(districts.map((d) => d.code), plan.missingDistricts));
  const lateCommunes = new Set(rng.sample(communes.filter((c) => !missingCommunes.has(c)), plan.lateCommunes));
  const values = new Map(communes.map((code) => [code, syntheticFormValues(code, cells, period)]));
  const corrected = communes.find((c) => !missingCommunes.has(c) && !lateCommunes.has(c) && plan.correction.applies(values.get(c)!))!;
  // What each commune sent first, and so what its district summed.
  const firstVersion = (code: string) => (code === corrected ? plan.correction.first(values.get(code)!) : values.get(code)!);

  const writeForm = folder('forms');
  for (const code of communes) {
    if (missingCommunes.has(code)) continue;
    const day = lateCommunes.has(code) ? addDays(deadline, rng.int(1, 6)) : addDays(deadline, rng.int(0, 5) - 5);
    writeForm(`${code}_${period.id}_form.xlsx`, await formTemplateBytes(asSubmitter(code), period, firstVersion(code)), day);
  }
  const correctionFile = `${corrected}_${period.id}_form_v2.xlsx`;
  writeForm(correctionFile, await formTemplateBytes(asSubmitter(corrected), period, plan.correction.second(values.get(corrected)!)), plan.correction.receivedAt);

  const writeDistrictForm = folder('district-forms');
  const cases: DistrictRows<CaseRecord> = new Map();
  let childSerial = 0;
  for (const [index, district] of districts.entries()) {
    const communeCodes = hierarchy.communesUnder(district.code).map((c) => c.code);
    const day = addDays(deadline, rng.int(0, 5) - 5);
    if (!missingDistricts.has(district.code)) {
      // A district sends its own totals, which the province reconciles against its communes:
      // the sum of what its communes sent it (a commune that never reported is not in it either).
      const total: Values = new Map();
      for (const code of communeCodes.filter((c) => !missingCommunes.has(c))) addInto(total, firstVersion(code), cells);
      if (index === plan.districtSlip.index) total.set(plan.districtSlip.key, (total.get(plan.districtSlip.key) ?? 0) + plan.districtSlip.delta);
      writeDistrictForm(`${district.code}_${period.id}_form.xlsx`, await formTemplateBytes(asSubmitter(district.code), period, total), day);
    }
    const fresh = syntheticCases(rng, {
      prefix: `VV${district.code}`,
      communes: communeCodes,
      count: rng.int(1, 4),
      window: { start: plan.carried?.newFrom ?? window.start, end: window.end },
      childIdPrefix: `TE91-${String(++childSerial).padStart(2, '0')}-`,
      ...(plan.carried ? { first: 101 } : {}),
    });
    cases.set(district.code, [...(plan.carried?.cases.get(district.code) ?? []), ...fresh]);
  }
  plan.traps(cases, districts.map((d) => d.code), window);

  const writeRegister = folder('registers');
  const sanctionsByDistrict: DistrictRows<SanctionRecord> = new Map();
  for (const [index, district] of districts.entries()) {
    const communeCodes = hierarchy.communesUnder(district.code).map((c) => c.code);
    const separator = index % 3 === 0 ? ';' : ',';
    const bom = index % 2 === 0 ? '\uFEFF' : '';
    // A register lists cases up to the window's last day, so it arrives after the window closes.
    const day = addDays(window.end, 1 + rng.int(0, 5));
    writeRegister(`${district.code}_${period.id}_abuse-cases.csv`, bom + casesCsv(cases.get(district.code)!, separator), day);
    const sanctions = [
      ...(plan.carried?.sanctions.get(district.code) ?? []),
      ...syntheticSanctions(rng, {
        prefix: `${index + 1}`,
        communes: communeCodes,
        // At least one new decision in a later period: a register with exactly the bytes of the
        // earlier one would be taken for that one (ingest knows files by their bytes).
        count: plan.carried ? rng.int(1, 2) : rng.int(0, 2),
        window: { start: plan.carried?.newFrom ?? window.start, end: window.end },
        violatorIdPrefix: `VP91-${district.code}-`,
        ...(plan.carried ? { first: 101 } : {}),
      }),
    ];
    sanctionsByDistrict.set(district.code, sanctions);
    if (sanctions.length > 0) writeRegister(`${district.code}_${period.id}_sanctions.csv`, bom + sanctionsCsv(sanctions, separator), day);
  }

  // The departments' sector forms (issue 15): one workbook per department with an item due in the
  // period, from the real sector form template, received around the deadline as the plan says.
  const writeSectorForm = folder('sector-forms');
  const sectorSpec = sectorFormSpec();
  const sectorsSent: string[] = [];
  for (const sector of sectorsDue(sectorSpec, period.type)) {
    const offset = plan.sectors[sector.id];
    if (offset === undefined) continue;
    const figures = syntheticSectorValues(sectorSpec, sector.id, period, context.provinceCode, values);
    const bytes = await sectorFormTemplateBytes(sector.id, period, context.provinceCode, figures);
    writeSectorForm(`${context.provinceCode}_${period.id}_sector-${sector.id}.xlsx`, bytes, addDays(deadline, offset));
    sectorsSent.push(`${sector.name}${offset > 0 ? ` (${offset} days late)` : ''}`);
  }

  return {
    period,
    communes: communes.length,
    missingCommunes: [...missingCommunes].sort(),
    missingDistricts: [...missingDistricts].sort(),
    lateCommunes: lateCommunes.size,
    formsWithBlanks: communes.filter((c) => !missingCommunes.has(c) && cells.some((cell) => !firstVersion(c).has(valueKey(cell.item, cell.disaggregation)))).length,
    correctionFile,
    sectorsSent,
    slipDistrict: districts[plan.districtSlip.index].code,
    cases,
    sanctions: sanctionsByDistrict,
  };
}
