import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, queryRows } from '../../src/store/database.js';
import { initialSchema } from '../../src/store/migrations/0001-initial.js';
import { latestSchemaVersion } from '../../src/store/migrations/index.js';
import { loadReferenceData } from '../../src/store/reference-data.js';

const dir = mkdtempSync(join(tmpdir(), 'tk13-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a database made before the one definition of a version', () => {
  it('is migrated in order and reads its versions through submission_versions', async () => {
    const path = join(dir, 'v1.duckdb');
    // A database as schema 1 left it, with two versions of one form stored out of receipt order.
    const instance = await DuckDBInstance.create(path);
    const old = await instance.connect();
    await old.run(initialSchema);
    await loadReferenceData(old);
    await old.run('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
    await old.run("INSERT INTO schema_migrations VALUES (1, 'initial', now())");
    for (const [id, received] of [[1, '2024-05-12 09:00:00+07'], [2, '2024-05-10 09:00:00+07']] as const) {
      await old.run(
        `INSERT INTO submissions VALUES ($id, $sha, 'f.xlsx', 'form', '30733', 'commune', '2024', '91', '2024-H1', 1, 0, $received::TIMESTAMPTZ, now())`,
        { id, sha: `sha-${id}`, received },
      );
    }
    old.closeSync();
    instance.closeSync();

    const store = await openStore(path);
    try {
      const applied = await queryRows<{ v: number }>(store.connection, 'SELECT max(version)::INTEGER AS v FROM schema_migrations');
      expect(applied[0].v).toBe(latestSchemaVersion);
      const versions = await queryRows(store.connection, 'SELECT submission_id, version, is_current FROM submission_versions(NULL) ORDER BY version');
      expect(versions).toEqual([
        { submission_id: 2, version: 1, is_current: false },
        { submission_id: 1, version: 2, is_current: true },
      ]);
      const asOf = await queryRows(store.connection, "SELECT submission_id FROM submission_versions(TIMESTAMPTZ '2024-05-11 00:00:00+07') WHERE is_current");
      expect(asOf).toEqual([{ submission_id: 2 }]);
      const current = await queryRows(store.connection, 'SELECT submission_id FROM current_submissions');
      expect(current).toEqual([{ submission_id: 1 }]);
    } finally {
      store.close();
    }
  });
});
