import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runCli } from '../helpers/cli.js';
import { BATCH_RECEIVED_AT, writeBatch } from './helpers/batch.js';
import { holdDatabase } from './helpers/holder.js';
import { expectNoCrash } from './helpers/refusal.js';
import { storeState } from './helpers/store-state.js';

/**
 * Issue 8, two processes: while one process writes, every other command that needs the database is
 * told "database in use (process N)" with the writer's real PID and exits 1; read-only commands run
 * side by side. DuckDB refuses even a read-only open while a writer holds the file, and a writer while
 * a reader does: both must give the same clear message.
 */
let work: string;
let db: string;
let batch: string;

const PERIOD = ['--period', '2024-H1'];
const PROVINCE = ['--province', '91'];

function commands(): Record<string, string[]> {
  return {
    ingest: ['ingest', '--received-at', BATCH_RECEIVED_AT, batch],
    compute: ['compute', ...PERIOD, ...PROVINCE],
    deadlines: ['deadlines', ...PERIOD, ...PROVINCE, '--as-of', '2024-06-01'],
    report: ['report', ...PERIOD, ...PROVINCE, '--as-of', '2024-06-01', '--out', join(work, 'reports')],
    export: ['export', ...PERIOD, ...PROVINCE],
    history: ['history', '--unit', '30733', ...PERIOD],
    run: ['run', batch, ...PERIOD, ...PROVINCE, '--out', join(work, 'reports'), '--received-at', BATCH_RECEIVED_AT],
  };
}

function expectInUse(result: CliResult, pid: number): void {
  expectNoCrash(result);
  expect(result.code, result.stdout + result.stderr).toBe(1);
  expect(result.stderr).toContain(`is in use by another process (process ${pid})`);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tk13-two-processes-'));
  db = join(work, 'tk13.duckdb');
  batch = join(work, 'batch');
  await writeBatch(batch, ['912']);
  const run = await runCli(['--db', db, ...commands().run]);
  expectNoCrash(run);
  expect(run.code).toBe(1); // the batch's broken file is rejected; everything else is stored
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('while another process writes', () => {
  it('every command that needs the database says who holds it, exits 1, and nothing changes', async () => {
    const before = await storeState(db);
    const writer = await holdDatabase(work, db, 'read-write');
    try {
      const results = await Promise.all(Object.values(commands()).map((args) => runCli(['--lang', 'en', '--db', db, ...args])));
      for (const result of results) expectInUse(result, writer.pid);
      const json = await runCli(['--json', '--db', db, 'ingest', batch]);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout).error).toMatchObject({ code: 'database-in-use' });
      expect(JSON.parse(json.stdout).error.message).toContain(String(writer.pid));
    } finally {
      await writer.stop();
    }
    expect(await storeState(db)).toEqual(before);
  }, 60_000);
});

describe('while other processes only read', () => {
  it('read-only commands work side by side, and a writer is told to wait', async () => {
    const reader = await holdDatabase(work, db, 'read-only');
    try {
      const { deadlines, report, export: exported, history, ingest } = commands();
      const [a, b, c, d, writer] = await Promise.all([deadlines, report, exported, history, ingest].map((args) => runCli(['--lang', 'en', '--db', db, ...args])));
      for (const result of [a, b, c, d]) {
        expectNoCrash(result);
        expect(result.code, result.stdout + result.stderr).toBe(0);
      }
      expect(b.stdout).toContain('tk13_91_2024-H1.xlsx');
      expectInUse(writer, reader.pid);
    } finally {
      await reader.stop();
    }
  }, 60_000);
});

describe('a database file that is not a database', () => {
  it('is named in a clear message, exit 1', async () => {
    const garbage = join(work, 'garbage.duckdb');
    writeFileSync(garbage, 'this is not a DuckDB file '.repeat(1000));
    for (const args of [commands().deadlines, commands().ingest]) {
      const result = await runCli(['--lang', 'en', '--db', garbage, ...args]);
      expectNoCrash(result);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Cannot open database');
      expect(result.stderr).toContain(garbage);
    }
  }, 60_000);
});
