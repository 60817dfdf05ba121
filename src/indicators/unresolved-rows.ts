import type { DuckDBConnection } from '@duckdb/node-api';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ListId } from '../units/unit-lists.js';
import { runBound } from './sql-params.js';

/**
 * Register rows dated in the window whose commune code cannot be resolved to the period's list — in
 * practice, rows of a pre-reform register naming a commune that was split in July 2025. The
 * canonical views leave such rows out, so they would vanish from the figures without a word; this
 * names them. Scoped to the submissions of the province's old or new territory.
 */
export async function unresolvedRegisterRows(
  connection: DuckDBConnection,
  options: { list: ListId; provinceCode?: string; start: string; end: string },
): Promise<Diagnostic[]> {
  const { rows } = await runBound(
    connection,
    `WITH register_rows AS (
       SELECT submission_id, commune_code, detected_on AS dated_on FROM abuse_case_rows
       UNION ALL SELECT submission_id, commune_code, decided_on FROM sanction_rows),
     -- provinces (in their own list) that overlap the target province
     overlapping AS (
       SELECT DISTINCT u.list_id, u.province_code FROM units u
       LEFT JOIN commune_merges m ON u.list_id = '2024' AND $list = '2025' AND m.old_code = u.code
       JOIN units t ON t.list_id = $list AND t.code = CASE WHEN u.list_id = $list THEN u.code ELSE m.new_code END
       WHERE u.level = 'commune' AND t.province_code = coalesce($province, t.province_code))
     SELECT s.kind, count(*)::INTEGER AS n, min(r.commune_code) AS example
     FROM register_rows r
     JOIN current_submissions s USING (submission_id)
     JOIN overlapping o ON o.list_id = s.unit_list AND o.province_code = s.province_code
     WHERE r.dated_on BETWEEN $start::DATE AND $end::DATE
       AND NOT EXISTS (SELECT 1 FROM commune_resolution cr
                       WHERE cr.source_list = s.unit_list AND cr.code = r.commune_code AND cr.target_list = $list)
     GROUP BY s.kind ORDER BY s.kind`,
    { list: options.list, province: options.provinceCode ?? null, start: options.start, end: options.end },
  );
  return rows.map((row) => ({
    code: 'indicator-rows-unresolved',
    severity: 'warning' as const,
    found: String(row.example),
    params: { count: Number(row.n), kind: String(row.kind), list: options.list },
  }));
}
