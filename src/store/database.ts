import { chmodSync, existsSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { isMainThread } from 'node:worker_threads';
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { Tk13Error } from '../core/errors.js';
import { trackPendingFile } from '../core/pending-files.js';
import { systemErrorToTk13 } from '../core/system-errors.js';
import { latestSchemaVersion, migrations } from './migrations/index.js';
import { loadReferenceData } from './reference-data.js';
import { KEY_ENV, type KeySource, keyFileOf, pseudonymKeyFor, settlePseudonymKey } from './pseudonym-key.js';

export const IN_MEMORY = ':memory:';

export interface Store {
  path: string;
  readOnly: boolean;
  connection: DuckDBConnection;
  /** The pseudonym key, checked against the database's fingerprint (src/store/pseudonym-key.ts). */
  pseudonymKey(): Promise<string>;
  close(): void;
}

export interface OpenOptions {
  /** Read-only opens let several readers work side by side; they never migrate. */
  readOnly?: boolean;
  /**
   * The pseudonym key, instead of TK13_KEY or the key file `<path>.key` (tests pass one). An
   * in-memory database without one gets a random key that lives and dies with it.
   */
  pseudonymKey?: string;
}

function keySource(path: string, options: OpenOptions): KeySource {
  const explicit = options.pseudonymKey ?? (path === IN_MEMORY ? randomBytes(32).toString('hex') : undefined);
  const environment = process.env[KEY_ENV];
  return {
    database: path,
    ...(explicit !== undefined ? { explicit } : {}),
    ...(environment ? { environment } : {}),
    ...(path !== IN_MEMORY ? { file: keyFileOf(path) } : {}),
  };
}

function lockHolder(message: string): string | undefined {
  if (!/Could not set lock|Conflicting lock/i.test(message)) return undefined;
  return /PID (\d+)/.exec(message)?.[1] ?? '?';
}

/**
 * Children's data: while a database file is open for writing, every file the process creates — the
 * database itself, its write-ahead log, DuckDB's spill files — is readable by its owner only. DuckDB
 * creates the .wal lazily with the process umask, so the umask is what has to change (workers cannot
 * set it). Read-only opens write no log and leave the umask alone.
 */
let filesOpen = 0;
let previousUmask: number | undefined;

function restrictNewFiles(): void {
  if (filesOpen++ === 0 && isMainThread) previousUmask = process.umask(0o077);
}

function releaseNewFiles(): void {
  if (--filesOpen === 0 && previousUmask !== undefined) {
    process.umask(previousUmask);
    previousUmask = undefined;
  }
}

async function createInstance(path: string, readOnly: boolean): Promise<DuckDBInstance> {
  try {
    return await DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pid = lockHolder(message);
    if (pid) throw new Tk13Error('database-in-use', { file: path, pid });
    const system = systemErrorToTk13(error, path);
    if (system) throw system;
    // Left by an older tk13 whose database creation failed (a full disk): it holds nothing.
    if (path !== IN_MEMORY && statSync(path, { throwIfNoEntry: false })?.size === 0) throw new Tk13Error('database-empty', { file: path });
    throw new Tk13Error('database-unreadable', { file: path, detail: message.split('\n')[0] });
  }
}

/**
 * Rolls back after `cause` and rethrows `cause`. When the failure (a full disk, a failed COMMIT) has
 * already ended the transaction, DuckDB refuses the ROLLBACK ("no transaction is active"): that
 * second error must not hide the first, which is the one the user can act on.
 */
async function rollbackKeepingCause(connection: DuckDBConnection, cause: unknown): Promise<never> {
  try {
    await connection.run('ROLLBACK');
  } catch {
    // The transaction is already gone; nothing was committed.
  }
  throw systemErrorToTk13(cause) ?? cause;
}

/** A database file this process was creating and could not finish: removed, with its log, so that no empty or half-made file is left behind. */
function removeUnfinished(path: string): void {
  for (const file of [path, `${path}.wal`]) rmSync(file, { force: true });
}

async function schemaVersion(connection: DuckDBConnection): Promise<number> {
  const exists = await connection.runAndReadAll(
    "SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'schema_migrations'",
  );
  if (Number(exists.getRowObjectsJson()[0].n) === 0) return 0;
  const result = await connection.runAndReadAll('SELECT coalesce(max(version), 0)::INTEGER AS v FROM schema_migrations');
  return Number(result.getRowObjectsJson()[0].v);
}

async function migrate(connection: DuckDBConnection, path: string): Promise<void> {
  const current = await schemaVersion(connection);
  if (current > latestSchemaVersion) {
    throw new Tk13Error('database-newer', { file: path, found: current, expected: latestSchemaVersion });
  }
  if (current === latestSchemaVersion) return;
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
    );
    for (const migration of migrations.filter((m) => m.version > current)) {
      await connection.run(migration.sql);
      if (migration.version === 1) await loadReferenceData(connection);
      await connection.run('INSERT INTO schema_migrations VALUES ($v, $n, now())', { v: migration.version, n: migration.name });
    }
    await connection.run('COMMIT');
  } catch (error) {
    await rollbackKeepingCause(connection, error);
  }
}

