/**
 * Generates fixtures/sample-province/: Kiên Giang (province 91 in the pre-July-2025 list), half-year
 * 2024, from the real form template. Deterministic: running it again gives identical files.
 *   npm run generate:sample
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePeriod } from '../src/periods/period.js';
import { periodWindow } from '../src/periods/calendar.js';
import { formSpec, valueKey } from '../src/forms/spec.js';
import { formTemplateBytes } from '../src/templates/form-template.js';
import type { SubmittingUnit } from '../src/submissions/types.js';
import { hierarchyFor } from '../src/units/hierarchy.js';
import { Random, addDays } from './lib/random.js';
import { addInto, casesCsv, sanctionsCsv, syntheticCases, syntheticFormValues, syntheticSanctions } from './lib/synthetic.js';

const PROVINCE = '91';
const period = parsePeriod('2024-H1');
const window = periodWindow(period);
const out = resolve(import.meta.dirname, '..', 'fixtures', 'sample-province');
const hierarchy = hierarchyFor('2024');
const cells = formSpec().inputCells;
const rng = new Random(2024_05_20);

const asSubmitter = (code: string): SubmittingUnit => {
  const unit = hierarchy.unit(code)!;
  return { code: unit.code, name: unit.name, level: unit.level, list: '2024', provinceCode: unit.provinceCode };
};

/** Receipt time on a local (UTC+7) day, during office hours. */
const receivedOn = (day: string) => `${day}T${String(rng.int(7, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+07:00`;

rmSync(out, { recursive: true, force: true });
for (const dir of ['forms', 'district-forms', 'registers']) mkdirSync(join(out, dir), { recursive: true });
const manifest: Array<[string, string]> = [];

const districts = hierarchy.districts(PROVINCE);
const communes = hierarchy.communesUnder(PROVINCE);
const missingCommunes = new Set(rng.sample(communes.map((c) => c.code), 3));
const missingDistricts = new Set(rng.sample(districts.map((d) => d.code), 2));
const lateCommunes = new Set(rng.sample(communes.map((c) => c.code).filter((c) => !missingCommunes.has(c)), 8));
const resubmitted = communes.find((c) => !missingCommunes.has(c.code) && !lateCommunes.has(c.code))!.code;

const valuesByCommune = new Map(communes.map((c) => [c.code, syntheticFormValues(c.code, cells)]));

for (const commune of communes) {
  if (missingCommunes.has(commune.code)) continue;
  const name = `${commune.code}_${period.id}_form.xlsx`;
  writeFileSync(join(out, 'forms', name), await formTemplateBytes(asSubmitter(commune.code), period, valuesByCommune.get(commune.code)));
  const day = lateCommunes.has(commune.code) ? addDays('2024-05-20', rng.int(1, 6)) : addDays('2024-05-15', rng.int(0, 5));
  manifest.push([`forms/${name}`, receivedOn(day)]);
}

// One commune corrects its child population after the deadline: a second version supersedes the first.
const corrected = new Map(valuesByCommune.get(resubmitted));
const key = valueKey('population', 'age_group=0-5;sex=female');
corrected.set(key, (corrected.get(key) ?? 0) + 37);
const correctionName = `${resubmitted}_${period.id}_form_v2.xlsx`;
writeFileSync(join(out, 'forms', correctionName), await formTemplateBytes(asSubmitter(resubmitted), period, corrected));
manifest.push([`forms/${correctionName}`, '2024-05-27T10:15:00+07:00']);

