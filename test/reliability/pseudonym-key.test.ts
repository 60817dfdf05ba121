import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { pseudonymise } from '../../src/registers/pseudonym.js';
import { IN_MEMORY, openStore, queryRows } from '../../src/store/database.js';
import { keyFileOf, keyFingerprint } from '../../src/store/pseudonym-key.js';
import { repoRoot, runCli } from '../helpers/cli.js';

/**
 * Issue 13: the pseudonyms of child ids cannot be reversed by whoever holds a copy of the database
 * file. The key lives in `<db>.key` (mode 0600) or TK13_KEY; the database keeps only a fingerprint,
 * and a missing or wrong key is refused instead of counting the same child twice.
 */
const SAMPLE = join(repoRoot, 'fixtures', 'sample-province', '2024-H1', 'registers');
const CASE_REGISTERS = readdirSync(SAMPLE).filter((f) => f.endsWith('_abuse-cases.csv')).map((f) => join(SAMPLE, f));
const RECEIVED = new Date('2024-07-10T09:00:00+07:00');

/** The child ids of the sample registers, as written. */
function sampleChildIds(): string[] {
  const ids = new Set<string>();
  for (const file of CASE_REGISTERS) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) if (line.trim()) ids.add(line.split(/[,;]/)[1]);
  }
  return [...ids];
}

/**
 * Every key-like value (32 characters or more) a database file holds, read with DuckDB alone (no
 * tk13, no key file): the attacker's key candidates. The key tk13 makes is 64 hex characters.
 */
