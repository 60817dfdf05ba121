/**
 * The national-scale ingest: files parsed on worker threads and written in batches, one transaction
 * per batch. Outcomes and stored rows must be exactly those of parsing one file at a time; versions,
 * duplicates and refusals must come out right inside a batch.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/periods/period.js';
import { type Store, openStore, queryRows } from '../../src/store/database.js';
import { type IngestOptions, type IngestOutcome, type IngestRequest, ingestFiles } from '../../src/ingest/ingest.js';
import { formSpec, valueKey } from '../../src/forms/spec.js';
import { formTemplateBytes } from '../../src/templates/form-template.js';
import { syntheticFormValues } from '../../scripts/lib/synthetic.js';
import { communeForm } from '../../scripts/bench/commune-form.js';
import { planDataset, submitterOf } from '../../scripts/bench/dataset-plan.js';
import { districtRegisters } from '../../scripts/bench/registers.js';

const period = parsePeriod('2024-H1');
const cells = formSpec().inputCells;
const KEY = 'same-key-for-both-stores-0123456789abcdef';
let dir: string;
const stores: Store[] = [];

const at = (day: string, hour = 9) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);
const path = (name: string) => join(dir, name);

function write(name: string, bytes: Uint8Array | string): string {
  writeFileSync(path(name), bytes);
  return path(name);
}

async function store(): Promise<Store> {
  // One pseudonym key for both stores, so the same child gets the same stored id in each.
  const opened = await openStore(':memory:', { pseudonymKey: KEY });
  stores.push(opened);
  return opened;
}

async function ingest(requests: IngestRequest[], options: IngestOptions): Promise<{ outcomes: IngestOutcome[]; store: Store }> {
  const target = await store();
  return { outcomes: await ingestFiles(target, requests, { period: period.id, ...options }), store: target };
}

/** Everything stored, in a fixed order, without the ingest's own clock. */
async function stored(target: Store) {
  const q = (sql: string) => queryRows(target.connection, sql);
  return {
    submissions: await q('SELECT * EXCLUDE (ingested_at) FROM submissions ORDER BY submission_id'),
    diagnostics: await q('SELECT * FROM submission_diagnostics ORDER BY submission_id, seq'),
    forms: await q('SELECT * FROM form_values ORDER BY submission_id, cell'),
    cases: await q('SELECT * FROM abuse_case_rows ORDER BY submission_id, line'),
    sanctions: await q('SELECT * FROM sanction_rows ORDER BY submission_id, line'),
  };
}

const brief = (o: IngestOutcome) => [o.file, o.status, o.version ?? null, o.submissionId ?? null];

let communes: string[];
let forms: IngestRequest[];
let registers: IngestRequest[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tk13-ingest-batches-'));
  const district = planDataset(['91']).districts[0];
  communes = district.communes.slice(0, 8);
  forms = await Promise.all(
    communes.map(async (code, i) => ({ path: write(`${code}_2024-H1_form.xlsx`, await communeForm(code, period, cells)), receivedAt: at('2024-05-16', 8 + i) })),
  );
  registers = districtRegisters(period, district).map((file) => ({ path: write(basename(file.path), file.text), receivedAt: at('2024-05-17') }));
});