let childSerial = 0;
const registerRows = new Map<string, ReturnType<typeof syntheticCases>>();
for (const [index, district] of districts.entries()) {
  const communeCodes = hierarchy.communesUnder(district.code).map((c) => c.code);
  const day = addDays('2024-05-15', rng.int(0, 5));
  if (!missingDistricts.has(district.code)) {
    // A district sends its own totals, which the province reconciles against its communes.
    const total = new Map<string, number>();
    // …from what its communes sent it: a commune that never reported is not in the district's sum either.
    for (const code of communeCodes.filter((c) => !missingCommunes.has(c))) addInto(total, valuesByCommune.get(code)!, cells);
    if (index === 3) total.set(valueKey('population', 'age_group=6-10;sex=male'), (total.get(valueKey('population', 'age_group=6-10;sex=male')) ?? 0) + 25);
    const name = `${district.code}_${period.id}_form.xlsx`;
    writeFileSync(join(out, 'district-forms', name), await formTemplateBytes(asSubmitter(district.code), period, total));
    manifest.push([`district-forms/${name}`, receivedOn(day)]);
  }
  const cases = syntheticCases(rng, {
    prefix: `VV${district.code}`,
    communes: communeCodes,
    count: rng.int(1, 4),
    window,
    childIdPrefix: `TE91-${String(++childSerial).padStart(2, '0')}-`,
  });
  registerRows.set(district.code, cases);
}

// The traps the indicators must get right: a child reported by two districts (counts once in the
// province), and a child with a second case after a birthday.
const [first, second] = districts;
const travelling = registerRows.get(first.code)![0];
registerRows.get(second.code)!.push({
  ...travelling,
  case_id: `VV${second.code}-9001`,
  commune_code: hierarchy.communesUnder(second.code)[0].code,
  detected_on: addDays(travelling.detected_on, 20) > window.end ? window.end : addDays(travelling.detected_on, 20),
});
const firstCases = registerRows.get(first.code)!;
firstCases.push({ ...firstCases[0], case_id: `VV${first.code}-9002`, detected_on: window.end, abuse_forms: ['neglect'] });
firstCases.push({ ...firstCases[0], case_id: `VV${first.code}-9003`, detected_on: window.start, abuse_forms: ['violence'] });

for (const [index, district] of districts.entries()) {
  const communeCodes = hierarchy.communesUnder(district.code).map((c) => c.code);
  const separator = index % 3 === 0 ? ';' : ',';
  const bom = index % 2 === 0 ? '\uFEFF' : '';
  // Registers cover the window up to 14/05, so they arrive after it closes.
  const day = addDays('2024-05-15', rng.int(0, 5));
  const casesName = `${district.code}_${period.id}_abuse-cases.csv`;
  writeFileSync(join(out, 'registers', casesName), bom + casesCsv(registerRows.get(district.code)!, separator));
  manifest.push([`registers/${casesName}`, receivedOn(day)]);
  const sanctions = syntheticSanctions(rng, {
    prefix: `${index + 1}`,
    communes: communeCodes,
    count: rng.int(0, 2),
    window,
    violatorIdPrefix: `VP91-${district.code}-`,
  });
  if (sanctions.length === 0) continue;
  const sanctionsName = `${district.code}_${period.id}_sanctions.csv`;
  writeFileSync(join(out, 'registers', sanctionsName), bom + sanctionsCsv(sanctions, separator));
  manifest.push([`registers/${sanctionsName}`, receivedOn(day)]);
}

manifest.sort((a, b) => (a[0] < b[0] ? -1 : 1));
writeFileSync(join(out, 'manifest.csv'), `file,received_at\n${manifest.map(([f, t]) => `${f},${t}`).join('\n')}\n`);
writeFileSync(
  join(out, 'README.md'),
  `# Sample province: Kiên Giang (91), half-year 2024

Synthetic but plausible submissions, generated by \`npm run generate:sample\` (scripts/generate-sample.ts)
from the real form template, so they never drift from the form layout. Do not edit by hand.

- \`forms/\`: one commune form per commune (${communes.length - missingCommunes.size} of ${communes.length}; missing: ${[...missingCommunes].sort().join(', ')}),
  ${lateCommunes.size} received late, and \`${correctionName}\`, a correction received after the deadline.
- \`district-forms/\`: the districts' own totals (missing: ${[...missingDistricts].sort().join(', ')}); one district's
  figures differ from the sum of its communes, which the province report flags.
- \`registers/\`: abuse-case and sanction registers per district (UTF-8 with and without BOM, \`,\` and \`;\`
  separators, Vietnamese headers and labels). One child is reported by two districts; one child has
  cases on the window's first and last day.
- \`manifest.csv\`: when each file was received (\`tk13 run\` reads it automatically).
`,
);
console.log(`sample written to ${out}: ${manifest.length} files`);
