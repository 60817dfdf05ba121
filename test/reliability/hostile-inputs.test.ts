import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDatabase } from '../helpers/copy-database.js';
import { type CliResult, runCli } from '../helpers/cli.js';
import { SAMPLE_DIR } from './helpers/batch.js';
import { HOSTILE_CASES, RECEIVED_AT } from './helpers/corpus.js';
import { NIGHTLY } from './helpers/nightly.js';
import { BOUNDED_MEMORY, blocksOf, expectClearRefusal, expectNoCrash, expectProblems } from './helpers/refusal.js';
import { storeState } from './helpers/store-state.js';

/**
 * Issue 8, hostile input: every file of the corpus, through the built CLI, is refused by `validate`
 * and by `ingest` with a message naming the file and the problem (and its cell or line), exit 1, no
 * stack trace, within a time limit and a capped heap — and the database is left exactly as it was.
 * The everyday suite passes the whole corpus to one `validate` and one `ingest`; the nightly suite
 * (TK13_NIGHTLY=1) also runs each file on its own.
 */
let work: string;
let baseline: string;
let before: Awaited<ReturnType<typeof storeState>>;
const paths: string[] = [];
const problemsOf = (index: number) => [{ code: HOSTILE_CASES[index].code, where: HOSTILE_CASES[index].where }, ...(HOSTILE_CASES[index].also ?? [])];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tk13-hostile-'));
  // A database that already holds something: "unchanged" must mean its rows, not an empty file.
  baseline = join(work, 'baseline.duckdb');
  const seeded = await runCli(['--db', baseline, 'ingest', '--received-at', RECEIVED_AT, join(SAMPLE_DIR, 'forms', '30736_2024-H1_form.xlsx'), join(SAMPLE_DIR, 'registers', '899_2024-H1_abuse-cases.csv')]);
  expect(seeded.code, seeded.stdout + seeded.stderr).toBe(0);
  before = await storeState(baseline);
  expect(before.submissions.rows).toBe(2);
  for (const [index, hostile] of HOSTILE_CASES.entries()) {
    // Zero-padded folders: the CLI lists files in path order, which is then the corpus order.
    const dir = join(work, String(index).padStart(3, '0'));
    mkdirSync(dir);
    paths.push(join(dir, hostile.file));
    writeFileSync(paths[index], await hostile.bytes());
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the whole hostile corpus in one validate and one ingest', () => {
  let validated: CliResult;
  let ingested: CliResult;
  let validateBlocks: string[];
  let ingestBlocks: string[];
  let after: Awaited<ReturnType<typeof storeState>>;

  beforeAll(async () => {
    const db = join(work, 'all.duckdb');
    copyDatabase(baseline, db);
    [validated, ingested] = await Promise.all([
      // With annotated copies: writing them must not open what the readers refused to open.
      runCli(['--lang', 'en', 'validate', '--as-of', RECEIVED_AT, '--annotate', join(work, 'annotated'), ...paths], { env: BOUNDED_MEMORY }),
      runCli(['--lang', 'en', '--db', db, 'ingest', '--received-at', RECEIVED_AT, ...paths], { env: BOUNDED_MEMORY }),
    ]);
    const names = new Set(HOSTILE_CASES.map((c) => `${c.file}: `));
    validateBlocks = blocksOf(validated.stdout, (line) => [...names].some((n) => line.startsWith(n)));
    ingestBlocks = blocksOf(ingested.stdout, (line) => line.startsWith('  REJECTED  '));
    after = await storeState(db);
  }, 120_000);

  it('exit 1 without a crash, one block per file, nothing stored', () => {
    for (const result of [validated, ingested]) {
      expectNoCrash(result);
      expect(result.code).toBe(1);
    }
    expect(validateBlocks).toHaveLength(HOSTILE_CASES.length);
    expect(ingestBlocks).toHaveLength(HOSTILE_CASES.length);
    expect(ingested.stdout).toContain(`Files: 0 accepted, ${HOSTILE_CASES.length} rejected, 0 unchanged.`);
    expect(after).toEqual(before);
  });

  for (const [index, hostile] of HOSTILE_CASES.entries()) {
    it(`${hostile.name}: named, with ${hostile.code}${hostile.where ? ` at ${hostile.where}` : ''}`, () => {
      for (const block of [validateBlocks[index], ingestBlocks[index]]) {
        expect(block).toContain(hostile.file);
        expectProblems(block, problemsOf(index));
      }
    });
  }

  it('a good file in the same batch is still taken', async () => {
    const db = join(work, 'mixed.duckdb');
    copyDatabase(baseline, db);
    const good = join(SAMPLE_DIR, 'forms', '30739_2024-H1_form.xlsx');
    const result = await runCli(['--json', '--db', db, 'ingest', '--received-at', RECEIVED_AT, good, paths[0], paths[4]], { env: BOUNDED_MEMORY });
    expect(result.code).toBe(1);
    const { counts } = JSON.parse(result.stdout) as { counts: Record<string, number> };
    expect(counts).toEqual({ accepted: 1, rejected: 2, unchanged: 0 });
    expect((await storeState(db)).submissions.rows).toBe(before.submissions.rows + 1);
  }, 60_000);
});

describe('a hostile file given to verify as a report', () => {
  it('is refused with a clear message before it is opened', async () => {
    const picks = ['form: not a zip, named .xlsx', 'form: zip bomb lying about its size (2.6 MB inflating to 420 MB)', 'form: a million rows', 'form: XML with a DOCTYPE and nested entities'];
    const indexes = picks.map((name) => HOSTILE_CASES.findIndex((c) => c.name === name));
    expect(indexes).not.toContain(-1);
    const results = await Promise.all(indexes.map((i) => runCli(['--lang', 'en', '--db', baseline, 'verify', paths[i]], { env: BOUNDED_MEMORY })));
    for (const result of results) {
      expectNoCrash(result);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/^Error: /);
    }
    expect(results[1].stderr).toContain('inflates to too many bytes');
    expect(results[2].stderr).toContain('has too many rows');
    expect(results[3].stderr).toContain('DOCTYPE');
  }, 60_000);
});

describe.runIf(NIGHTLY)('each hostile file on its own (nightly)', () => {
  for (const [index, hostile] of HOSTILE_CASES.entries()) {
    it(`${hostile.name}: validate and ingest refuse it clearly; the database is unchanged`, async () => {
      const started = Date.now();
      const validated = await runCli(['--lang', 'en', 'validate', '--as-of', RECEIVED_AT, paths[index]], { env: BOUNDED_MEMORY });
      expectClearRefusal(validated, hostile.file, problemsOf(index));
      const db = join(work, `${index}.duckdb`);
      copyDatabase(baseline, db);
      const ingested = await runCli(['--lang', 'en', '--db', db, 'ingest', '--received-at', RECEIVED_AT, paths[index]], { env: BOUNDED_MEMORY });
      expectClearRefusal(ingested, hostile.file, problemsOf(index));
      expect(await storeState(db)).toEqual(before);
      expect(Date.now() - started).toBeLessThan(30_000);
    }, 60_000);
  }
});
