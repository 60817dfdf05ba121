/**
 * What a database file holds, read the way an auditor would: every table, every row. Used to prove
 * that a refused file or a killed process changed nothing, and that two stores hold the same data.
 */
import { createHash } from 'node:crypto';
import { DuckDBInstance } from '@duckdb/node-api';

async function withReadOnly<T>(path: string, work: (run: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    return await work(async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export async function tableNames(run: (sql: string) => Promise<Record<string, unknown>[]>): Promise<string[]> {
  const rows = await run("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY table_name");
  return rows.map((r) => String(r.table_name));
}

/** Row count and a digest of `SELECT * … ORDER BY ALL` for every table, plus the id sequence. */
export async function storeState(path: string): Promise<Record<string, { rows: number; digest: string }>> {
  return withReadOnly(path, async (run) => {
    const state: Record<string, { rows: number; digest: string }> = {};
    for (const table of await tableNames(run)) {
      const rows = await run(`SELECT * FROM "${table}" ORDER BY ALL`);
      state[table] = { rows: rows.length, digest: createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
    }
    return state;
  });
}

/**
 * Submissions whose stored rows are not exactly their `row_count`, or rows without a submission
 * (`partial`, empty when every file is whole), and how many submissions are stored.
 */
export async function submissionIntegrity(path: string): Promise<{ partial: string[]; submissions: number }> {
  return withReadOnly(path, async (run) => {
    const [{ n }] = await run('SELECT count(*)::INTEGER AS n FROM submissions');
    const rows = await run(`
      WITH stored AS (
        SELECT submission_id, count(*) AS n FROM form_values GROUP BY ALL
        UNION ALL SELECT submission_id, count(*) FROM abuse_case_rows GROUP BY ALL
        UNION ALL SELECT submission_id, count(*) FROM sanction_rows GROUP BY ALL
      ), per_submission AS (SELECT submission_id, sum(n)::INTEGER AS n FROM stored GROUP BY ALL)
      SELECT coalesce(s.submission_id, p.submission_id)::INTEGER AS id, s.file_name AS file, s.row_count::INTEGER AS declared, coalesce(p.n, 0)::INTEGER AS stored
      FROM submissions s FULL OUTER JOIN per_submission p ON p.submission_id = s.submission_id
      WHERE s.submission_id IS NULL OR s.row_count <> coalesce(p.n, 0)
      UNION ALL
      SELECT d.submission_id::INTEGER, NULL, NULL, count(*)::INTEGER FROM submission_diagnostics d ANTI JOIN submissions s USING (submission_id) GROUP BY ALL
      ORDER BY ALL`);
    return {
      partial: rows.map((r) => `submission ${r.id} (${r.file ?? 'no submission row'}): declares ${r.declared ?? '-'} rows, holds ${r.stored}`),
      submissions: Number(n),
    };
  });
}

/**
 * The stored submissions and their rows with what legitimately differs between two runs left out
 * (submission ids, receipt and ingest times): two stores that took the same files hold the same dump.
 */
export async function canonicalDump(path: string): Promise<string[]> {
  return withReadOnly(path, async (run) => {
    const lines: string[] = [];
    const submissions = await run('SELECT * EXCLUDE (submission_id, ingested_at) FROM submissions ORDER BY sha256');
    for (const s of submissions) lines.push(`submissions ${JSON.stringify(s)}`);
    for (const table of ['form_values', 'abuse_case_rows', 'sanction_rows', 'submission_diagnostics']) {
      const rows = await run(`SELECT s.sha256, t.* EXCLUDE (submission_id) FROM "${table}" t JOIN submissions s USING (submission_id) ORDER BY ALL`);
      for (const row of rows) lines.push(`${table} ${JSON.stringify(row)}`);
    }
    return lines;
  });
}