async function everyStoredText(db: string): Promise<{ texts: string[]; childIds: string[] }> {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
    const texts: string[] = [];
    for (const { table_name } of await rows("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'")) {
      for (const row of await rows(`SELECT * FROM "${String(table_name)}"`)) for (const value of Object.values(row)) if (typeof value === 'string' && value.length >= 32) texts.push(value);
    }
    return { texts: [...new Set(texts)], childIds: (await rows('SELECT DISTINCT child_id FROM abuse_case_rows')).map((r) => String(r.child_id)) };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

let work: string;
let db: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tk13-key-'));
  db = join(work, 'tk13.duckdb');
  const store = await openStore(db);
  try {
    const outcomes = await ingestFiles(store, CASE_REGISTERS.map((path) => ({ path, receivedAt: RECEIVED })), { period: '2024-H1', workers: 0 });
    expect(outcomes.filter((o) => o.status === 'accepted').length).toBe(CASE_REGISTERS.length);
    await store.connection.run('CHECKPOINT');
  } finally {
    store.close();
  }
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the pseudonym key', () => {
  it('is a file beside the database, readable by its owner only; the database holds only its fingerprint', async () => {
    const key = readFileSync(keyFileOf(db), 'utf8').trim();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect((statSync(keyFileOf(db)).mode & 0o777).toString(8)).toBe('600');
    const { texts } = await everyStoredText(db);
    expect(texts).toContain(keyFingerprint(key));
    expect(texts).not.toContain(key);
    expect(readFileSync(db).includes(Buffer.from(key))).toBe(false);
  });

  it('cannot be found in the database file: a dictionary attack with every value it holds recovers no child id', async () => {
    const attacked = join(work, 'stolen-copy.duckdb');
    copyFileSync(db, attacked);
    const { texts, childIds } = await everyStoredText(attacked);
    const ids = sampleChildIds();
    expect(childIds.length).toBe(ids.length);
    // The guesses: the sample's own ids and a few hundred more of the same shape.
    const guesses = [...ids];
    for (let district = 1; district <= 20; district++) for (let n = 1; n <= 15; n++) guesses.push(`TE91-${String(district).padStart(2, '0')}-${String(n).padStart(5, '0')}`);
    const stored = new Set(childIds);
    const recovered = (key: string) => guesses.filter((guess) => stored.has(pseudonymise(guess, key)));
    for (const candidate of texts) expect(recovered(candidate), `key candidate from the database`).toEqual([]);
    // The same attack with the key file recovers every child: the attack is real, the key is what stops it.
    expect(new Set(recovered(readFileSync(keyFileOf(db), 'utf8').trim()))).toEqual(new Set(ids));
  }, 60_000);

  it('missing or wrong: ingest is refused with a clear message, exit 1, and nothing is stored', async () => {
    const copy = join(work, 'copy.duckdb');
    copyFileSync(db, copy);
    const register = CASE_REGISTERS[0];
    const missing = await runCli(['--db', copy, 'ingest', register, '--period', '2024-H1']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`Không tìm thấy khóa mã hóa mã trẻ em của cơ sở dữ liệu ${copy} (tệp khóa ${keyFileOf(copy)})`);
    expect(missing.stderr).toContain('Chép lại tệp khóa từ bản sao lưu');
    const count = async () => (await everyStoredText(copy)).childIds.length;
    const before = await count();
    writeFileSync(keyFileOf(copy), `${'ab'.repeat(32)}\n`, { mode: 0o600 });
    const wrong = await runCli(['--db', copy, 'ingest', register, '--period', '2024-H1']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`Khóa mã hóa mã trẻ em (${keyFileOf(copy)}) không phải khóa của cơ sở dữ liệu ${copy}`);
    const wrongEnv = await runCli(['--db', db, '--lang', 'en', 'ingest', register, '--period', '2024-H1'], { env: { TK13_KEY: 'cd'.repeat(32) } });
    expect(wrongEnv.code).toBe(1);
    expect(await count()).toBe(before);
    expect(wrongEnv.stderr).toContain(`The pseudonym key (TK13_KEY) is not the key of database ${db}`);
  }, 60_000);

  it('from TK13_KEY is used instead of a key file, for a new database too', async () => {
    const fresh = join(work, 'from-env.duckdb');
    const secret = 'ef'.repeat(32);
    const first = await runCli(['--db', fresh, 'ingest', CASE_REGISTERS[0], '--period', '2024-H1'], { env: { TK13_KEY: secret } });
    expect(first.code).toBe(0);
    expect(existsSync(keyFileOf(fresh))).toBe(false);
    const store = await openStore(fresh, { pseudonymKey: secret });
    try {
      expect(await store.pseudonymKey()).toBe(secret);
    } finally {
      store.close();
    }
  }, 60_000);

  it('held in the database by an earlier tk13 is moved out to the key file and deleted from the database', async () => {
    const old = join(work, 'old.duckdb');
    const legacyKey = '12'.repeat(32);
    (await openStore(old, { pseudonymKey: legacyKey })).close();
    // What tk13 wrote before: the key itself in settings, no fingerprint, no key file.
    const instance = await DuckDBInstance.create(old);
    const connection = await instance.connect();
    await connection.run("DELETE FROM settings WHERE key = 'pseudonym_key_fingerprint'");
    await connection.run("INSERT INTO settings VALUES ('pseudonym_key', $key)", { key: legacyKey });
    connection.closeSync();
    instance.closeSync();
    expect(existsSync(keyFileOf(old))).toBe(false);
    const store = await openStore(old);
    try {
      expect(await store.pseudonymKey()).toBe(legacyKey);
      expect(await queryRows(store.connection, 'SELECT key FROM settings ORDER BY key')).toEqual([{ key: 'pseudonym_key_fingerprint' }]);
    } finally {
      store.close();
    }
    expect(readFileSync(keyFileOf(old), 'utf8').trim()).toBe(legacyKey);
    expect((statSync(keyFileOf(old)).mode & 0o777).toString(8)).toBe('600');
  });

  it('of an in-memory database is the one the caller gives', async () => {
    const store = await openStore(IN_MEMORY, { pseudonymKey: 'k'.repeat(32) });
    try {
      expect(await store.pseudonymKey()).toBe('k'.repeat(32));
    } finally {
      store.close();
    }
  });
});
