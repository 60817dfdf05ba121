/**
 * Generates fixtures/sample-province/: Kiên Giang (province 91 in the pre-July-2025 list), the
 * half-year 2024-H1 and the year 2024, one folder per period, from the real form template.
 * Deterministic: running it again gives identical files.
 *   npm run generate:sample
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePeriod } from '../src/periods/period.js';
import { formSpec, valueKey } from '../src/forms/spec.js';
import { hierarchyFor } from '../src/units/hierarchy.js';
import { addDays } from './lib/random.js';
import { type SampleContext, type SamplePeriodSummary, writeSamplePeriod } from './lib/sample-period.js';
import { sampleReadme } from './lib/sample-readme.js';

const out = resolve(import.meta.dirname, '..', 'fixtures', 'sample-province');
const hierarchy = hierarchyFor('2024');
const cells = formSpec().inputCells;
const context: SampleContext = { out, provinceCode: '91', hierarchy, cells, manifest: [] };
const births = cells.filter((c) => c.item === 'live_births').map((c) => valueKey(c.item, c.disaggregation));

rmSync(out, { recursive: true, force: true });

const halfYear = await writeSamplePeriod(
  {
    period: parsePeriod('2024-H1'),
    seed: 2024_05_20,
    missingCommunes: 3,
    missingDistricts: 2,
    lateCommunes: 8,
    // The commune corrects its child population after the deadline.
    correction: {
      receivedAt: '2024-05-27T10:15:00+07:00',
      applies: () => true,
      first: (values) => values,
      second: (values) => {
        const key = valueKey('population', 'age_group=0-5;sex=female');
        return new Map(values).set(key, (values.get(key) ?? 0) + 37);
      },
    },
    districtSlip: { index: 3, key: valueKey('population', 'age_group=6-10;sex=male'), delta: 25 },
    // The education department, the only one due for a half-year, sends its form three days early.
    sectors: { education: -3 },
    // A child reported by two districts (counts once in the province), and a child with cases on the
    // window's first and last day.
    traps: (rows, [first, second], window) => {
      const travelling = rows.get(first)![0];
      const later = addDays(travelling.detected_on, 20);
      rows.get(second)!.push({
        ...travelling,
        case_id: `VV${second}-9001`,
        commune_code: hierarchy.communesUnder(second)[0].code,
        detected_on: later > window.end ? window.end : later,
      });
      const firstCases = rows.get(first)!;
      firstCases.push({ ...firstCases[0], case_id: `VV${first}-9002`, detected_on: window.end, abuse_forms: ['neglect'] });
      firstCases.push({ ...firstCases[0], case_id: `VV${first}-9003`, detected_on: window.start, abuse_forms: ['violence'] });
    },
  },
  context,
);

const year = await writeSamplePeriod(
  {
    period: parsePeriod('2024'),
    seed: 2024_11_15,
    missingCommunes: 2,
    missingDistricts: 1,
    lateCommunes: 6,
    // The commune sends its births once the health station's book is closed, after the deadline.
    correction: {
      receivedAt: '2024-11-26T09:40:00+07:00',
      applies: (values) => births.every((key) => values.has(key)),
      first: (values) => new Map([...values].filter(([key]) => !births.includes(key))),
      second: (values) => values,
    },
    districtSlip: { index: 7, key: valueKey('villages', 'total'), delta: 2 },
    // Statistics and information send on time; education two days late (the status sheet shows it).
    sectors: { statistics: -4, information: -1, education: 2 },
    // The registers list the whole year's cases: the first half's again, and the second half's.
    carried: { cases: halfYear.cases, sanctions: halfYear.sanctions, newFrom: '2024-05-15' },
    // A child of the first half with another case on the year's last day.
    traps: (rows, [first], window) => {
      const firstCases = rows.get(first)!;
      firstCases.push({ ...firstCases[0], case_id: `VV${first}-9004`, detected_on: window.end, abuse_forms: ['violence'], supported: true });
    },
  },
  context,
);

const periods: SamplePeriodSummary[] = [halfYear, year];
const manifest = [...context.manifest].sort((a, b) => (a[0] < b[0] ? -1 : 1));
writeFileSync(join(out, 'manifest.csv'), `file,received_at\n${manifest.map(([f, t]) => `${f},${t}`).join('\n')}\n`);
writeFileSync(join(out, 'README.md'), sampleReadme(periods));
console.log(`sample written to ${out}: ${manifest.length} files`);
