import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDatabase } from '../helpers/copy-database.js';
import { Random } from '../../scripts/lib/random.js';
import { openStore } from '../../src/store/database.js';
import { cliPath, runCli } from '../helpers/cli.js';
import { insertSubmission } from '../helpers/store-rows.js';
import { BATCH_RECEIVED_AT, SAMPLE_DIR, writeBatch } from './helpers/batch.js';
import { sized } from './helpers/nightly.js';
import { expectNoCrash } from './helpers/refusal.js';
import { canonicalDump, submissionIntegrity, tableNames } from './helpers/store-state.js';

/**
 * Issue 8, crash safety: `ingest` of a multi-file batch is killed with SIGKILL at seeded random moments.
 * After every kill the database opens, holds no partial submission and nothing but owner-readable
 * files; a final uninterrupted rerun converges to exactly what an uninterrupted run stores.
 * TK13_SEED=n replays another sequence of moments; TK13_NIGHTLY=1 kills five times as often.
 */
const SEED = Number(process.env.TK13_SEED ?? 20240520);
const KILLS = sized(20, 100);
const CREATION_KILLS = sized(2, 12);

let work: string;
let batch: string;
let fresh: string;
let files: number;

function ingestArgs(db: string, source: string): string[] {
  return [cliPath, '--db', db, 'ingest', '--received-at', BATCH_RECEIVED_AT, source];
}

function walSize(db: string): number {
  return existsSync(`${db}.wal`) ? statSync(`${db}.wal`).size : -1;
}

/**
 * Runs ingest and kills it with SIGKILL, either `at.afterMs` after the start, or `at.afterWalMs` after
 * its write-ahead log first changes (the commit of a batch being written). True when it was killed
 * before it finished.
 */
function ingestKilled(db: string, source: string, at: { afterMs: number } | { afterWalMs: number }): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ingestArgs(db, source), { stdio: 'ignore' });
    const kill = () => child.kill('SIGKILL');
    let timer: NodeJS.Timeout | undefined;
    let watch: NodeJS.Timeout | undefined;
    if ('afterMs' in at) timer = setTimeout(kill, at.afterMs);
    else {
      const initial = walSize(db);
      watch = setInterval(() => {
        if (walSize(db) === initial) return;
        clearInterval(watch);
        timer = setTimeout(kill, at.afterWalMs);
      }, 2);
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearInterval(watch);
      const finished = signal === null;
      if (finished && code !== 0 && code !== 1) reject(new Error(`ingest exited with ${code}`));
      else resolve(!finished);
    });
  });
}

/** Children's data stays owner-only even when a killed process leaves its write-ahead log behind. */
function expectOwnerOnly(db: string): void {
  for (const path of [db, `${db}.wal`]) {
    if (existsSync(path)) expect((statSync(path).mode & 0o777).toString(8), path).toBe('600');
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tk13-crash-'));
  batch = join(work, 'batch');
  files = await writeBatch(batch, ['902', '903']);
  // One empty database, copied for every run: both runs then share its pseudonymisation key.
  fresh = join(work, 'fresh.duckdb');
  (await openStore(fresh)).close();
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the integrity check the crash test relies on', () => {
  it('notices a submission missing rows, and rows without their submission', async () => {
    const db = join(work, 'damaged.duckdb');
    const store = await openStore(db);
    try {
      const rows = [1, 2, 3].map((n) => ({ item: 'population', sex: 'male', age_group: '0-5', value: n, cell: `E${n}` }));
      const id = await insertSubmission(store.connection, { kind: 'form', unit: '30733', period: '2024-H1', rows });
      await store.connection.run(`DELETE FROM form_values WHERE submission_id = ${id} AND cell = 'E3'`);
      await store.connection.run(`INSERT INTO sanction_rows VALUES (999, 2, 'QĐ', DATE '2024-03-01', '30733', 'x', 'individual', 1, NULL)`);
    } finally {
      store.close();
    }
    expect((await submissionIntegrity(db)).partial).toEqual(['submission 1 (30733_2024-H1_form_1.csv): declares 3 rows, holds 2', 'submission 999 (no submission row): declares - rows, holds 1']);
  });
});

