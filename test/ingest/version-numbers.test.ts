import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type IngestOutcome, ingestFiles } from '../../src/ingest/ingest.js';
import { loadDeadlineReport } from '../../src/periods/load-deadline-report.js';
import { parsePeriod } from '../../src/periods/period.js';
import { buildReportModel } from '../../src/reports/build-report-model.js';
import { unitHistory } from '../../src/reports/unit-history.js';
import { openStore, type Store } from '../../src/store/database.js';

/** fixtures/ingest/<scenario>/scenario.yaml: ingests in order, and the version every command must show. */
interface Scenario {
  period: string;
  province: string;
  unit: string;
  as_of: string;
  ingests: Array<{ file: string; received_at: string; version: number }>;
  history: Array<[string, number]>;
  current: [string, number];
  deadlines: { versions: number; received_at: string };
}

const root = fileURLToPath(new URL('../../fixtures/ingest', import.meta.url));
const scenarios = readdirSync(root).filter((name) => !name.startsWith('.'));

describe.each(scenarios)('versions: %s', (name) => {
  const folder = resolve(root, name);
  const scenario = parseYaml(readFileSync(resolve(folder, 'scenario.yaml'), 'utf8')) as Scenario;
  const period = parsePeriod(scenario.period);
  const asOf = new Date(scenario.as_of);
  let store: Store;
  const printed: IngestOutcome[] = [];

  beforeAll(async () => {
    store = await openStore(':memory:');
    for (const step of scenario.ingests) {
      const [outcome] = await ingestFiles(store, [{ path: resolve(folder, step.file), receivedAt: new Date(step.received_at) }], { workers: 0 });
      printed.push(outcome);
    }
  });
  afterAll(() => store.close());

  it('ingest prints the number the store gives each file when it is accepted', () => {
    expect(printed.map((o) => [o.status, o.version])).toEqual(scenario.ingests.map((s) => ['accepted', s.version]));
  });

  it('history lists every version in receipt order with the same numbers', async () => {
    const history = await unitHistory(store.connection, scenario.unit, period);
    expect(history.versions.map((v) => [v.fileName, v.version])).toEqual(scenario.history);
  });

  it('a second ingest of the same files changes no number', async () => {
    const again = await ingestFiles(store, scenario.ingests.map((s) => ({ path: resolve(folder, s.file), receivedAt: new Date(s.received_at) })), { workers: 0 });
    expect(again.map((o) => o.status)).toEqual(scenario.ingests.map(() => 'unchanged'));
    const history = await unitHistory(store.connection, scenario.unit, period);
    expect(history.versions.map((v) => [v.fileName, v.version])).toEqual(scenario.history);
  });

  it('deadlines judge the first version received and count every version', async () => {
    const report = await loadDeadlineReport(store.connection, { period, provinceCode: scenario.province, asOf });
    const unit = report.units.find((u) => u.unitCode === scenario.unit);
    expect(unit).toMatchObject({ versions: scenario.deadlines.versions, receivedAt: scenario.deadlines.received_at });
  });

  it('the report uses the current version, under the same number, in its values and provenance', async () => {
    const model = await buildReportModel(store.connection, { period, provinceCode: scenario.province, asOf });
    const input = model.provenance.inputs.find((i) => i.unitCode === scenario.unit && i.kind === 'form');
    expect([input?.fileName, input?.version]).toEqual(scenario.current);
  });
});
