import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { Tk13Error } from '../../src/core/errors.js';
import { printable } from '../../src/core/printable.js';
import { systemErrorToTk13 } from '../../src/core/system-errors.js';
import { messageText } from '../../src/i18n/messages.js';
import { inTransaction, queryRows } from '../../src/store/database.js';

/** Issue 13: system failures classified in one place; input text printed as visible escapes. */
function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, open '${path}'`), { code, path });
}

describe('systemErrorToTk13', () => {
  it.each([
    ['ENOSPC', 'fs-disk-full'],
    ['EDQUOT', 'fs-disk-full'],
    ['EACCES', 'fs-permission-denied'],
    ['EPERM', 'fs-permission-denied'],
    ['EROFS', 'fs-read-only'],
    ['EEXIST', 'fs-exists'],
    ['ENOTDIR', 'fs-not-directory'],
    ['EISDIR', 'fs-is-directory'],
    ['EMFILE', 'fs-too-many-open-files'],
    ['ENFILE', 'fs-too-many-open-files'],
    ['EIO', 'fs-io-error'],
  ])('maps %s to %s, naming the path and the cause, with a vi and en message', (code, expected) => {
    const error = systemErrorToTk13(errno(code, '/data/out.xlsx'));
    expect(error).toBeInstanceOf(Tk13Error);
    expect([error?.code, error?.params, error?.exitCode]).toEqual([expected, { file: '/data/out.xlsx', cause: code }, 1]);
    for (const lang of ['vi', 'en'] as const) expect(messageText(expected, lang)?.hint).toBeTruthy();
  });

  it("reads DuckDB's wording of a full disk, and leaves other errors alone", () => {
    const duck = new Error('IO Error: Could not write file "/data/tk13.duckdb.wal": No space left on device');
    expect(systemErrorToTk13(duck)?.params).toEqual({ file: '/data/tk13.duckdb.wal', cause: 'No space left on device' });
    expect(systemErrorToTk13(new Error('Binder Error: column x not found'))).toBeUndefined();
    expect(systemErrorToTk13('text')).toBeUndefined();
  });
});

describe('a transaction that fails', () => {
  it('reports its own failure, not the rollback that cannot follow it (was: "cannot rollback - no transaction is active")', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run('CREATE TABLE t (x INTEGER)');
      const failing = inTransaction(connection, async () => {
        await connection.run('INSERT INTO t VALUES (1)');
        // A full disk at COMMIT ends the transaction before tk13 can roll it back.
        await connection.run('ROLLBACK');
        throw new Error('IO Error: Could not write file "/data/tk13.duckdb.wal": No space left on device');
      });
      await expect(failing).rejects.toMatchObject({ code: 'fs-disk-full', params: { file: '/data/tk13.duckdb.wal' } });
      expect(await queryRows(connection, 'SELECT count(*)::INTEGER AS n FROM t')).toEqual([{ n: 0 }]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

describe('printable', () => {
  it('shows control characters as escapes and leaves Vietnamese alone', () => {
    expect(printable('Sổ\nĐã nhận\r\u001b[2J\u001b]0;x\u0007\t\u009b\u202e.xlsx')).toBe('Sổ\\nĐã nhận\\r\\x1b[2J\\x1b]0;x\\x07\\t\\x9b\\u{202e}.xlsx');
    expect(printable('a\nb\u001b', { keepNewlines: true })).toBe('a\nb\\x1b');
    expect(printable('Phường Vĩnh Thanh')).toBe('Phường Vĩnh Thanh');
  });
});
