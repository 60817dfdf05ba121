import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { Tk13Error } from '../core/errors.js';

/**
 * The key of the pseudonyms (HMAC of child and violator ids, src/registers/pseudonym.ts) lives
 * OUTSIDE the database, so that a copy of the database file alone cannot be reversed by hashing every
 * likely id. Where it comes from, first found wins:
 *   1. the key given to `openStore` (tests, in-memory databases);
 *   2. the environment variable TK13_KEY (a secret kept by the operator, ≥ 32 characters);
 *   3. the key file `<database>.key` beside the database (mode 0600), created with the database.
 * The database keeps only a fingerprint of the key (HMAC of a fixed label under the key — it reveals
 * nothing of the key), so a missing or different key is refused instead of giving the same child a
 * different pseudonym in later ingests (which would silently break distinct counts).
 */
export const KEY_ENV = 'TK13_KEY';
const FINGERPRINT_LABEL = 'tk13 pseudonym key fingerprint v1';
const MIN_KEY_CHARS = 32;

/** Where the key of one database comes from. */
export interface KeySource {
  database: string;
  /** The key given by the caller: wins over everything else. */
  explicit?: string;
  /** The key from the environment (TK13_KEY). */
  environment?: string;
  /** `<database>.key`; undefined for an in-memory database. */
  file?: string;
}

export function keyFileOf(database: string): string {
  return `${database}.key`;
}

/** HMAC-SHA256 of a fixed label under the key, hex: tells keys apart, gives nothing away. */
export function keyFingerprint(key: string): string {
  return createHmac('sha256', key).update(FINGERPRINT_LABEL).digest('hex');
}

function checked(key: string, from: string, source: KeySource): string {
  const trimmed = key.trim();
  if (trimmed.length < MIN_KEY_CHARS) throw new Tk13Error('pseudonym-key-invalid', { file: source.database, from, expected: MIN_KEY_CHARS });
  return trimmed;
}

/** The key the source gives, or undefined when there is none (no key given, no TK13_KEY, no key file). */
function presentKey(source: KeySource): string | undefined {
  if (source.explicit !== undefined) return checked(source.explicit, 'openStore', source);
  if (source.environment) return checked(source.environment, KEY_ENV, source);
  if (source.file && existsSync(source.file)) return checked(readFileSync(source.file, 'utf8'), source.file, source);
  return undefined;
}

/** Writes a key file readable by its owner only; never overwrites one. */
function writeKeyFile(path: string, key: string, database: string): void {
  try {
    writeFileSync(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    throw new Tk13Error('pseudonym-key-unwritable', { file: database, key_file: path, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

async function setting(connection: DuckDBConnection, key: string): Promise<string | undefined> {
  const reader = await connection.runAndReadAll('SELECT value FROM settings WHERE key = $key', { key });
  const rows = reader.getRowObjectsJson() as Array<{ value: string }>;
  return rows[0]?.value;
}

async function recordFingerprint(connection: DuckDBConnection, key: string): Promise<void> {
  await connection.run("INSERT OR REPLACE INTO settings VALUES ('pseudonym_key_fingerprint', $fingerprint)", { fingerprint: keyFingerprint(key) });
}

/**
 * Run on every writable open, after the migrations. A new database gets its fingerprint (and, when
 * no key is given, a new key file). A database made by an earlier tk13 holds the key itself in
 * `settings.pseudonym_key`: the key is moved out to the key file (or checked against TK13_KEY) and
 * deleted from the database. Copies of the database file made before this still hold the key.
 * Errors: `pseudonym-key-wrong` when the given key differs from the one the database holds,
 * `pseudonym-key-unwritable` when the key file cannot be created.
 */
export async function settlePseudonymKey(connection: DuckDBConnection, source: KeySource): Promise<void> {
  const legacy = await setting(connection, 'pseudonym_key');
  const fingerprint = await setting(connection, 'pseudonym_key_fingerprint');
  if (legacy === undefined && fingerprint !== undefined) return;
  const present = presentKey(source);
  let key: string;
  if (legacy !== undefined) {
    if (present !== undefined && present !== legacy) throw new Tk13Error('pseudonym-key-wrong', { file: source.database, key_file: source.file ?? KEY_ENV });
    if (present === undefined && source.file) writeKeyFile(source.file, legacy, source.database);
    key = legacy;
  } else if (present !== undefined) {
    key = present;
  } else {
    if (!source.file) throw new Tk13Error('pseudonym-key-missing', { file: source.database, key_file: KEY_ENV });
    key = randomBytes(32).toString('hex');
    writeKeyFile(source.file, key, source.database);
  }
  await connection.run('BEGIN TRANSACTION');
  try {
    await recordFingerprint(connection, key);
    await connection.run("DELETE FROM settings WHERE key = 'pseudonym_key'");
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
  if (legacy !== undefined) await connection.run('CHECKPOINT');
}

/**
 * The key to pseudonymise with, checked against the database's fingerprint.
 * Errors: `pseudonym-key-missing` (no key given, no TK13_KEY, no key file), `pseudonym-key-wrong`
 * (a key whose fingerprint is not the database's), `pseudonym-key-invalid` (shorter than 32 characters).
 */
export async function pseudonymKeyFor(connection: DuckDBConnection, source: KeySource): Promise<string> {
  const legacy = await setting(connection, 'pseudonym_key');
  if (legacy !== undefined) return legacy; // a read-only open of a database not yet migrated
  const key = presentKey(source);
  if (key === undefined) throw new Tk13Error('pseudonym-key-missing', { file: source.database, key_file: source.file ?? KEY_ENV });
  const fingerprint = await setting(connection, 'pseudonym_key_fingerprint');
  if (fingerprint !== keyFingerprint(key)) throw new Tk13Error('pseudonym-key-wrong', { file: source.database, key_file: source.explicit !== undefined ? 'openStore' : source.environment ? KEY_ENV : source.file! });
  return key;
}