describe('ingest killed with SIGKILL', () => {
  it(`at ${KILLS} random moments of a batch of 30 files keeps every file whole, and a rerun converges`, async () => {
    expect(files).toBe(30);
    const reference = join(work, 'reference.duckdb');
    copyDatabase(fresh, reference);
    const started = Date.now();
    const uninterrupted = await runCli(ingestArgs(reference, batch).slice(1));
    const duration = Date.now() - started;
    expectNoCrash(uninterrupted);
    expect(uninterrupted.stdout).toMatch(new RegExp(`${files - 1} (đã nhận|accepted), 1 (bị từ chối|rejected)`));
    const expected = await canonicalDump(reference);

    const rng = new Random(SEED);
    const crashed = join(work, 'crashed.duckdb');
    copyDatabase(fresh, crashed);
    const moments: string[] = [];
    // Three kills in four at a moment in one of equal slices of the run (shuffled), so that the start,
    // the reading and the parsing all get their share; the fourth within 40 ms of the write-ahead log
    // changing, that is while a batch is being committed.
    const timed = Math.ceil((KILLS * 3) / 4);
    const slices = rng.sample(Array.from({ length: timed }, (_, i) => i), timed);
    let killed = 0;
    let cycles = 0;
    while (killed < KILLS) {
      const atCommit = moments.length % 4 === 3;
      const at = atCommit ? { afterWalMs: rng.int(0, 40) } : { afterMs: Math.round((((slices.pop() ?? rng.next() * timed) + rng.next()) / timed) * duration * 1.05) };
      const wasKilled = await ingestKilled(crashed, batch, at);
      const { partial, submissions } = await submissionIntegrity(crashed);
      moments.push(`${'afterMs' in at ? `${at.afterMs} ms` : `${at.afterWalMs} ms after the WAL moved`} → ${submissions} stored${wasKilled ? '' : ' (finished)'}`);
      expect(partial, `after ${moments.join(', ')} (seed ${SEED})`).toEqual([]);
      expectOwnerOnly(crashed);
      if (wasKilled) killed++;
      else expect(submissions, 'a run that finished stored the whole batch').toBe(files - 1);
      if (submissions === files - 1) {
        // The whole batch is in: start over on an empty database, so kills keep landing mid-batch.
        expect(await canonicalDump(crashed)).toEqual(expected);
        copyDatabase(fresh, crashed);
        rmSync(`${crashed}.wal`, { force: true });
        cycles++;
      }
    }

    const rerun = await runCli(ingestArgs(crashed, batch).slice(1));
    expectNoCrash(rerun);
    expect(rerun.code).toBe(1);
    expect(await canonicalDump(crashed), `moments: ${moments.join(', ')} (seed ${SEED})`).toEqual(expected);
    expectOwnerOnly(crashed);
    expect(cycles).toBeGreaterThan(0);
  }, sized(120_000, 900_000));

  it(`while it creates the database (${CREATION_KILLS} kills) leaves none or a whole one`, async () => {
    const rng = new Random(SEED + 1);
    const one = join(work, 'one');
    mkdirSync(one, { recursive: true });
    copyFileSync(join(SAMPLE_DIR, 'forms', '30736_2024-H1_form.xlsx'), join(one, '30736_2024-H1_form.xlsx'));
    for (let n = 0; n < CREATION_KILLS; n++) {
      const db = join(work, `created-${n}.duckdb`);
      const delay = rng.int(100, 700);
      await ingestKilled(db, one, { afterMs: delay });
      if (existsSync(db)) {
        expectOwnerOnly(db);
        const store = await openStore(db, { readOnly: true }).catch((error: Error) => error);
        // Either the schema was committed whole (and opens), or nothing was and the file opens as "no database yet".
        if (store instanceof Error) expect(store.message).toContain('database-not-found');
        else {
          const run = (sql: string) => store.connection.runAndReadAll(sql).then((r) => r.getRowObjectsJson() as Record<string, unknown>[]);
          expect(await tableNames(run)).toEqual(expect.arrayContaining(['settings', 'submissions', 'units']));
          store.close();
        }
      }
      const after = await runCli(ingestArgs(db, one).slice(1));
      expect(after.code, `${after.stdout}${after.stderr} (killed after ${delay} ms, seed ${SEED + 1})`).toBe(0);
      expect((await submissionIntegrity(db)).partial).toEqual([]);
    }
  }, 60_000);
});