afterAll(() => {
  for (const s of stores) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest in parallel and in batches', () => {
  it('gives the same outcomes and stored rows as parsing one file at a time', async () => {
    const broken = new Map<string, number | string>(syntheticFormValues(communes[1], cells, period));
    broken.set(valueKey('population', 'age_group=0-5;sex=male'), 'nhiều');
    const requests = [
      ...forms,
      ...registers,
      { path: write('broken_form.xlsx', await formTemplateBytes(submitterOf(communes[1]), period, broken)), receivedAt: at('2024-05-18') },
      { path: write('copy_of_first.xlsx', await communeForm(communes[0], period, cells)), receivedAt: at('2024-05-19') },
    ];
    const parallel = await ingest(requests, { workers: 2, batch: { files: 3, rows: 1_000_000 } });
    const sequential = await ingest(requests, { workers: 0 });
    expect(parallel.outcomes.map(brief)).toEqual(sequential.outcomes.map(brief));
    expect(parallel.outcomes.map((o) => o.diagnostics)).toEqual(sequential.outcomes.map((o) => o.diagnostics));
    expect(await stored(parallel.store)).toEqual(await stored(sequential.store));
    expect(parallel.outcomes.map((o) => o.status)).toEqual([...forms.map(() => 'accepted'), 'accepted', 'accepted', 'rejected', 'unchanged']);
    expect((await stored(parallel.store)).cases.length).toBeGreaterThan(100);
  });

  it('numbers two versions of a unit in one batch by receipt order, whatever the file order', async () => {
    // A correction that keeps every rule of the form (children aged 3–5 within those under 6).
    const under6Girls = valueKey('population', 'age_group=0-5;sex=female');
    const corrected = new Map(syntheticFormValues(communes[0], cells, period));
    corrected.set(under6Girls, corrected.get(under6Girls)! + 1);
    const later = { path: forms[0].path, receivedAt: at('2024-05-20') };
    const earlier = { path: write('correction_sent_first.xlsx', await formTemplateBytes(submitterOf(communes[0]), period, corrected)), receivedAt: at('2024-05-15') };
    const { outcomes, store: target } = await ingest([later, earlier, forms[1]], { workers: 2, batch: { files: 10, rows: 1_000_000 } });
    expect(outcomes.map((o) => [o.file, o.version])).toEqual([
      [`${communes[0]}_2024-H1_form.xlsx`, 2],
      ['correction_sent_first.xlsx', 1],
      [`${communes[1]}_2024-H1_form.xlsx`, 1],
    ]);
    const [current] = await queryRows<{ file_name: string }>(target.connection, `SELECT file_name FROM current_submissions WHERE unit_code = '${communes[0]}'`);
    expect(current.file_name).toBe(`${communes[0]}_2024-H1_form.xlsx`);
    // A third version in a later ingest continues the count.
    const third = new Map(corrected);
    third.set(under6Girls, corrected.get(under6Girls)! + 2);
    const [next] = await ingestFiles(target, [{ path: write('third.xlsx', await formTemplateBytes(submitterOf(communes[0]), period, third)), receivedAt: at('2024-05-25') }]);
    expect(next.version).toBe(3);
  });

  it('stores byte-identical files once, also two copies in the same batch', async () => {
    const copy = { path: write('same_bytes_other_name.xlsx', await communeForm(communes[2], period, cells)), receivedAt: at('2024-05-19') };
    const { outcomes, store: target } = await ingest([copy, forms[2], forms[3]], { workers: 2, batch: { files: 10, rows: 1_000_000 } });
    expect(outcomes.map((o) => o.status)).toEqual(['unchanged', 'accepted', 'accepted']);
    expect(outcomes[0].submissionId).toBe(outcomes[1].submissionId);
    const again = await ingestFiles(target, [forms[2], copy], { workers: 2 });
    expect(again.map((o) => [o.status, o.submissionId])).toEqual([
      ['unchanged', outcomes[1].submissionId],
      ['unchanged', outcomes[1].submissionId],
    ]);
    const [{ n }] = await queryRows<{ n: number }>(target.connection, 'SELECT count(*)::INTEGER AS n FROM submissions');
    expect(n).toBe(2);
  });

  it('leaves the other files of a batch accepted when one is refused', async () => {
    const notAWorkbook = { path: write('bao_cao.xlsx', 'Báo cáo gửi kèm theo email'), receivedAt: at('2024-05-16', 12) };
    const { outcomes, store: target } = await ingest([...forms.slice(0, 4), notAWorkbook, ...registers], { workers: 2, batch: { files: 100, rows: 1_000_000 } });
    expect(outcomes.map((o) => o.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'rejected', 'accepted', 'accepted']);
    const [{ n }] = await queryRows<{ n: number }>(target.connection, 'SELECT count(*)::INTEGER AS n FROM submissions');
    expect(n).toBe(6);
  });

  it('parses a later copy of a file whose first copy was refused for its receipt time', async () => {
    const cases = registers[0];
    const tooEarly = { path: cases.path, receivedAt: at('2023-12-01') };
    mkdirSync(path('resent'));
    const inTime = { path: join(path('resent'), basename(cases.path)), receivedAt: at('2024-05-18') };
    copyFileSync(cases.path, inTime.path);
    const { outcomes } = await ingest([tooEarly, inTime], { workers: 2, batch: { files: 10, rows: 1_000_000 } });
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'accepted']);
    expect(outcomes[0].diagnostics.some((d) => d.code === 'register-date-after-receipt')).toBe(true);
  });
});
