import type { DuckDBConnection } from '@duckdb/node-api';
import type { ListId } from '../units/unit-lists.js';

/** Temp tables (and the view checks read) the engine creates on the caller's connection; dropped when a compute ends. */
const ENGINE_TABLES = ['tk13_rows', 'tk13_grid', 'tk13_scope', 'tk13_units', 'computed_values'];
const ENGINE_VIEWS = ['unit_communes'];

/**
 * SQL giving the 'list:province' keys of the provinces (each in its own list) whose submissions can
 * hold rows of province `$province` on list `$list`: the province itself and, on the 2025 list, the
 * 2024-list provinces any of its communes came from. Binds `$list` and `$province`.
 */
export const SOURCE_PROVINCES_SQL = `
  SELECT list(DISTINCT u.list_id || ':' || u.province_code ORDER BY u.list_id || ':' || u.province_code) FROM units u
    LEFT JOIN commune_merges m ON u.list_id = '2024' AND $list = '2025' AND m.old_code = u.code
    JOIN units t ON t.list_id = $list AND t.code = CASE WHEN u.list_id = $list THEN u.code ELSE m.new_code END
   WHERE u.level = 'commune' AND t.province_code = $province`;

/**
 * Runs `work` with the canonical views steered to a period: codes resolved to `list` (old communes
 * that merged whole map into the new list), only submissions received by `asOf`, and, for one
 * province, only the submissions that can hold its rows (so its cost follows its own rows). The
 * session variables and the engine's temp tables are cleared afterwards, whatever happens.
 */
export async function withComputeSession<T>(
  connection: DuckDBConnection,
  settings: { list: ListId; asOf: Date | null; provinceCode?: string },
  work: () => Promise<T>,
): Promise<T> {
  await connection.run('SET VARIABLE tk13_unit_list = $list', { list: settings.list });
  if (settings.asOf) await connection.run('SET VARIABLE tk13_as_of = $asOf::TIMESTAMPTZ', { asOf: settings.asOf.toISOString() });
  else await connection.run('RESET VARIABLE tk13_as_of');
  if (settings.provinceCode !== undefined) {
    await connection.run(`SET VARIABLE tk13_source_provinces = (${SOURCE_PROVINCES_SQL})`, { list: settings.list, province: settings.provinceCode });
  } else await connection.run('RESET VARIABLE tk13_source_provinces');
  try {
    return await work();
  } finally {
    for (const view of ENGINE_VIEWS) await connection.run(`DROP VIEW IF EXISTS temp.main.${view}`);
    for (const table of ENGINE_TABLES) await connection.run(`DROP TABLE IF EXISTS temp.main.${table}`);
    await connection.run('RESET VARIABLE tk13_unit_list');
    await connection.run('RESET VARIABLE tk13_as_of');
    await connection.run('RESET VARIABLE tk13_source_provinces');
  }
}

/**
 * `tk13_scope`: the roll-up path of every unit a definition's row may name — each commune of the list
 * (in the province, when given) with itself, its district (2024 list) and its province, and each
 * province with itself only (a row at the province, e.g. a department's figure, attaches to the province
 * alone). Columns: `row_unit`, `row_level` (commune | province), `level`, `level_rank`, `scope_unit`.
 * Province codes have 2 digits and commune codes 5, so the two never collide.
 * `tk13_units`: every unit in scope at every level. `unit_communes(unit_code, unit_level,
 * commune_code)`: each unit in scope with each of its communes (itself for a commune), for checks that
 * count the communes whose input is missing.
 */
export async function prepareScope(connection: DuckDBConnection, list: ListId, provinceCode: string | undefined): Promise<void> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE tk13_scope AS
     SELECT a.commune_code AS row_unit, 'commune' AS row_level, a.level,
            CASE a.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END AS level_rank, a.ancestor_code AS scope_unit
     FROM unit_ancestors a JOIN units c ON c.list_id = a.list_id AND c.code = a.commune_code
     WHERE a.list_id = $list AND c.province_code = coalesce($province, c.province_code)
     UNION ALL
     SELECT p.code, 'province', 'province', 0, p.code
     FROM units p
     WHERE p.list_id = $list AND p.level = 'province' AND p.code = coalesce($province, p.code)`,
    { list, province: provinceCode ?? null },
  );
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW unit_communes AS
     SELECT scope_unit AS unit_code, level AS unit_level, row_unit AS commune_code FROM tk13_scope WHERE row_level = 'commune'`,
  );
  await connection.run('CREATE OR REPLACE TEMP TABLE tk13_units AS SELECT DISTINCT level, level_rank, scope_unit FROM tk13_scope');
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE computed_values (
       indicator VARCHAR, unit_code VARCHAR, unit_level VARCHAR, disaggregation VARCHAR,
       value DOUBLE, numerator DOUBLE, denominator DOUBLE, level_rank INTEGER, combo INTEGER, ordinal INTEGER)`,
  );
}