/**
 * Opens (creating and migrating when writable) a tk13 database. One instance per file per process;
 * a second process gets `database-in-use` naming the holder's PID.
 */
export async function openStore(path: string, options: OpenOptions = {}): Promise<Store> {
  const readOnly = options.readOnly ?? false;
  const isFile = path !== IN_MEMORY;
  if (isFile && readOnly && !existsSync(path)) throw new Tk13Error('database-not-found', { file: path });
  const isNew = isFile && !existsSync(path);
  const restricts = isFile && !readOnly;
  if (restricts) restrictNewFiles();
  // A database being created exists only once its schema is committed: an interrupt or a failure
  // (a full disk) removes it, or every later command would find an empty or half-made file.
  const settleNew = isNew ? [trackPendingFile(path), trackPendingFile(`${path}.wal`)] : [];
  const settle = () => settleNew.forEach((done) => done());
  let instance: DuckDBInstance;
  try {
    instance = await createInstance(path, readOnly);
  } catch (error) {
    if (restricts) releaseNewFiles();
    // Another process that created the file meanwhile holds it: it is theirs, not unfinished.
    const heldElsewhere = error instanceof Tk13Error && error.code === 'database-in-use';
    if (isNew && !heldElsewhere) removeUnfinished(path);
    settle();
    throw error;
  }
  let connection: DuckDBConnection | undefined;
  const keys = keySource(path, options);
  try {
    connection = await instance.connect();
    await connection.run("SET TimeZone = 'Asia/Ho_Chi_Minh'");
    if (readOnly) {
      const version = await schemaVersion(connection);
      if (version > latestSchemaVersion) {
        throw new Tk13Error('database-newer', { file: path, found: version, expected: latestSchemaVersion });
      }
      if (version < latestSchemaVersion) throw new Tk13Error('database-not-found', { file: path });
    } else {
      await migrate(connection, path);
      await settlePseudonymKey(connection, keys);
    }
    // Children's data: readable by the owner only (also where the umask could not be set).
    if (isNew) chmodSync(path, 0o600);
  } catch (error) {
    connection?.closeSync();
    instance.closeSync();
    if (restricts) releaseNewFiles();
    if (isNew) removeUnfinished(path);
    throw error;
  } finally {
    settle();
  }
  const open = connection;
  let closed = false;
  return {
    path,
    readOnly,
    connection: open,
    pseudonymKey: () => pseudonymKeyFor(open, keys),
    close() {
      if (closed) return;
      closed = true;
      open.closeSync();
      instance.closeSync();
      if (restricts) releaseNewFiles();
    },
  };
}

/** Runs `work` with an open store and always closes it. */
export async function withStore<T>(path: string, options: OpenOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(path, options);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

/** Runs `work` inside one transaction: all of it is stored, or none. */
export async function inTransaction<T>(connection: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  await connection.run('BEGIN TRANSACTION');
  try {
    const result = await work();
    await connection.run('COMMIT');
    return result;
  } catch (error) {
    return rollbackKeepingCause(connection, error);
  }
}

/** Rows of a query as plain JSON-safe objects (BIGINT as number strings → use ::DOUBLE or ::INTEGER in SQL). */
export async function queryRows<T = Record<string, unknown>>(
  connection: DuckDBConnection,
  sql: string,
  values?: Record<string, unknown>,
): Promise<T[]> {
  const reader = await connection.runAndReadAll(sql, values as never);
  return reader.getRowObjectsJson() as T[];
}
